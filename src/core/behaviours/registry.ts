import type { World } from '../world';
import type { BehaviourDef, Kind } from './behaviour';
import { MEMORY_SLOTS } from './behaviour';
import { carry, carrying } from './carry';
import { carrier } from './carrier';
import { cover } from './cover';
import { keeper } from './keeper';
import { line } from './line';
import { passOn } from './pass-on';
import { press } from './press';
import { recover } from './recover';
import { stand } from './stand';
import { striker } from './striker';
import { track } from './track';
import { zone } from './zone';

// Every behaviour, by number: World.brain holds each agent's number, read every tick (a number,
// not the kind's string, and one table lookup: behaviours differ in shape, and this is per tick).
export const BEHAVIOURS: readonly BehaviourDef<any>[] = [stand, striker, line, track, zone, recover, keeper, carrier, press, cover, passOn];

const CODES = new Map<string, number>(BEHAVIOURS.map((b, k) => [b.kind, k]));
// Their think functions by number, in an array of one shape: reading `think` off behaviours of
// eleven different shapes is a megamorphic property look-up, eight times a tick.
const THINK: readonly BehaviourDef<any>['think'][] = BEHAVIOURS.map((b) => b.think);

/** The number World.brain stores for a behaviour kind. */
export function behaviourCode(kind: Kind): number {
  const k = CODES.get(kind);
  if (k === undefined) throw new Error(`no behaviour "${kind}" in the registry`);
  return k;
}

/** Agent i's memory at the start of a run, from its behaviour. */
export function startMemory(memory: Float64Array, i: number, code: number): void {
  const start = BEHAVIOURS[code].memory;
  for (let k = 0; k < MEMORY_SLOTS; k++) memory[i * MEMORY_SLOTS + k] = k < start.length ? start[k] : 0;
}

/** Agent i thinks: its behaviour sets its steering wish for this tick. */
export function think(w: World, i: number): void {
  if (carrying(w, i)) {
    // A run given to the player on the ball is a dribble, whatever the behaviour; a behaviour
    // that finishes may still shoot from it when in range (its kick replaces the touch).
    carry(w, i);
    const def = BEHAVIOURS[w.brain[i]];
    if (def.whileCarrying && w.owner === i) def.whileCarrying(w, i, w.agents[i].behaviour);
    return;
  }
  THINK[w.brain[i]](w, i, w.agents[i].behaviour);
}
