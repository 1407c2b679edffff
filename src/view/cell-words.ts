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

function signed(v: number, digits: number): string {
  const s = v.toFixed(digits);
  return v > 0 && Number(s) !== 0 ? `+${s}` : s === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : s;
}

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

/** "offside margin −0.43 m · race +1.21 s · separation 6.5 m" (the margins that apply). */
export function marginWords(cell: RunCell): string {
  const parts: string[] = [];
  if (cell.offsideMarginM !== null) parts.push(`offside margin ${signed(cell.offsideMarginM, 2)} m`);
  if (cell.raceMarginS !== null) parts.push(`race ${signed(cell.raceMarginS, 2)} s`);
  if (cell.separationM !== null) parts.push(`separation ${cell.separationM.toFixed(1)} m`);
  return parts.length ? parts.join(' · ') : 'no margins apply';
}

const CLASS_TRY_WORDS: Record<OutcomeClass, string> = { works: 'a chance', offside: 'offside', lost: 'no chance', 'not played': 'not played' };

/** A cell of several tries: "a chance in 7 of 10 tries (offside 2, no chance 1)". */
export function triesWords(cell: SeedsCell, tries: number): string {
  const count = (k: OutcomeClass) => Math.round((cell.classes[k] ?? 0) * tries);
  const rest = (['offside', 'lost', 'not played'] as OutcomeClass[]).filter((k) => count(k) > 0).map((k) => `${CLASS_TRY_WORDS[k]} ${count(k)}`);
  return `a chance in ${count('works')} of ${tries} tries${rest.length ? ` (${rest.join(', ')})` : ''}`;
}
