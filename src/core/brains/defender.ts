import { BX, BY } from '../ball';
import type { Behaviour } from '../spec';
import { ATTACK, attackPlayed, type World } from '../world';
import { chaseBall, goTo, hold, reactionTicks } from './common';

// Defenders hold their job until they see the attack play the ball, then go to win it.

/** Has defender i seen (after its reaction time) an attacking play, or its recovery cue? */
function alerted(w: World, i: number, b: Behaviour): boolean {
  if (b.kind === 'recover') {
    return w.kicker === i && w.tick >= w.kickTick + Math.round(b.delay / w.dt) || w.picked[i] === 1;
  }
  return attackPlayed(w) && w.kickTick >= 0 && w.tick >= w.kickTick + reactionTicks(w, i);
}

/** Goal-side and ball-side of a runner, gap metres off them. */
function mark(w: World, i: number, r: number, gap: number): void {
  const gx = w.pitch.length, gy = w.pitch.width / 2;
  let ux = (gx - w.px[r]) + (w.ball[BX] - w.px[r]) * 0.5;
  let uy = (gy - w.py[r]) + (w.ball[BY] - w.py[r]) * 0.5;
  const l = Math.hypot(ux, uy) || 1;
  ux /= l;
  uy /= l;
  goTo(w, i, w.px[r] + ux * gap, w.py[r] + uy * gap, 1, true);
}

export function defender(w: World, i: number, b: Behaviour): void {
  if (w.owner === i) return hold(w, i);
  if (alerted(w, i, b)) {
    if (b.kind === 'recover') w.picked[i] = 1; // once recovering, keep going
    if (b.kind === 'zone' && w.picked[i] >= 0 && w.owner < 0 && w.kickKind !== 'cross') {
      return mark(w, i, w.picked[i], 1);
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
      return mark(w, i, r, b.gap);
    }
    case 'zone': {
      if (w.picked[i] < 0) {
        for (let j = 0; j < w.n; j++) {
          if (w.team[j] !== ATTACK || j === w.owner) continue;
          if (Math.hypot(w.px[j] - b.spot.x, w.py[j] - b.spot.y) < b.pickUp) w.picked[i] = j;
        }
      }
      if (w.picked[i] >= 0) return mark(w, i, w.picked[i], 1);
      return goTo(w, i, b.spot.x, b.spot.y, 0.8, true);
    }
    default:
      return hold(w, i);
  }
}
