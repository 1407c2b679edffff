import type { RendererPreference } from 'pixi.js';
import { traceToCSV, traceToJSONText } from '../../core/trace-io';
import type { JudgmentFacts } from '../../view/judgment-facts';
import type { AnalystMarks } from '../../render/measure-layer';
import type { Theme } from '../../render/palette';
import { byId, el, setText } from '../panels/dom';
import { fileName, saveBlob } from './download';
import { ExportRenderer } from './export-frame';
import { exportLayout } from './export-layout';
import type { Notices } from '../panels/notices';
import type { Replay } from '../state/replay';
import { createElement, render } from 'preact';
import { ShareLink } from '../panels/share-link';
import { MAX_TRACE_BYTES } from '../../view/replay-loader';

// "Export and share" in the panel: the trace as CSV or JSON (the formats of `onside run
// --trace`), the frame on screen as a PNG, the drill as a WebM video (size, speed, progress,
// cancel), a link to this frame, and a trace file loaded back for replay.

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

const button = (text: string, id: string, title: string) => el('button', { text, attrs: { type: 'button', id, title } });

export class ExportPanel {
  private readonly csvBtn = button('Trace CSV', 'export-csv', 'Every frame, one row per tick per entity (as onside run --trace OUT.csv)');
  private readonly jsonBtn = button('Trace JSON', 'export-json', 'The whole run: frames, events, outcome (as onside run --trace OUT.json)');
  private readonly pngBtn = button('Picture (PNG)', 'export-png', 'The frame on screen as a PNG of the chosen size');
  private readonly videoBtn = button('Video (WebM)', 'export-video', 'The drill as a WebM video at the chosen size and speed');
  private readonly cancelBtn = button('Cancel', 'export-cancel', 'Stop making the video');
  private readonly size = el('select', { attrs: { id: 'export-size', 'aria-label': 'Picture and video size' } });
  private readonly speed = el('select', { attrs: { id: 'export-speed', 'aria-label': 'Video speed' } });
  private readonly progress = el('progress', { attrs: { id: 'export-progress', max: '1', value: '0' } });
  private readonly status = el('div', { cls: 'export-status muted', attrs: { id: 'export-status', 'aria-live': 'polite' } });
  private readonly loadBtn = button('Load trace…', 'load-trace', 'Replay a trace file (JSON) exported here or by onside run --trace');
  private readonly fileIn = el('input', { attrs: { type: 'file', id: 'trace-input', accept: '.json,application/json,.csv,text/csv', hidden: '' } });
  private readonly share = el('div');
  private job: AbortController | null = null;

  constructor(private readonly host: ExportHost) {
    for (const [label, w, h] of SIZES) this.size.appendChild(el('option', { text: label, attrs: { value: `${w}x${h}` } }));
    for (const [label, s] of SPEEDS) this.speed.appendChild(el('option', { text: label, attrs: { value: String(s) } }));
    this.speed.value = '1';
    this.progress.hidden = true;
    this.cancelBtn.hidden = true;
    render(createElement(ShareLink, { link: () => host.link() }), this.share);
    byId('export-tools').append(
      el('div', { cls: 'export-row' }, [this.csvBtn, this.jsonBtn]),
      el('div', { cls: 'export-row' }, [el('label', { cls: 'field', text: 'Size ' }, [this.size]), this.pngBtn]),
      el('div', { cls: 'export-row' }, [el('label', { cls: 'field', text: 'Speed ' }, [this.speed]), this.videoBtn]),
      el('div', { cls: 'export-row' }, [this.progress, this.cancelBtn]),
      this.status,
      this.share,
      el('div', { cls: 'export-row' }, [this.loadBtn, this.fileIn]),
    );
    this.csvBtn.addEventListener('click', () => this.traceFile('csv'));
    this.jsonBtn.addEventListener('click', () => this.traceFile('json'));
    this.pngBtn.addEventListener('click', () => void this.png());
    this.videoBtn.addEventListener('click', () => void this.video());
    this.cancelBtn.addEventListener('click', () => this.job?.abort());
    this.loadBtn.addEventListener('click', () => this.fileIn.click());
    this.fileIn.addEventListener('change', () => void this.load());
  }

  private say(text: string, ms?: number): void {
    setText(this.status, text);
    if (ms !== undefined) this.status.dataset.ms = String(Math.round(ms));
  }

