import { BZ } from '../ball';
import { ATTACK, ranksFirst, type World } from '../world';
import { len } from '../vec';
import { BEHAVIOUR_DEFAULTS } from './defaults';
import { slot, type BehaviourDef, type Of } from './behaviour';
import { alerted, frontUp, mark } from './defending';
import { chaseBall, goTo, hold, roundPlayer } from './steering';

// A defender guarding a spot (the front post): picks up a runner who arrives in its zone early
// and marks him, goal-side, or in front of him (ball-side, in the way of the cross to come) when
// told to front him; when the ball is in the air he steps into its way in front of the runner.
// Either way he goes round the runner, never into him: bodies do not pass through (bodies.ts).
const PICKED = 0; // memory: index of the runner picked up, −1 none
const GOAL_SIDE = 0.5; // the ball's weight against the goal's in the marking direction (defending.ts mark)
const IN_FRONT = 3; // as frontUp weighs it for a ball in the air: standing in its way
const A_STRIDE = 1.5; // m: in front of his man, he attacks the ball's flight this far before him

/** Pick up the attacker (not the one on the ball) in the zone nearest the spot, if none is picked yet. */
function pickUp(w: World, i: number, b: Of<'zone'>): void {
  const k = slot(i, PICKED);
  if (w.memory[k] >= 0) return;
  let best = -1, bestD: number = b.pickUp;
  for (let j = 0; j < w.n; j++) {
    if (w.team[j] !== ATTACK || j === w.owner || j === w.kicker) continue;
    const d = len(w.px[j] - b.spot.x, w.py[j] - b.spot.y);
    if (d < bestD || (d === bestD && best >= 0 && ranksFirst(w, j, best))) { best = j; bestD = d; }
  }
  if (best >= 0) w.memory[k] = best;
}

export const zone: BehaviourDef<'zone'> = {
  kind: 'zone',
  defaults: BEHAVIOUR_DEFAULTS.zone,
  memory: [-1],
  think(w, i, b) {
    if (w.owner === i) return hold(w, i);
    const picked = w.memory[slot(i, PICKED)];
    if (alerted(w, i)) {
      // A runner already in the zone when the ball was played: stay on them, in the way of the
      // ball while it is in the air; whoever it reaches first plays it.
      if (picked >= 0 && w.owner < 0 && w.ball[BZ] > 0) {
        frontUp(w, i, picked, b.front ? A_STRIDE : undefined);
        return roundPlayer(w, i, picked);
      }
      chaseBall(w, i, 2.2);
      return;
    }
    pickUp(w, i, b);
    const now = w.memory[slot(i, PICKED)];
    if (now >= 0) {
      mark(w, i, now, 1, b.front ? IN_FRONT : GOAL_SIDE);
      return roundPlayer(w, i, now);
    }
    goTo(w, i, b.spot.x, b.spot.y, 0.8, true);
  },
};
