import { timeToReach } from './kinematics';
import type { Metres, Seconds } from './units';
import type { World } from './world';

// Where a player can first meet the free ball on its predicted path. out = [x, y, ticksAhead].
const SCAN = 2; // look at every second tick of the path: 0.04 s at 50 Hz

/**
 * Earliest point on the predicted ball path that player i reaches in time, at height ≤ maxZ,
 * after `delay` seconds (a reaction not yet made). Returns false, with the ball's final point in
 * out, when the player cannot get there first from the ball's point of view. With `forward`,
 * points behind the player (towards their own goal) are passed over while the ball still rolls.
 */
export function intercept(
  w: World, i: number, maxZ: Metres, delay: Seconds, out: Float64Array, forward = false,
): boolean {
  const base = w.tick - w.predFrom; // index of the current tick's successor in pred
  const p = w.profiles[i];
  const reach = p.reach * 0.6;
  const v = Math.hypot(w.vx[i], w.vy[i]);
  const stop = (v * v) / (2 * p.brake);
  for (let j = 1; base - 1 + j < w.predLen; j += SCAN) {
    const k = (base - 1 + j) * 3;
    if (w.pred[k + 2] > maxZ) continue;
    const x = w.pred[k], y = w.pred[k + 1];
    // A runner onto a through ball takes it in stride: not behind them, unless it has stopped.
    if (forward && x < w.px[i] - 0.5 && base - 1 + j < w.predLen - 1) continue;
    if (v > 1) {
      // Not a spot ahead inside the stopping distance that the ball reaches after the player has
      // gone through it even braking hard: they would overrun it and have to come back.
      const along = ((x - w.px[i]) * w.vx[i] + (y - w.py[i]) * w.vy[i]) / v;
      if (along > 0 && along < stop) {
        const latest = (v - Math.sqrt(Math.max(0, v * v - 2 * p.brake * along))) / p.brake;
        if (j * w.dt - delay > latest + 0.15) continue;
      }
    }
    const d = Math.hypot(x - w.px[i], y - w.py[i]) - reach;
    const avail = j * w.dt - delay;
    if (d > avail * p.maxSpeed) continue; // cheap bound before the sprint model
    if (timeToReach(w.px[i], w.py[i], w.vx[i], w.vy[i], x, y, p) - reach / p.maxSpeed <= avail) {
      out[0] = x;
      out[1] = y;
      out[2] = j;
      return true;
    }
  }
  const last = Math.max(0, w.predLen - 1) * 3;
  out[0] = w.pred[last];
  out[1] = w.pred[last + 1];
  out[2] = Infinity;
  return false;
}

/** Seconds until player i can first meet the free ball (Infinity if never on its path). */
export function interceptTime(w: World, i: number, maxZ: Metres, delay: Seconds, out: Float64Array): Seconds {
  return intercept(w, i, maxZ, delay, out) ? out[2] * w.dt : Infinity;
}
