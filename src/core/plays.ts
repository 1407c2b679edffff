import { BALL_RADIUS, BVX, BVY, BVZ, BX, BY, BZ, kick, predictBall } from './ball';
import type { DrillEvent, Result } from './events';
import { judgeEndZone, judgeOffside, type Restart } from './offside';
import { teamMatePlayed } from './offside-watch';
import { ATTACK, DEFENCE, type PlayKind, type World } from './world';
import { len } from './vec';

// What happens when someone plays the ball: events, the offside judgment, the new prediction.

export function emit(w: World, e: Omit<DrillEvent, 'tick' | 't'>): DrillEvent {
  const ev = { tick: w.tick, t: w.tick / w.spec.tickRate, ...e } as DrillEvent; // tick/rate: 1.4, not 1.4000000000000001
  w.events.push(ev);
  return ev;
}

/** Judge offside for the team-mates of attacker i at this tick; the judgment stands until reset. */
export function judge(w: World, i: number, restart?: Restart): DrillEvent['judgment'] {
  const attackers = [];
  const defenders = [];
  for (let j = 0; j < w.n; j++) {
    const p = { id: w.agents[j].id, x: w.px[j], y: w.py[j] };
    if (w.team[j] === DEFENCE) defenders.push(p);
    else if (w.team[j] === ATTACK && j !== i) attackers.push(p);
  }
  const j = w.spec.endZone !== undefined
    ? judgeEndZone(w.pitch, w.spec.endZone, { x: w.ball[BX], y: w.ball[BY] }, attackers)
    : judgeOffside(w.pitch, { x: w.ball[BX], y: w.ball[BY] }, attackers, defenders, restart);
  if (w.spec.offside) teamMatePlayed(w.offside, j, w.tick);
  return j;
}

/**
 * The judgment of a play by attacker i, on the frame of its tick. A kick made before this tick's
 * move is held at the foot (the ball leaves it on the next tick) and judged once everyone has
 * moved (settleJudgment); one made after the move (a first-time touch) is judged at once. Either
 * way the judgment reads exactly the positions the trace records for the event's tick.
 */
export function judgeAtFrame(w: World, i: number, ev: DrillEvent, restart?: Restart): void {
  if (w.afterMoves) {
    ev.judgment = judge(w, i, restart);
    return;
  }
  w.judgeFor = i;
  w.judgeRestart = restart;
  w.judgeEvent = ev;
}

/** A kick held at the foot this tick: stop the ball there for the move (see judgeAtFrame). */
export function holdAtFoot(w: World): void {
  if (!w.afterMoves) w.heldAt = w.tick;
}

/** After the move: the judgment owed to a kick made before it. */
export function settleJudgment(w: World): void {
  if (w.judgeFor < 0) return;
  w.judgeEvent!.judgment = judge(w, w.judgeFor, w.judgeRestart);
  w.judgeFor = -1;
  w.judgeRestart = undefined;
  w.judgeEvent = null;
}

export function repredict(w: World): void {
  w.predFrom = w.tick;
  w.predLen = predictBall(w.ball, w.dt, w.pred.length / 3, w.pred, w.scratch);
  // The longest step between path points, for the interception search's bound (intercept.ts).
  const p = w.pred;
  let most2 = 0; // m²
  for (let k = 3; k < w.predLen * 3; k += 3) {
    const dx = p[k] - p[k - 3], dy = p[k + 1] - p[k - 2];
    const d2 = dx * dx + dy * dy;
    if (d2 > most2) most2 = d2;
  }
  w.predStep = Math.sqrt(most2);
}

/** Put the ball in motion from player i. */
export function release(
  w: World, i: number, kind: PlayKind, dirX: number, dirY: number, speed: number, elevation: number,
): void {
  kick(w.ball, dirX, dirY, speed, elevation, kind === 'touch'); // a touch ahead is pushed: it rolls
  w.owner = -1;
  if (kind !== 'touch') w.possessor = -1;
  w.kicker = i;
  w.kickTick = w.tick;
  w.kickKind = kind;
  w.kickTeam = w.team[i];
  if (w.playTick < 0 && kind !== 'touch' && w.team[i] !== DEFENCE) w.playTick = w.tick; // the attack's first play
  repredict(w);
}

export function endWith(w: World, result: Result, agent?: string, marginM?: number): void {
  if (w.outcome) return;
  w.outcome = { result, tick: w.tick, t: w.tick / w.spec.tickRate, ...(agent ? { agent } : {}), ...(marginM !== undefined ? { marginM } : {}) };
  w.endTick = Math.min(w.maxTicks - 1, w.tick + Math.round(w.tail / w.dt));
}

/** Where the ball sits when at a player's feet: just ahead of them, along their motion. */
export function placeAtFeet(w: World, i: number): void {
  const s = len(w.vx[i], w.vy[i]);
  const ux = s > 0.3 ? w.vx[i] / s : 1;
  const uy = s > 0.3 ? w.vy[i] / s : 0;
  const lead = 0.35 + BALL_RADIUS + 0.04 * s; // a quicker dribble pushes the ball further ahead
  w.ball[BX] = w.px[i] + ux * lead;
  w.ball[BY] = w.py[i] + uy * lead;
  w.ball[BZ] = 0;
  w.ball[BVX] = w.vx[i];
  w.ball[BVY] = w.vy[i];
  w.ball[5] = 0;
}

/** Player j has the ball: stopped dead at their feet. */
export function stopBallWith(w: World, j: number): void {
  w.owner = j;
  w.possessor = j;
  w.ball[BVX] = w.ball[BVY] = w.ball[BVZ] = 0;
  w.ball[BZ] = 0;
}
