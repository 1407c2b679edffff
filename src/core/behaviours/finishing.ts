import { BX, BY } from '../ball';
import { intendPass, intendShot } from '../intents';
import { liveLine } from '../live-line';
import { GOAL_AREA_WIDTH } from '../pitch';
import { planShot } from '../shooting';
import { len } from '../vec';
import { ATTACK, DEFENCE, ranksFirst, type World } from '../world';
import { slot, type Of } from './behaviour';
import { defendingKeeper } from './steering';

// The striker's finishing: when it is time, and the shot or the square ball. Kicks are intents:
// applied after every agent has thought (or at once by the touch that calls them).
type Striker = Of<'striker'>;
export const CARRY = 0; // memory: metres inside their shooting range they carry the ball this run (drawn from the seed once), −1 not yet

function nearestOpponent(w: World, x: number, y: number, skipKeeper: boolean): number {
  let best = Infinity;
  for (let j = 0; j < w.n; j++) {
    if (w.team[j] !== DEFENCE || (skipKeeper && w.keeper[j] === 1)) continue;
    best = Math.min(best, len(w.px[j] - x, w.py[j] - y));
  }
  return best;
}

/** Shoot (as an intent), or set off round the keeper. */
export function shoot(w: World, i: number, firstTime: boolean): void {
  const keeperIdx = defendingKeeper(w);
  const plan = planShot(w, i, keeperIdx, firstTime);
  if (plan.kind === 'round-keeper') {
    // Take it round the keeper on the side away from its momentum, then finish into the net.
    w.rounding = w.py[keeperIdx] >= w.py[i] ? -1 : 1;
    return;
  }
  const dx = w.pitch.length - w.ball[BX], dy = plan.aimY - w.ball[BY];
  intendShot(w, i, dx, dy, w.pitch.length, plan.aimY, plan.speed, plan.elevation, plan.kind);
}

/** A square ball to a mate, half a second ahead of their run (as an intent). */
function squarePass(w: World, i: number, mate: number): void {
  const dx = w.px[mate] + w.vx[mate] * 0.5 - w.ball[BX], dy = w.py[mate] + w.vy[mate] * 0.5 - w.ball[BY];
  intendPass(w, i, mate, dx, dy, Math.min(16, 6 + len(dx, dy) * 0.6));
}

const CARRY_MAX = 6; // metres: the most a striker carries the ball inside their shooting range

/** Close enough, or closed down: time to finish (or square it to a better-placed mate). */
export function inShootingSpot(w: World, i: number, b: Striker): boolean {
  const L = w.pitch.length, mid = w.pitch.width / 2;
  const keeperIdx = defendingKeeper(w);
  const dist = len(L - w.px[i], mid - w.py[i]);
  const kd = keeperIdx >= 0 ? len(w.px[keeperIdx] - w.px[i], w.py[keeperIdx] - w.py[i]) : Infinity;
  const pressed = nearestOpponent(w, w.px[i], w.py[i], true) < 2.5;
  // Some strikers shoot at once, some carry it in and draw the keeper (drawn once per run from
  // the seed): the keeper who comes out is then chipped or rounded.
  const k = slot(i, CARRY);
  if (w.memory[k] < 0) w.memory[k] = w.rng.next() * CARRY_MAX;
  const carry = w.memory[k];
  const range = b.shootRange - carry;
  // A keeper who has come well off the line towards a striker in no hurry is there to be chipped.
  const committed = keeperIdx >= 0 && carry > 3 && L - w.px[keeperIdx] > 5 && kd < 10;
  // Right in front of goal (within the goal area's width), anything goes in; out by the corner
  // flag on the goal line there is no angle, however close to the line.
  const onTop = w.px[i] > L - 5 && Math.abs(w.py[i] - mid) < GOAL_AREA_WIDTH / 2;
  return dist <= range || committed || (kd < 6 - carry / 2 && dist < 24) || (pressed && dist < 20) || onTop;
}

/** Finish, or lay it square when the mate is better placed (as an intent). False if going round the keeper. */
export function finish(w: World, i: number, b: Striker): boolean {
  const L = w.pitch.length, mid = w.pitch.width / 2;
  const dist = len(L - w.px[i], mid - w.py[i]);
  const mate = b.supportOf !== undefined ? w.index.get(b.supportOf) ?? -1 : findMate(w, i);
  if (mate >= 0 && mateBetterPlaced(w, i, mate, dist)) {
    squarePass(w, i, mate);
    return true;
  }
  shoot(w, i, false);
  return w.rounding === 0;
}

/** With no partner named: the nearest team-mate striker. */
function findMate(w: World, i: number): number {
  let best = -1, bestD = Infinity;
  for (let j = 0; j < w.n; j++) {
    if (j === i || w.team[j] !== ATTACK || w.agents[j].behaviour.kind !== 'striker') continue;
    const d = len(w.px[j] - w.px[i], w.py[j] - w.py[i]);
    if (d < bestD || (d === bestD && ranksFirst(w, j, best))) { best = j; bestD = d; }
  }
  return best;
}

/** A square ball is on when the mate is onside, free and closer to the middle of the goal. */
function mateBetterPlaced(w: World, i: number, mate: number, myDist: number): boolean {
  const L = w.pitch.length, mid = w.pitch.width / 2;
  if (w.px[mate] > liveLine(w)) return false;
  const mateDist = len(L - w.px[mate], mid - w.py[mate]);
  const free = nearestOpponent(w, w.px[mate], w.py[mate], false) > 3;
  const blocked = nearestOpponent(w, w.px[i], w.py[i], true) < 3.5;
  // A square ball to a mate no further from goal: they face it square on.
  return free && mateDist < myDist && (blocked || Math.abs(w.py[mate] - mid) < Math.abs(w.py[i] - mid) - 4);
}

