import { BX, BY, rollingDecel } from '../ball';
import { intendTouch } from '../intents';
import type { Profile } from '../profile';
import { increasingRoot, type Increasing } from '../root';
import type { Metres, MetresPerSecond, Seconds } from '../units';
import { len } from '../vec';
import { ATTACK, type World } from '../world';
import { inPenaltyArea } from './keeper';
import { followPath, goTo } from './steering';

// Carrying the ball: a scripted run given to the player on the ball is a dribble along its path.
// The ball is pushed ahead of the feet (a touch), runs free, and is met again; while it runs it
// can be tackled or intercepted like any loose ball (touches.ts). Whatever the behaviour, the run
// comes first: the plan says "down the line", and down the line he goes.

/**
 * Share of top speed while dribbling. Sprint tests with the ball run roughly 10–20% slower than
 * the same sprint without it (the "dribble deficit" of sprint-with-ball tests, e.g. Pavlović et
 * al. 2024, Front. Physiol. 15:1506893); 0.85 is the middle of that band.
 */
export const CARRY_SHARE = 0.85;
/**
 * Metres by which a running touch's peak lead (ball centre ahead of his) passes his reach, mean:
 * the ball runs free beyond his foot, and is met again when it is back within reach.
 */
export const TOUCH_BEYOND = 0.35;
const MOVING = 2; // m/s: below this the ball stays at the feet (setting off, or stopping)
const OFF_LINE = 0.5; // m: a touch whose straight roll leaves the run by more than this waits (a bend)
const TURNED = 0.97; // cosine: a touch is taken only within about 14° of his line of running
const HORIZON = 4;
const WIDE = 1; // m: how far off the run his turn at a bend may take him // s: no touch is planned to run longer than this

/** A touch planned in one dimension along the run: the push over his speed, and where he meets it. */
interface TouchPlan { push: MetresPerSecond; run: Metres; peak: Metres }
const plan: TouchPlan = { push: 0, run: 0, peak: 0 }; // reused: read it before planning again

/**
 * The roll of a touch pushed `push` m/s faster than the carrier's speed s, from `lead0` m ahead,
 * against him accelerating (a(v) = accel·(1 − v/vmax), as kinematics.ts) up to vt: its peak lead,
 * and the metres he and the ball have run when it is back within his reach (and the 0.3 s a touch
 * runs first are over, touches.ts). The ball slows as the ball model rolls it (rollingDecel).
 */
function roll(
  p: Profile, dt: Seconds, s: MetresPerSecond, vt: MetresPerSecond, push: MetresPerSecond, lead0: Metres, out: TouchPlan, peakOnly = false,
): void {
  let vp = s, vb = s + push, xp = 0, xb = 0, peak = lead0;
  for (let t = dt; t <= HORIZON; t += dt) {
    if (vp < vt) vp = Math.min(vt, vp + p.accel * Math.max(0, 1 - vp / p.maxSpeed) * dt);
    vb = Math.max(0, vb - rollingDecel(vb) * dt);
    xp += vp * dt;
    xb += vb * dt;
    const lead = lead0 + xb - xp;
    peak = Math.max(peak, lead);
    if (t >= 0.3 && lead <= p.reach) break;
    // His speed only grows and the ball's only falls: once he is the faster the lead only shrinks,
    // so the peak is in. Asked for the peak alone, the roll ends there (the same number).
    if (peakOnly && vb <= vp) break;
  }
  out.push = push; out.run = xp; out.peak = peak;
}

const PEAK_TOL: Metres = 1e-5; // a touch is planned when its peak lead is this close to the one asked for
const PUSH_MOST: MetresPerSecond = 6; // the hardest push over his speed a touch is planned with

/** A touch's peak lead less the one asked for, as a function of the push alone (the rest set before a solve). */
const touch: Increasing & { p: Profile; dt: Seconds; s: MetresPerSecond; vt: MetresPerSecond; lead0: Metres; peak: Metres } = {
  p: { maxSpeed: 1, accel: 1, brake: 1, reaction: 0, reach: 1 }, dt: 0, s: 0, vt: 0, lead0: 0, peak: 0,
  at(push: MetresPerSecond): Metres {
    roll(this.p, this.dt, this.s, this.vt, push, this.lead0, plan, true); // the rolls tried stop at the peak
    return plan.peak - this.peak;
  },
};

