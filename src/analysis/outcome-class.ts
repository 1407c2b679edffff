import type { Result } from '../core/events';

// The three classes a timing window shows: the flag, a chance, or nothing.

/**
 * offside: the flag went up. works: the timing made a chance: a goal, a save or a shot wide, or
 * any shot by the attack after the main play (a shot saved, then the rebound cleared, was still
 * a chance). lost: no chance: the ball was intercepted or tackled, went out, or time ran out
 * before anyone shot (too early or too late, by the side of the working band it lies on).
 */
export type OutcomeClass = 'offside' | 'works' | 'lost';
export const OUTCOME_CLASSES: readonly OutcomeClass[] = ['offside', 'works', 'lost'];

const CHANCE: ReadonlySet<Result> = new Set(['goal', 'saved', 'wide']);

/** The class of one run from its outcome and whether the attack got a shot away after the main play. */
export function outcomeClass(result: Result, shot: boolean): OutcomeClass {
  if (result === 'offside') return 'offside';
  return CHANCE.has(result) || shot ? 'works' : 'lost';
}
