import { toWorld, px } from '../../render/coords';
import { judgments, type JudgmentFacts } from '../../view/judgment-facts';
import type { AnalystMarks } from '../../render/measure-layer';
import { discRadius } from '../../render/sizes';
import { verdicts } from '../../view/verdicts';
import type { ScenarioFile } from '../../scenario/types';
import type { LoadedEntry, ViewerApp } from '../app';
import { byId, setText } from './dom';
import type { LibraryEntry } from '../state/drill-library';
import { ExportPanel } from '../export/export-panel';
import { frameFacts, pairDistances } from '../../view/frame-facts';
import { FrameReadout } from './frame-readout';
import { Inspector } from './inspector';
import { endWords, measureFacts, pickEnd, type MeasureEnd } from '../../view/measure';
import type { Run } from '../state/run-drill';
import { formatAddress } from '../../view/address';
import { readTraceText, recogniseTrace, recordingDrill } from '../../view/replay-loader';

// Analyst mode: the frame inspector (numbers of the shown frame, picked players and the distances
// between them, offside margins, the event list), the measuring tape on the pitch, freeze frames
// of the offside judgments, exports, the link, and trace files loaded back for replay.

export class AnalystMode {
  readonly readout = new FrameReadout();
  readonly inspector = new Inspector();
  readonly exports: ExportPanel;
  private picked = new Set<string>(); // 'ball' or agent ids, in the order picked
  private measuring = false;
  private ends: MeasureEnd[] = [];
  private judged: JudgmentFacts[] = [];
  freeze: JudgmentFacts | null = null;
  private readonly labelOf = (id: string) => this.app.run.trace.agents.find((a) => a.id === id)?.label ?? id;
  private readonly panelBtn = byId('panel-btn');

  constructor(private readonly app: ViewerApp, private readonly library: readonly LibraryEntry[], private readonly changed: () => void) {
    this.inspector.measureBtn.addEventListener('click', () => this.toggleMeasure());
    this.inspector.closeFreeze.addEventListener('click', () => this.closeFreeze());
    this.panelBtn.addEventListener('click', () => this.togglePanel());
    byId('pitch').addEventListener('click', (ev) => this.onPitchClick(ev as MouseEvent));
    this.exports = new ExportPanel({
      run: () => app.run,
      title: () => app.run.scenario.title + (app.run.variation ? ` (${app.run.scenario.variations?.find((v) => v.id === app.run.variation)?.title ?? app.run.variation})` : ''),
      theme: () => app.theme,
      renderer: () => (app.pixi.renderer.name === 'webgl' ? 'webgl' : app.pixi.renderer.name === 'webgpu' ? 'webgpu' : 'canvas'),
      tick: () => app.playback.displayTick,
      overlays: () => ({ freeze: this.freeze, marks: this.marks() }),
      link: () => this.link(),
      openTrace: (name, text) => this.openTrace(name, text),
      notices: app.notices,
    });
  }

  /** A new run is on screen: rebuild the table and the events; keep picks that still exist. */
  runChanged(): void {
    const tr = this.app.run.trace;
    this.judged = judgments(tr);
    const ids = new Set(['ball', ...tr.agents.map((a) => a.id)]);
    this.picked = new Set([...this.picked].filter((id) => ids.has(id)));
    if (this.ends.some((e) => e.kind === 'agent' && e.index >= tr.agents.length)) this.ends = [];
    this.freeze = null;
    this.inspector.showFreeze(null, this.labelOf);
    this.readout.build(tr, this.labelOf, {
      seek: (t) => this.app.seek(t),
      pick: (id, on) => { if (on) this.picked.add(id); else this.picked.delete(id); this.changed(); },
      freeze: (j) => this.openFreeze(j),
    }, this.judged);
    this.readout.setPicked(this.picked);
  }

  /** The shown frame changed: numbers in the panel (exact when paused). */
  show(tick: number, paused: boolean): void {
    const tr = this.app.run.trace;
    const f = frameFacts(tr, tick);
    if (this.freeze && this.freeze.tick !== f.tick) this.closeFreeze();
    this.readout.show(f, paused);
    this.inspector.show(f, this.labelOf, pairDistances(f, [...this.picked]));
    this.inspector.showMeasure(this.measureText(f.tick));
  }

  /** What the pitch draws for the analyst at the shown frame. */
  marks(): AnalystMarks | null {
    const tr = this.app.run.trace, tick = this.app.playback.tick;
    if (!this.picked.size && !this.ends.length) return null;
    const f = frameFacts(tr, tick);
    const at = (id: string) => (id === 'ball' ? f.ball : f.agents.find((a) => a.id === id)!);
    const picked = [...this.picked];
    const m = this.ends.length ? measureFacts(tr, tick, this.ends[0], this.ends[1] ?? this.ends[0], (i) => this.profile(i)) : null;
    return {
      selected: picked.map(at),
      pairs: pairDistances(f, picked).map((p) => ({ a: at(p.a), b: at(p.b), text: `${p.distanceM.toFixed(1)} m` })),
      measure: m ? {
        a: m.a, b: this.ends[1] ? m.b : null,
        text: [`${m.distanceM.toFixed(1)} m`, ...m.reach.map((r) => `${tr.agents[r.index].label} ${r.seconds.toFixed(2)} s`)].join('  ·  '),
      } : null,
    };
  }

