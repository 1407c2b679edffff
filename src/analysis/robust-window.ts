import { isRunCell, type SweepCell } from './cell';
import type { Sweep } from './sweep';
import { cellClass } from './window';
import { windowSentence } from './window-sentence';

// The window a player should learn: the timings that make a chance in most tries, swept over
// several seeds, rather than every value that happened to work once. A one-seed sweep gives
// slivers ("works from 0.55 to 1.3 s, and from 2.1 s, and from 2.25 to 3 s") that another seed
// moves; over many seeds a sliver has a small share and drops out.

export const ROBUST_SHARE = 0.5; // a timing is in the window when at least half the tries make a chance

export interface RobustWindow {
  from: number; // first grid value of the window
  to: number; // last grid value (inclusive)
  cells: number;
  share: number; // mean share of tries that made a chance over the window's cells, 0–1
  tries: number; // seeds per cell
}

/** The share of a cell's tries that made a chance (a one-seed cell: 0 or 1). */
export function worksShare(c: SweepCell): number {
  return isRunCell(c) ? (cellClass(c) === 'works' ? 1 : 0) : c.classes.works ?? 0;
}

/**
 * The robust windows of a 1-D sweep: maximal runs of neighbouring values where at least
 * `minShare` of the tries make a chance. A run of a single value is an island and left out when
 * a wider run exists. In the order of the parameter.
 */
export function robustWindows(s: Pick<Sweep, 'axes' | 'cells' | 'seeds'>, minShare = ROBUST_SHARE): RobustWindow[] {
  if (s.axes.length !== 1) throw new Error(`robust window: expected a 1-D sweep, got ${s.axes.length} axes`);
  const xs = s.axes[0].values;
  const runs: RobustWindow[] = [];
  let open: RobustWindow | null = null;
  let sum = 0;
  s.cells.forEach((c, k) => {
    const share = worksShare(c);
    if (share >= minShare) {
      if (!open) { open = { from: xs[k], to: xs[k], cells: 0, share: 0, tries: s.seeds }; sum = 0; runs.push(open); }
      open.to = xs[k];
      open.cells++;
      sum += share;
      open.share = sum / open.cells;
    } else {
      open = null;
    }
  });
  const wide = runs.filter((r) => r.cells > 1);
  return wide.length ? wide : runs;
}

/** One sentence a player reads: "works in 7 of 10 tries from 1.6 to 2.4 s" (window-sentence.ts, as the viewer says it). */
export function robustSentence(name: string, unit: string, windows: readonly RobustWindow[], step = 0): string {
  return windowSentence(name, unit, windows, step, 'no timing works in most tries');
}
