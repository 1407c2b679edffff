import type { RendererPreference } from 'pixi.js';
import { traceToCSV, traceToJSONText } from '../../core/trace-io';
import type { JudgmentFacts } from '../../view/judgment-facts';
import type { AnalystMarks } from '../../render/measure-layer';
import type { Theme } from '../../render/palette';
import { fileName, saveBlob } from './download';
import { ExportRenderer } from './export-frame';
import { exportLayout } from './export-layout';
import type { Notices } from '../panels/notices';
import type { Replay } from '../state/replay';
import { useRef, useState } from 'preact/hooks';
import { ShareLink } from '../panels/share-link';
import { MAX_TRACE_BYTES } from '../../view/replay-loader';

// "Export and share" in the panel: the trace as CSV or JSON (the formats of `onside run
// --trace`), the frame on screen as a PNG, the drill as a clip (WebM, MP4 or GIF; size, speed,
// progress, cancel), a link to this frame, and a trace file loaded back for replay. A Preact component:
// what it shows (status, progress, busy) is its own state; what it exports is the host's run.

export interface ExportHost {
  run(): Replay;
  title(): string;
  theme(): Theme;
  renderer(): RendererPreference;
  tick(): number;
  overlays(): { freeze: JudgmentFacts | null; marks: AnalystMarks | null };
  link(): { url: string } | { refused: string };
  openTrace(name: string, text: string): void;
  notices: Notices;
}

const SIZES: [string, number, number][] = [['1920 × 1080 (projector)', 1920, 1080], ['1280 × 720', 1280, 720], ['854 × 480 (phone)', 854, 480], ['640 × 360', 640, 360]];
const SPEEDS: [string, number][] = [['0.5×', 0.5], ['1×', 1], ['2×', 2], ['0.25×', 0.25]];
const FPS = 30;
type ClipFormat = 'webm' | 'mp4' | 'gif';
const FORMATS: [string, ClipFormat, string][] = [
  ['WebM', 'webm', 'WebM (VP8): plays in browsers'],
  ['MP4', 'mp4', 'MP4 (H.264): plays on phones and in slides, where this browser can encode it'],
  ['GIF', 'gif', 'Animated GIF: plays anywhere, at most 854 px wide and 20 frames a second'],
];

function baseName(run: Replay): string {
  return fileName('onside', run.trace.scenario, run.variation ?? '', `seed${run.trace.seed}`);
}

async function rendererFor(host: ExportHost, w: number, h: number): Promise<ExportRenderer> {
  const run = host.run();
  const layout = exportLayout(w, h, run.scenario.view, run.trace.pitch);
  return ExportRenderer.create(layout, host.renderer(), host.theme().surround);
}

