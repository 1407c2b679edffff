import { resultHeadline } from '../analysis/outcome-words';
import type { Outcome } from '../core/events';
import { formatMargin } from './verdicts';

// The result of a run in the words a coach would say: the analysis's headline ("Tackled after
// control" for a tackle once the runner had the ball), with the offside margin when there is one.

/**
 * `roleOf` tells a keeper's win from a defender's (both "won the race" to the ball).
 * `offsideMarginM`: the runner's margin at the main pass (> 0: an offside position); a run that
 * stood offside at the pass and made no chance reads as offside, the pass's fate after it
 * ("Offside by 2.5 m, pass cut out"): one message for the verdict, the result and the band.
 */
export function outcomeWords(o: Outcome, roleOf: (id: string) => string | undefined = () => undefined, offsideMarginM: number | null = null): string {
  if (o.result === 'offside' && o.marginM !== undefined) return `Offside by ${formatMargin(o.marginM)}`;
  if (offsideMarginM !== null && offsideMarginM > 0 && !CHANCE.has(o.result)) return `Offside by ${formatMargin(offsideMarginM)}, ${AFTER[o.result] ?? resultHeadline(o, roleOf).toLowerCase()}`;
  return resultHeadline(o, roleOf);
}

const CHANCE = new Set(['goal', 'saved', 'wide']);
/** What became of a pass played to a runner standing offside. */
const AFTER: Partial<Record<Outcome['result'], string>> = {
  intercepted: 'pass cut out', tackled: 'ball won back', out: 'pass ran out', timeout: 'no chance',
};

/** The detail under the headline: who and when. */
export function outcomeDetail(o: Outcome, labelOf: (id: string) => string): string {
  const who = o.agent ? ` (${labelOf(o.agent)})` : '';
  const how = o.result === 'intercepted' ? 'intercepted' : o.result === 'tackled' ? 'tackled' : o.result === 'cleared' ? 'cleared' : '';
  return `${how ? how + ' ' : ''}at ${o.t.toFixed(2)} s${who}`;
}
