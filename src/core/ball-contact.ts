import { ballSpeed, BVX, BVY, BVZ, BX, BY, BZ, spinless } from './ball';
import { cos, sin } from './detmath';
import { opponentTouched } from './offside-watch';
import { emit, endWith, release, repredict, stopBallWith } from './plays';
import { uniform } from './rng';
import { len } from './vec';
import { ATTACK, DEFENCE, NEUTRAL, type World } from './world';

// An outfield defender meets a free ball: with his body (a block), a foot or a leg that only
// gets something on it (a deflection), or a touch he meant: clean (an interception, or a
// clearance when pressed or in his own box) or miscontrolled (it runs loose). Which one depends
// on the ball's speed, how far he has to stretch and whether it is at his head, and on the seed.
// A block or deflection is no deliberate play (the offside judgment stands, the play goes on);
// a miscontrol is one (it resets offside, the play goes on); an interception or a clearance ends
// the attack. Per touch this allocates only its event.

export type ContactKind = 'block' | 'deflection' | 'interception' | 'clearance' | 'miscontrol';

export const BODY = 0.45; // m: a ball this close to his centre line hits the body (torso, both legs)
export const EASY_SPEED = 8; // m/s: slower than this he controls it whenever it comes to him
export const HARD_SPEED = 28; // m/s: this fast he only ever gets something on it
const HEADER_Z = 1.2; // m: above this it is met with the head or chest
const PRESSED = 2.5; // m: an attacker this close to the ball and a defender clears rather than controls
const BLOCK_RESTITUTION = 0.3; // of the speed into the body (a body is soft; a ball off the shins keeps more)
const DEG = Math.PI / 180;

/**
 * The chance a touch is not a clean one: 0 for a ball slower than EASY_SPEED, however far he
 * stretches; rising with the pace, more so at full stretch (reach fraction 1); a header is
 * easier to get clear than a volley is to control.
 */
export function difficulty(speed: number, stretch: number, header: boolean): number {
  const s = Math.min(1, Math.max(0, (speed - EASY_SPEED) / (HARD_SPEED - EASY_SPEED)));
  const r = Math.min(1, Math.max(0, stretch));
  return Math.min(0.9, s * ((header ? 0.4 : 0.6) + 0.3 * r * r));
}

function attackShot(w: World): boolean {
  return w.kickKind === 'shot' && (w.kickTeam === ATTACK || w.kickTeam === NEUTRAL);
}

/** Distance from player j to the line the ball travels along, in the ground plane (m). */
function offLine(w: World, j: number): number {
  const vx = w.ball[BVX], vy = w.ball[BVY], v = len(vx, vy);
  if (v < 1e-9) return len(w.px[j] - w.ball[BX], w.py[j] - w.ball[BY]);
  return Math.abs(vx * (w.py[j] - w.ball[BY]) - vy * (w.px[j] - w.ball[BX])) / v;
}

/** What defender j's touch of the free ball is, d metres from the ball's path this tick. */
export function contactKind(w: World, j: number, d: number): ContactKind {
  // A shot is never controlled: it is hit at him. Its line decides: through his body, or past a leg.
  if (attackShot(w)) return offLine(w, j) < BODY ? 'block' : 'deflection';
  const header = w.ball[BZ] > HEADER_Z;
  const q = difficulty(ballSpeed(w.ball), d / w.profiles[j].reach, header);
  const u = w.rng.next();
  if (u >= q) return header || pressed(w, j) || inOwnBox(w, w.ball[BX], w.ball[BY]) ? 'clearance' : 'interception';
  return u >= q / 2 ? 'miscontrol' : 'deflection';
}

function pressed(w: World, j: number): boolean {
  for (let a = 0; a < w.n; a++) {
    if (w.team[a] === ATTACK && a !== j && len(w.px[a] - w.ball[BX], w.py[a] - w.ball[BY]) < PRESSED) return true;
  }
  return false;
}

function inOwnBox(w: World, x: number, y: number): boolean {
  return x > w.pitch.length - 16.5 && Math.abs(y - w.pitch.width / 2) < 20.16;
}

/** Turn the ball's ground velocity by `angle` radians and scale all of it by k. */
function turn(w: World, angle: number, k: number): void {
  const c = cos(angle), s = sin(angle);
  const vx = w.ball[BVX], vy = w.ball[BVY];
  w.ball[BVX] = (vx * c - vy * s) * k;
  w.ball[BVY] = (vx * s + vy * c) * k;
  w.ball[BVZ] *= k;
}