export function ExportTools({ host }: { host: ExportHost }) {
  const [status, setStatus] = useState<{ text: string; ms?: number }>({ text: '' });
  const [size, setSize] = useState('1920x1080');
  const [speed, setSpeed] = useState('1');
  const [format, setFormat] = useState<ClipFormat>('webm');
  const [progress, setProgress] = useState<number | null>(null); // null: no video being made
  const job = useRef<AbortController | null>(null);
  const fileIn = useRef<HTMLInputElement>(null);
  const say = (text: string, ms?: number) => setStatus({ text, ms });
  const chosen = () => { const [w, h] = size.split('x').map(Number); return { w, h }; };

  const traceFile = (kind: 'csv' | 'json') => {
    const t0 = performance.now();
    const run = host.run(), tr = run.trace;
    const text = kind === 'csv' ? traceToCSV(tr) : traceToJSONText(tr);
    const name = `${baseName(run)}.${kind}`;
    saveBlob(new Blob([text], { type: kind === 'csv' ? 'text/csv' : 'application/json' }), name);
    const ms = performance.now() - t0;
    say(`Saved ${name}: ${tr.ticks} ticks, ${Math.round(text.length / 1024)} KB, in ${ms.toFixed(0)} ms.`, ms);
  };

  const png = async () => {
    const t0 = performance.now();
    const { w, h } = chosen();
    const r = await rendererFor(host, w, h);
    try {
      const tick = host.tick();
      r.render({ run: host.run(), tick, flash: 0, theme: host.theme(), title: host.title(), ...host.overlays() });
      const blob = await new Promise<Blob | null>((ok) => r.canvas.toBlob(ok, 'image/png'));
      if (!blob) throw new Error('the browser made no PNG');
      const name = `${baseName(host.run())}-tick${Math.round(tick)}-${w}x${h}.png`;
      saveBlob(blob, name);
      const ms = performance.now() - t0;
      say(`Saved ${name} (${Math.round(blob.size / 1024)} KB) in ${ms.toFixed(0)} ms.`, ms);
    } catch (e) {
      say(`No picture: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      r.destroy();
    }
  };

  const video = async () => {
    if (job.current) return;
    const ctl = new AbortController();
    job.current = ctl;
    const chosenSize = chosen();
    const fmt = format;
    const rate = Number(speed);
    const run = host.run(), theme = host.theme(), title = host.title();
    setProgress(0);
    const t0 = performance.now();
    let r: ExportRenderer | undefined;
    try {
      // the encoders load only when a clip is asked for
      const { gifSize } = await import('./export-gif');
      const { w, h } = fmt === 'gif' ? (({ width, height }) => ({ w: width, h: height }))(gifSize(chosenSize.w, chosenSize.h)) : chosenSize;
      say(`Making a ${w}×${h} ${fmt.toUpperCase()} at ${rate}×…`);
      if (fmt === 'mp4') {
        const { chooseEncoder, cannotMake } = await import('./export-video');
        if (await chooseEncoder(w, h, 'mp4') === null) throw new Error(cannotMake('mp4'));
      }
      r = await rendererFor(host, w, h);
      const common = {
        renderer: r, ticks: run.trace.ticks, tickRate: run.trace.tickRate, holds: run.verdicts.map((v) => v.tick), speed: rate,
        frame: (at: { tick: number; flash: number }) => ({ run, tick: at.tick, flash: at.flash, theme, title }),
        signal: ctl.signal,
        onProgress: (done: number, total: number) => setProgress(done / total),
      };
      const res = fmt === 'gif'
        ? await (await import('./export-gif')).exportGif(common)
        : await (await import('./export-video')).exportVideo({ ...common, fps: FPS, format: fmt });
      const name = `${baseName(run)}-${w}x${h}-${rate}x.${fmt}`;
      saveBlob(res.blob, name);
      const ms = performance.now() - t0;
      const how = res.encoder === 'gifenc' ? 'a 256-colour palette per frame' : res.encoder === 'webcodecs' ? (fmt === 'mp4' ? 'WebCodecs H.264' : 'WebCodecs VP8') : 'MediaRecorder (real time)';
      say(`Saved ${name}: ${res.seconds.toFixed(2)} s, ${res.frames} frames, ${(res.blob.size / 1e6).toFixed(1)} MB, made in ${(ms / 1000).toFixed(1)} s with ${how}.`, ms);
    } catch (e) {
      if (e instanceof Error && e.name === 'Cancelled') say('Clip cancelled: nothing was saved.');
      else say(`No ${fmt.toUpperCase()}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      r?.destroy();
      job.current = null;
      setProgress(null);
    }
  };

  const load = async (input: HTMLInputElement) => {
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    if (f.size > MAX_TRACE_BYTES) {
      host.notices.show(`${f.name} is too large for a trace (${Math.round(f.size / 1e6)} MB); the drill on screen stays.`, 'error');
      return;
    }
    host.openTrace(f.name, await f.text());
  };

  return (
    <>
      <div class="export-row">
        <button type="button" id="export-csv" title="Every frame, one row per tick per entity (as onside run --trace OUT.csv)" onClick={() => traceFile('csv')}>Trace CSV</button>
        <button type="button" id="export-json" title="The whole run: frames, events, outcome (as onside run --trace OUT.json)" onClick={() => traceFile('json')}>Trace JSON</button>
      </div>
      <div class="export-row">
        <label class="field">Size{' '}
          <select id="export-size" aria-label="Picture and video size" value={size} onChange={(e) => setSize(e.currentTarget.value)}>
            {SIZES.map(([label, w, h]) => <option key={label} value={`${w}x${h}`}>{label}</option>)}
          </select>
        </label>
        <button type="button" id="export-png" title="The frame on screen as a PNG of the chosen size" onClick={() => void png()}>Picture (PNG)</button>
      </div>
      <div class="export-row">
        <label class="field">Speed{' '}
          <select id="export-speed" aria-label="Video speed" value={speed} onChange={(e) => setSpeed(e.currentTarget.value)}>
            {SPEEDS.map(([label, v]) => <option key={label} value={String(v)}>{label}</option>)}
          </select>
        </label>
        <label class="field">Clip{' '}
          <select id="export-format" aria-label="Clip format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ClipFormat)}>
            {FORMATS.map(([label, v, about]) => <option key={v} value={v} title={about}>{label}</option>)}
          </select>
        </label>
        <button type="button" id="export-video" title={`The drill as a clip at the chosen size and speed: ${FORMATS.find((f) => f[1] === format)![2]}`} disabled={progress !== null} onClick={() => void video()}>Make clip</button>
      </div>
      <div class="export-row">
        <progress id="export-progress" max="1" value={progress ?? 0} hidden={progress === null} />
        <button type="button" id="export-cancel" title="Stop making the clip" hidden={progress === null} onClick={() => job.current?.abort()}>Cancel</button>
      </div>
      <div class="export-status muted" id="export-status" aria-live="polite" data-ms={status.ms === undefined ? undefined : String(Math.round(status.ms))}>{status.text}</div>
      <ShareLink link={() => host.link()} />
      <div class="export-row">
        <button type="button" id="load-trace" title="Replay a trace file (JSON) exported here or by onside run --trace" onClick={() => fileIn.current?.click()}>Load trace…</button>
        <input ref={fileIn} type="file" id="trace-input" accept=".json,application/json,.csv,text/csv" hidden onChange={(e) => void load(e.currentTarget)} />
      </div>
    </>
  );
}
