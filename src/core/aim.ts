import { BX, BY, rollTime } from './ball';
import type { Action } from './spec';
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

export function aimPoint(w: World, a: Extract<Action, { kind: 'pass' | 'cross' | 'shot' }>): Point {
  const r = a.to.agent !== undefined ? w.index.get(a.to.agent) : undefined;
  if (r === undefined) {
    const p = a.to.point ?? { x: w.ball[BX], y: w.ball[BY] };
    return { x: p.x + a.to.lead.x, y: p.y + a.to.lead.y };
  }
  const run = a.kind === 'pass' ? expectedRun(w, r) : null;
  const out = { x: w.px[r] + a.to.lead.x, y: w.py[r] + a.to.lead.y };
  if (!run) return out;
  const v0 = len(w.vx[r], w.vy[r]);
  for (let k = 0; k < 3; k++) {
    const t = rollTime(len(out.x - w.ball[BX], out.y - w.ball[BY]), a.speed, w.dt, MAX_LEAD_TIME); // the ball model's own roll
    alongRun(w, r, run, runDistance(w, r, v0, t), out);
    out.x += a.to.lead.x;
    out.y += a.to.lead.y;
  }
  return out;
}
