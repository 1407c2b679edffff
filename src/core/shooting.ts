import { BALL_STATE, heightAtDistance } from './ball';
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

/** Speed for a chip at `elev` that drops under the bar at the goal line (bisection). */
function chipSpeed(w: World, dist: Metres, elev: number): number {
  let lo = 4, hi = 30;
  for (let k = 0; k < 20; k++) {
    const mid = (lo + hi) / 2;
    const z = heightAtDistance(chipScratch, w.dt, dist, mid, elev);
    if (Number.isNaN(z) || z < 1.4) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
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
      // A chip only if it can rise over the keeper's hands (2.7 m) and still dip under the bar.
      const elev = uniform(w.rng, 48, 60) * DEG; // scooped: steep enough to clear a keeper 3–5 m away
      const speed = chipSpeed(w, dist, elev);
      if (heightAtDistance(chipScratch, w.dt, Math.max(1, kd - 1.5), speed, elev) > 3) { // the keeper keeps coming
        return { kind: 'chip', aimY: mid + gaussian(w.rng, err), speed: speed * (1 + gaussian(w.rng, 0.03)), elevation: elev };
      }
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
