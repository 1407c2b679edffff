import type { Result } from '../core/events';

// The classes a timing window shows: the flag, a chance, nothing, or a play that never happened.

/**
 * offside: the flag went up. works: the timing made a chance: a goal, a save or a shot wide, or
 * any shot by the attack after the main play (a shot saved, then the rebound cleared, was still
 * a chance). lost: no chance: the ball was intercepted or tackled, went out, or time ran out
 * before anyone shot (too early or too late, by the side of the working band it lies on).
 * not played: the drill's main pass or cross never happened (its player had no ball, its
 * trigger never fired, the drill was over first), so the run says nothing about the timing,
 * whatever else happened in it.
 * An offside position at the main play whose pass was then cut out is offside too: the run was
 * early, and one run reads one way (the verdict at the pass, the result and the band agree).
 */
export type OutcomeClass = 'offside' | 'works' | 'lost' | 'not played';
export const OUTCOME_CLASSES: readonly OutcomeClass[] = ['offside', 'works', 'lost', 'not played'];

const CHANCE: ReadonlySet<Result> = new Set(['goal', 'saved', 'wide']);

/**
 * The class of one run from its outcome, whether the attack got a shot away after the main play,
 * whether that play happened, and whether the runner stood offside at it.
 */
export function outcomeClass(result: Result, shot: boolean, played = true, offsidePosition = false): OutcomeClass {
  if (!played) return 'not played';
  if (result === 'offside') return 'offside';
  if (CHANCE.has(result) || shot) return 'works';
  return offsidePosition ? 'offside' : 'lost';
}

/** Whether a margin at the main play (m, > 0 beyond the line) is an offside position. */
export function inOffsidePosition(offsideMarginM: number | null): boolean {
  return offsideMarginM !== null && offsideMarginM > 0;
}