/**
 * The touch whose peak lead is `peak` m: the peak grows with the push, found by regula falsi with
 * the Illinois step (root.ts) in a handful of rolls where bisection took twenty-one. This runs
 * every tick a carrier is on the move with the ball. One full roll then gives the plan.
 */
function planTouch(w: World, i: number, s: MetresPerSecond, vt: MetresPerSecond, lead0: Metres, peak: Metres): TouchPlan {
  const p = w.profiles[i];
  touch.p = p; touch.dt = w.dt; touch.s = s; touch.vt = vt; touch.lead0 = lead0; touch.peak = peak;
  const push = increasingRoot(touch, 0, PUSH_MOST, PEAK_TOL, 1e-9);
  roll(p, w.dt, s, vt, push, lead0, plan);
  return plan;
}

const aim = { x: 0, y: 0, short: 0, off: 0 };

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
function toSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): Metres {
  const dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
  const u = l2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2)) : 0;
  return len(ax + u * dx - px, ay + u * dy - py);
}

/**
 * The point `d` metres on along agent i's run from where he is (waypoints from pathIdx); how far
 * the run ends short of it (0 if it does not); and how far the corners on the way lie off the
 * straight line the ball would roll there from where it is.
 */
function alongRun(w: World, i: number, d: Metres): typeof aim {
  const path = w.path[i]!;
  const from = w.pathIdx[i];
  let x = w.px[i], y = w.py[i], left = d, k = from;
  for (; k < path.length; k++) {
    const l = len(path[k].x - x, path[k].y - y);
    if (l >= left) {
      x += ((path[k].x - x) * left) / (l || 1);
      y += ((path[k].y - y) * left) / (l || 1);
      left = 0;
      break;
    }
    left -= l;
    x = path[k].x; y = path[k].y;
  }
  aim.x = x; aim.y = y; aim.short = left; aim.off = 0;
  for (let c = from; c < Math.min(k, path.length - 1); c++) {
    aim.off = Math.max(aim.off, toSegment(path[c].x, path[c].y, w.ball[BX], w.ball[BY], x, y));
  }
  return aim;
}

/**
 * Is agent i dribbling along a scripted run: one given while they had the ball, with the ball at
 * their feet or just pushed ahead by them? (A run made to get the ball ends where the ball is met:
 * with it, the behaviour decides.)
 */
export function carrying(w: World, i: number): boolean {
  const path = w.path[i];
  if (!path || w.runDone[i]) return false;
  if (w.runSeen[i] !== path) {
    // First look at this run (the tick it is given): is it a run with the ball?
    w.runSeen[i] = path;
    w.dribble[i] = w.owner === i || (w.owner < 0 && w.possessor === i) ? 1 : 0;
    if (w.dribble[i] === 1) w.dribbleAt[i] = w.tick;
  }
  if (w.dribble[i] === 0) return false;
  return w.owner === i || (w.owner < 0 && w.possessor === i && w.kicker === i && w.kickKind === 'touch');
}

const bend = { d: 0, vTurn: Infinity }; // the waypoint he runs at: metres to it, and the speed to turn there

/**
 * The bend at the waypoint agent i runs at: how far off it is, and the speed at which his turn
 * there (radius v²/a at his sideways acceleration) takes him no more than WIDE off the run. A
 * dribbler slows into a sharp bend; a gentle one is taken at full pace.
 */
function bendAhead(w: World, i: number): typeof bend {
  const path = w.path[i]!, k = w.pathIdx[i], p = w.profiles[i];
  bend.d = 0; bend.vTurn = Infinity;
  if (k >= path.length - 1) return bend;
  const ix = path[k].x - w.px[i], iy = path[k].y - w.py[i];
  const ox = path[k + 1].x - path[k].x, oy = path[k + 1].y - path[k].y;
  const d = len(ix, iy), o = len(ox, oy);
  if (d === 0 || o === 0) return bend;
  const turn = 1 - (ix * ox + iy * oy) / (d * o); // 1 − cos of the angle turned
  bend.d = d;
  if (turn > 0) bend.vTurn = Math.sqrt((p.accel * WIDE) / turn);
  return bend;
}

