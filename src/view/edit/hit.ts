import type { Point } from '../../core/units';

// What a pointer on the pitch is over, in metres: a run's point or the handle of a trigger's
// place (drawn on top) before a player, the nearest within the radius; and where a dragged thing
// lands with the 0.5 m snap.

export type Hit = { kind: 'point'; line: number; index: number } | { kind: 'zone'; line: number } | { kind: 'agent'; id: string } | null;

export interface Targets {
  agents: readonly { id: string; x: number; y: number }[];
  points: readonly { line: number; index: number; x: number; y: number }[];
  zones?: readonly { line: number; x: number; y: number }[]; // the handle of each "reaches a place" trigger's place (trigger-place.ts)
}

export function hitTest(t: Targets, at: Point, radiusM: number): Hit {
  let best: Hit = null, bestD = Infinity;
  const near = (x: number, y: number) => Math.hypot(x - at.x, y - at.y);
  for (const p of t.points) {
    const d = near(p.x, p.y);
    if (d <= radiusM * 0.8 && d < bestD) { best = { kind: 'point', line: p.line, index: p.index }; bestD = d; }
  }
  for (const z of t.zones ?? []) {
    const d = near(z.x, z.y);
    if (d <= radiusM * 0.8 && d < bestD) { best = { kind: 'zone', line: z.line }; bestD = d; }
  }
  if (best) return best;
  for (const a of t.agents) {
    const d = near(a.x, a.y);
    if (d <= radiusM && d < bestD) { best = { kind: 'agent', id: a.id }; bestD = d; }
  }
  return best;
}

export const SNAP_M = 0.5;

/** A place on the pitch as the file keeps it: to 0.5 m with the snap on, else to 1 cm. */
export function snapPoint(p: Point, snap: boolean, pitch: { length: number; width: number }): Point {
  const q = snap ? SNAP_M : 0.01;
  const r = (v: number) => Number((Math.round(v / q) * q).toFixed(2));
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  return { x: r(clamp(p.x, 0, pitch.length)), y: r(clamp(p.y, 0, pitch.width)) };
}
