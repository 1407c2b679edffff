import { ballSpeed, BVX, BVY, BVZ, BX, BY, spinless } from '../ball';
import { opponentTouched } from '../offside-watch';
import { emit, endWith, repredict, stopBallWith } from '../plays';
import { gaussian } from '../rng';
import { len } from '../vec';
import type { World } from '../world';
import type { Of } from './behaviour';

// The keeper's save: a shot it reaches is held if soft enough and near its body, else parried
// out and away from goal. A save is no deliberate play: the offside judgment of the shot stands.

const SMOTHER_SECONDS = 1; // after a parry he is down on the ball this long: a shot at him then is smothered

/** Distance from (px, py) to the ball's line of travel in the ground plane. */
function lineDistance(w: World, px: number, py: number): number {
  const vx = w.ball[BVX], vy = w.ball[BVY];
  const v = len(vx, vy);
  if (v < 1e-9) return len(px - w.ball[BX], py - w.ball[BY]);
  return Math.abs(vx * (py - w.ball[BY]) - vy * (px - w.ball[BX])) / v;
}

/** Keeper j touches an attacker's shot: hold it (the run ends, saved) or parry it (a rebound). */
export function saveShot(w: World, j: number): void {
  const id = w.agents[j].id;
  const at = { x: w.ball[BX], y: w.ball[BY] };
  const b = w.agents[j].behaviour as Of<'keeper'>;
  const speed = ballSpeed(w.ball);
  // Held if its line passes within the keeper's body reach and it is soft enough; a harder
  // one is held only if struck straight at them.
  const dist = lineDistance(w, w.px[j], w.py[j]);
  // A shot at him again while he is still down from his last parry: he is on it and smothers it
  // (no goalmouth pinball of point-blank shots and parries).
  const down = w.parryTick >= 0 && w.tick - w.parryTick < SMOTHER_SECONDS / w.dt && dist < w.profiles[j].reach;
  const hold = down || (speed < b.holdSpeed && dist < w.profiles[j].reach) || (dist < 0.5 && speed < b.holdSpeed * 1.5);
  opponentTouched(w.offside, false); // a save is no deliberate play: the judgment stands
  emit(w, { type: 'save', agent: id, ...at, speed, hold });
  if (hold) {
    stopBallWith(w, j);
    return endWith(w, 'saved', id);
  }
  // Parry: out and away from the goal, losing most of its pace; a save is no deliberate play.
  const away = w.ball[BY] >= w.pitch.width / 2 ? 1 : -1;
  w.ball[BVX] = -Math.abs(w.ball[BVX]) * 0.25 - 1.5;
  w.ball[BVY] = away * (2 + Math.abs(gaussian(w.rng, 2.5)));
  w.ball[BVZ] = Math.max(0, w.ball[BVZ]) * 0.3;
  spinless(w.ball); // a parried ball leaves without spin
  w.kickKind = 'rebound';
  w.kicker = j;
  w.kickTick = w.tick;
  w.parryTick = w.tick;
  repredict(w);
  emit(w, { type: 'rebound', agent: id, ...at, by: 'save', speed: ballSpeed(w.ball) });
}
