import { BX, BZ, GRAVITY, kick, stepBall } from './ball';
import { cos, sin } from './detmath';
import { increasingRoot, type Increasing } from './root';
import type { Metres, MetresPerSecond, Seconds } from './units';

// Solving a lofted ball's launch speed (crosses, chips) on the engine's own flight: a test ball
// is flown tick by tick through the same air as the real one.

const HEIGHT_TOL: Metres = 1e-4; // solved when the flight passes this close to the height asked for
const SPEED_TOL: MetresPerSecond = 1e-6; // or when the speeds either side are this close

const ABOVE: Metres = 1000; // the test ball is flown this high, so that it never meets the ground
const DEPTH: Metres = 10; // a flight this far below the ground that has not reached dist is called short

/**
 * Fly a test ball (state in `s`, overwritten) kicked along x at `speed` and `elevationRad`: its
 * height where it passes x = dist, linear between the ticks either side. The ground is left out
 * (the ball is flown ABOVE it: the air is the same up there), so a ball that would have come down
 * short passes dist below the ground, at a negative height: the answer runs on smoothly with the
 * speed, from short to over, and can be solved (launchSpeed). One that is still short DEPTH below
 * the ground gives a number lower still, the shorter the lower.
 */
export function heightAt(s: Float64Array, dt: Seconds, dist: Metres, speed: MetresPerSecond, elevationRad: number): Metres {
  s.fill(0);
  kick(s, 1, 0, speed, elevationRad);
  s[BZ] = ABOVE;
  let x0 = 0, z0 = 0; // the tick before (m, z over the ground)
  for (let k = 0; k < 2000; k++) {
    stepBall(s, dt);
    const x = s[BX], z = s[BZ] - ABOVE;
    if (x >= dist) return z0 + ((z - z0) * (dist - x0)) / (x - x0);
    if (z < -DEPTH) return z + (x - dist);
    x0 = x;
    z0 = z;
  }
  return -DEPTH + (s[BX] - dist);
}

/** heightAt less a height, as a function of the launch speed alone (its other numbers set before a solve). */
const flight: Increasing & { s: Float64Array; dt: Seconds; dist: Metres; elevationRad: number; z: Metres } = {
  s: new Float64Array(0), dt: 0, dist: 0, elevationRad: 0, z: 0,
  at(speed: MetresPerSecond): Metres {
    return heightAt(this.s, this.dt, this.dist, speed, this.elevationRad) - this.z;
  },
};

/**
 * The launch speed in [lo, hi] at which a ball kicked at `elevationRad` passes x = dist at height
 * z (heightAt), by regula falsi with the Illinois step (root.ts): a handful of flights where
 * bisection takes twenty. Gives lo when lo already passes over z, and hi when even hi falls short.
 */
export function launchSpeed(
  s: Float64Array, dt: Seconds, dist: Metres, elevationRad: number, z: Metres, lo: MetresPerSecond, hi: MetresPerSecond,
): MetresPerSecond {
  flight.s = s; flight.dt = dt; flight.dist = dist; flight.elevationRad = elevationRad; flight.z = z;
  // Start from the speed that would do in a vacuum: drag only shortens a flight, so that one falls
  // short, and half as much again is nearly always over (a 35 m cross at 25° needs 1.2 times it).
  // Where either guess is on the wrong side, the range given stands in for it.
  const c = cos(elevationRad), rise = dist * (sin(elevationRad) / c) - z; // m above z on a straight line
  const vacuum = rise > 0 ? dist * Math.sqrt(GRAVITY / (2 * rise)) / c : lo; // m/s
  let flo = NaN, fhi = NaN;
  if (vacuum > lo && vacuum < hi) {
    const f = flight.at(vacuum);
    if (f < 0) { lo = vacuum; flo = f; }
    const more = Math.min(hi, vacuum * 1.5);
    const g = flight.at(more);
    if (g > 0) { hi = more; fhi = g; } else if (g < 0) { lo = more; flo = g; }
  }
  return increasingRoot(flight, lo, hi, HEIGHT_TOL, SPEED_TOL, flo, fhi);
}
