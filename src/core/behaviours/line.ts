import { BEHAVIOUR_DEFAULTS } from './defaults';
import type { BehaviourDef } from './behaviour';
import { onTheBall } from './defending';
import { goTo } from './steering';

// A defender in a line group: holds the group's height (stepping up and dropping with it as the
// script moves it) until it sees the pass, then drops to win the ball.
export const line: BehaviourDef<'line'> = {
  kind: 'line',
  defaults: BEHAVIOUR_DEFAULTS.line,
  memory: [],
  think(w, i) {
    if (onTheBall(w, i)) return;
    goTo(w, i, w.lineX[i], w.agents[i].start.y, 0.7, true);
  },
};
