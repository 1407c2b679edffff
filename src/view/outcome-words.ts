import type { Outcome } from '../core/events';
import { formatMargin } from './verdicts';

// The result of a run in the words a coach would say.

/** `roleOf` tells a keeper's win from a defender's (both "won the race" to the ball). */
export function outcomeWords(o: Outcome, roleOf: (id: string) => string | undefined = () => undefined): string {
  switch (o.result) {
    case 'goal': return 'Goal';
    case 'saved': return 'Saved by the keeper';
    case 'offside': return o.marginM !== undefined ? `Offside by ${formatMargin(o.marginM)}` : 'Offside';
    case 'intercepted':
    case 'tackled': return o.agent && roleOf(o.agent) === 'goalkeeper' ? 'Keeper won the race' : 'Defender won the race';
    case 'wide': return 'Wide';
    case 'out': return 'Out of play';
    case 'timeout': return 'Time ran out';
  }
}

/** The detail under the headline: who and when. */
export function outcomeDetail(o: Outcome, labelOf: (id: string) => string): string {
  const who = o.agent ? ` (${labelOf(o.agent)})` : '';
  const how = o.result === 'intercepted' ? 'intercepted' : o.result === 'tackled' ? 'tackled' : '';
  return `${how ? how + ' ' : ''}at ${o.t.toFixed(2)} s${who}`;
}
