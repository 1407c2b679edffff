import { BVX, BVY } from './ball';
import type { Metres, MetresPerSecond } from './units';
import { ATTACK, type World } from './world';

// How high a goalkeeper's hands reach, which depends on how he is moving. A set keeper springs:
// an elite keeper of about 1.88 m reaches about 2.4 m with an arm up, and jumps 0.45 ± 0.03 m
// with an arm swing (countermovement jumps of top-level keepers on a force plate, Charles
// University); 2.7 m allows for a jump not quite square to the ball. A keeper running out at
// the shooter cannot plant and spring backwards for a ball going over him: his arms up, about
// 2.4 m, is all he has.
export const SET_HANDS_Z: Metres = 2.7;
export const RUNNING_HANDS_Z: Metres = 2.4;
const FULL_CHARGE: MetresPerSecond = 3; // running at the ball this fast, there is no spring left

/** Hands height for a keeper closing on the ball's flight at `closing` m/s (negative: going with it). */
export function handsHeight(closing: MetresPerSecond): Metres {
  const f = Math.min(1, Math.max(0, closing / FULL_CHARGE));
  return SET_HANDS_Z - (SET_HANDS_Z - RUNNING_HANDS_Z) * f;
}

/** Keeper j's hands height this tick: lower while he runs into an attacker's shot going over him. */
export function keeperHandsZ(w: World, j: number): Metres {
  if (w.kickKind !== 'shot' || w.kickTeam !== ATTACK) return SET_HANDS_Z;
  const bvx = w.ball[BVX], bvy = w.ball[BVY];
  const v = Math.sqrt(bvx * bvx + bvy * bvy);
  if (v < 1e-9) return SET_HANDS_Z;
  return handsHeight(-(w.vx[j] * bvx + w.vy[j] * bvy) / v);
}
