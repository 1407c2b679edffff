import { BX, BY } from '../ball';
import { intercept } from '../intercept';
import { SET_HANDS_Z } from '../keeper-hands';
import { GOAL_AREA_DEPTH, GOAL_AREA_WIDTH, PENALTY_AREA_DEPTH, PENALTY_AREA_WIDTH } from '../pitch';
import { ATTACK, DEFENCE, type World } from '../world';
import { goTo, hold, reactionTicks } from './steering';
import { len } from '../vec';
import { BEHAVIOUR_DEFAULTS } from './defaults';
import type { BehaviourDef } from './behaviour';

// The goalkeeper: sets on the angle, comes for a through ball it can reach first, claims crosses
// dropping into the goal area, dives at shots (the save or parry itself is in touches.ts).
const mine = new Float64Array(3);
const theirs = new Float64Array(3);
const COME_MARGIN = 0.25; // s: a keeper leaves the line only for a ball it wins by this much

export function inPenaltyArea(w: World, x: number, y: number): boolean {
  return x >= w.pitch.length - PENALTY_AREA_DEPTH && Math.abs(y - w.pitch.width / 2) <= PENALTY_AREA_WIDTH / 2;
}

/** Well inside the goal area (a metre in from its lines): where a keeper claims crosses. */
export function inGoalArea(w: World, x: number, y: number): boolean {
  return x >= w.pitch.length - GOAL_AREA_DEPTH + 1 && Math.abs(y - w.pitch.width / 2) <= GOAL_AREA_WIDTH / 2 - 1;
}

/** Is the keeper diving at a shot (seen, after its reaction time)? */
export function diving(w: World, i: number): boolean {
  return w.owner < 0 && w.kickKind === 'shot' && w.kickTeam === ATTACK && w.tick >= w.kickTick + reactionTicks(w, i);
}

/** The keeper's place on the angle: on the line from the goal centre to the ball. */
function setOnAngle(w: World, i: number, rush: boolean): void {
  const gx = w.pitch.length, gy = w.pitch.width / 2;
  const dx = w.ball[BX] - gx, dy = w.ball[BY] - gy;
  const d = len(dx, dy) || 1;
  // Further off the line as the ball comes closer, up to the edge of the six-yard box; when an
  // attacker is through and close, rush out to close the angle.
  const off = rush ? Math.max(1, d - 2.5) : Math.min(5.5, Math.max(1.2, 0.18 * d));
  goTo(w, i, gx + (dx / d) * off, gy + (dy / d) * off, rush ? 1 : 0.8, !rush);
}

/**
 * Does an attacker meet the free ball within `ticks` ticks? The first who does settles it. A
 * keeper of the attack, at the far goal, only watches (think below): he is not asked.
 */
function attackerWithin(w: World, ticks: number): boolean {
  for (let j = 0; j < w.n; j++) {
    if (w.team[j] !== ATTACK || j === w.kicker || w.agents[j].behaviour.kind === 'keeper') continue;
    if (intercept(w, j, 2.2, 0, theirs) && theirs[2] <= ticks) return true;
  }
  return false;
}

function think(w: World, i: number): void {
  if (w.owner === i || w.team[i] !== DEFENCE) return hold(w, i); // the far goal's keeper only watches
  if (diving(w, i)) {
    // Across to where the shot will cross the keeper's own depth.
    const base = w.tick - w.predFrom - 1;
    for (let k = Math.max(0, base); k < w.predLen; k++) {
      if (w.pred[k * 3] >= w.px[i] - 0.2) return goTo(w, i, w.px[i], w.pred[k * 3 + 1], 1, false);
    }
    return hold(w, i);
  }
  const free = w.owner < 0 && w.kickKind !== 'none' && w.kickKind !== 'shot';
  if (free && w.tick >= w.kickTick + reactionTicks(w, i) && intercept(w, i, SET_HANDS_Z, 0, mine)) {
    // Come only for a ball it reaches first, inside the area where it may handle; for a cross
    // still in the air, only one dropping into the goal area (keepers do not claim at the back post).
    const airborne = w.kickKind === 'cross' && w.pred[(w.tick - w.predFrom - 1 + mine[2]) * 3 + 2] > 0.3;
    const zone = airborne ? inGoalArea(w, mine[0], mine[1]) : inPenaltyArea(w, mine[0], mine[1]);
    if (zone && !attackerWithin(w, mine[2] + COME_MARGIN / w.dt)) {
      return goTo(w, i, mine[0], mine[1], 1, false);
    }
  }
  const carrier = w.owner >= 0 ? w.owner : w.possessor;
  const rush = carrier >= 0 && w.team[carrier] === ATTACK &&
    len(w.pitch.length - w.ball[BX], w.pitch.width / 2 - w.ball[BY]) < 13;
  setOnAngle(w, i, rush);
}

export const keeper: BehaviourDef<'keeper'> = {
  kind: 'keeper',
  defaults: BEHAVIOUR_DEFAULTS.keeper,
  memory: [],
  think,
};
