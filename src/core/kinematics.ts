import type { Profile } from './profile';
import * as limits from './profile';
import type { Metres, MetresPerSecond, Seconds } from './units';
import * as vec from './vec';
import * as detmath from './detmath';

/** Agents' positions (m), velocities (m/s) and profiles, in flat arrays (a World is one). */
export interface Movers {
  px: Float64Array; py: Float64Array; vx: Float64Array; vy: Float64Array;
  profiles: Profile[];
}

/** What steering reads and writes, one entry per agent. */
export interface Steering extends Movers {
  tx: Float64Array; ty: Float64Array; // the target (m)
  pace: Float64Array; // fraction of top speed wanted
  arrive: Uint8Array; // 1: slow down to stop on the target
}

// Steering with real limits: forward acceleration a(v) = accel·(1 − v/vmax); braking up to
// brakeAt(v) (harder than starting, less from high speed); sideways (turning) up to turnAt(v),
// which falls with speed, so the smallest turning radius grows with speed; the total never above
// accelLimit(profile), braking served first, then turning, then speeding up. A target off to the
// side is taken at the speed whose smallest radius bends onto it; one more than 60° off is a cut:
// brake to the plant speed, turn there, go again. Agents 0…n−1 move one tick, in place. One loop
// over flat arrays and no calls with number arguments: this is the engine's innermost step.
const TURN_SECONDS = 0.3; // s
const PER_TURN = 1 / TURN_SECONDS; // 1/s
// The profile's limits and the helpers read once into plain constants: an imported binding is
// read through its module on every use (as tsx and the command line run it), which in these
// loops cost more than the steering itself.
const len = vec.len, exp = detmath.exp, log = detmath.log;
const BRAKE_DROP = limits.BRAKE_DROP, TURN_DROP = limits.TURN_DROP, CUT_COS = limits.CUT_COS, PLANT_SHARE = limits.PLANT_SHARE;

// Squares compared for a root's side: a margin of 1e−9 is far above the rounding of a square, a
// product and a root (a few 1e−16), so when a comparison passes, the root is on that side.
const SURELY_ABOVE = 1 + 1e-9, SURELY_BELOW = 1 - 1e-9;

