import { NO_KICK } from '../intents';
import { GOAL_AREA_WIDTH } from '../pitch';
import { len } from '../vec';
import type { World } from '../world';
import type { BehaviourDef, Of } from './behaviour';
import { BEHAVIOUR_DEFAULTS } from './defaults';
import { shoot } from './finishing';
import { chaseBall, hold } from './steering';

// The ball carrier: carries along the runs the script gives (carry.ts), shoots when in range and
// with an angle, and otherwise keeps the ball at the feet for the script's pass or cross.
type Carrier = Of<'carrier'>;

/** Within range of the goal, and not from so tight an angle that there is no goal to aim at. */
export function inRange(w: World, i: number, b: Carrier): boolean {
  const dx = w.pitch.length - w.px[i], dy = Math.abs(w.pitch.width / 2 - w.py[i]);
  const d = len(dx, dy);
  // An angle: no wider of the goal than it is far from the line (45°), or in front of goal.
  return d <= b.shootRange && (dy <= dx || dy < GOAL_AREA_WIDTH / 2);
}

const SETTING = 10; // m outside his range (about one touch's run at carrying speed) from which he keeps the ball at his feet

function whileCarrying(w: World, i: number, b: Carrier): void {
  if (inRange(w, i, b)) return shoot(w, i, false);
  // Coming into range: no more touches ahead (one would run on to the keeper): close control.
  if (len(w.pitch.length - w.px[i], w.pitch.width / 2 - w.py[i]) <= b.shootRange + SETTING) w.intents.kind[i] = NO_KICK;
}

export const carrier: BehaviourDef<'carrier'> = {
  kind: 'carrier',
  defaults: BEHAVIOUR_DEFAULTS.carrier,
  memory: [],
  think(w, i, b) {
    if (w.owner === i) {
      if (inRange(w, i, b)) shoot(w, i, false);
      return hold(w, i); // keeps it, shielding, for the script's next play
    }
    // A touch of his own running on (the end of a carry, a heavy first touch): go and get it.
    if (w.owner < 0 && (w.possessor === i || w.receiver === i) && w.kickKind !== 'shot') {
      chaseBall(w, i, 1.5);
      return;
    }
    hold(w, i);
  },
  whileCarrying,
};
