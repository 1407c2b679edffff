import { BEHAVIOUR_DEFAULTS } from './defaults';
import { slot, type BehaviourDef } from './behaviour';
import { closeDown, sawAttackMove } from './defending';
import { hold } from './steering';

// A defender who presses: once he has seen the attack move (a play of the ball, or the carrier
// setting off with it) he closes the ball down, and a tackle comes when the ball is in reach.
const PRESSING = 0; // memory: 1 once the press is on (it stays on)

export const press: BehaviourDef<'press'> = {
  kind: 'press',
  defaults: BEHAVIOUR_DEFAULTS.press,
  memory: [0],
  think(w, i) {
    if (w.owner === i) return hold(w, i);
    const k = slot(i, PRESSING);
    if (!sawAttackMove(w, i, k)) return hold(w, i);
    closeDown(w, i);
  },
};
