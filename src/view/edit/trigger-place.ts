import type { DrillSpec, Zone } from '../../core/spec';
import type { Point } from '../../core/units';
import type { ScenarioFile, TriggerIn, ZoneIn } from '../../scenario/types';
import type { EditOp } from './ops';

// "When a player or the ball reaches a place": the place's handle on the pitch (on its near edge,
// so that it is not the run's point the place often sits on), the edit that moves the place by
// it, and the trigger a line gets when the coach picks that kind.

const DEFAULT_R = 3; // m: a circle a runner is plainly in or not

/** The places the drill's "reaches a place" triggers wait for, resolved, with their lines' places in the file. */
export function triggerPlaces(spec: DrillSpec): { line: number; zone: Zone }[] {
  return spec.actions.flatMap((a, k) => (a.on?.kind === 'reach' ? [{ line: a.index ?? k, zone: a.on.zone }] : []));
}

/** A place's handle, in metres: the top of a circle, the middle of a rectangle's top side. */
export function zoneHandle(z: Zone): Point {
  return z.kind === 'circle' ? { x: z.x, y: z.y - z.r } : { x: (z.x0 + z.x1) / 2, y: Math.min(z.y0, z.y1) };
}

const cm = (v: number) => Number(v.toFixed(2));

/**
 * The edit that moves line `line`'s place so that its handle is at `to`, its size kept; null when
 * the line waits for no place, or the place is given by expressions (the inspector edits those).
 */
export function moveZoneOp(f: ScenarioFile, line: number, to: Point): EditOp | null {
  const at = f.script[line]?.at;
  if (!at || typeof at !== 'object' || !('reaches' in at)) return null;
  const z: ZoneIn = at.reaches;
  const path = ['script', line, 'at', 'reaches'];
  if ('r' in z) {
    if (typeof z.x !== 'number' || typeof z.y !== 'number' || typeof z.r !== 'number') return null;
    return { op: 'set', path, value: { ...z, x: to.x, y: cm(to.y + z.r) } };
  }
  const [x0, x1] = z.x, [y0, y1] = z.y;
  if (typeof x0 !== 'number' || typeof x1 !== 'number' || typeof y0 !== 'number' || typeof y1 !== 'number') return null;
  const hx = (x1 - x0) / 2, dy = to.y - Math.min(y0, y1);
  return { op: 'set', path, value: { x: [cm(to.x - hx), cm(to.x + hx)], y: [cm(y0 + dy), cm(y1 + dy)] } };
}

/**
 * A first "reaches a place" trigger for line i, to be moved on the pitch: another attacker with a
 * run reaching the end of it (the pass played as the runner gets there), else the ball reaching
 * a circle 10 m beyond the line's player.
 */
export function defaultReach(f: ScenarioFile, i: number): TriggerIn {
  const line = f.script[i];
  const own = line && 'agent' in line ? line.agent : undefined;
  for (const l of f.script) {
    if (l.do !== 'run' || l.agent === own) continue;
    const end = l.path[l.path.length - 1];
    if (typeof end?.x === 'number' && typeof end.y === 'number') return { when: l.agent, reaches: { x: end.x, y: end.y, r: DEFAULT_R } };
  }
  const a = f.agents.find((x) => x.id === own) ?? f.agents[0];
  const x = typeof a?.start.x === 'number' ? a.start.x : 52.5, y = typeof a?.start.y === 'number' ? a.start.y : 34;
  return { when: 'ball', reaches: { x: cm(Math.min(x + 10, 105)), y, r: DEFAULT_R } };
}
