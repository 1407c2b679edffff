import { mainPlay, scenarioRunner } from '../../analysis/margins';
import type { GhostDrawing } from '../../render/ghost-layer';
import { verdictAt } from '../../view/verdicts';
import { byId, el, setText } from './dom';
import { outcomeWords } from '../../view/outcome-words';
import type { Run } from '../state/run-drill';
import { formatNumber } from '../../view/address';

// The ghost: pin the run on screen, change a timing, and the pinned run plays faded under the
// new one, with both results in the panel and the pinned one's verdict and result on its runner.

/** The parameters (and seed, stage) in which two runs differ, in words: "run start 1.5 s". */
export function differences(pinned: Run, now: Run): string {
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

/** The same cast (ids, in order): a run of the same drill the ghost can be drawn against. */
function sameCast(a: Run, b: Run): boolean {
  return a.scenario.id === b.scenario.id && a.trace.agents.map((x) => x.id).join() === b.trace.agents.map((x) => x.id).join();
}

function roleOf(run: Run) {
  return (id: string) => run.trace.agents.find((a) => a.id === id)?.role;
}

export class Ghost {
  pinned: Run | null = null;
  private now: Run | null = null;
  private drawing: GhostDrawing | null = null;
  private readonly box = byId('ghost');
  private readonly button = el('button', { text: 'Pin this run (G)', attrs: { type: 'button', id: 'pin-btn', title: 'Keep this run on the pitch as a faded ghost, then change a timing to compare (G)' } });
  private readonly line = el('div', { cls: 'ghost-line', attrs: { 'data-testid': 'ghost-outcome' } });

  constructor(private readonly changed: () => void) {
    this.box.append(this.line, this.button);
    this.button.addEventListener('click', () => this.toggle());
    this.line.hidden = true;
  }

  toggle(): void {
    if (this.pinned) this.unpin();
    else if (this.now) this.pin(this.now);
  }

  pin(run: Run): void {
    this.pinned = run;
    this.drawing = drawingOf(run);
    this.show();
    this.changed();
  }

  unpin(): void {
    this.pinned = null;
    this.drawing = null;
    this.show();
    this.changed();
  }

  /** A new run on screen: a ghost of another drill (another cast) goes. */
  runChanged(run: Run, recording: boolean): void {
    this.now = run;
    this.button.disabled = recording;
    if (this.pinned && (recording || !sameCast(this.pinned, run))) this.unpin();
    else this.show();
  }

  get view(): GhostDrawing | null {
    return this.drawing;
  }

  get outcomeText(): string {
    return this.pinned ? outcomeWords(this.pinned.trace.outcome, roleOf(this.pinned)) : '';
  }

  private show(): void {
    const p = this.pinned;
    setText(this.button, p ? 'Unpin' : 'Pin this run (G)');
    this.button.setAttribute('aria-pressed', String(!!p));
    this.line.hidden = !p;
    if (!p || !this.now) return;
    const diff = differences(p, this.now);
    setText(this.line, `Pinned: ${this.outcomeText}${diff ? ` (${diff})` : ' (the same run)'}`);
  }
}

/** What the pitch draws of a pinned run: its frames, and the words on its runner. */
function drawingOf(run: Run): GhostDrawing {
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
