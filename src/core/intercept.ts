import { INTERCEPT_FIELDS, INTERCEPT_SLOTS } from './intercept-cache';
import { sprintTimeSide, timeToReach } from './kinematics';
import type { Metres, Seconds } from './units';
import type { World } from './world';
import { len } from './vec';

// Where a player can first meet the free ball on its predicted path. out = [x, y, ticksAhead].
const COARSE = 5; // scan the path every 0.1 s at 50 Hz, then refine to the tick
const REREAD = 5; // a player re-reads the ball every 5 ticks (0.1 s), not every tick
const SLOTS = INTERCEPT_SLOTS;
const F_MAXZ = 0, F_DELAY = 1, F_FWD = 2, F_FROM = 3, F_TICK = 4, F_OK = 5, F_X = 6, F_Y = 7, F_AT = 8; // see intercept-cache.ts

/**
 * Can player i be at path step j (ticks ahead of now) in time? 0 if so; if not, how many steps
 * from j on surely cannot be either (at least 1). Where the ball is further than top speed can
 * cover by a gap of g metres, the gap closes by at most (top speed + the ball's longest step per
 * tick) a tick, so the steps before g over that cannot pass the same test: the search jumps them.
 */
function reachable(w: World, i: number, j: number, maxZ: Metres, delay: Seconds, forward: boolean): number {
  const base = w.tick - w.predFrom;
  const k = (base - 1 + j) * 3;
  if (w.pred[k + 2] > maxZ) return 1;
  const p = w.profiles[i];
  const x = w.pred[k], y = w.pred[k + 1];
  // A runner onto a through ball takes it in stride: not behind them, unless it has stopped.
  if (forward && x < w.px[i] - 0.5 && base - 1 + j < w.predLen - 1) return 1;
  const v = len(w.vx[i], w.vy[i]);
  const avail = j * w.dt - delay;
  if (v > 1) {
    // Not a spot ahead inside the stopping distance that the ball reaches after the player has
    // gone through it even braking hard: they would overrun it and have to come back.
    const along = ((x - w.px[i]) * w.vx[i] + (y - w.py[i]) * w.vy[i]) / v;
    if (along > 0 && along < (v * v) / (2 * p.brake)) {
      const latest = (v - Math.sqrt(Math.max(0, v * v - 2 * p.brake * along))) / p.brake;
      if (avail > latest + 0.15) return 1;
    }
  }
  const reach = p.reach * 0.6;
  const d = len(x - w.px[i], y - w.py[i]) - reach;
  const far = avail * p.maxSpeed;
  if (d > far) {
    // A cheap bound before the sprint model. The skip keeps a micrometre in hand, far above the
    // rounding of these numbers (metres on a pitch, 1e−13), so no step that passes is jumped.
    const skip = Math.floor((d - far - 1e-6) / ((p.maxSpeed + w.predStep / w.dt) * w.dt));
    return skip > 1 ? skip : 1;
  }
  // Exactly `timeToReach − slack <= avail`; the full solve only where one exp cannot say.
  const slack = reach / p.maxSpeed;
  const side = sprintTimeSide(w, i, x, y, avail + slack);
  const ok = side !== 0 ? side < 0 : timeToReach(w.px[i], w.py[i], w.vx[i], w.vy[i], x, y, p) - slack <= avail;
  return ok ? 0 : 1;
}

/**
 * The search itself: coarse steps along the path, then back to the first tick that works.
 * `hint` (steps ahead, 0 for none) is where the last reading of the same ball found the spot:
 * if it still works, only the stretch before it is searched again, back to where it stops
 * working; if not, the search goes on from there.
 */
