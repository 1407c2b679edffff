import type { Behaviour } from '../spec';
import type { World } from '../world';
import type { BEHAVIOUR_DEFAULTS } from './defaults';

// What a behaviour is, for the registry: one file per behaviour exports one of these.

export type Kind = Behaviour['kind'];
export type Of<K extends Kind> = Extract<Behaviour, { kind: K }>;

/** Numbers each agent keeps for its behaviour between ticks, in World.memory (flat: no per-tick allocation). */
export const MEMORY_SLOTS = 1;

export interface BehaviourDef<K extends Kind = Kind> {
  kind: K;
  /** What a drill file may leave out (see defaults.ts). */
  defaults: (typeof BEHAVIOUR_DEFAULTS)[K];
  /** The agent's memory slots at the start of a run (at most MEMORY_SLOTS). */
  memory: readonly number[];
  /** Set the agent's steering wish for this tick (w.tx/ty/pace/arrive), and any kick as an intent. */
  think(w: World, i: number, b: Of<K>): void;
  /** Dribbling along a scripted run with the ball at the feet (carry.ts steers): any kick instead of the touch. */
  whileCarrying?(w: World, i: number, b: Of<K>): void;
}

/** Agent i's memory slot k. */
export function slot(i: number, k: number): number {
  return i * MEMORY_SLOTS + k;
}
