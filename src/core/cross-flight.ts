import { kick, stepBall } from './ball';
import { launchSpeed } from './flight';
import type { Metres, MetresPerSecond, Seconds } from './units';
import type { World } from './world';

// A lofted ball's launch speed for a distance, and its time in the air: for playing a cross, and
// for aiming one at where a runner will be when it comes down.

export const MAX_KICK_SPEED = 40; // m/s: the hardest kick a drill may ask for (the schema's limit)

/** Speed that lands a lofted ball at distance d for elevation elev (solved on the flight: flight.ts). */
export function crossSpeed(w: World, d: Metres, elev: number): MetresPerSecond {
  // Never harder than any kick a drill may ask for: a cross that would need more falls short, as
  // it would off a real foot.
  return Math.min(MAX_KICK_SPEED, launchSpeed(w.scratch, w.dt, d, elev, 0, 5, 45));
}

/** Seconds a ball kicked at speed and elev takes to cover d metres, or to land if it lands first. */
export function flightTime(w: World, d: Metres, speed: MetresPerSecond, elev: number): Seconds {
  const s = w.scratch;
  s.fill(0);
  kick(s, 1, 0, speed, elev);
  for (let k = 1; k < 1000; k++) {
    stepBall(s, w.dt);
    if (s[0] >= d || s[2] === 0) return k * w.dt;
  }
  return 1000 * w.dt;
}
