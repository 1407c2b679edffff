import { BEHAVIOUR_DEFAULTS } from './defaults';
import type { BehaviourDef } from './behaviour';
import { mark, onTheBall } from './defending';
import { hold } from './steering';

// A defender tracking a runner: goal-side and ball-side of them, seen a reaction time late,
// until it sees the pass.
export const track: BehaviourDef<'track'> = {
  kind: 'track',
  defaults: BEHAVIOUR_DEFAULTS.track,
  memory: [],
  think(w, i, b) {
    if (onTheBall(w, i)) return;
    const r = w.index.get(b.target);
    if (r === undefined) return hold(w, i);
    mark(w, i, r, b.gap, 0.5, true);
  },
};
