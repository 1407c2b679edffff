import { mainPlay, scenarioRunner } from '../../analysis/margins';
import type { GhostDrawing } from '../../render/ghost-layer';
import { verdictAt } from '../../view/verdicts';
import { signal } from '@preact/signals';
import { shownRun } from '../state/signals';
import type { Dispatch } from '../state/store';
import { runWords } from '../../view/outcome-style';
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

/** The pinned run and what the pitch draws of it: set by the app from the state's ghost. */
export class Ghost {
  readonly pinned = signal<Replay | null>(null);
  private drawing: GhostDrawing | null = null;

  /** Show the pinned run (or none). */
  set(pinned: Replay | null): void {
    if (pinned === this.pinned.peek()) return;
    this.drawing = pinned ? drawingOf(pinned) : null;
    this.pinned.value = pinned;
  }

  get pinnedRun(): Replay | null {
    return this.pinned.peek();
  }

  get view(): GhostDrawing | null {
    return this.drawing;
  }

  get outcomeText(): string {
    const p = this.pinned.peek();
    return p ? runWords(p) : '';
  }
}

/** The ghost's corner of the panel: the pinned run's result against the run on screen, and the
 *  pin button, which dispatches. */
export function GhostPanel({ ghost, dispatch }: { ghost: Ghost; dispatch: Dispatch }) {
  const pinned = ghost.pinned.value, now = shownRun.value;
  const diff = pinned && now ? differences(pinned, now) : '';
  return (
    <>
      <div class="ghost-line" data-testid="ghost-outcome" hidden={!pinned}>
        {pinned ? `Pinned: ${runWords(pinned)}${diff ? ` (${diff})` : ' (the same run)'}` : ''}
      </div>
      <button
        type="button" id="pin-btn" aria-pressed={!!pinned} disabled={!now?.drill /* a recording has no timings to change */}
        title="Keep this run on the pitch as a faded ghost, then change a timing to compare (G)"
        onClick={() => dispatch({ type: 'ghost/toggle' })}
      >{pinned ? 'Unpin' : 'Pin this run (G)'}</button>
    </>
  );
}

/** What the pitch draws of a pinned run: its frames, and the words on its runner. */
function drawingOf(run: Replay): GhostDrawing {
  const tr = run.trace;
  const play = mainPlay(tr);
  const id = play?.other ?? scenarioRunner(run.scenario);
  const runner = id ? tr.agents.findIndex((a) => a.id === id) : -1;
  const result = runWords(run);
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