/** Fastest he may run `x` m before the bend and still brake (profile.brake) to its turning speed; he turns from 1.5 m out (followPath). */
function beforeBend(w: World, i: number, x: Metres): MetresPerSecond {
  return Math.sqrt(bend.vTurn * bend.vTurn + 2 * w.profiles[i].brake * Math.max(0, x - 1.5));
}

/** Steer along the run at carrying pace; with the ball at the feet and on the move, push it on. */
export function carry(w: World, i: number): void {
  if (!followPath(w, i)) return; // the run is over: the behaviour takes over next tick
  const path = w.path[i]!;
  bendAhead(w, i);
  const pace = Math.min(w.pace[i], CARRY_SHARE, beforeBend(w, i, bend.d) / w.profiles[i].maxSpeed);
  const last = path[path.length - 1];
  const toEnd = len(last.x - w.px[i], last.y - w.py[i]);
  if (w.owner !== i) {
    // Past the end of the run chasing his own touch: the run is over, the behaviour fetches the ball.
    if (w.pathIdx[i] === path.length - 1 && toEnd < 1.5) {
      w.runDone[i] = 1;
      return;
    }
    // The ball is running ahead: go to meet it, a little ahead of where it is.
    goTo(w, i, w.ball[BX] + w.ball[3] * 0.2, w.ball[BY] + w.ball[4] * 0.2, pace, false);
    return;
  }
  w.pace[i] = pace;
  const s = len(w.vx[i], w.vy[i]);
  if (s < MOVING) return; // setting off with the ball at the feet
  // Plan the touch along his line of running: how hard, and where he will meet it again.
  const ux = w.vx[i] / s, uy = w.vy[i] / s;
  const lead0 = (w.ball[BX] - w.px[i]) * ux + (w.ball[BY] - w.py[i]) * uy;
  const p = w.profiles[i];
  const vt = pace * p.maxSpeed;
  // Checked for the longest touch he might take (the draw is made only for a touch taken).
  const longest = planTouch(w, i, s, vt, lead0, p.reach + 1.5 * TOUCH_BEYOND).run;
  // Near the end of the run the ball is kept at the feet: a touch now would roll on past the end.
  const far = alongRun(w, i, longest + p.reach);
  if (far.short > 0 || len(last.x - far.x, last.y - far.y) < 1.5) return;
  // A bend the straight roll would cut by more than a little: keep it at the feet round the bend.
  if (far.off > OFF_LINE) return;
  // Nor one he would still be chasing where he must slow for the next bend: it would roll on past it.
  if (bend.d > 0 && beforeBend(w, i, Math.max(0, bend.d - longest - p.reach)) < vt) return;
  // One that would still be running in the box is the keeper's to come for: close control there.
  if (w.team[i] === ATTACK && inPenaltyArea(w, far.x, far.y)) return;
  const t = planTouch(w, i, s, vt, lead0, p.reach + TOUCH_BEYOND * (0.5 + w.rng.next()));
  // Aimed where the ball is to be when he meets it: that far on along the run from his feet.
  const at = alongRun(w, i, t.run + p.reach);
  const ax = at.x - w.ball[BX], ay = at.y - w.ball[BY];
  // Still turning (into a bend's next leg): the touch would leave his line; it waits until he is round.
  if (ax * ux + ay * uy < TURNED * len(ax, ay)) return;
  intendTouch(w, i, ax, ay, s + t.push); // the ball model's own roll
}

/**
 * Can agent i play the ball now? At his feet; or his own touch ahead, still within a stride of
 * his reach, which he steps to and plays (a carrier's pass or cross due mid-dribble is played,
 * not lost because the ball was between touches). Puts the ball back at his feet if so.
 */
export function gather(w: World, i: number): boolean {
  if (w.owner === i) return true;
  if (w.owner >= 0 || w.possessor !== i || w.kicker !== i || w.kickKind !== 'touch') return false;
  if (len(w.ball[BX] - w.px[i], w.ball[BY] - w.py[i]) > w.profiles[i].reach + 1) return false;
  w.owner = i;
  return true;
}
