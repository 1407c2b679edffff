import type { RunCell, SeedsCell } from '../analysis/cell';
import type { OutcomeClass } from '../analysis/outcome-class';
import type { Result } from '../core/events';
import type { ParamDef } from '../scenario/types';
import { CLASS_STYLE, type TimingClass } from './timing-classes';
import { formatNumber } from './address';

// A cell of the timing map in words, for the line under the map: where it is, what happened,
// and the margins that explain it.

const RESULT_WORDS: Record<Result, string> = {
  goal: 'Goal', saved: 'Saved', wide: 'Wide', offside: 'Offside', intercepted: 'Intercepted',
  tackled: 'Tackled', out: 'Out of play', timeout: 'Time ran out', cleared: 'Cleared',
};

export interface AxisWords {
  name: string;
  def: Pick<ParamDef, 'label' | 'unit'>;
}

/** "Run start 1.6 s, pass time 2 s" */
export function placeWords(cell: Pick<RunCell, 'values'>, axes: readonly AxisWords[]): string {
  return axes.map((a, k) => {
    const label = k === 0 ? a.def.label : a.def.label.toLowerCase();
    return `${label} ${formatNumber(cell.values[a.name])}${a.def.unit ? ' ' + a.def.unit : ''}`;
  }).join(', ');
}

/** "Goal by 9 (works)" */
export function outcomeWordsOf(cell: RunCell, cls: TimingClass, labelOf: (id: string) => string): string {
  const who = cell.agent ? ` (${labelOf(cell.agent)})` : '';
  return `${RESULT_WORDS[cell.outcome]}${who}: ${CLASS_STYLE[cls].word.toLowerCase()}`;
}

/** "onside by 0.43 m · the runner gets there 1.21 s first · 6.5 m from the nearest opponent" (those that apply), in a player's words. */
export function marginWords(cell: RunCell): string {
  const parts: string[] = [];
  const m = cell.offsideMarginM;
  if (m !== null) parts.push(Math.abs(m) < 0.005 ? 'level with the line' : `${m > 0 ? 'offside' : 'onside'} by ${Math.abs(m).toFixed(2)} m`);
  const r = cell.raceMarginS;
  if (r !== null) parts.push(r >= 0 ? `the runner gets there ${r.toFixed(2)} s first` : `beaten to the ball by ${(-r).toFixed(2)} s`);
  if (cell.separationM !== null) parts.push(`${cell.separationM.toFixed(1)} m from the nearest opponent`);
  return parts.length ? parts.join(' · ') : 'no margins apply';
}

const CLASS_TRY_WORDS: Record<OutcomeClass, string> = { works: 'a chance', offside: 'offside', lost: 'no chance', 'not played': 'not played' };

/** A cell of several tries: "a chance in 7 of 10 tries (offside 2, no chance 1)". */
export function triesWords(cell: SeedsCell, tries: number): string {
  const count = (k: OutcomeClass) => Math.round((cell.classes[k] ?? 0) * tries);
  const rest = (['offside', 'lost', 'not played'] as OutcomeClass[]).filter((k) => count(k) > 0).map((k) => `${CLASS_TRY_WORDS[k]} ${count(k)}`);
  return `a chance in ${count('works')} of ${tries} tries${rest.length ? ` (${rest.join(', ')})` : ''}`;
}
