import type { Profile } from './profile';
import { accelLimit } from './profile';
import type { Metres, MetresPerSecond, Seconds } from './units';
import { len } from './vec';
import { exp, log } from './detmath';

// Steering with real limits: forward acceleration a(v) = accel·(1 − v/vmax), braking up to
// `brake`, sideways (turning) up to `accel`, and the total never above accelLimit(profile).
// Writes the new state into out[0..3] = x, y, vx, vy (no allocation).
export function steer(
  out: Float64Array,
  x: Metres, y: Metres, vx: MetresPerSecond, vy: MetresPerSecond,
  tx: Metres, ty: Metres, speedCap: MetresPerSecond, arrive: boolean,
  p: Profile, dt: Seconds,
): void {
  const dx = tx - x;
  const dy = ty - y;
  const dist = len(dx, dy);
  let want = Math.min(speedCap, p.maxSpeed);
  // Slow down in time to stop on the target (braking distance v²/2b), and stand still when there.
  if (arrive) want = Math.min(want, Math.sqrt(2 * p.brake * 0.8 * Math.max(0, dist - 0.05)));
  let dvx = 0;
  let dvy = 0;
  if (dist > 1e-6) {
    dvx = (dx / dist) * want - vx;
    dvy = (dy / dist) * want - vy;
  } else {
    dvx = -vx;
    dvy = -vy;
  }
  const speed = len(vx, vy);
  let ax: number;
  let ay: number;
  if (speed > 1e-6) {
    const ux = vx / speed;
    const uy = vy / speed;
    const par = dvx * ux + dvy * uy; // wanted change of speed along the motion
    const perpX = dvx - par * ux;
    const perpY = dvy - par * uy;
    const forwardMax = p.accel * Math.max(0, 1 - speed / p.maxSpeed);
    const aPar = Math.max(-p.brake, Math.min(forwardMax, par / dt));
    const perpLen = len(perpX, perpY);
    const aPerpMag = Math.min(p.accel, perpLen / dt);
    ax = aPar * ux + (perpLen > 1e-9 ? (perpX / perpLen) * aPerpMag : 0);
    ay = aPar * uy + (perpLen > 1e-9 ? (perpY / perpLen) * aPerpMag : 0);
  } else {
    const dvl = len(dvx, dvy);
    const aMag = Math.min(p.accel, dvl / dt);
    ax = dvl > 1e-9 ? (dvx / dvl) * aMag : 0;
    ay = dvl > 1e-9 ? (dvy / dvl) * aMag : 0;
  }
  const aLen = len(ax, ay);
  const lim = accelLimit(p);
  if (aLen > lim) {
    ax *= lim / aLen;
    ay *= lim / aLen;
  }
  let nvx = vx + ax * dt;
  let nvy = vy + ay * dt;
  const ns = len(nvx, nvy);
  if (ns > p.maxSpeed) {
    nvx *= p.maxSpeed / ns;
    nvy *= p.maxSpeed / ns;
  }
  out[0] = x + nvx * dt;
  out[1] = y + nvy * dt;
  out[2] = nvx;
  out[3] = nvy;
}

/**
 * Time for a player moving at (vx, vy) to reach (tx, ty), by the sprint model: first braking
 * any velocity pointing away, then accelerating from the speed already carried towards it.
 */
