import { BX, BY } from '../ball';
import { len } from '../vec';
import type { World } from '../world';
import { BEHAVIOUR_DEFAULTS } from './defaults';
import { slot, type BehaviourDef } from './behaviour';
import { attackCarrier, closeDown, sawAttackMove, seenAt } from './defending';
import { goTo, hold } from './steering';

// The cover: a defender `depth` metres behind the presser on the ball's way to goal, so that a
// carrier who beats the press meets a second man. Seeing (a reaction late) the carrier past the
// presser, he steps in and presses himself.
const STATE = 0; // memory: 0 waiting, 1 covering, 2 pressing
const seenP = new Float64Array(2);
const seenC = new Float64Array(2);

/** Has defender i seen the carrier get goal-side of the presser p (past him towards goal)? */
function beaten(w: World, i: number, p: number, c: number): boolean {
  seenAt(w, i, p, seenP);
  seenAt(w, i, c, seenC);
  return seenC[0] > seenP[0] + 0.5;
}

export const cover: BehaviourDef<'cover'> = {
  kind: 'cover',
  defaults: BEHAVIOUR_DEFAULTS.cover,
  memory: [0],
  think(w: World, i, b) {
    if (w.owner === i) return hold(w, i);
    const k = slot(i, STATE);
    if (!sawAttackMove(w, i, k)) return hold(w, i);
    const p = w.index.get(b.of) ?? -1;
    const c = attackCarrier(w);
    if (w.memory[k] === 1 && (p < 0 || (c >= 0 && beaten(w, i, p, c)))) w.memory[k] = 2;
    if (w.memory[k] === 2) return closeDown(w, i);
    // On the ball's way to the middle of the goal, `depth` further from the ball than the presser
    // (as he is seen): whichever way the carrier beats the press, he meets the cover next.
    seenAt(w, i, p, seenP);
    const gx = w.pitch.length - w.ball[BX], gy = w.pitch.width / 2 - w.ball[BY];
    const l = len(gx, gy) || 1;
    const d = Math.min(l, len(seenP[0] - w.ball[BX], seenP[1] - w.ball[BY]) + b.depth);
    goTo(w, i, w.ball[BX] + (gx / l) * d, w.ball[BY] + (gy / l) * d, 1, true);
  },
};
