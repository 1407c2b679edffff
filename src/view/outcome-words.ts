import { resultHeadline } from '../analysis/outcome-words';
import type { Outcome } from '../core/events';
import { formatMargin } from './verdicts';

// The result of a run in the words a coach would say: the analysis's headline ("Tackled after
// control" for a tackle once the runner had the ball), with the offside margin when there is one.

/** `roleOf` tells a keeper's win from a defender's (both "won the race" to the ball). */
export function outcomeWords(o: Outcome, roleOf: (id: string) => string | undefined = () => undefined): string {
  if (o.result === 'offside' && o.marginM !== undefined) return `Offside by ${formatMargin(o.marginM)}`;
  return resultHeadline(o, roleOf);
}

/** The detail under the headline: who and when. */
export function outcomeDetail(o: Outcome, labelOf: (id: string) => string): string {
  const who = o.agent ? ` (${labelOf(o.agent)})` : '';
  const how = o.result === 'intercepted' ? 'intercepted' : o.result === 'tackled' ? 'tackled' : o.result === 'cleared' ? 'cleared' : '';
  return `${how ? how + ' ' : ''}at ${o.t.toFixed(2)} s${who}`;
}
