import { BX, BY } from './ball';
import { aimAt, ballTime } from './aim';
import type { ChoiceRule, DrillEvent } from './events';
import { timeToReach } from './kinematics';
import type { Action, Target } from './spec';
import type { Point } from './units';
import { len } from './vec';
import { ATTACK, DEFENCE, ranksFirst, type World } from './world';

// A decision made as the ball is played: of a pass's or cross's options, the one its rule picks.
//  - first-to-arrive: where the ball and the receiver meet soonest (the ball's time there, or the
//    receiver's, whichever is later);
//  - most-space: the place farthest from its nearest opponent;
//  - unmarked: the receiver with no opponent within MARKED of him (of several, the one with most
//    room; if all are marked, the one least tightly marked).
// Ties go to the option listed first: the coach's order is his preference.
type Play = Extract<Action, { kind: 'pass' | 'cross' | 'shot' }>;
export const MARKED = 2.5; // m: an opponent this close to a runner marks him

/** The nearest opponent's distance from (x, y). */
function room(w: World, x: number, y: number): number {
  let best = Infinity;
  for (let j = 0; j < w.n; j++) if (w.team[j] === DEFENCE) best = Math.min(best, len(w.px[j] - x, w.py[j] - y));
  return best;
}

/** Who a play to this option is for: the agent named, or the attacker nearest the place (not the passer). */
function receiverOf(w: World, kicker: number, to: Target, aim: Point): number {
  if (to.agent !== undefined) return w.index.get(to.agent) ?? -1;
  let best = -1, bestD = Infinity;
  for (let j = 0; j < w.n; j++) {
    if (j === kicker || w.team[j] !== ATTACK) continue;
    const d = len(w.px[j] - aim.x, w.py[j] - aim.y);
    if (d < bestD || (d === bestD && ranksFirst(w, j, best))) { best = j; bestD = d; }
  }
  return best;
}

const f2 = (v: number): string => (Number.isFinite(v) ? v.toFixed(2) : 'never');

/** The target a play goes to: its own, or the option its rule picks, with the choice to record. */
export function choose(w: World, a: Play, kicker: number): { to: Target; chosen?: DrillEvent['chosen'] } {
  const opts = a.to.options;
  if (!opts || opts.length === 0) return { to: a.to };
  const rule: ChoiceRule = a.to.choose ?? 'first-to-arrive';
  const score: number[] = [];
  const names: string[] = [];
  const words: string[] = [];
  for (const o of opts) {
    const aim = aimAt(w, a.kind, o, a.speed, a.loft);
    const r = receiverOf(w, kicker, o, aim);
    names.push(o.agent ?? `(${f2(o.point?.x ?? aim.x)}, ${f2(o.point?.y ?? aim.y)})`);
    if (rule === 'first-to-arrive') {
      const ball = ballTime(w, a.kind, len(aim.x - w.ball[BX], aim.y - w.ball[BY]), a.speed, a.loft);
      const run = r < 0 ? Infinity : timeToReach(w.px[r], w.py[r], w.vx[r], w.vy[r], aim.x, aim.y, w.profiles[r]);
      const meet = Math.max(ball, run);
      score.push(-meet);
      words.push(`meet in ${f2(meet)} s`);
    } else if (rule === 'most-space') {
      const space = room(w, aim.x, aim.y);
      score.push(space);
      words.push(`${f2(space)} m from the nearest opponent`);
    } else {
      const space = r < 0 ? 0 : room(w, w.px[r], w.py[r]);
      score.push(space >= MARKED ? 1e6 + space : space);
      words.push(`${space >= MARKED ? 'unmarked' : 'marked'}, nearest opponent ${f2(space)} m`);
    }
  }
  let best = 0;
  for (let k = 1; k < opts.length; k++) if (score[k] > score[best]) best = k;
  const others = opts.map((_, k) => k).filter((k) => k !== best).map((k) => `${names[k]}: ${words[k]}`).join('; ');
  const why = `${names[best]}: ${words[best]}${others ? ` (${others})` : ''}`.slice(0, 200);
  const agent = opts[best].agent;
  return { to: opts[best], chosen: { option: best, ...(agent !== undefined ? { agent } : {}), rule, why } };
}
