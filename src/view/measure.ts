import { timeToReach } from '../core/kinematics';
import type { Profile } from '../core/profile';
import { agentAt, ballAt, type Trace } from '../core/trace';
import type { Metres, Seconds } from '../core/units';

// Measuring on the pitch: two ends, each a player, the ball or a fixed point. Ends on a player
// or the ball follow them from frame to frame. For a player, the time to get to the other end by
// the sprint model (timeToReach with the player's own profile, from the speed carried now).

export type MeasureEnd =
  | { kind: 'agent'; index: number }
  | { kind: 'ball' }
  | { kind: 'point'; x: Metres; y: Metres };

export interface Reach {
  index: number; // agent
  seconds: Seconds;
}

export interface MeasureFacts {
  a: { x: Metres; y: Metres };
  b: { x: Metres; y: Metres };
  distanceM: Metres;
  reach: Reach[]; // one per player end that has a profile
}

/** Where an end is at a (whole) tick. */
export function endAt(trace: Trace, tick: number, end: MeasureEnd): { x: Metres; y: Metres; vx: number; vy: number } {
  if (end.kind === 'point') return { x: end.x, y: end.y, vx: 0, vy: 0 };
  if (end.kind === 'ball') {
    const b = ballAt(trace, tick);
    return { x: b.x, y: b.y, vx: b.vx, vy: b.vy };
  }
  return agentAt(trace, tick, end.index);
}

/**
 * What a click at a world point picks: the nearest player within `snapM`, else the ball within
 * `snapM`, else the point itself.
 */
export function pickEnd(trace: Trace, tick: number, x: Metres, y: Metres, snapM: Metres): MeasureEnd {
  let best = -1, bestD = snapM;
  for (let i = 0; i < trace.agents.length; i++) {
    const p = endAt(trace, tick, { kind: 'agent', index: i });
    const d = Math.hypot(p.x - x, p.y - y);
    if (d <= bestD) { best = i; bestD = d; }
  }
  if (best >= 0) return { kind: 'agent', index: best };
  const b = endAt(trace, tick, { kind: 'ball' });
  if (Math.hypot(b.x - x, b.y - y) <= snapM) return { kind: 'ball' };
  return { kind: 'point', x, y };
}

/** The measurement at a tick; `profileOf` gives a player's profile (undefined: no time shown). */
export function measureFacts(trace: Trace, tick: number, a: MeasureEnd, b: MeasureEnd, profileOf: (index: number) => Profile | undefined): MeasureFacts {
  const pa = endAt(trace, tick, a), pb = endAt(trace, tick, b);
  const reach: Reach[] = [];
  const add = (from: MeasureEnd, p: typeof pa, to: typeof pb) => {
    if (from.kind !== 'agent') return;
    const prof = profileOf(from.index);
    if (prof) reach.push({ index: from.index, seconds: timeToReach(p.x, p.y, p.vx, p.vy, to.x, to.y, prof) });
  };
  const same = a.kind === 'agent' && b.kind === 'agent' && a.index === b.index;
  if (!same) {
    add(a, pa, pb);
    add(b, pb, pa);
  }
  return { a: { x: pa.x, y: pa.y }, b: { x: pb.x, y: pb.y }, distanceM: Math.hypot(pb.x - pa.x, pb.y - pa.y), reach };
}

/** An end in words: "F", "the ball", "(95.0, 30.0)". */
export function endWords(trace: Trace, end: MeasureEnd): string {
  if (end.kind === 'agent') return trace.agents[end.index]?.label ?? '?';
  if (end.kind === 'ball') return 'the ball';
  return `(${end.x.toFixed(1)}, ${end.y.toFixed(1)})`;
}
