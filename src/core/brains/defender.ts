import { BX, BY, BZ } from '../ball';
import { intercept } from '../intercept';
import { agentOffset } from '../trace';
import type { Behaviour } from '../spec';
import { ATTACK, attackPlayed, type World } from '../world';
import { chaseBall, goTo, hold, reactionTicks } from './common';
import { len } from '../vec';

// Defenders hold their job until they see the attack play the ball, then go to win it.

/** Has defender i seen (after its reaction time) an attacking play, or its recovery cue? */
function alerted(w: World, i: number, b: Behaviour): boolean {
  if (b.kind === 'recover') {
    return w.recovering[i] === 1 || (w.kicker === i && w.tick >= w.kickTick + Math.round(b.delay / w.dt));
  }
  return attackPlayed(w) && w.kickTick >= 0 && w.tick >= w.kickTick + reactionTicks(w, i);
}

/**
 * Goal-side and ball-side of a runner, gap metres off them. `ballSide` weighs the ball against
 * the goal: a ball in the air is defended by standing in its way, a ball on the ground by
 * staying between the runner and the goal.
 */
function mark(w: World, i: number, r: number, gap: number, ballSide = 0.5, seen = false): void {
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

/** A zone defender picks up the first attacker inside its zone (not the one on the ball). */
function pickUp(w: World, i: number, b: Extract<Behaviour, { kind: 'zone' }>): void {
  if (w.picked[i] >= 0) return;
  for (let j = 0; j < w.n; j++) {
    if (w.team[j] !== ATTACK || j === w.owner || j === w.kicker) continue;
    if (len(w.px[j] - b.spot.x, w.py[j] - b.spot.y) < b.pickUp) w.picked[i] = j;
  }
}

const meet = new Float64Array(3);

/** Step in front of a runner: to the spot where they would meet the ball, a little upstream. */
function frontUp(w: World, i: number, r: number): void {
  if (!intercept(w, r, 2.0, 0, meet)) return mark(w, i, r, 0.9, 3);
  const bx = w.ball[3], by = w.ball[4];
  const l = len(bx, by) || 1;
  goTo(w, i, meet[0] - (bx / l) * 0.8, meet[1] - (by / l) * 0.8, 1, true);
}

export function defender(w: World, i: number, b: Behaviour): void {
  if (w.owner === i) return hold(w, i);
  if (alerted(w, i, b)) {
    if (b.kind === 'recover') w.recovering[i] = 1; // once recovering, keep going
    if (b.kind === 'zone' && w.picked[i] >= 0 && w.owner < 0) {
      // A runner already in the zone when the ball was played: stay on them, in the way of the
      // ball while it is in the air; whoever it reaches first plays it.
      if (w.ball[BZ] > 0) return frontUp(w, i, w.picked[i]);
    }
    chaseBall(w, i, 2.2);
    return;
  }
  switch (b.kind) {
    case 'line':
      goTo(w, i, w.lineX.get(b.group) ?? w.px[i], w.agents[i].start.y, 0.7, true);
      return;
    case 'track': {
      const r = w.index.get(b.target);
      if (r === undefined) return hold(w, i);
      return mark(w, i, r, b.gap, 0.5, true);
    }
    case 'zone': {
      pickUp(w, i, b);
      if (w.picked[i] >= 0) return mark(w, i, w.picked[i], 1);
      return goTo(w, i, b.spot.x, b.spot.y, 0.8, true);
    }
    default:
      return hold(w, i);
  }
}
