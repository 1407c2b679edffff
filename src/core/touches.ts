import { ballSpeed, BVX, BVY, BX, BY, BZ, touchSpeed } from './ball';
import { contactKind, playContact } from './ball-contact';
import { keeperHandsZ } from './keeper-hands';
import { diving, inPenaltyArea } from './behaviours/keeper';
import { saveShot } from './behaviours/keeper-save';
import { finish, inShootingSpot, shoot } from './behaviours/finishing';
import { applyKick } from './intents';
import { offenceOnTouch, opponentTouched } from './offside-watch';
import { emit, endWith, judge, release, repredict, stopBallWith } from './plays';
import { playFirstTime } from './script';
import { ATTACK, DEFENCE, ranksFirst, type World } from './world';
import { len } from './vec';

// Who touches the ball this tick, and what that touch is.
const OUTFIELD_MAX_Z = 2.4; // a jumping header
const CONTROLLABLE = 28; // m/s: faster than this it cannot be stopped by an outfield player
// Law 11: challenging an opponent for the ball is involvement; within this distance of the ball
// as the opponent plays it, an attacker in an offside position is challenging for it.
const CHALLENGE_DISTANCE = 2;
const CONTEST_DISTANCE = 2; // m: an attacker this close to a ball a defender wins was tackled
const DIVE_REACH = 1.0; // m added to a keeper's reach over the first 0.35 s of a dive

/** Distance from (px, py) to the segment the ball travelled this tick, in the ground plane. */
function segmentDistance(w: World, px: number, py: number): number {
  const ax = w.prevBall[BX], ay = w.prevBall[BY];
  const dx = w.ball[BX] - ax, dy = w.ball[BY] - ay;
  const l2 = dx * dx + dy * dy;
  const s = l2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2)) : 0;
  return len(ax + s * dx - px, ay + s * dy - py);
}

function reachOf(w: World, j: number): number {
  const r = w.profiles[j].reach;
  if (w.keeper[j] !== 1 || !diving(w, j)) return r;
  const since = (w.tick - w.kickTick) * w.dt - w.profiles[j].reaction;
  return r + DIVE_REACH * Math.min(1, Math.max(0, since / 0.35));
}

function canTouch(w: World, j: number): boolean {
  if (w.team[j] !== ATTACK && w.team[j] !== DEFENCE) return false;
  // Nobody plays their own kick again at once; after a touch ahead the ball runs first.
  if (j === w.kicker && w.tick - Math.max(w.kickTick, w.carryTick) < 0.3 / w.dt) return false;
  if (j === w.toucher && w.tick - w.touchTick < 0.3 / w.dt) return false; // nor a ball just off his body
  const keeper = w.keeper[j] === 1;
  const defender = w.team[j] === DEFENCE;
  if (w.kickKind === 'shot' && w.kickTeam === ATTACK && !keeper && !defender) return false; // team-mates let a shot by
  if (keeper && !inPenaltyArea(w, w.ball[BX], w.ball[BY])) return w.ball[BZ] <= OUTFIELD_MAX_Z;
  if (w.ball[BZ] > (keeper ? keeperHandsZ(w, j) : OUTFIELD_MAX_Z)) return false;
  // A defender's body meets a ball of any pace (ball-contact.ts); an attacker stops only what he can.
  return keeper || defender || ballSpeed(w.ball) < CONTROLLABLE;
}

/** An attacker in an offside position challenging for the ball as an opponent plays it. */
function challenger(w: World, j: number): number {
  if (!w.spec.offside || w.owner >= 0) return -1;
  const dj = len(w.px[j] - w.ball[BX], w.py[j] - w.ball[BY]);
  let best = -1, bestD = Infinity; // the nearest of several
  for (let a = 0; a < w.n; a++) {
    if (w.team[a] !== ATTACK || !offenceOnTouch(w.offside, w.agents[a].id)) continue;
    const d = len(w.px[a] - w.ball[BX], w.py[a] - w.ball[BY]);
    if (d < CHALLENGE_DISTANCE && d < dj + 1 && (d < bestD || (d === bestD && ranksFirst(w, a, best)))) { best = a; bestD = d; }
  }
  return best;
}

