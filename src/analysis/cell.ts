import type { Result } from '../core/events';
import type { ParamValues } from '../scenario/resolve';
import type { RunMargins } from './margins';
import type { OutcomeClass } from './outcome-class';

// What a sweep keeps of each cell of its grid: numbers, never the frames.

/** A cell run with one seed: its outcome, who decided it, and the margins that explain it. */
export interface RunCell extends RunMargins {
  values: ParamValues; // the varied parameters' values at this cell
  outcome: Result;
  agent: string | null; // who scored, saved, won the ball or was flagged
  played: boolean; // the drill's main pass or cross happened (else the cell is "not played")
}

export type Shares<K extends string> = Partial<Record<K, number>>;

/** A cell run with K seeds: the share of each outcome that happened and the most common one. */
export interface SeedsCell {
  values: ParamValues;
  outcome: Result; // the most common (ties: the first in OUTCOMES order)
  shares: Shares<Result>; // outcomes that happened, in OUTCOMES order; they sum to 1
  classes: Shares<OutcomeClass>; // the same runs by class (see outcome-class.ts)
}

export type SweepCell = RunCell | SeedsCell;

export function isRunCell(c: SweepCell): c is RunCell {
  return !('shares' in c);
}