  private baseName(): string {
    const tr = this.host.run().trace;
    return fileName('onside', tr.scenario, this.host.run().variation ?? '', `seed${tr.seed}`);
  }

  private traceFile(kind: 'csv' | 'json'): void {
    const t0 = performance.now();
    const tr = this.host.run().trace;
    const text = kind === 'csv' ? traceToCSV(tr) : traceToJSONText(tr);
    const name = `${this.baseName()}.${kind}`;
    saveBlob(new Blob([text], { type: kind === 'csv' ? 'text/csv' : 'application/json' }), name);
    const ms = performance.now() - t0;
    this.say(`Saved ${name}: ${tr.ticks} ticks, ${Math.round(text.length / 1024)} KB, in ${ms.toFixed(0)} ms.`, ms);
  }

  private chosenSize(): { w: number; h: number } {
    const [w, h] = this.size.value.split('x').map(Number);
    return { w, h };
  }

  private async renderer(w: number, h: number): Promise<ExportRenderer> {
    const run = this.host.run();
    const layout = exportLayout(w, h, run.scenario.view, run.trace.pitch);
    return ExportRenderer.create(layout, this.host.renderer(), this.host.theme().surround);
  }

  private async png(): Promise<void> {
    const t0 = performance.now();
    const { w, h } = this.chosenSize();
    const r = await this.renderer(w, h);
    try {
      const tick = this.host.tick();
      r.render({ run: this.host.run(), tick, flash: 0, theme: this.host.theme(), title: this.host.title(), ...this.host.overlays() });
      const blob = await new Promise<Blob | null>((ok) => r.canvas.toBlob(ok, 'image/png'));
      if (!blob) throw new Error('the browser made no PNG');
      const name = `${this.baseName()}-tick${Math.round(tick)}-${w}x${h}.png`;
      saveBlob(blob, name);
      const ms = performance.now() - t0;
      this.say(`Saved ${name} (${Math.round(blob.size / 1024)} KB) in ${ms.toFixed(0)} ms.`, ms);
    } catch (e) {
      this.say(`No picture: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      r.destroy();
    }
  }

  private async video(): Promise<void> {
    if (this.job) return;
    const job = new AbortController();
    this.job = job;
    const { w, h } = this.chosenSize();
    const speed = Number(this.speed.value);
    const run = this.host.run(), theme = this.host.theme(), title = this.host.title();
    this.videoBtn.disabled = true;
    this.progress.hidden = false;
    this.cancelBtn.hidden = false;
    this.progress.value = 0;
    this.say(`Making a ${w}×${h} video at ${speed}×…`);
    const t0 = performance.now();
    let r: ExportRenderer | undefined;
    try {
      r = await this.renderer(w, h);
      const { exportVideo } = await import('./export-video'); // the muxer loads only when a video is asked for
      const res = await exportVideo({
        renderer: r, ticks: run.trace.ticks, tickRate: run.trace.tickRate, holds: run.verdicts.map((v) => v.tick), speed, fps: FPS,
        frame: (at) => ({ run, tick: at.tick, flash: at.flash, theme, title }),
        signal: job.signal,
        onProgress: (done, total) => { this.progress.value = done / total; },
      });
      const name = `${this.baseName()}-${w}x${h}-${speed}x.webm`;
      saveBlob(res.blob, name);
      const ms = performance.now() - t0;
      const how = res.encoder === 'webcodecs' ? 'WebCodecs VP8' : 'MediaRecorder (real time)';
      this.say(`Saved ${name}: ${res.seconds.toFixed(2)} s, ${res.frames} frames, ${(res.blob.size / 1e6).toFixed(1)} MB, made in ${(ms / 1000).toFixed(1)} s with ${how}.`, ms);
    } catch (e) {
      if (e instanceof Error && e.name === 'Cancelled') this.say('Video cancelled: nothing was saved.');
      else this.say(`No video: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      r?.destroy();
      this.job = null;
      this.videoBtn.disabled = false;
      this.progress.hidden = true;
      this.cancelBtn.hidden = true;
    }
  }

  private async load(): Promise<void> {
    const f = this.fileIn.files?.[0];
    this.fileIn.value = '';
    if (!f) return;
    if (f.size > MAX_TRACE_BYTES) {
      this.host.notices.show(`${f.name} is too large for a trace (${Math.round(f.size / 1e6)} MB); the drill on screen stays.`, 'error');
      return;
    }
    this.host.openTrace(f.name, await f.text());
  }
}