function search(w: World, i: number, maxZ: Metres, delay: Seconds, out: Float64Array, forward: boolean, hint: number): boolean {
  const steps = w.predLen - (w.tick - w.predFrom); // path steps still ahead
  let prev = 0;
  let start = Math.min(1, steps);
  if (hint > COARSE && hint <= steps) {
    if (reachable(w, i, hint, maxZ, delay, forward) === 0) {
      let j = hint;
      while (j - COARSE >= 1 && reachable(w, i, j - COARSE, maxZ, delay, forward) === 0) j -= COARSE;
      prev = Math.max(0, j - COARSE);
      start = j;
    } else {
      prev = hint;
      start = Math.min(steps, hint + COARSE);
    }
  }
  let clear = 0; // steps before this one surely fail: passed over without asking
  for (let j = start; j > prev; prev = j, j = Math.min(steps, j + COARSE)) {
    if (j < clear) continue;
    const no = reachable(w, i, j, maxZ, delay, forward);
    if (no !== 0) {
      clear = j + no;
      continue;
    }
    let first = prev + 1; // the earliest tick since the last coarse step that works
    while (first < j) {
      const skip = reachable(w, i, first, maxZ, delay, forward);
      if (skip === 0) break;
      first += skip;
    }
    if (first > j) first = j;
    const k = (w.tick - w.predFrom - 1 + first) * 3;
    out[0] = w.pred[k];
    out[1] = w.pred[k + 1];
    out[2] = first;
    return true;
  }
  const last = Math.max(0, w.predLen - 1) * 3;
  out[0] = w.pred[last];
  out[1] = w.pred[last + 1];
  out[2] = Infinity;
  return false;
}

/**
 * Earliest point on the predicted ball path that player i reaches in time, at height ≤ maxZ,
 * after `delay` seconds (a reaction not yet made). Returns false, with the ball's final point in
 * out, when the player cannot get there first from the ball's point of view. With `forward`,
 * points behind the player (towards their own goal) are passed over while the ball still rolls.
 * A player re-reads the ball every REREAD ticks or when it is played again; in between the
 * answer stands (what players do, and what keeps the per-tick step cheap).
 */
export function intercept(
  w: World, i: number, maxZ: Metres, delay: Seconds, out: Float64Array, forward = false,
): boolean {
  const c = w.icache;
  const base = i * SLOTS * INTERCEPT_FIELDS;
  const fwd = forward ? 1 : 0;
  let hint = 0;
  for (let s = 0; s < SLOTS; s++) {
    const o = base + s * INTERCEPT_FIELDS;
    if (c[o + F_MAXZ] !== maxZ || c[o + F_DELAY] !== delay || c[o + F_FWD] !== fwd || c[o + F_FROM] !== w.predFrom) continue;
    if (w.tick - c[o + F_TICK] >= REREAD || (c[o + F_OK] === 1 && c[o + F_AT] <= w.tick)) {
      if (c[o + F_OK] === 1) hint = c[o + F_AT] - w.tick; // re-read the same ball: start from the last answer
      break;
    }
    out[0] = c[o + F_X];
    out[1] = c[o + F_Y];
    out[2] = c[o + F_OK] === 1 ? c[o + F_AT] - w.tick : Infinity;
    return c[o + F_OK] === 1;
  }
  const ok = search(w, i, maxZ, delay, out, forward, hint);
  // Store in the slot for this question, else the oldest.
  let slot = 0;
  for (let s = 0; s < SLOTS; s++) {
    const o = base + s * INTERCEPT_FIELDS;
    if (c[o + F_MAXZ] === maxZ && c[o + F_DELAY] === delay && c[o + F_FWD] === fwd) { slot = s; break; }
    if (c[o + F_TICK] < c[base + slot * INTERCEPT_FIELDS + F_TICK]) slot = s;
  }
  const o = base + slot * INTERCEPT_FIELDS;
  c[o + F_MAXZ] = maxZ; c[o + F_DELAY] = delay; c[o + F_FWD] = fwd; c[o + F_FROM] = w.predFrom;
  c[o + F_TICK] = w.tick; c[o + F_OK] = ok ? 1 : 0; c[o + F_X] = out[0]; c[o + F_Y] = out[1];
  c[o + F_AT] = ok ? w.tick + out[2] : Infinity;
  return ok;
}
