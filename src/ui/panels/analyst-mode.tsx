import { toWorld, px, type Px, type ViewTransform } from '../../render/coords';
import type { AnalystMarks } from '../../render/measure-layer';
import { discRadius } from '../../render/sizes';
import { frameFacts, pairDistances } from '../../view/frame-facts';
import { judgments, type JudgmentFacts } from '../../view/judgment-facts';
import { endWords, measureFacts, pickEnd } from '../../view/measure';
import type { Replay } from '../state/replay';
import type { Dispatch } from '../state/store';
import type { ViewerState } from '../state/viewer-state';
import { byId } from './dom';
import { render } from 'preact';
import { EventList, frame, judged, ReadoutRows } from './frame-readout';
import { freezeFacts, Inspector, measureText } from './inspector';

// Analyst mode: the frame inspector (numbers of the shown frame, picked players and the distances
// between them, offside margins, the event list), the measuring tape on the pitch and freeze
// frames of the offside judgments. It renders from the state and the run; what the user does here
// is dispatched as commands.

export interface AnalystHost {
  dispatch: Dispatch;
  state(): ViewerState;
  run(): Replay;
  transform(): ViewTransform;
  labelPx(): Px;
}

export class AnalystMode {
  private judged: JudgmentFacts[] = [];
  private measuring = false;

  constructor(private readonly host: AnalystHost) {
    const { dispatch } = host;
    byId('pitch').addEventListener('click', (ev) => this.onPitchClick(ev as MouseEvent));
    render(<ReadoutRows dispatch={dispatch} />, byId('readout').querySelector('tbody')!);
    render(<EventList dispatch={dispatch} />, byId('events'));
    render(<Inspector dispatch={dispatch} />, byId('inspector'));
  }

  /** A new run is on screen: rebuild the table and the events. */
  runChanged(run: Replay): void {
    this.judged = judgments(run.trace);
    judged.value = this.judged;
    frame.value = null;
    freezeFacts.value = null;
  }

  /** The judgment open as a freeze frame, if any. */
  freeze(s: ViewerState): JudgmentFacts | null {
    return s.analyst.freeze ? this.judged[s.analyst.freeze.index] ?? null : null;
  }

  /** The analyst's part of the state changed: picks, tool, freeze frame. */
  render(s: ViewerState): void {
    const on = s.tool === 'measure';
    if (on !== this.measuring) {
      this.measuring = on;
      byId('stage').classList.toggle('measuring', on);
    }
    freezeFacts.value = this.freeze(s);
    const run = this.host.run() as Replay | undefined; // none before the first run is shown
    if (run) measureText.value = this.measureText(s, run, s.playhead.tick);
  }

  /** The shown frame changed: numbers in the panel (exact when paused). */
  show(s: ViewerState): void {
    const run = this.host.run();
    const f = frameFacts(run.trace, s.playhead.tick);
    frame.value = { f, exact: !s.playhead.playing };
    measureText.value = this.measureText(s, run, f.tick);
  }

  /** What the pitch draws for the analyst at the shown frame. */
  marks(s: ViewerState): AnalystMarks | null {
    const { picks, tape } = s.analyst;
    if (!picks.length && !tape.length) return null;
    const run = this.host.run(), tr = run.trace, tick = s.playhead.tick;
    const f = frameFacts(tr, tick);
    const at = (id: string) => (id === 'ball' ? f.ball : f.agents.find((a) => a.id === id)!);
    const m = tape.length ? measureFacts(tr, tick, tape[0], tape[1] ?? tape[0], (i) => profile(run, i)) : null;
    return {
      selected: picks.map(at),
      pairs: pairDistances(f, picks).map((p) => ({ a: at(p.a), b: at(p.b), text: `${p.distanceM.toFixed(1)} m` })),
      measure: m ? {
        a: m.a, b: tape[1] ? m.b : null,
        text: [`${m.distanceM.toFixed(1)} m`, ...m.reach.map((r) => `${tr.agents[r.index].label} ${r.seconds.toFixed(2)} s`)].join('  ·  '),
      } : null,
    };
  }

  private measureText(s: ViewerState, run: Replay, tick: number) {
    const tr = run.trace, tape = s.analyst.tape;
    if (!tape.length) return s.tool === 'measure' ? { title: 'Click a player, the ball or a spot on the pitch (or press an end above)…', lines: [] } : null;
    if (tape.length === 1) return { title: `From ${endWords(tr, tape[0])}: click or press the second end…`, lines: [] };
    const [a, b] = tape;
    const m = measureFacts(tr, tick, a, b, (i) => profile(run, i));
    const note = run.drill ? '' : ' (default profile)';
    return {
      title: `${endWords(tr, a)} → ${endWords(tr, b)}`,
      lines: [
        `Distance ${m.distanceM.toFixed(2)} m`,
        ...m.reach.map((r) => `${tr.agents[r.index].label} needs ${r.seconds.toFixed(2)} s to get there${note}`),
      ],
    };
  }

  private onPitchClick(ev: MouseEvent): void {
    const s = this.host.state();
    if (s.tool !== 'measure') return;
    const t = this.host.transform();
    const w = toWorld(t, px(ev.offsetX), px(ev.offsetY));
    const snap = (discRadius(this.host.labelPx()) * 1.2) / t.scale;
    this.host.dispatch({ type: 'tape/put', end: pickEnd(this.host.run().trace, s.playhead.tick, w.x, w.y, snap) });
  }
}

function profile(run: Replay, index: number) {
  const id = run.trace.agents[index]?.id;
  return run.spec.agents.find((a) => a.id === id)?.profile;
}