export function timeToReach(
  x: Metres, y: Metres, vx: MetresPerSecond, vy: MetresPerSecond,
  tx: Metres, ty: Metres, p: Profile,
): Seconds {
  const dx = tx - x;
  const dy = ty - y;
  const d = len(dx, dy);
  if (d < 1e-6) return 0;
  const toward = (vx * dx + vy * dy) / d;
  const sideways = Math.sqrt(Math.max(0, vx * vx + vy * vy - toward * toward));
  // Velocity not pointing at the target has to be taken off first (a turn costs time).
  const turn = (Math.max(0, -toward) + sideways) / p.brake;
  const v0 = Math.min(Math.max(0, toward), p.maxSpeed * 0.999);
  const tau = p.maxSpeed / p.accel;
  const t0 = -tau * log(1 - v0 / p.maxSpeed); // time on the sprint curve at speed v0
  const x0 = p.maxSpeed * (t0 - tau * (1 - exp(-t0 / tau)));
  const goal = x0 + d;
  // Solve X(t) = goal with Newton from above (X is convex and increasing, so it converges
  // monotonically): four steps are within 1 ms of the root over the pitch's distances.
  let t = t0 + d / p.maxSpeed + tau;
  for (let k = 0; k < 4; k++) {
    const e = exp(-t / tau);
    const f = p.maxSpeed * (t - tau * (1 - e)) - goal;
    const df = p.maxSpeed * (1 - e);
    t -= f / df;
  }
  return turn + (t - t0);
}

/**
 * Exactly `timeToReach(…) − slack <= avail`, the question the interception search asks, but
 * answered without the full solve where a cheaper test already settles it:
 *  - no: the distance the sprint curve covers in the time available (a single exp, from the
 *    speed carried, v(t) on the curve) falls short of the distance by more than rounding;
 *  - yes: an iterate of the Newton solve is already inside the time (the iterates fall
 *    monotonically towards the root, so the final answer is inside too).
 * Where neither settles it, it is the full computation, so the answer is always the same bits.
 * Margins of 1 µs (and 1 µm) are far above the rounding of either side.
 */
export function reachesInTime(
  x: Metres, y: Metres, vx: MetresPerSecond, vy: MetresPerSecond,
  tx: Metres, ty: Metres, p: Profile, slack: Seconds, avail: Seconds,
): boolean {
  const dx = tx - x;
  const dy = ty - y;
  const d = len(dx, dy);
  if (d < 1e-6) return timeToReach(x, y, vx, vy, tx, ty, p) - slack <= avail;
  const toward = (vx * dx + vy * dy) / d;
  const sideways = Math.sqrt(Math.max(0, vx * vx + vy * vy - toward * toward));
  const turn = (Math.max(0, -toward) + sideways) / p.brake;
  const v0 = Math.min(Math.max(0, toward), p.maxSpeed * 0.999);
  const tau = p.maxSpeed / p.accel;
  const budget = avail + slack - turn; // time on the sprint curve that would do
  if (budget < -1e-6) return false; // the solve never returns less than the turn
  if (d / p.maxSpeed + tau <= budget - 1e-6) return true; // the solve's starting point is inside
  const over = budget + 1e-6;
  // Metres covered in `over` seconds from speed v0: vmax·t − (vmax − v0)·τ·(1 − e^(−t/τ)).
  const covered = p.maxSpeed * over - (p.maxSpeed - v0) * tau * (1 - exp(-over / tau));
  if (covered < d - 1e-6) return false;
  return timeToReach(x, y, vx, vy, tx, ty, p) - slack <= avail;
}

/**
 * A cheap lower bound on timeToReach (no exp/log): speed can grow no faster than `accel` and
 * never beyond top speed, so d ≤ min(vmax·t, v0·t + accel·t²/2) for the speed v0 carried towards
 * the point; any turn is charged as in timeToReach.
 */
export function timeToReachAtLeast(
  x: Metres, y: Metres, vx: MetresPerSecond, vy: MetresPerSecond,
  tx: Metres, ty: Metres, p: Profile,
): Seconds {
  const dx = tx - x, dy = ty - y;
  const d = len(dx, dy);
  if (d < 1e-6) return 0;
  const toward = (vx * dx + vy * dy) / d;
  const sideways = Math.sqrt(Math.max(0, vx * vx + vy * vy - toward * toward));
  const turn = (Math.max(0, -toward) + sideways) / p.brake;
  const v0 = Math.max(0, toward);
  const accelerating = (-v0 + Math.sqrt(v0 * v0 + 2 * p.accel * d)) / p.accel;
  return turn + Math.max(d / p.maxSpeed, accelerating);
}
