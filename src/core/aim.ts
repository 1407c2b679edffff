import { BX, BY, rollTime } from './ball';
import { crossSpeed, flightTime } from './cross-flight';
import type { Action, Target } from './spec';
import type { Point } from './units';
import type { World } from './world';
import { len } from './vec';
import { exp, log } from './detmath';

// Where a pass is played: into the path of the receiver's run, where they will be when it arrives.
const MAX_LEAD_TIME = 3; // s: no pass is aimed further into the future than this

/** Metres a player at speed v0 covers in t seconds by the sprint model. */
function runDistance(w: World, r: number, v0: number, t: number): number {
  const p = w.profiles[r];
  const tau = p.maxSpeed / p.accel;
  const t0 = -tau * log(1 - Math.min(v0, p.maxSpeed * 0.999) / p.maxSpeed);
  const X = (s: number) => p.maxSpeed * (s - tau * (1 - exp(-s / tau)));
  return X(t0 + t) - X(t0);
}

/** The run the passer expects: the one under way, or the receiver's scripted run to come. */
function expectedRun(w: World, r: number): { path: Point[]; from: number } | null {
  const under = w.path[r];
  if (under && !w.runDone[r]) return { path: under, from: w.pathIdx[r] };
  const id = w.agents[r].id;
  const next = w.spec.actions.find((a) => a.kind === 'run' && a.agent === id && Math.round(a.at / w.dt) >= w.tick);
  return next && next.kind === 'run' ? { path: next.path, from: 0 } : null;
}

/** Walk `dist` metres from the receiver along the run's waypoints. */
function alongRun(w: World, r: number, run: { path: Point[]; from: number }, dist: number, out: Point): void {
  let x = w.px[r], y = w.py[r];
  for (let k = run.from; k < run.path.length; k++) {
    const seg = len(run.path[k].x - x, run.path[k].y - y);
    if (seg >= dist) {
      out.x = x + ((run.path[k].x - x) / seg) * dist;
      out.y = y + ((run.path[k].y - y) / seg) * dist;
      return;
    }
    dist -= seg;
    x = run.path[k].x;
    y = run.path[k].y;
  }
  out.x = x;
  out.y = y;
}

/** Seconds for the ball to reach a place d metres away: rolled (pass, shot) or flown (cross). */
export function ballTime(w: World, kind: Action['kind'], d: number, speed: number, loftDeg: number): number {
  if (kind !== 'cross') return rollTime(d, speed, w.dt, MAX_LEAD_TIME); // the ball model's own roll
  const elev = (loftDeg * Math.PI) / 180;
  return flightTime(w, d, crossSpeed(w, d, elev), elev);
}

/**
 * Where a play to `to` is aimed: a point plus lead; or, for an agent, where his run takes him by
 * the time the ball gets there (his scripted run, under way or to come; else his present motion),
 * plus lead.
 */
export function aimAt(w: World, kind: Action['kind'], to: Target, speed: number, loftDeg: number): Point {
  const r = to.agent !== undefined ? w.index.get(to.agent) : undefined;
  if (r === undefined) {
    const p = to.point ?? { x: w.ball[BX], y: w.ball[BY] };
    return { x: p.x + to.lead.x, y: p.y + to.lead.y };
  }
  const out = { x: w.px[r] + to.lead.x, y: w.py[r] + to.lead.y };
  if (kind === 'shot') return out;
  const run = expectedRun(w, r);
  const moving = len(w.vx[r], w.vy[r]) > 0.5;
  if (!run && !moving) return out;
  const v0 = len(w.vx[r], w.vy[r]);
  for (let k = 0; k < 3; k++) {
    const t = ballTime(w, kind, len(out.x - w.ball[BX], out.y - w.ball[BY]), speed, loftDeg);
    if (run) alongRun(w, r, run, runDistance(w, r, v0, t), out);
    else {
      out.x = w.px[r] + w.vx[r] * t;
      out.y = w.py[r] + w.vy[r] * t;
    }
    out.x += to.lead.x;
    out.y += to.lead.y;
  }
  return out;
}
