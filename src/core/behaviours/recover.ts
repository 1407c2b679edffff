import { BEHAVIOUR_DEFAULTS } from './defaults';
import { slot, type BehaviourDef } from './behaviour';
import { chaseBall, hold } from './steering';

// A defender who plays the drill's pass, watches it for `delay`, then sprints back to win the ball.
const RECOVERING = 0; // memory: 1 once it has set off (and then it keeps going)

export const recover: BehaviourDef<'recover'> = {
  kind: 'recover',
  defaults: BEHAVIOUR_DEFAULTS.recover,
  memory: [0],
  think(w, i, b) {
    if (w.owner === i) return hold(w, i);
    const k = slot(i, RECOVERING);
    if (w.memory[k] === 1 || (w.kicker === i && w.tick >= w.kickTick + Math.round(b.delay / w.dt))) {
      w.memory[k] = 1;
      chaseBall(w, i, 2.2);
      return;
    }
    hold(w, i);
  },
};
