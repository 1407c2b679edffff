import { BX, BY, rollingDecel, touchSpeed } from '../ball';
import { intendTouch } from '../intents';
import { len } from '../vec';
import type { World } from '../world';
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
/** Metres a running touch puts the ball ahead of the feet at most (its peak lead), mean. */
export const TOUCH_AHEAD = 1.2;
const MOVING = 2; // m/s: below this the ball stays at the feet (setting off, or stopping)

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

/** Steer along the run at carrying pace; with the ball at the feet and on the move, push it on. */
export function carry(w: World, i: number): void {
  if (!followPath(w, i)) return; // the run is over: the behaviour takes over next tick
  const pace = Math.min(w.pace[i], CARRY_SHARE);
  const path = w.path[i]!;
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
  // Near the end of the run the ball is kept at the feet: a touch now would roll on past the end.
  // A touch rolls at once (no skid) and the gap closes when it has slowed back to his speed:
  // after 2·√(2·ahead/a) s, in which he has carried on s times that.
  if (toEnd < 2 * s * Math.sqrt((2 * TOUCH_AHEAD) / rollingDecel(s)) + TOUCH_AHEAD) return;
  // Towards the waypoint being run at, so that the touch follows the path round its bends.
  const dx = w.tx[i] - w.ball[BX], dy = w.ty[i] - w.ball[BY];
  const ahead = TOUCH_AHEAD * (0.75 + 0.5 * w.rng.next());
  intendTouch(w, i, dx, dy, touchSpeed(s, ahead)); // the ball model's own roll
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
