import type { Role } from '../profile';
import type { Metres, MetresPerSecond, Seconds } from '../units';

// Every behaviour's defaults, in one place: what a drill file leaves out of a behaviour, and the
// behaviour a player gets when the file names none. The scenario layer reads them from here.

export const BEHAVIOUR_DEFAULTS = {
  stand: {},
  striker: {
    shootRange: 14 as Metres, // shoots within this distance of the goal
    shoulderGap: 0.5 as Metres, // how far onside of the defender it waits on the shoulder
  },
  line: {}, // group and height are always given
  track: { gap: 1 as Metres }, // marking distance
  zone: { pickUp: 5 as Metres, front: false }, // picks up a runner this close to its spot; marks him goal-side unless told to front him
  recover: { delay: 0.3 as Seconds }, // after the drill's pass, before the recovery sprint
  keeper: { holdSpeed: 16 as MetresPerSecond }, // holds a shot slower than this, parries a harder one
  carrier: { shootRange: 12 as Metres }, // shoots within this distance of the goal (a wide carrier at the byline is 20 m off it)
  press: {},
  cover: { depth: 4 as Metres }, // behind the presser: close enough to step in, far enough not to be beaten by the same touch
  'pass-on': { gap: 1 as Metres }, // marking distance while the runner is in the channel
} as const;

/** The behaviour a player has when its file gives none: keepers keep, attackers strike, the rest stand. */
export function defaultKind(role: Role): 'keeper' | 'striker' | 'stand' {
  return role === 'goalkeeper' ? 'keeper' : role === 'attacker' ? 'striker' : 'stand';
}
