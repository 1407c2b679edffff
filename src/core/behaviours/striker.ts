import { BX, BY } from '../ball';
import { intendShot, intendTouch } from '../intents';
import { liveLine } from '../live-line';
import { ATTACK, type World } from '../world';
import { chaseBall, defendingKeeper, followPath, goTo, hold } from './steering';
import { BEHAVIOUR_DEFAULTS } from './defaults';
import type { BehaviourDef, Of } from './behaviour';
import { finish, inShootingSpot } from './finishing';
import { len } from '../vec';

// An attacker: makes its scripted run, runs onto the ball, dribbles at goal and finishes.
type Striker = Of<'striker'>;
const ROUND_WIDE = 3.2; // m: how wide of the keeper the ball is knocked when going round him
// m/s: that knock runs a metre a second faster than he does, 5–7 m/s (harder, he cannot turn on to it before the line)
const ROUND_PUSH_MIN = 5, ROUND_PUSH_MAX = 7;

function dribble(w: World, i: number, b: Striker): void {
  const L = w.pitch.length, mid = w.pitch.width / 2;
  const keeperIdx = defendingKeeper(w);
  if (w.rounding !== 0 && keeperIdx >= 0) {
    const past = w.px[i] > w.px[keeperIdx] + 0.3 || Math.abs(w.py[i] - w.py[keeperIdx]) > 2.8;
    if (past) {
      w.rounding = 0;
      const aim = mid + (w.py[keeperIdx] > mid ? -2 : 2);
      intendShot(w, i, L - w.ball[BX], aim - w.ball[BY], L, aim, 16, 0, 'round-keeper');
      return;
    }
    // Knock it past him on that side, out of his reach, and run on to it: a body that turns only
    // as fast as its speed allows cannot carry the ball round a keeper closing at his feet.
    const tx = w.px[keeperIdx] + 1, ty = w.py[keeperIdx] + w.rounding * ROUND_WIDE;
    const push = Math.min(ROUND_PUSH_MAX, Math.max(ROUND_PUSH_MIN, len(w.vx[i], w.vy[i]) + 1));
    intendTouch(w, i, tx - w.ball[BX], ty - w.ball[BY], push);
    return goTo(w, i, tx, ty, 1, false);
  }
  if (inShootingSpot(w, i, b) && finish(w, i, b)) return;
  // Drive at goal, drifting towards the middle.
  goTo(w, i, L - 9, mid + (w.py[i] - mid) * 0.4, 0.88, false);
}

/** Run with a team-mate on the ball: level with the ball towards the far post, staying onside. */
function support(w: World, i: number, carrier: number): void {
  const L = w.pitch.length, mid = w.pitch.width / 2;
  const farY = mid + (w.py[carrier] < mid ? 3 : -3);
  const x = Math.min(L - 5, liveLine(w) - 1.2); // a stride behind the line: the carrier may slow to shoot
  goTo(w, i, x, farY, 1, false);
}

/**
 * Is the ball still behind the runner, coming faster than they run, and going to roll on past
 * them? Then it catches them up and they should keep running.
 */
function takeInStride(w: World, i: number): boolean {
  const s = len(w.vx[i], w.vy[i]);
  const bs = len(w.ball[3], w.ball[4]);
  const rest = (Math.max(0, w.predLen - 1)) * 3;
  return w.ball[BX] < w.px[i] - 1.5 && bs > s + 1 && w.pred[rest] > w.px[i] + 2;
}

function think(w: World, i: number, b: Striker): void {
  if (w.owner === i) return dribble(w, i, b);
  // The intended receiver goes for the ball whoever played it (in drills a defender may serve).
  if (w.owner < 0 && (w.possessor === i || w.receiver === i) && w.kickKind !== 'shot') {
    // A runner whose run has not started yet has not read the pass: that is what a late run is.
    if (w.possessor !== i && w.runAt[i] > w.tick) return hold(w, i);
    // A through ball from behind: keep running and let it come, taking it in stride.
    if (w.kickKind === 'pass' && takeInStride(w, i) && followPath(w, i)) return;
    chaseBall(w, i, w.kickKind === 'cross' ? 2.0 : 1.5, 0, w.kickKind === 'pass');
    return;
  }
  if (w.owner < 0 && w.kickKind === 'rebound') {
    chaseBall(w, i, 2.0);
    return;
  }
  if (w.owner < 0 && w.kickKind === 'shot' && w.kicker !== i && w.team[w.kicker] === ATTACK) {
    // Follow the shot in for a rebound.
    return goTo(w, i, w.pitch.length - 4, w.pitch.width / 2 + (w.py[i] - w.pitch.width / 2) * 0.5, 1, false);
  }
  if (followPath(w, i)) return;
  // Support a team-mate on the ball, or one a pass is on its way to.
  const carrier = w.owner >= 0 ? w.owner : w.possessor >= 0 ? w.possessor : w.owner < 0 ? w.receiver : -1;
  if (carrier >= 0 && carrier !== i && w.team[carrier] === ATTACK && w.agents[carrier].behaviour.kind === 'striker') {
    return support(w, i, carrier);
  }
  if (b.shoulder && w.kickKind === 'none') {
    const d = w.index.get(b.shoulder.of);
    if (d !== undefined) return goTo(w, i, Math.min(w.px[d], liveLine(w)) - b.shoulder.gap, w.py[i], 0.6, true);
  }
  hold(w, i);
}

export const striker: BehaviourDef<'striker'> = {
  kind: 'striker',
  defaults: BEHAVIOUR_DEFAULTS.striker,
  memory: [-1], // CARRY (finishing.ts)
  think,
  // Dribbling along a scripted run: still finishes from a shooting spot.
  whileCarrying(w, i, b) {
    if (inShootingSpot(w, i, b)) finish(w, i, b);
  },
};
