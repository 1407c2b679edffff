import type { Metres, MetresPerSecond, Seconds } from './units';
import { len } from './vec';
import { cos, sin } from './detmath';

// The ball in 2.5D: state vector [x, y, z, vx, vy, vz] (metres, m/s), z = height.
export const BX = 0, BY = 1, BZ = 2, BVX = 3, BVY = 4, BVZ = 5;
export const BALL_STATE = 6;

export const BALL_RADIUS: Metres = 0.11;
export const BALL_MASS = 0.43; // kg
export const BALL_AREA = 0.0375; // m², cross-section
export const AIR_DENSITY = 1.2; // kg/m³
export const GRAVITY = 9.81; // m/s²
export const RESTITUTION = 0.6; // vertical, on a bounce
export const BOUNCE_FRICTION = 0.85; // horizontal speed kept through a bounce
// Rolling resistance (m/s²) tuned so a 15 m/s ground pass stops after ≈ 21 m with the air drag.
export const ROLLING_DECEL = 3.9;
const REST_SPEED = 0.05; // below this a rolling ball stops
const SETTLE_VZ = 1.0; // a bounce weaker than this becomes rolling

/** Drag coefficient: 0.47 below 7 m/s, 0.22 above 9 m/s (drag crisis), linear between. */
export function dragCoefficient(speed: MetresPerSecond): number {
  if (speed <= 7) return 0.47;
  if (speed >= 9) return 0.22;
  return 0.47 + ((speed - 7) / 2) * (0.22 - 0.47);
}

const DRAG_K = (0.5 * AIR_DENSITY * BALL_AREA) / BALL_MASS; // × Cd × v² = deceleration

/** Advance the ball one step in place (semi-implicit Euler). Returns true if it bounced. */
export function stepBall(b: Float64Array, dt: Seconds): boolean {
  const vx = b[BVX], vy = b[BVY], vz = b[BVZ];
  const speed = Math.sqrt(vx * vx + vy * vy + vz * vz);
  const airborne = b[BZ] > 1e-9 || vz > 1e-9;
  if (speed < 1e-12 && !airborne) return false; // at rest on the ground
  const drag = DRAG_K * dragCoefficient(speed) * speed; // × v component = deceleration
  if (airborne) {
    b[BVX] = vx - drag * vx * dt;
    b[BVY] = vy - drag * vy * dt;
    b[BVZ] = vz - (GRAVITY + drag * vz) * dt;
  } else {
    const h = Math.sqrt(vx * vx + vy * vy);
    const dec = (ROLLING_DECEL + drag * h) * dt;
    if (h <= dec || h < REST_SPEED) {
      b[BVX] = 0;
      b[BVY] = 0;
    } else {
      const f = (h - dec) / h;
      b[BVX] = vx * f;
      b[BVY] = vy * f;
    }
    b[BVZ] = 0;
  }
  b[BX] += b[BVX] * dt;
  b[BY] += b[BVY] * dt;
  b[BZ] += b[BVZ] * dt;
  if (b[BZ] < 0) {
    b[BZ] = 0;
    if (b[BVZ] < 0) {
      const up = -b[BVZ] * RESTITUTION;
      b[BVZ] = up < SETTLE_VZ ? 0 : up;
      b[BVX] *= BOUNCE_FRICTION;
      b[BVY] *= BOUNCE_FRICTION;
      return true;
    }
  }
  return false;
}

export function ballSpeed(b: Float64Array): MetresPerSecond {
  return Math.sqrt(b[BVX] * b[BVX] + b[BVY] * b[BVY] + b[BVZ] * b[BVZ]);
}

/**
 * Predict the free ball forward (ignoring players and woodwork) into out as [x, y, z] per step,
 * up to maxSteps; returns the number of steps written. Uses a scratch state so b is untouched.
 */
export function predictBall(
  b: Float64Array, dt: Seconds, maxSteps: number, out: Float64Array, scratch: Float64Array,
): number {
  scratch.set(b.subarray(0, BALL_STATE));
  let n = 0;
  for (; n < maxSteps; n++) {
    stepBall(scratch, dt);
    out[n * 3] = scratch[BX];
    out[n * 3 + 1] = scratch[BY];
    out[n * 3 + 2] = scratch[BZ];
    if (scratch[BZ] === 0 && scratch[BVX] === 0 && scratch[BVY] === 0) {
      n++;
      // A ball at rest stays where it is: fill the rest so look-ups past the end stay valid.
      for (let k = n; k < maxSteps; k++) {
        out[k * 3] = scratch[BX];
        out[k * 3 + 1] = scratch[BY];
        out[k * 3 + 2] = 0;
      }
      return maxSteps;
    }
  }
  return n;
}

/** Launch velocity into b for a kick from (x, y) towards heading (dx, dy) at speed and elevation. */
export function kick(
  b: Float64Array, dirX: number, dirY: number, speed: MetresPerSecond, elevationRad: number,
): void {
  const l = len(dirX, dirY) || 1;
  const h = speed * cos(elevationRad);
  b[BVX] = (dirX / l) * h;
  b[BVY] = (dirY / l) * h;
  b[BVZ] = speed * sin(elevationRad);
}

/**
 * Fly a test ball (state in `s`, overwritten) kicked along x at `speed` and `elevationRad`:
 * its height when it has gone `dist` metres, or NaN if it comes down first. Used to solve the
 * launch speed of crosses and chips.
 */
export function heightAtDistance(
  s: Float64Array, dt: Seconds, dist: Metres, speed: MetresPerSecond, elevationRad: number,
): Metres {
  s.fill(0);
  kick(s, 1, 0, speed, elevationRad);
  for (let k = 0; k < 1000; k++) {
    stepBall(s, dt);
    if (s[BX] >= dist) return s[BZ];
    if (s[BZ] === 0) return NaN;
  }
  return NaN;
}
