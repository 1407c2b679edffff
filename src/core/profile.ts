import type { Metres, MetresPerSecond, MetresPerSecond2, Seconds } from './units';
import { exp } from './detmath';

/** A player's physical profile. Acceleration follows a(v) = accel·(1 − v/maxSpeed) from standing. */
export interface Profile {
  maxSpeed: MetresPerSecond;
  accel: MetresPerSecond2; // at v = 0; accel = maxSpeed / τ of the sprint model
  brake: MetresPerSecond2; // largest deceleration, from low speed (less from high speed: brakeAt)
  reaction: Seconds; // delay before reacting to what others do
  reach: Metres; // ball within this horizontal distance can be played
}

export type Role = 'attacker' | 'defender' | 'goalkeeper' | 'server';

/**
 * The engine's own copy of a profile, read in its innermost loops. Its fields start out holding
 * non-integers, so V8 stores them as doubles whatever the drill gives: a field that has held
 * both an integer (a top speed of 9) and a fraction (8.6) is kept as a generic one, and each
 * figure read from it into arithmetic that merges with a computed value is boxed on the heap
 * (steering did so for every player every tick). Same numbers, so the same bits.
 */
class EngineProfile implements Profile {
  maxSpeed = 0.5;
  accel = 0.5;
  brake = 0.5;
  reaction = 0.5;
  reach = 0.5;
  constructor(p: Profile) {
    this.maxSpeed = p.maxSpeed;
    this.accel = p.accel;
    this.brake = p.brake;
    this.reaction = p.reaction;
    this.reach = p.reach;
  }
}

export function engineProfile(p: Profile): Profile {
  return new EngineProfile(p);
}

// vmax ≈ 9 m/s, τ ≈ 1.1 s (sprint science; 27.4 m in ≈ 4.1 s). Reaction after Spearman (2018) /
// Friends-of-Tracking pitch control: 0.7 s for outfield reactions. Braking: elite players brake
// harder than they start (Harper et al. 2022), so the peak is above accel (8.18 m/s²).
const OUTFIELD: Profile = { maxSpeed: 9, accel: 9 / 1.1, brake: 9, reaction: 0.7, reach: 1.0 };

export const DEFAULT_PROFILES: Record<Role, Profile> = {
  attacker: { ...OUTFIELD },
  defender: { ...OUTFIELD, maxSpeed: 8.6, reaction: 0.5 },
  // Keepers: top speed 8.6 m/s, τ 1.09 s: 3.0% slower than an attacker over 20 m (elite keepers:
  // about 3% slower than forwards, top speed 8–9.6 m/s, Haugen et al. 2013). They react faster
  // to the ball (they watch nothing else).
  goalkeeper: { maxSpeed: 8.6, accel: 8.6 / 1.09, brake: 9, reaction: 0.25, reach: 1.0 },
  server: { ...OUTFIELD, maxSpeed: 6 },
};

// How braking and turning fall off with speed (fractions of the peak lost at top speed).
// Braking: from top speed a player first has to lower his centre of mass, so the first steps
// brake less (Harper et al. 2022: the faster the approach, the longer the stop). 9 m/s² peak,
// 5.85 m/s² from 9 m/s: a stop from top speed takes 1.24 s and 5.9 m.
export const BRAKE_DROP = 0.35;
// Turning: sideways up to accel at a standstill, 58% of it at top speed (a smallest radius of
// v²/turnAt(v): 1.3 m at 3 m/s, 6.1 m at 6 m/s, 17 m at 9 m/s). Set so that the 17 m sprint round
// the penalty arc (radius 9.15 m) costs 0.08–0.16 s over a straight one (Fílter et al. 2019).
export const TURN_DROP = 0.42;
// A change of direction sharper than 60° is a cut: brake to the plant speed, turn, go again.
export const CUT_COS = 0.5;
export const PLANT_SHARE = 0.5; // plant speed, a share of top speed (4.5 m/s for 9 m/s: smallest radius 3.1 m)

/** Largest deceleration at speed v (m/s): p.brake from low speed, less from high speed. */
export function brakeAt(p: Profile, v: MetresPerSecond): MetresPerSecond2 {
  return p.brake * (1 - (BRAKE_DROP * Math.min(v, p.maxSpeed)) / p.maxSpeed);
}

/** Largest sideways (turning) acceleration at speed v (m/s). */
export function turnAt(p: Profile, v: MetresPerSecond): MetresPerSecond2 {
  return p.accel * (1 - (TURN_DROP * Math.min(v, p.maxSpeed)) / p.maxSpeed);
}

/** Smallest turning radius at speed v (m): v² over the sideways limit. */
export function minTurnRadius(p: Profile, v: MetresPerSecond): Metres {
  return (v * v) / turnAt(p, v);
}

/** The largest acceleration vector magnitude the kinematics may ever apply. */
export function accelLimit(p: Profile): MetresPerSecond2 {
  return Math.max(p.accel, p.brake);
}

/** Sprint model distance after t seconds from standing: x(t) = vmax·(t − τ(1 − e^(−t/τ))). */
export function sprintDistance(p: Profile, t: Seconds): Metres {
  const tau = p.maxSpeed / p.accel;
  return p.maxSpeed * (t - tau * (1 - exp(-t / tau)));
}
