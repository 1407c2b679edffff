import { BEHAVIOUR_DEFAULTS } from './defaults';
import type { BehaviourDef } from './behaviour';
import { alerted } from './defending';
import { chaseBall, goTo, hold } from './steering';

// A defender in a line group: holds the group's height (stepping up and dropping with it as the
// script moves it) until it sees the pass, then drops to win the ball.
export const line: BehaviourDef<'line'> = {
  kind: 'line',
  defaults: BEHAVIOUR_DEFAULTS.line,
  memory: [],
  think(w, i, b) {
    if (w.owner === i) return hold(w, i);
    if (alerted(w, i)) {
      chaseBall(w, i, 2.2);
      return;
    }
    goTo(w, i, w.lineX.get(b.group) ?? w.px[i], w.agents[i].start.y, 0.7, true);
  },
};