export function steerAll(s: Steering, n: number, dt: Seconds): void {
  const { px, py, vx: svx, vy: svy, tx, ty, pace, arrive, profiles } = s;
  // Divisions are the slow part of this loop: each divisor is inverted once and multiplied by.
  const perTick = 1 / dt; // 1/s
  for (let i = 0; i < n; i++) {
    const p = profiles[i];
    const x = px[i], y = py[i], vx = svx[i], vy = svy[i];
    const dx = tx[i] - x;
    const dy = ty[i] - y;
    const dist = len(dx, dy);
    if (vx === 0 && vy === 0 && !(dist > 1e-6)) {
      // Standing on the spot it wants: what the steps below give, without their square roots.
      px[i] = x + 0;
      py[i] = y + 0;
      svx[i] = 0;
      svy[i] = 0;
      continue;
    }
    const vmax = p.maxSpeed;
    const perVmax = 1 / vmax;
    const speed = len(vx, vy);
    const v = speed < vmax ? speed : vmax;
    const brake = p.brake * (1 - BRAKE_DROP * v * perVmax); // brakeAt(p, speed)
    const side = p.accel * (1 - TURN_DROP * v * perVmax); // turnAt(p, speed)
    const plant = PLANT_SHARE * vmax; // the plant speed of a cut (m/s)
    let want = Math.min(pace[i] * vmax, vmax);
    // Slow down in time to stop on the target (braking distance v²/2b at the braking from top
    // speed, the weakest), and stand still when there.
    if (arrive[i] === 1) {
      const stop2 = 2 * p.brake * (1 - BRAKE_DROP) * Math.max(0, dist - 0.05); // (m/s)²
      // Far from the target the root is well above `want` and changes nothing: skipped when its
      // square is, with a margin far above rounding (SURELY), so the result is the same number.
      if (!(stop2 > want * want * SURELY_ABOVE)) want = Math.min(want, Math.sqrt(stop2));
    }
    const perDist = dist > 1e-6 ? 1 / dist : 0; // 1/m
    const perSpeed = speed > 1e-6 ? 1 / speed : 0; // s/m
    let bend = -1; // curvature (1/m) of the arc onto the target, −1 for a cut or none
    let cut = false;
    if (speed > 1e-6 && dist > 1e-6) {
      const cos = (vx * dx + vy * dy) * perSpeed * perDist;
      if (cos < CUT_COS) {
        want = Math.min(want, plant); // a cut: plant first
        cut = true;
      } else {
        // The arc tangent to the motion through the target has curvature κ = 2·sin θ / dist; the
        // speed that turns onto it solves κ·u² = accel·(1 − TURN_DROP·u/vmax). sin θ is the cross
        // product's share of |v|·dist: no root.
        const cross = vx * dy - vy * dx;
        const sin = (cross < 0 ? -cross : cross) * perSpeed * perDist;
        const k = sin > 1e-6 ? 2 * sin * perDist : 0; // straight on (the most common case): no curve
        bend = k;
        // Only where the arc binds (κ·want² above the sideways limit at that speed) is it solved.
        if (k > 1e-9 && k * want * want > p.accel * (1 - TURN_DROP * want * perVmax)) {
          const b = p.accel * TURN_DROP * perVmax;
          want = Math.min(want, (Math.sqrt(b * b + 4 * k * p.accel) - b) / (2 * k));
        }
      }
    }
    let dvx = 0;
    let dvy = 0;
    if (dist > 1e-6) {
      const u = want * perDist; // the wanted velocity is (dx, dy)·u
      dvx = dx * u - vx;
      dvy = dy * u - vy;
    } else {
      dvx = -vx;
      dvy = -vy;
    }
    const lim = p.accel > p.brake ? p.accel : p.brake; // accelLimit(p)
    let ax: number;
    let ay: number;
    if (speed > 1e-6) {
      const ux = vx * perSpeed;
      const uy = vy * perSpeed;
      const par = dvx * ux + dvy * uy; // wanted change of speed along the motion
      const perpX = dvx - par * ux;
      const perpY = dvy - par * uy;
      const across = dvx * uy - dvy * ux; // the sideways part's length is |dv × u|: no root
      const perpLen = across < 0 ? -across : across;
      let aPar = par * perTick;
      // Running, a player bends at least along that arc (v²κ sideways, pure pursuit) and closes
      // the sideways gap in TURN_SECONDS; slow, or cutting, he turns as fast as he can.
      const swing = want > 1e-9 ? (perpLen * speed) / want : 0; // sideways speed that turns the motion onto the target (m/s)
      let aPerp = Math.min(side, bend >= 0 && speed > plant ? Math.max(speed * speed * bend, swing * PER_TURN) : swing * perTick);
      if (aPar < 0) {
        // Braking comes first above the plant speed (in a cut, all the grip the speed allows goes
        // into braking: no arc); at the plant the turn comes first.
        if (aPar < -brake) aPar = -brake;
        const cap = cut && speed > plant ? brake : lim; // the grip to share (m/s²)
        if (aPar * aPar + aPerp * aPerp > cap * cap) {
          if (speed > plant) aPerp = Math.sqrt(cap * cap - aPar * aPar);
          else aPar = -Math.sqrt(cap * cap - aPerp * aPerp);
        }
      } else {
        const forwardMax = p.accel * Math.max(0, 1 - speed * perVmax);
        if (aPar > forwardMax) aPar = forwardMax;
        if (aPar * aPar + aPerp * aPerp > lim * lim) aPar = Math.sqrt(lim * lim - aPerp * aPerp);
      }
      const sideways = perpLen > 1e-9 ? aPerp / perpLen : 0; // the sideways push is perp·this
      ax = aPar * ux + perpX * sideways;
      ay = aPar * uy + perpY * sideways;
    } else {
      const dvl = len(dvx, dvy);
      const aMag = Math.min(p.accel, dvl * perTick);
      const push = dvl > 1e-9 ? aMag / dvl : 0; // the push is dv·this
      ax = dvx * push;
      ay = dvy * push;
    }
    let nvx = vx + ax * dt;
    let nvy = vy + ay * dt;
    const ns2 = nvx * nvx + nvy * nvy;
    if (!(ns2 < vmax * vmax * SURELY_BELOW)) { // under top speed by more than rounding: no root needed to know it
      const ns = Math.sqrt(ns2); // len(nvx, nvy)
      if (ns > vmax) {
        const cap = vmax / ns;
        nvx *= cap;
        nvy *= cap;
      }
    }
    px[i] = x + nvx * dt;
    py[i] = y + nvy * dt;
    svx[i] = nvx;
    svy[i] = nvy;
  }
}