/** +1 if defender j stands to the left of the ball's travel (seen along it), −1 to the right. */
function sideOf(w: World, j: number): number {
  const cross = w.ball[BVX] * (w.py[j] - w.ball[BY]) - w.ball[BVY] * (w.px[j] - w.ball[BX]);
  return cross >= 0 ? 1 : -1;
}

/** The ball runs on off defender j: who touched it last, and a new prediction for everyone to read. */
function loose(w: World, j: number, keepShot: boolean, deliberate: boolean): void {
  spinless(w.ball);
  w.toucher = j;
  w.touchTick = w.tick;
  if (!keepShot) {
    // A loose ball: anyone's. A deliberate touch is the defence's play; a deflection leaves the attack's standing.
    w.kickKind = 'rebound';
    w.kicker = j;
    if (deliberate) w.kickTeam = DEFENCE;
  }
  w.kickTick = w.tick; // a new ball to read (and for the keeper a new dive)
  w.possessor = -1;
  w.receiver = keepShot ? w.receiver : -1;
  repredict(w);
}

/** Defender j's touch of the free ball, of the kind decided: its event, the ball after it, and whether the attack ends. */
export function playContact(w: World, j: number, kind: ContactKind, other: number): void {
  const id = w.agents[j].id;
  const at = { x: w.ball[BX], y: w.ball[BY] };
  const speed = ballSpeed(w.ball);
  const who = other >= 0 ? { other: w.agents[other].id } : {};
  switch (kind) {
    case 'block': {
      // Off the body: the speed into it comes back × restitution, along the line from him to the ball.
      opponentTouched(w.offside, false);
      let nx = w.ball[BX] - w.px[j], ny = w.ball[BY] - w.py[j];
      const l = len(nx, ny);
      const vl = len(w.ball[BVX], w.ball[BVY]) || 1;
      if (l < 0.05) { nx = -w.ball[BVX] / vl; ny = -w.ball[BVY] / vl; } else { nx /= l; ny /= l; }
      const vn = w.ball[BVX] * nx + w.ball[BVY] * ny;
      if (vn < 0) {
        w.ball[BVX] -= (1 + BLOCK_RESTITUTION) * vn * nx;
        w.ball[BVY] -= (1 + BLOCK_RESTITUTION) * vn * ny;
      }
      w.ball[BVX] *= 0.6; // the body takes most of the rest
      w.ball[BVY] *= 0.6;
      w.ball[BVZ] = Math.max(0, w.ball[BVZ]) * 0.3;
      emit(w, { type: 'block', agent: id, ...who, ...at, speed });
      return loose(w, j, false, false);
    }
    case 'deflection': {
      // Off a foot or a shin: on, turned away from him, losing pace. A shot still heads for goal.
      opponentTouched(w.offside, false);
      turn(w, -sideOf(w, j) * uniform(w.rng, 6, 28) * DEG, uniform(w.rng, 0.55, 0.85));
      emit(w, { type: 'deflection', agent: id, ...who, ...at, speed });
      return loose(w, j, attackShot(w), false);
    }
    case 'miscontrol': {
      // He meant to take it and it ran off him: slower, off at an angle. His deliberate play.
      opponentTouched(w.offside, true);
      turn(w, (w.rng.next() < 0.5 ? -1 : 1) * uniform(w.rng, 25, 80) * DEG, uniform(w.rng, 0.25, 0.5));
      w.ball[BVZ] = Math.min(0, w.ball[BVZ]);
      emit(w, { type: 'miscontrol', agent: id, ...who, ...at, speed });
      return loose(w, j, false, true);
    }
    case 'clearance': {
      // Away from goal and towards the near touchline, in the air: the attack is over.
      opponentTouched(w.offside, true);
      const out = w.ball[BY] >= w.pitch.width / 2 ? 1 : -1;
      const header = w.ball[BZ] > HEADER_Z;
      emit(w, { type: 'clearance', agent: id, ...who, ...at, speed });
      release(w, j, 'clear', -1, out * 0.8, header ? 12 : 20, (header ? 35 : 28) * DEG);
      return endWith(w, 'cleared', id);
    }
    case 'interception': {
      opponentTouched(w.offside, true);
      emit(w, { type: 'interception', agent: id, ...who, ...at });
      stopBallWith(w, j);
      return endWith(w, 'intercepted', id);
    }
  }
}
