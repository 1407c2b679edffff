import type { Team } from '../core/spec';
import { agentAt, ballAt, frameAt, type Trace } from '../core/trace';
import type { Metres } from '../core/units';

// The numbers of one recorded frame, read straight from the trace (no interpolation): what the
// inspector shows. Pure: the same trace and tick give the same facts, in Node and the browser.

/** Slower than this (m/s) has no meaningful heading. */
export const STANDING = 0.05;

export interface EntityFacts {
  id: string; // 'ball' for the ball
  label: string;
  team: Team | 'ball';
  x: Metres;
  y: Metres;
  z: Metres | null; // the ball's height; players have none
  vx: number; // m/s
  vy: number;
  speed: number; // m/s, over the ground
  headingDeg: number | null; // see headingDeg()
}

export interface MarginFacts {
  id: string;
  label: string;
  marginM: Metres; // x − line: positive is beyond the line, 0 level, negative behind
}

export interface FrameFacts {
  tick: number;
  t: number; // s
  ball: EntityFacts;
  agents: EntityFacts[];
  owner: string | null; // id of the player with the ball at their feet
  line: Metres | null; // the live offside line, when the drill plays offside
  margins: MarginFacts[]; // every attacker against the live line (empty without offside)
}

/**
 * Direction of motion in degrees: 0 towards the attacked goal line (+x), +90 towards y = width
 * (the attackers' left), −90 towards y = 0; in (−180, 180]. Null when standing.
 */
export function headingDeg(vx: number, vy: number): number | null {
  if (Math.hypot(vx, vy) < STANDING) return null;
  const d = (Math.atan2(vy, vx) * 180) / Math.PI;
  return d === -180 ? 180 : d;
}

/** The recorded frame at a whole tick (a fractional playhead is floored, clamped to the run). */
export function frameFacts(trace: Trace, tick: number): FrameFacts {
  const k = frameAt(trace, tick) / trace.stride;
  const b = ballAt(trace, k);
  const bvx = b.vx, bvy = b.vy;
  const ball: EntityFacts = {
    id: 'ball', label: 'Ball', team: 'ball', x: b.x, y: b.y, z: b.z, vx: bvx, vy: bvy,
    speed: Math.hypot(bvx, bvy), headingDeg: headingDeg(bvx, bvy),
  };
  const agents = trace.agents.map((a, i): EntityFacts => {
    const { x, y, vx, vy } = agentAt(trace, k, i);
    return { id: a.id, label: a.label, team: a.team, x, y, z: null, vx, vy, speed: Math.hypot(vx, vy), headingDeg: headingDeg(vx, vy) };
  });
  const w = trace.owner[k];
  const line = trace.offside ? trace.line[k] : null;
  const margins = line === null ? [] : agents.filter((a) => a.team === 'attack').map((a) => ({ id: a.id, label: a.label, marginM: a.x - line }));
  return { tick: k, t: k / trace.tickRate, ball, agents, owner: w >= 0 ? trace.agents[w].id : null, line, margins };
}

export interface PairDistance {
  a: string; // ids
  b: string;
  distanceM: Metres;
}

/** Distance between every two of the chosen entities ('ball' or agent ids), in the order given. */
export function pairDistances(facts: FrameFacts, ids: readonly string[]): PairDistance[] {
  const at = (id: string) => (id === 'ball' ? facts.ball : facts.agents.find((a) => a.id === id));
  const out: PairDistance[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const p = at(ids[i]), q = at(ids[j]);
      if (p && q) out.push({ a: ids[i], b: ids[j], distanceM: Math.hypot(p.x - q.x, p.y - q.y) });
    }
  }
  return out;
}

/** "+0.62 m beyond", "level", "1.30 m behind": an attacker against the live line. */
export function marginWords(m: Metres): string {
  if (Math.abs(m) < 0.005) return 'level';
  return m > 0 ? `${m.toFixed(2)} m beyond` : `${(-m).toFixed(2)} m behind`;
}

/** A heading for a table cell: "−35°", or "–" when standing. */
export function headingText(h: number | null): string {
  return h === null ? '–' : `${Math.round(h) === 0 ? 0 : Math.round(h)}°`;
}
