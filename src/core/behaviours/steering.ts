import { BX, BY } from '../ball';
import { intercept } from '../intercept';
import { sprintTimeSide, timeToReach, timeToReachAtLeast } from '../kinematics';
import type { Metres } from '../units';
import type { World } from '../world';
import { len } from '../vec';
import { BODY_GAP } from '../bodies';

// Steering wishes shared by the behaviours. Each sets tx/ty/pace/arrive for agent i.
const hit = new Float64Array(3);

export function goTo(w: World, i: number, x: Metres, y: Metres, pace: number, arrive: boolean): void {
  w.tx[i] = x;
  w.ty[i] = y;
  w.pace[i] = pace;
  w.arrive[i] = arrive ? 1 : 0;
}

export function hold(w: World, i: number): void {
  goTo(w, i, w.px[i], w.py[i], 0, true);
}

/** Follow the scripted run's waypoints; false when there is no run under way. */
export function followPath(w: World, i: number): boolean {
  const path = w.path[i];
  if (!path || w.runDone[i]) return false;
  let k = w.pathIdx[i];
  // Pass a waypoint once within 1.5 m of it (a run bends through, it does not stop).
  while (k < path.length - 1 && len(path[k].x - w.px[i], path[k].y - w.py[i]) < 1.5) k++;
  w.pathIdx[i] = k;
  const last = k === path.length - 1;
  if (last && len(path[k].x - w.px[i], path[k].y - w.py[i]) < 0.3) {
    w.runDone[i] = 1;
    return false;
  }
  goTo(w, i, path[k].x, path[k].y, w.pathPace[i], last);
  return true;
}

/**
 * Run to the earliest point where the ball can be met; true if that point is reachable in time.
 * Sprint while it is tight; when early, slow so as to be there, not past it, as the ball arrives.
 */
export function chaseBall(w: World, i: number, maxZ: Metres, delay = 0, forward = false): boolean {
  if (w.owner >= 0) {
    // Someone has it at their feet: go for the ball a little ahead of where it is.
    goTo(w, i, w.ball[BX] + w.ball[3] * 0.15, w.ball[BY] + w.ball[4] * 0.15, 1, false);
    return true;
  }
  let ok: boolean;
  if (forward && w.meetKick[i] === w.predFrom && w.tick <= w.meetTick[i] + 3) {
    // A receiver keeps to the spot chosen for this ball rather than sliding it along.
    hit[0] = w.meetX[i];
    hit[1] = w.meetY[i];
    hit[2] = Math.max(0, w.meetTick[i] - w.tick);
    ok = true;
  } else {
    // Prefer to take it going forward; if it will not get ahead of the runner, come back for it.
    ok = intercept(w, i, maxZ, delay, hit, forward);
    const onlyRest = !ok || hit[2] >= w.predLen - (w.tick - w.predFrom);
    if (forward && onlyRest) ok = intercept(w, i, maxZ, delay, hit, false) && hit[2] < w.predLen - (w.tick - w.predFrom);
    else if (forward && ok) {
      w.meetKick[i] = w.predFrom;
      w.meetX[i] = hit[0];
      w.meetY[i] = hit[1];
      w.meetTick[i] = w.tick + hit[2];
    }
  }
  if (!ok) {
    goTo(w, i, hit[0], hit[1], 1, true); // to where the ball will stop
    return false;
  }
  const p = w.profiles[i];
  const ballTime = hit[2] * w.dt;
  const d = len(hit[0] - w.px[i], hit[1] - w.py[i]);
  // Early: there before the ball even at the speed already carried (close points need no turn),
  // or by the sprint model (asked only when the first answer is no).
  const early = ballTime - d / Math.max(1, len(w.vx[i], w.vy[i])) > 0.1 ||
    (ballTime - timeToReachAtLeast(w.px[i], w.py[i], w.vx[i], w.vy[i], hit[0], hit[1], p) > 0.1 && // cheap bound first
      earlyBy(w, i, hit[0], hit[1], ballTime, 0.1));
  // Early and running on to it: move at the pace that gets there with the ball and brake so as to
  // stop on the point rather than overrun it. Coming back for a ball, go at full speed.
  const back = (hit[0] - w.px[i]) * w.vx[i] + (hit[1] - w.py[i]) * w.vy[i] < 0;
  const pace = early && !back ? Math.max(0.3, Math.min(1, d / Math.max(0.1, ballTime) / p.maxSpeed)) : 1;
  goTo(w, i, hit[0], hit[1], pace, early);
  return true;
}

/** Exactly `ballTime − timeToReach(i → x, y) > lead`, settled by sprintTimeSide where it can be. */
function earlyBy(w: World, i: number, x: Metres, y: Metres, ballTime: number, lead: number): boolean {
  const p = w.profiles[i];
  const side = sprintTimeSide(w, i, x, y, ballTime - lead);
  return side !== 0 ? side < 0 : ballTime - timeToReach(w.px[i], w.py[i], w.vx[i], w.vy[i], x, y, p) > lead;
}

/** Ticks it takes agent i to react to what another player did. */
export function reactionTicks(w: World, i: number): number {
  return w.reactTicks[i];
}

/** The defending goalkeeper (the one the attack shoots at), or −1. */
export function defendingKeeper(w: World): number {
  return w.defendingKeeper;
}

/**
 * Go round player r rather than into him: if r's body lies across the straight way from agent i
 * to his target (w.tx, w.ty), aim beside r instead, on the target's side, a body's width and a
 * margin off his centre, without braking there. Bodies never overlap (bodies.ts): straight on, he
 * would stop against r and slide round him slowly.
 */
export function roundPlayer(w: World, i: number, r: number): void {
  const dx = w.tx[i] - w.px[i], dy = w.ty[i] - w.py[i];
  const d = len(dx, dy);
  if (d < 1e-6) return;
  const ux = dx / d, uy = dy / d;
  const rx = w.px[r] - w.px[i], ry = w.py[r] - w.py[i];
  const along = rx * ux + ry * uy; // m: how far along the way r is
  const across = rx * uy - ry * ux; // m: r's side of the way (positive: to the right of it)
  const clear = BODY_GAP + ROUND_MARGIN;
  if (along <= 0 || along >= d + BODY_GAP || Math.abs(across) >= clear) return;
  // Beside r, passing him on the side of the way he leaves open (left of the way when he is to its right).
  const s = across > 0 ? clear : -clear;
  w.tx[i] = w.px[r] - uy * s;
  w.ty[i] = w.py[r] + ux * s;
  w.arrive[i] = 0;
}
const ROUND_MARGIN: Metres = 0.25; // m beyond touching: passing shoulder to shoulder, not through
