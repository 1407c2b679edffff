import { BX, BY } from './ball';
import type { FinishKind } from './events';
import { emit, holdAtFoot, judgeAtFrame, release } from './plays';
import type { Metres, MetresPerSecond } from './units';
import type { Intents, World } from './world';

// Kicks as intents. A behaviour that plays the ball while thinking only says so here; the kicks
// are applied after every agent has thought, so what one agent sees on a tick never depends on
// whether the kicker was listed before or after it. Per agent, flat: a kick allocates only its event.

export const NO_KICK = 0, PASS = 1, SHOT = 2, TOUCH = 3;

export function newIntents(n: number): Intents {
  return {
    kind: new Uint8Array(n), dirX: new Float64Array(n), dirY: new Float64Array(n), toX: new Float64Array(n), toY: new Float64Array(n),
    speed: new Float64Array(n), elevation: new Float64Array(n), mate: new Int32Array(n).fill(-1), finish: new Array<FinishKind | null>(n).fill(null),
  };
}

/** Agent i means to pass to `mate`: dir from the ball, aimed at the ball + dir. */
export function intendPass(w: World, i: number, mate: number, dirX: Metres, dirY: Metres, speed: MetresPerSecond): void {
  const k = w.intents;
  k.kind[i] = PASS;
  k.dirX[i] = dirX; k.dirY[i] = dirY;
  k.speed[i] = speed; k.elevation[i] = 0; k.mate[i] = mate;
}

/** Agent i means to shoot at (toX, toY) on the goal line. */
export function intendShot(
  w: World, i: number, dirX: Metres, dirY: Metres, toX: Metres, toY: Metres, speed: MetresPerSecond, elevation: number, finish: FinishKind,
): void {
  const k = w.intents;
  k.kind[i] = SHOT;
  k.dirX[i] = dirX; k.dirY[i] = dirY; k.toX[i] = toX; k.toY[i] = toY;
  k.speed[i] = speed; k.elevation[i] = elevation; k.finish[i] = finish;
}

/** Agent i, carrying the ball, pushes it ahead of their feet along (dirX, dirY) at `speed`. */
export function intendTouch(w: World, i: number, dirX: Metres, dirY: Metres, speed: MetresPerSecond): void {
  const k = w.intents;
  k.kind[i] = TOUCH;
  k.dirX[i] = dirX; k.dirY[i] = dirY;
  k.speed[i] = speed; k.elevation[i] = 0;
}

/** Play agent i's intended kick now, if it has one: the offside judgment, the release, the event. */
export function applyKick(w: World, i: number): void {
  const k = w.intents;
  const kind = k.kind[i];
  if (kind === NO_KICK) return;
  k.kind[i] = NO_KICK;
  const speed = k.speed[i];
  if (kind === TOUCH) {
    // A touch ahead while carrying: no new play (no offside judgment, and what the defence saw
    // last, the pass or the control, stays the play they react to), but the ball leaves the feet.
    const seen = w.kickTick;
    release(w, i, 'touch', k.dirX[i], k.dirY[i], speed, 0);
    w.kickTick = seen;
    w.carryTick = w.tick;
    emit(w, { type: 'touch', agent: w.agents[i].id, x: w.ball[BX], y: w.ball[BY], speed });
    return;
  }
  holdAtFoot(w);
  if (kind === SHOT) {
    release(w, i, 'shot', k.dirX[i], k.dirY[i], speed, k.elevation[i]);
    const ev = emit(w, { type: 'shot', agent: w.agents[i].id, x: w.ball[BX], y: w.ball[BY], speed, to: { x: k.toX[i], y: k.toY[i] }, finish: k.finish[i]! });
    return judgeAtFrame(w, i, ev);
  }
  const mate = k.mate[i];
  release(w, i, 'pass', k.dirX[i], k.dirY[i], speed, 0);
  w.receiver = mate;
  const ev = emit(w, { type: 'pass', agent: w.agents[i].id, other: w.agents[mate].id, x: w.ball[BX], y: w.ball[BY], speed, to: { x: w.ball[BX] + k.dirX[i], y: w.ball[BY] + k.dirY[i] } });
  judgeAtFrame(w, i, ev);
}

/**
 * After every agent has thought: the kicks they intended. Only the player with the ball at their
 * feet can kick while thinking, so at most one applies, whatever the order of the list.
 */
export function applyIntents(w: World): void {
  for (let i = 0; i < w.n; i++) {
    if (w.intents.kind[i] === NO_KICK) continue;
    if (w.owner === i) applyKick(w, i);
    else w.intents.kind[i] = NO_KICK; // the ball is no longer theirs to play
  }
}
