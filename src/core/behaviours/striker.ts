import { BX, BY } from '../ball';
import { emit, judge, release } from '../plays';
import { planShot } from '../shooting';
import { liveLine } from '../live-line';
import { ATTACK, DEFENCE, type World } from '../world';
import { chaseBall, defendingKeeper, followPath, goTo, hold } from './steering';
import { BEHAVIOUR_DEFAULTS } from './defaults';
import { slot, type BehaviourDef, type Of } from './behaviour';
import { len } from '../vec';
import { GOAL_AREA_WIDTH } from '../pitch';

// An attacker: makes its scripted run, runs onto the ball, dribbles at goal and finishes.
type Striker = Of<'striker'>;
const CARRY = 0; // memory: metres inside their shooting range they carry the ball this run (drawn from the seed once), −1 not yet

function nearestOpponent(w: World, x: number, y: number, skipKeeper: boolean): number {
  let best = Infinity;
  for (let j = 0; j < w.n; j++) {
    if (w.team[j] !== DEFENCE || (skipKeeper && w.keeper[j] === 1)) continue;
    best = Math.min(best, len(w.px[j] - x, w.py[j] - y));
  }
  return best;
}

export function shoot(w: World, i: number, firstTime: boolean): void {
  const keeperIdx = defendingKeeper(w);
  const plan = planShot(w, i, keeperIdx, firstTime);
  if (plan.kind === 'round-keeper') {
    // Take it round the keeper on the side away from its momentum, then finish into the net.
    w.rounding = w.py[keeperIdx] >= w.py[i] ? -1 : 1;
    return;
  }
  const judgment = judge(w, i);
  const dx = w.pitch.length - w.ball[BX], dy = plan.aimY - w.ball[BY];
  release(w, i, 'shot', dx, dy, plan.speed, plan.elevation);
  emit(w, { type: 'shot', agent: w.agents[i].id, x: w.ball[BX], y: w.ball[BY], speed: plan.speed, to: { x: w.pitch.length, y: plan.aimY }, finish: plan.kind, judgment });
}

function squarePass(w: World, i: number, mate: number): void {
  const judgment = judge(w, i);
  const dx = w.px[mate] + w.vx[mate] * 0.5 - w.ball[BX], dy = w.py[mate] + w.vy[mate] * 0.5 - w.ball[BY];
  const speed = Math.min(16, 6 + len(dx, dy) * 0.6);
  release(w, i, 'pass', dx, dy, speed, 0);
  w.receiver = mate;
  emit(w, { type: 'pass', agent: w.agents[i].id, other: w.agents[mate].id, x: w.ball[BX], y: w.ball[BY], speed, to: { x: w.ball[BX] + dx, y: w.ball[BY] + dy }, judgment });
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

/** Finish, or lay it square when the mate is better placed. False if going round the keeper. */
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

function dribble(w: World, i: number, b: Striker): void {
  const L = w.pitch.length, mid = w.pitch.width / 2;
  const keeperIdx = defendingKeeper(w);
  if (w.rounding !== 0 && keeperIdx >= 0) {
    const past = w.px[i] > w.px[keeperIdx] + 0.3 || Math.abs(w.py[i] - w.py[keeperIdx]) > 2.8;
    if (past) {
      w.rounding = 0;
      const judgment = judge(w, i);
      const aim = mid + (w.py[keeperIdx] > mid ? -2 : 2);
      release(w, i, 'shot', L - w.ball[BX], aim - w.ball[BY], 16, 0);
      emit(w, { type: 'shot', agent: w.agents[i].id, x: w.ball[BX], y: w.ball[BY], speed: 16, to: { x: L, y: aim }, finish: 'round-keeper', judgment });
      return;
    }
    return goTo(w, i, w.px[keeperIdx] + 1, w.py[keeperIdx] + w.rounding * 3.2, 0.75, false);
  }
  if (inShootingSpot(w, i, b) && finish(w, i, b)) return;
  // Drive at goal, drifting towards the middle.
  goTo(w, i, L - 9, mid + (w.py[i] - mid) * 0.4, 0.88, false);
}

function findMate(w: World, i: number): number {
  for (let j = 0; j < w.n; j++) {
    if (j !== i && w.team[j] === ATTACK && w.agents[j].behaviour.kind === 'striker') return j;
  }
  return -1;
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

/** Run with a team-mate on the ball: level with the ball towards the far post, staying onside. */
function support(w: World, i: number, carrier: number): void {
  const L = w.pitch.length, mid = w.pitch.width / 2;
  const farY = mid + (w.py[carrier] < mid ? 3 : -3);
  const x = Math.min(L - 5, liveLine(w) - 1.2); // a stride behind the line: the carrier may slow to shoot
  goTo(w, i, x, farY, 1, false);
}

/**
 * Is the ball still behind the runner, coming faster than they run, and going to roll on past
 * them? Then it catches them up and they should keep running.
 */
function takeInStride(w: World, i: number): boolean {
  const s = len(w.vx[i], w.vy[i]);
  const bs = len(w.ball[3], w.ball[4]);
  const rest = (Math.max(0, w.predLen - 1)) * 3;
  return w.ball[BX] < w.px[i] - 1.5 && bs > s + 1 && w.pred[rest] > w.px[i] + 2;
}

function think(w: World, i: number, b: Striker): void {
  if (w.owner === i) return dribble(w, i, b);
  // The intended receiver goes for the ball whoever played it (in drills a defender may serve).
  if (w.owner < 0 && (w.possessor === i || w.receiver === i) && w.kickKind !== 'shot') {
    // A runner whose run has not started yet has not read the pass: that is what a late run is.
    if (w.possessor !== i && w.runAt[i] > w.tick) return hold(w, i);
    // A through ball from behind: keep running and let it come, taking it in stride.
    if (w.kickKind === 'pass' && takeInStride(w, i) && followPath(w, i)) return;
    chaseBall(w, i, w.kickKind === 'cross' ? 2.0 : 1.5, 0, w.kickKind === 'pass');
    return;
  }
  if (w.owner < 0 && w.kickKind === 'rebound') {
    chaseBall(w, i, 2.0);
    return;
  }
  if (w.owner < 0 && w.kickKind === 'shot' && w.kicker !== i && w.team[w.kicker] === ATTACK) {
    // Follow the shot in for a rebound.
    return goTo(w, i, w.pitch.length - 4, w.pitch.width / 2 + (w.py[i] - w.pitch.width / 2) * 0.5, 1, false);
  }
  if (followPath(w, i)) return;
  // Support a team-mate on the ball, or one a pass is on its way to.
  const carrier = w.owner >= 0 ? w.owner : w.possessor >= 0 ? w.possessor : w.owner < 0 ? w.receiver : -1;
  if (carrier >= 0 && carrier !== i && w.team[carrier] === ATTACK && w.agents[carrier].behaviour.kind === 'striker') {
    return support(w, i, carrier);
  }
  if (b.shoulder && w.kickKind === 'none') {
    const d = w.index.get(b.shoulder.of);
    if (d !== undefined) return goTo(w, i, Math.min(w.px[d], liveLine(w)) - b.shoulder.gap, w.py[i], 0.6, true);
  }
  hold(w, i);
}

export const striker: BehaviourDef<'striker'> = {
  kind: 'striker',
  defaults: BEHAVIOUR_DEFAULTS.striker,
  memory: [-1],
  think,
};