  private profile(index: number) {
    const id = this.app.run.trace.agents[index]?.id;
    return this.app.run.spec.agents.find((a) => a.id === id)?.profile;
  }

  private measureText(tick: number) {
    const tr = this.app.run.trace;
    if (!this.ends.length) return this.measuring ? { title: 'Click a player, the ball or a spot on the pitch…', lines: [] } : null;
    if (this.ends.length === 1) return { title: `From ${endWords(tr, this.ends[0])}: click the second end…`, lines: [] };
    const [a, b] = this.ends;
    const m = measureFacts(tr, tick, a, b, (i) => this.profile(i));
    const note = this.app.recording ? ' (default profile)' : '';
    return {
      title: `${endWords(tr, a)} → ${endWords(tr, b)}`,
      lines: [
        `Distance ${m.distanceM.toFixed(2)} m`,
        ...m.reach.map((r) => `${tr.agents[r.index].label} needs ${r.seconds.toFixed(2)} s to get there${note}`),
      ],
    };
  }

  toggleMeasure(): void {
    this.measuring = !this.measuring;
    if (!this.measuring) this.ends = [];
    byId('stage').classList.toggle('measuring', this.measuring);
    this.inspector.setMeasuring(this.measuring, '');
    this.changed();
  }

  private onPitchClick(ev: MouseEvent): void {
    if (!this.measuring) return;
    const t = this.app.transform, tick = this.app.playback.tick;
    const w = toWorld(t, px(ev.offsetX), px(ev.offsetY));
    const snap = (discRadius(this.app.presentation.labelPx()) * 1.2) / t.scale;
    const end = pickEnd(this.app.run.trace, tick, w.x, w.y, snap);
    this.ends = this.ends.length >= 2 ? [end] : [...this.ends, end];
    this.changed();
  }

  openFreeze(j: JudgmentFacts): void {
    this.app.seek(j.tick);
    this.freeze = j;
    this.inspector.showFreeze(j, this.labelOf);
    this.changed();
  }

  closeFreeze(): void {
    if (!this.freeze) return;
    this.freeze = null;
    this.inspector.showFreeze(null, this.labelOf);
    this.changed();
  }

  /** Esc: close the freeze frame, else put the tape away. */
  escape(): void {
    if (this.freeze) this.closeFreeze();
    else if (this.measuring) this.toggleMeasure();
  }

  togglePanel(): void {
    const hidden = byId('app').classList.toggle('panel-hidden');
    setText(this.panelBtn, hidden ? 'Show panel' : 'Hide panel');
    this.panelBtn.setAttribute('aria-pressed', String(hidden));
    this.app.relayout();
  }

  get panelHidden(): boolean {
    return byId('app').classList.contains('panel-hidden');
  }

  private link(): { url: string } | { refused: string } {
    if (this.app.recording) return { refused: 'A recording no bundled drill reproduces has no link: share the trace file instead.' };
    const s = { ...this.app.linkState(), tick: this.app.playback.tick };
    return { url: `${location.origin}${location.pathname}${formatAddress(s, this.app.run.params, this.app.flags)}` };
  }

  /** A trace file from this computer: refused with a message, or replayed; the drill stays on refusal. */
  openTrace(name: string, text: string): void {
    let trace;
    try {
      trace = readTraceText(name, text);
    } catch (e) {
      this.app.notices.show(`${name} could not be loaded, so the drill on screen stays:\n${e instanceof Error ? e.message : String(e)}`, 'error');
      return;
    }
    const scenarios = this.library.flatMap((e) => (e.scenario ? [e.scenario] : [])) as ScenarioFile[];
    const known = recogniseTrace(trace, scenarios);
    if (known) {
      const entry = this.library.find((e) => e.scenario === known.scenario) as LoadedEntry;
      this.app.selectDrill(entry, { variation: known.variation, seed: trace.seed, params: { ...trace.params }, tick: 0 });
      this.app.notices.show(`Loaded ${name}: the same run as "${known.scenario.title}"${known.variation ? `, stage ${known.variation}` : ''}, seed ${trace.seed}, bit for bit. Paused on its first frame.`);
      return;
    }
    const { scenario, spec } = recordingDrill(trace, name);
    const run: Run = {
      scenario, variation: undefined, seed: trace.seed, params: { ...trace.params }, spec, trace, plan: [],
      verdicts: verdicts(trace), cues: [], eventTicks: [...new Set(trace.events.map((e) => e.tick))].sort((a, b) => a - b), simMs: 0,
    };
    this.app.showRecording({ file: name, id: scenario.id, title: scenario.title, scenario }, run);
    this.app.notices.show(`Loaded ${name} as a recording: no bundled drill reproduces it. Paused on its first frame.`);
  }
}
