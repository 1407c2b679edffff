import { BX, BY, BZ } from './ball';
import { offenceOnTouch } from './offside-watch';
import { len } from './vec';
import { ATTACK, attackPlayed, type World } from './world';

// Law 11: interfering with an opponent "by clearly obstructing the opponent's line of vision".
// An attacker judged in an offside position at a team-mate's shot, standing between the ball and
// the keeper, commits the offence when the shot passes close by him: the keeper cannot see it
// come past his body. Judged as the ball passes him (the tick it crosses his x), from the
// judgment made at the shot. Per tick this reads flat arrays only.

export const VISION_PATH = 0.8; // m: a shot passing this close to him is hidden from the keeper behind him
const VISION_HEIGHT = 2.0; // m: a ball over his head is seen
const IN_FRONT = 1.0; // m: he stands at least this far out from the keeper (between ball and keeper)

/** The attacker who obstructs the keeper's view of the shot this tick, or −1. */
export function obstructer(w: World): number {
  if (!w.spec.offside || w.kickKind !== 'shot' || !attackPlayed(w) || !w.offside.judgment) return -1;
  const k = w.defendingKeeper;
  if (k < 0 || w.ball[BZ] > VISION_HEIGHT) return -1;
  const x0 = w.prevBall[BX], y0 = w.prevBall[BY], dx = w.ball[BX] - x0, dy = w.ball[BY] - y0;
  if (dx <= 0) return -1; // going away from goal: no shot on it any more
  let best = -1, bestD = Infinity;
  for (let a = 0; a < w.n; a++) {
    if (w.team[a] !== ATTACK || a === w.kicker) continue;
    if (!(x0 < w.px[a] && w.ball[BX] >= w.px[a])) continue; // the ball passes him this tick
    if (w.px[k] - w.px[a] < IN_FRONT) continue; // not between the ball and the keeper
    const s = (w.px[a] - x0) / dx;
    const d = len(x0 + s * dx - w.px[a], y0 + s * dy - w.py[a]);
    if (d > VISION_PATH || d >= bestD || !offenceOnTouch(w.offside, w.agents[a].id)) continue;
    best = a;
    bestD = d;
  }
  return best;
}
