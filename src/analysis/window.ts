import type { Result } from '../core/events';
import { isRunCell, type SweepCell } from './cell';
import { inOffsidePosition, OUTCOME_CLASSES, outcomeClass, type OutcomeClass } from './outcome-class';
import type { Sweep } from './sweep';

// A timing window: a 1-D sweep cut into bands of neighbouring values with the same class of
// outcome, for the viewer's band under a slider (offside | works | lost | works …).

/** A run cell's class; a cell of several seeds takes its most common class. */
export function cellClass(c: SweepCell): OutcomeClass {
  if (isRunCell(c)) return outcomeClass(c.outcome, c.shotT !== null, c.played, inOffsidePosition(c.offsideMarginM));
  let best: OutcomeClass = 'lost', most = -1;
  for (const k of OUTCOME_CLASSES) {
    const share = c.classes[k] ?? 0;
    if (share > most) { best = k; most = share; }
  }
  return best;
}

export interface Band {
  class: OutcomeClass;
  from: number; // first grid value in the band
  to: number; // last grid value in the band (inclusive)
  /** Where the band meets its neighbours: halfway to the next grid value outside it (the sweep's
   *  ends at the ends), so bands tile [first value, last value] with no gap. */
  lo: number;
  hi: number;
  cells: number;
  outcomes: Partial<Record<Result, number>>; // how many cells had each outcome
}

/** The bands of a 1-D sweep, in order of the parameter. (Also exported as `window`; in the
 *  browser import it as timingWindow, so as not to hide the global window.) */
export function timingWindow(s: Pick<Sweep, 'axes' | 'cells'>): Band[] {
  if (s.axes.length !== 1) throw new Error(`window: expected a 1-D sweep, got ${s.axes.length} axes`);
  const xs = s.axes[0].values;
  const bands: Band[] = [];
  s.cells.forEach((c, k) => {
    const cls = cellClass(c);
    let b = bands.at(-1);
    if (!b || b.class !== cls) {
      const lo = k === 0 ? xs[0] : (xs[k - 1] + xs[k]) / 2;
      if (b) b.hi = lo;
      b = { class: cls, from: xs[k], to: xs[k], lo, hi: xs[xs.length - 1], cells: 0, outcomes: {} };
      bands.push(b);
    }
    b.to = xs[k];
    b.cells++;
    b.outcomes[c.outcome] = (b.outcomes[c.outcome] ?? 0) + 1;
  });
  return bands;
}

export { timingWindow as window };
