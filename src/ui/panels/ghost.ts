import { mainPlay, scenarioRunner } from '../../analysis/margins';
import type { GhostDrawing } from '../../render/ghost-layer';
import { verdictAt } from '../../view/verdicts';
import { byId, el, setText } from './dom';
import type { Dispatch } from '../state/store';
import { outcomeWords } from '../../view/outcome-words';
import type { Replay } from '../state/replay';
import { formatNumber } from '../../view/address';

// The ghost: pin the run on screen, change a timing, and the pinned run plays faded under the
// new one, with both results in the panel and the pinned one's verdict and result on its runner.

/** The parameters (and seed, stage) in which two runs differ, in words: "run start 1.5 s". */
export function differences(pinned: Replay, now: Replay): string {
  const defs = now.scenario.params ?? {};
  const out: string[] = [];
  for (const [name, v] of Object.entries(pinned.params)) {
    if (now.params[name] === v) continue;
    const d = defs[name];
    out.push(`${(d?.label ?? name).toLowerCase()} ${formatNumber(v)}${d?.unit ? ' ' + d.unit : ''}`);
  }
  if (pinned.seed !== now.seed) out.push(`seed ${pinned.seed}`);
  if (pinned.variation !== now.variation) out.push(pinned.variation ? `stage ${pinned.variation}` : 'as written');
  return out.join(', ');
}

function roleOf(run: Replay) {
  return (id: string) => run.trace.agents.find((a) => a.id === id)?.role;
}

/** The ghost's corner of the panel: the pin button and the pinned run's result. It renders the
 *  pinned run the app hands it (the state says which run is pinned); the button dispatches. */
export class Ghost {
  private pinned: Replay | null = null;
  private drawing: GhostDrawing | null = null;
  private readonly box = byId('ghost');
  private readonly button = el('button', { text: 'Pin this run (G)', attrs: { type: 'button', id: 'pin-btn', title: 'Keep this run on the pitch as a faded ghost, then change a timing to compare (G)' } });
  private readonly line = el('div', { cls: 'ghost-line', attrs: { 'data-testid': 'ghost-outcome' } });

  constructor(dispatch: Dispatch) {
    this.box.append(this.line, this.button);
    this.button.addEventListener('click', () => dispatch({ type: 'ghost/toggle' }));
    this.line.hidden = true;
  }

  /** Show the pinned run (or none) against the run on screen. */
  render(pinned: Replay | null, now: Replay): void {
    if (pinned !== this.pinned) {
      this.pinned = pinned;
      this.drawing = pinned ? drawingOf(pinned) : null;
    }
    this.button.disabled = !now.drill; // a recording has no timings to change
    setText(this.button, pinned ? 'Unpin' : 'Pin this run (G)');
    this.button.setAttribute('aria-pressed', String(!!pinned));
    this.line.hidden = !pinned;
    if (!pinned) return;
    const diff = differences(pinned, now);
    setText(this.line, `Pinned: ${this.outcomeText}${diff ? ` (${diff})` : ' (the same run)'}`);
  }

  get pinnedRun(): Replay | null {
    return this.pinned;
  }

  get view(): GhostDrawing | null {
    return this.drawing;
  }

  get outcomeText(): string {
    return this.pinned ? outcomeWords(this.pinned.trace.outcome, roleOf(this.pinned)) : '';
  }
}

/** What the pitch draws of a pinned run: its frames, and the words on its runner. */
function drawingOf(run: Replay): GhostDrawing {
  const tr = run.trace;
  const play = mainPlay(tr);
  const id = play?.other ?? scenarioRunner(run.scenario);
  const runner = id ? tr.agents.findIndex((a) => a.id === id) : -1;
  const result = outcomeWords(tr.outcome, roleOf(run));
  const hold = 1e9; // the pinned verdict stays up until the pinned result replaces it
  return {
    trace: tr,
    runner,
    text(tick: number): string {
      if (tick >= tr.outcome.tick) return `Pinned: ${result}`;
      const v = verdictAt(run.verdicts, tick, hold);
      return v ? `Pinned: ${v.text}` : 'Pinned';
    },
  };
}
