import type { Metres, MetresPerSecond, MetresPerSecond2, Seconds } from './units';
import { exp } from './detmath';

/** A player's physical profile. Acceleration follows a(v) = accel·(1 − v/maxSpeed) from standing. */
export interface Profile {
  maxSpeed: MetresPerSecond;
  accel: MetresPerSecond2; // at v = 0; accel = maxSpeed / τ of the sprint model
  brake: MetresPerSecond2; // largest deceleration
  reaction: Seconds; // delay before reacting to what others do
  reach: Metres; // ball within this horizontal distance can be played
}

export type Role = 'attacker' | 'defender' | 'goalkeeper' | 'server';

// vmax ≈ 9 m/s, τ ≈ 1.1 s (sprint science; 27.4 m in ≈ 4.1 s). Braking and reaction after
// Spearman (2018) / Friends-of-Tracking pitch control: 7 m/s², 0.7 s for outfield reactions.
const OUTFIELD: Profile = { maxSpeed: 9, accel: 9 / 1.1, brake: 7, reaction: 0.7, reach: 1.0 };

export const DEFAULT_PROFILES: Record<Role, Profile> = {
  attacker: { ...OUTFIELD },
  defender: { ...OUTFIELD, maxSpeed: 8.6, reaction: 0.5 },
  // Keepers: top speed 8.6 m/s, τ 1.09 s: 3.0% slower than an attacker over 20 m (elite keepers:
  // about 3% slower than forwards, top speed 8–9.6 m/s, Haugen et al. 2013). They react faster
  // to the ball (they watch nothing else).
  goalkeeper: { maxSpeed: 8.6, accel: 8.6 / 1.09, brake: 8, reaction: 0.25, reach: 1.0 },
  server: { ...OUTFIELD, maxSpeed: 6 },
};

/** The largest acceleration vector magnitude the kinematics may ever apply. */
export function accelLimit(p: Profile): MetresPerSecond2 {
  return Math.max(p.accel, p.brake);
}

/** Sprint model distance after t seconds from standing: x(t) = vmax·(t − τ(1 − e^(−t/τ))). */
export function sprintDistance(p: Profile, t: Seconds): Metres {
  const tau = p.maxSpeed / p.accel;
  return p.maxSpeed * (t - tau * (1 - exp(-t / tau)));
}