/**
 * Seconds to take off the velocity not pointing at the target, the first part of every sprint-model
 * time: `toward` is the speed along the way to go (m/s), the rest, and any speed away, is braked.
 */
function turnTime(vx: MetresPerSecond, vy: MetresPerSecond, toward: MetresPerSecond, p: Profile): Seconds {
  const sideways = Math.sqrt(Math.max(0, vx * vx + vy * vy - toward * toward));
  // Braked at brakeAt(half top speed), about the mean over a stop from top speed (no square root here: hot).
  return (Math.max(0, -toward) + sideways) / (p.brake * (1 - BRAKE_DROP / 2));
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
  const turn = turnTime(vx, vy, toward, p);
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
 * Which side of `theta` seconds timeToReach falls, where one exp settles it: −1 surely below,
 * +1 surely above, 0 too close to call (then only the full solve can say). It compares the
 * distance the sprint curve covers in the time left after any turn, vmax·T − (vmax − v0)·τ·(1 −
 * e^(−T/τ)) from the speed v0 carried, with the distance to go. That gap grows no faster than
 * vmax, so a gap of g metres puts the true time at least g/vmax from theta; the solve's own
 * answer lies above the true time (Newton from above) and, from 0.2·vmax·τ metres on, within
 * 1e−11·τ of it. Margins of 1 µs·(1 + τ) are far above that and above rounding, so a caller that
 * falls back to the full solve on 0 gets the same answer bit for bit, at a fraction of the cost.
 */
export function sprintTimeSide(s: Movers, i: number, tx: Metres, ty: Metres, theta: Seconds): -1 | 0 | 1 {
  // Agent i read from the flat arrays, not passed as numbers: a call with number arguments
  // boxes each one, and this runs a thousand times a drill.
  const p = s.profiles[i];
  const vmax = p.maxSpeed; // read once: that keeps this function under V8's size for inlining into the search
  const vx = s.vx[i], vy = s.vy[i];
  const dx = tx - s.px[i];
  const dy = ty - s.py[i];
  const d = len(dx, dy);
  if (d < 1e-6) return 0;
  const toward = (vx * dx + vy * dy) / d;
  const turn = turnTime(vx, vy, toward, p);
  const v0 = Math.min(Math.max(0, toward), vmax * 0.999);
  const tau = vmax / p.accel;
  const margin = 1e-6 * (1 + tau);
  const budget = theta - turn; // time on the sprint curve
  if (budget < -margin) return 1; // the turn alone takes longer
  if (budget <= margin) return 0;
  // Most questions are a clear no, and a bound without the exp says so: e^u ≥ 1 + u + u²/2 + u³/6
  // for u ≥ 0, so 1 − e^(−u) ≥ 1 − 1/(1 + u + u²/2 + u³/6), and the curve covers at most this:
  const u = budget / tau;
  const atMost = vmax * budget - (vmax - v0) * tau * (1 - 1 / (1 + u * (1 + u * (0.5 + u / 6)))) - d;
  if (atMost < -vmax * margin) return 1;
  const gap = vmax * budget - (vmax - v0) * tau * (1 - exp(-u)) - d;
  if (gap < -vmax * margin) return 1;
  if (gap > vmax * margin && d >= 0.2 * vmax * tau) return -1;
  return 0;
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
  const turn = turnTime(vx, vy, toward, p);
  const v0 = Math.max(0, toward);
  const accelerating = (-v0 + Math.sqrt(v0 * v0 + 2 * p.accel * d)) / p.accel;
  return turn + Math.max(d / p.maxSpeed, accelerating);
}