export function callOffside(w: World, a: number, involvement: 'played' | 'challenged' | 'obstructed'): void {
  const id = w.agents[a].id;
  const v = offenceOnTouch(w.offside, id)!;
  emit(w, { type: 'offside', agent: id, x: w.ball[BX], y: w.ball[BY], judgedAt: w.offside.judgedAt, line: w.offside.judgment!.offsideLine, marginM: v.marginM, involvement });
  w.ball[BVX] *= 0.2;
  w.ball[BVY] *= 0.2;
  repredict(w);
  endWith(w, 'offside', id, v.marginM);
}

/** Defender j plays the ball, `d` metres from its path this tick. */
function defend(w: World, j: number, d: number): void {
  const id = w.agents[j].id;
  const ch = challenger(w, j);
  if (ch >= 0) return callOffside(w, ch, 'challenged'); // the flag goes up before the defender's touch counts
  const keeper = w.keeper[j] === 1;
  const at = { x: w.ball[BX], y: w.ball[BY] };
  if (keeper && w.kickKind === 'shot' && w.kickTeam === ATTACK) return saveShot(w, j); // held or parried
  // A tackle: the ball taken from an attacker who has it, or who is on it contesting it on the
  // ground (an aerial duel won is an interception: the ball is headed away).
  const contester = w.receiver >= 0 && w.team[w.receiver] === ATTACK && w.ball[BZ] < 0.5 &&
    len(w.px[w.receiver] - w.ball[BX], w.py[w.receiver] - w.ball[BY]) < CONTEST_DISTANCE ? w.receiver : -1;
  // After control: the attacker had the ball (at the feet, or a touch of his own running ahead).
  const afterControl = w.owner >= 0 || (w.possessor >= 0 && w.team[w.possessor] === ATTACK);
  const tackled = afterControl || contester >= 0;
  const other = w.owner >= 0 ? w.owner : w.possessor >= 0 ? w.possessor : contester;
  const afterSave = w.kickKind === 'rebound' && w.kicker === j;
  if (keeper && (tackled || afterSave)) {
    // A keeper smothering the ball at an attacker's feet, or gathering their own parry: a save.
    emit(w, { type: 'save', agent: id, ...(other >= 0 ? { other: w.agents[other].id } : {}), ...at, speed: ballSpeed(w.ball), hold: true });
    stopBallWith(w, j);
    return endWith(w, 'saved', id);
  }
  // An outfield defender meeting a free ball: a block, a deflection, a miscontrol, or a clean touch.
  if (!keeper && !tackled) return playContact(w, j, contactKind(w, j, d), other);
  emit(w, { type: tackled ? 'tackle' : 'interception', agent: id, ...(other >= 0 ? { other: w.agents[other].id } : {}), ...at, ...(afterControl ? { afterControl } : {}) });
  opponentTouched(w.offside, true); // an opponent's deliberate play
  stopBallWith(w, j);
  endWith(w, tackled ? 'tackled' : 'intercepted', id);
  if (afterControl && w.outcome) w.outcome.afterControl = true; // a tackle, not a race lost
}

/**
 * The pace he carries on at after his first touch, m/s. Running at goal (within 90° of it), his
 * speed; running away from it after a rebound he chased, the touch turns him and is
 * cushioned, down to nothing when he runs straight away: he cannot follow a touch ahead at his
 * old pace in a direction he is not running.
 */
function carryAlong(w: World, j: number, s: number, gx: number, gy: number): number {
  if (s <= 0.5 || w.kickKind !== 'rebound') return s; // a pass is met facing the play
  const cosT = (w.vx[j] * gx + w.vy[j] * gy) / s; // cos of the angle between his run and the goal
  if (cosT >= 0) return s;
  return s * Math.sqrt((1 + cosT) / 2) / Math.SQRT1_2; // cos(θ/2) / cos(45°): 1 at 90°, 0 at 180°
}

