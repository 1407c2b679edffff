import { BX, BY } from '../ball';
import { intercept } from '../intercept';
import { agentOffset } from '../trace';
import type { Metres } from '../units';
import { ATTACK, attackPlayed, type World } from '../world';
import { chaseBall, goTo, hold, reactionTicks } from './steering';
import { len } from '../vec';

// What defenders share: they hold their job until they see the attack play the ball, then go
// to win it; marking a runner goal-side and ball-side.

/**
 * The first thing a defender holding a job (a line, a runner, a channel) does: keep a ball at his
 * feet, or, once he has seen the attack play it, go to win it. True when that decided his tick.
 */
export function onTheBall(w: World, i: number): boolean {
  if (w.owner === i) {
    hold(w, i);
    return true;
  }
  if (!alerted(w, i)) return false;
  chaseBall(w, i, 2.2);
  return true;
}

/**
 * Has defender i seen (after its reaction time) an attacking play? A new play of the ball (the
 * receiver's first touch too) takes a reaction time to read again, except close up: a defender
 * already alive to the play, within CLOSE_CHALLENGE of the attacker who has the ball, challenges
 * him at once (before, a forward who took the ball to feet between two centre-backs walked
 * through while they went back to their line for a reaction time).
 */
export function alerted(w: World, i: number): boolean {
  if (attackPlayed(w) && w.kickTick >= 0 && w.tick >= w.kickTick + reactionTicks(w, i)) return true;
  // A loose ball (off a body, a parry, a miscontrol) once the play is on: everyone's to win. Read
  // from the attack's first play, not from the last touch: in a goalmouth scramble each touch would
  // start his reaction time again and he would never come (he walked back out to hold his line).
  if (w.kickKind === 'rebound' && w.owner < 0 && w.possessor < 0 && w.playTick >= 0 && w.tick >= w.playTick + reactionTicks(w, i)) return true;
  if (w.playTick < 0 || w.tick < w.playTick + reactionTicks(w, i)) return false;
  const c = attackCarrier(w);
  return c >= 0 && len(w.px[c] - w.px[i], w.py[c] - w.py[i]) < CLOSE_CHALLENGE;
}

/** m: an attacker on the ball this close to a defender alive to the play is challenged at once. */
export const CLOSE_CHALLENGE = 4;

/**
 * Goal-side and ball-side of a runner, gap metres off them. `ballSide` weighs the ball against
 * the goal: a ball in the air is defended by standing in its way, a ball on the ground by
 * staying between the runner and the goal.
 */
export function mark(w: World, i: number, r: number, gap: number, ballSide = 0.5, seen = false): void {
  const gx = w.pitch.length, gy = w.pitch.width / 2;
  // A marker tracking a run sees it a reaction time late, and reads on from what it saw: where
  // the runner was then, carried on at the speed they had then.
  let rx = w.px[r], ry = w.py[r];
  if (seen) {
    const lag = reactionTicks(w, i);
    const o = agentOffset(w.stride, Math.max(0, w.tick - 1 - lag), r);
    rx = w.frames[o] + w.frames[o + 2] * lag * w.dt;
    ry = w.frames[o + 1] + w.frames[o + 3] * lag * w.dt;
  }
  const gl = len(gx - rx, gy - ry) || 1;
  const bl = len(w.ball[BX] - rx, w.ball[BY] - ry) || 1;
  let ux = (gx - rx) / gl + ((w.ball[BX] - rx) / bl) * ballSide;
  let uy = (gy - ry) / gl + ((w.ball[BY] - ry) / bl) * ballSide;
  const l = len(ux, uy) || 1;
  ux /= l;
  uy /= l;
  goTo(w, i, rx + ux * gap, ry + uy * gap, 1, true);
}

const meet = new Float64Array(3);

/**
 * Step in front of a runner: to the spot where they would meet the ball, `ahead` metres upstream
 * (a little, stepping across from goal-side; a stride, attacking the flight from in front of him).
 */
export function frontUp(w: World, i: number, r: number, ahead: Metres = 0.8): void {
  if (!intercept(w, r, 2.0, 0, meet)) return mark(w, i, r, 0.9, 3);
  const bx = w.ball[3], by = w.ball[4];
  const l = len(bx, by) || 1;
  goTo(w, i, meet[0] - (bx / l) * ahead, meet[1] - (by / l) * ahead, 1, true);
}

/** The attacker with the ball under control (at the feet or pushed ahead), or −1. */
export function attackCarrier(w: World): number {
  if (w.owner >= 0) return w.team[w.owner] === ATTACK ? w.owner : -1;
  return w.possessor >= 0 && w.team[w.possessor] === ATTACK ? w.possessor : -1;
}

/**
 * The tick of the attack's move a press answers: its last play of the ball, or the carrier
 * setting off with it on a dribble, whichever came first; −1 while there is none. (A run made
 * to get the ball is no such move: the pass to him is.)
 */
export function pressCue(w: World): number {
  let cue = attackPlayed(w) && w.kickTick >= 0 ? w.kickTick : -1;
  const c = attackCarrier(w);
  const run = c >= 0 ? w.dribbleAt[c] : -1;
  if (run >= 0 && run <= w.tick && (cue < 0 || run < cue)) cue = run;
  return cue;
}

/**
 * Has defender i seen the attack move (pressCue), a reaction time late? Memory slot k stays 0
 * until he has, then is set to 1 and left to the behaviour (so it stays true).
 */
export function sawAttackMove(w: World, i: number, k: number): boolean {
  if (w.memory[k] !== 0) return true;
  const cue = pressCue(w);
  if (cue < 0 || w.tick < cue + reactionTicks(w, i)) return false;
  w.memory[k] = 1;
  return true;
}

/** Where agent r was as defender i sees them: a reaction time ago. out = [x, y]. */
export function seenAt(w: World, i: number, r: number, out: Float64Array): void {
  const o = agentOffset(w.stride, Math.max(0, w.tick - 1 - reactionTicks(w, i)), r);
  out[0] = w.frames[o];
  out[1] = w.frames[o + 1];
}

/** Close down the ball: at the carrier's feet, or where the ball is going; a tackle comes from reach (touches.ts). */
export function closeDown(w: World, i: number): void {
  const c = attackCarrier(w);
  if (c >= 0 || w.owner >= 0) {
    // Cut him off: where the ball will be by the time he gets there (at most a second ahead),
    // not where it is, or a carrier on the move is chased from behind and never caught.
    // The meeting time, read twice over (the ball's place in τ seconds, then his time to it), at most 1 s.
    const v = w.profiles[i].maxSpeed;
    let lead = len(w.ball[BX] - w.px[i], w.ball[BY] - w.py[i]) / v;
    for (let k = 0; k < 2; k++) lead = Math.min(1, len(w.ball[BX] + w.ball[3] * lead - w.px[i], w.ball[BY] + w.ball[4] * lead - w.py[i]) / v);
    goTo(w, i, w.ball[BX] + w.ball[3] * lead, w.ball[BY] + w.ball[4] * lead, 1, false);
    return;
  }
  // The ball is on its way to an attacker: win it if it can be reached, else get tight on him.
  if (chaseBall(w, i, 2.2)) return;
  if (w.receiver >= 0 && w.team[w.receiver] === ATTACK) mark(w, i, w.receiver, 1, 0.5, true);
}
