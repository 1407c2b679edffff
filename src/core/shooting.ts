import { BALL_STATE, BX, BY, BZ, kick, stepBall } from './ball';
import { launchSpeed } from './flight';
import { handsHeight } from './keeper-hands';
import type { FinishKind } from './events';
import { GOAL_WIDTH } from './pitch';
import { gaussian, uniform } from './rng';
import type { Metres } from './units';
import type { World } from './world';
import { len } from './vec';
import { atan2 } from './detmath';

// Finishing: which finish the situation asks for, and the kick that carries it out.
const DEG = Math.PI / 180;
const chipScratch = new Float64Array(BALL_STATE);

export interface ShotPlan {
  kind: FinishKind;
  aimY: Metres; // at the goal line
  speed: number; // m/s
  elevation: number; // radians
}

const CHIP_LINE_Z: Metres = 1.5; // a chip drops in under the bar (2.44 m), with room for its error
const CHIP_FLATTEST = 24, CHIP_STEEPEST = 58, CHIP_STEP = 2; // degrees tried, flattest first
const HANDS_MARGIN: Metres = 0.2; // over his fingertips, not through them
const CHIP_MAX_APEX: Metres = 4.5; // a chip that must climb higher is no chip: he shoots or goes round

/** Speed for a chip at `elev` that crosses the goal line `dist` metres away at CHIP_LINE_Z (flight.ts). */
function chipSpeed(w: World, dist: Metres, elev: number): number {
  return launchSpeed(chipScratch, w.dt, dist, elev, CHIP_LINE_Z, 4, 30);
}

// What a chip does: clears the keeper and the bar; climbs over CHIP_MAX_APEX (steeper is worse);
// or is caught, or comes down, before the line (steeper would do better).
const CLEARS = 0, TOO_HIGH = 1, TOO_LOW = 2;

/**
 * Does a chip along (ux, uy) stay above the keeper's hands while it passes him, and below
 * CHIP_MAX_APEX? He runs on as he is until he reacts, then brakes; running at it, his hands are
 * lower (keeper-hands.ts).
 */
function clearsKeeper(w: World, k: number, ux: number, uy: number, dist: Metres, speed: number, elev: number): number {
  const s = chipScratch;
  s.fill(0);
  kick(s, 1, 0, speed, elev);
  const rx = w.px[k] - w.ball[BX], ry = w.py[k] - w.ball[BY];
  const along = rx * ux + ry * uy, across = ry * ux - rx * uy; // the keeper in the chip's frame
  const va = w.vx[k] * ux + w.vy[k] * uy, vc = w.vy[k] * ux - w.vx[k] * uy;
  const p = w.profiles[k];
  const v = len(va, vc);
  const runOn = p.reaction, stopIn = v / p.brake; // seconds
  const hands = handsHeight(-va) + HANDS_MARGIN, reach = p.reach + 0.5;
  for (let t = w.dt; t < 4; t += w.dt) {
    stepBall(s, w.dt);
    if (s[BZ] > CHIP_MAX_APEX) return TOO_HIGH;
    // Where he is at t: running on, then braking to a stop (distance v·τ − ½·brake·τ²).
    const tb = Math.min(Math.max(0, t - runOn), stopIn);
    const f = Math.min(t, runOn) + (v > 0 ? tb - (p.brake * tb * tb) / (2 * v) : 0);
    if (len(s[BX] - (along + va * f), s[BY] - (across + vc * f)) < reach && s[BZ] < hands) return TOO_LOW;
    if (s[BX] >= dist) return CLEARS;
    if (s[BZ] === 0) return TOO_LOW;
  }
  return TOO_LOW;
}

/**
 * The flattest chip that rises over the keeper and drops under the bar, or null if none does. Of
 * the elevations tried (CHIP_FLATTEST to CHIP_STEEPEST by CHIP_STEP), the flat ones are caught and
 * the steep ones climb too high, with those that clear between: the first that clears is found by
 * halving, in about five solved chips where trying them in turn took ten or more.
 */
function planChip(w: World, k: number, aimY: Metres): { speed: number; elevation: number } | null {
  const dx = w.pitch.length - w.ball[BX], dy = aimY - w.ball[BY];
  const l = len(dx, dy); // metres to the goal line along the chip
  let lo = 0, hi = (CHIP_STEEPEST - CHIP_FLATTEST) / CHIP_STEP; // elevations by number, flattest 0
  let best: { speed: number; elevation: number } | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const elev = (CHIP_FLATTEST + mid * CHIP_STEP) * DEG;
    const speed = chipSpeed(w, l, elev);
    const r = clearsKeeper(w, k, dx / l, dy / l, l, speed, elev);
    if (r === TOO_LOW) lo = mid + 1;
    else {
      if (r === CLEARS) best = { speed, elevation: elev };
      hi = mid - 1; // a flatter one may clear too, or this one is too high
    }
  }
  return best;
}

/**
 * Choose the finish from the situation (distance, keeper off the line and closing) and the seed:
 * a keeper well off the line invites a chip (when it can clear the keeper and dip under the bar);
 * one closing at the feet is rounded; otherwise placed into the far corner or driven at the near
 * post.
 */
export function planShot(w: World, i: number, keeper: number, firstTime: boolean): ShotPlan {
  const L = w.pitch.length, mid = w.pitch.width / 2;
  const x = w.px[i], y = w.py[i];
  const dist = len(L - x, mid - y);
  const side = y < mid ? 1 : -1; // far post is on the other side from the shooter
  const err = w.spec.finishError * Math.max(0.6, dist / 12);
  const post = GOAL_WIDTH / 2 - 0.9; // aim 0.9 m inside the post
  if (firstTime) {
    return { kind: 'first-time', aimY: mid + side * post * 0.8 + gaussian(w.rng, err), speed: uniform(w.rng, 17, 23), elevation: 0 };
  }
  if (keeper >= 0) {
    const kd = len(w.px[keeper] - x, w.py[keeper] - y);
    const off = L - w.px[keeper];
    const r = w.rng.next();
    if (off > 3.5 && kd > 3.5 && kd < 12 && r < 0.6) {
      // The flattest chip that clears his hands where they meet and still dips under the bar.
      const aimY = mid + gaussian(w.rng, err);
      const chip = planChip(w, keeper, aimY);
      if (chip) return { kind: 'chip', aimY, speed: chip.speed * (1 + gaussian(w.rng, 0.03)), elevation: chip.elevation };
    }
    if (kd < 5 && off > 2.5 && r < 0.45) {
      return { kind: 'round-keeper', aimY: mid, speed: 0, elevation: 0 };
    }
  }
  if (w.rng.next() < 0.55) {
    return { kind: 'placed', aimY: mid + side * post + gaussian(w.rng, err), speed: uniform(w.rng, 18, 22), elevation: 0 };
  }
  const zAim = uniform(w.rng, 0.3, 1.6);
  return { kind: 'driven', aimY: mid - side * post + gaussian(w.rng, err), speed: uniform(w.rng, 24, 28), elevation: atan2(zAim + 1.5, dist) };
}