function attack(w: World, j: number): void {
  const id = w.agents[j].id;
  if (j === w.possessor) {
    w.owner = j; // gathering the ball again after a touch ahead
    return;
  }
  if (w.spec.offside && offenceOnTouch(w.offside, id)) return callOffside(w, j, 'played');
  if (playFirstTime(w, j)) return; // the script plays this ball as it comes: no controlling touch
  const b = w.agents[j].behaviour;
  const inRange = b.kind === 'striker' && inShootingSpot(w, j, b);
  // A cross met in the air in the box is finished first time. One that has come down, or is met
  // out wide, is a loose ball like a rebound: first time only from a shooting spot, else controlled.
  const crossLive = w.kickKind === 'cross' && w.ball[BZ] > 0.1 && inPenaltyArea(w, w.px[j], w.py[j]);
  const loose = w.kickKind === 'rebound' || w.kickKind === 'cross';
  if (crossLive || (loose && inRange)) {
    shoot(w, j, true);
    return applyKick(w, j); // a touch plays its kick at once: touches come after all have thought
  }
  if (b.kind === 'striker' && inRange) {
    // Through on goal with the keeper coming: finish at once rather than take a touch.
    w.possessor = j;
    if (finish(w, j, b)) return applyKick(w, j);
  }
  const judgment = judge(w, j);
  emit(w, { type: 'control', agent: id, x: w.ball[BX], y: w.ball[BY], speed: ballSpeed(w.ball), judgment });
  // First touch: ahead into the run, towards goal; how far it runs is the touch's quality.
  const s = len(w.vx[j], w.vy[j]);
  const gx = w.pitch.length - w.px[j], gy = w.pitch.width / 2 - w.py[j];
  const gl = len(gx, gy) || 1;
  const dirX = (s > 0.5 ? w.vx[j] / s : 0) + gx / gl, dirY = (s > 0.5 ? w.vy[j] / s : 0) + gy / gl;
  const ahead = w.spec.touch * (0.5 + w.rng.next());
  const speed = touchSpeed(Math.max(carryAlong(w, j, s, gx / gl, gy / gl), 2), ahead);
  release(w, j, 'touch', dirX, dirY, speed, 0);
  w.possessor = j;
  w.receiver = j;
}

/** Resolve this tick's touches: the nearest player in reach of the ball plays it. */
export function resolveTouches(w: World): void {
  if (w.owner >= 0) {
    if (w.team[w.owner] !== ATTACK) return;
    let tackler = -1, nearest = Infinity; // the nearest defender in reach of the ball at the carrier's feet
    for (let j = 0; j < w.n; j++) {
      if (w.team[j] !== DEFENCE) continue;
      const dx = w.px[j] - w.ball[BX], dy = w.py[j] - w.ball[BY];
      const r = w.profiles[j].reach;
      if (dx >= r || dx <= -r || dy >= r || dy <= -r) continue; // out of reach along x or y: the distance is no less
      const d = len(dx, dy);
      if (d < r && (d < nearest || (d === nearest && ranksFirst(w, j, tackler)))) { tackler = j; nearest = d; }
    }
    if (tackler >= 0) defend(w, tackler, nearest);
    return;
  }
  let best = -1;
  let bestD = Infinity;
  // The box the ball's path spans this tick: a player further from it than any reach (a keeper's
  // dive included, and a micrometre for rounding) is further from the path, and is passed over
  // before the checks below, which would come to the same.
  const bx0 = Math.min(w.prevBall[BX], w.ball[BX]), bx1 = Math.max(w.prevBall[BX], w.ball[BX]);
  const by0 = Math.min(w.prevBall[BY], w.ball[BY]), by1 = Math.max(w.prevBall[BY], w.ball[BY]);
  for (let j = 0; j < w.n; j++) {
    const far = w.profiles[j].reach + DIVE_REACH + 1e-6;
    if (w.px[j] < bx0 - far || w.px[j] > bx1 + far || w.py[j] < by0 - far || w.py[j] > by1 + far) continue;
    if (!canTouch(w, j)) continue;
    const d = segmentDistance(w, w.px[j], w.py[j]);
    if (d < reachOf(w, j) && (d < bestD || (d === bestD && ranksFirst(w, j, best)))) {
      best = j;
      bestD = d;
    }
  }
  if (best < 0) return;
  if (w.team[best] === DEFENCE) defend(w, best, bestD);
  else attack(w, best);
}
