import type { Outcome } from '../core/events';

// The result of a run in a coach's words, where the analysis can tell more than the result's
// name: a tackle on a player who had already controlled the ball is a tackle, not a race lost.

/** The headline for an outcome; `roleOf` tells a keeper from a defender. */
export function resultHeadline(o: Outcome, roleOf: (id: string) => string | undefined = () => undefined): string {
  const keeper = o.agent !== undefined && roleOf(o.agent) === 'goalkeeper';
  switch (o.result) {
    case 'goal': return 'Goal';
    case 'saved': return 'Saved by the keeper';
    case 'offside': return 'Offside';
    case 'tackled':
      // The runner got to the ball and controlled it: he won the race and lost the ball after.
      if (o.afterControl) return keeper ? 'Keeper took it off his feet' : 'Tackled after control';
      return keeper ? 'Keeper won the race' : 'Defender won the race';
    case 'intercepted': return keeper ? 'Keeper won the race' : 'Defender won the race';
    case 'wide': return 'Wide';
    case 'out': return 'Out of play';
    case 'timeout': return 'Time ran out';
    case 'cleared': return keeper ? 'Keeper cleared it' : 'Cleared by a defender';
  }
}
