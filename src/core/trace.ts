import type { DrillEvent, Outcome } from './events';
import type { Pitch } from './pitch';
import type { Role } from './profile';
import type { Team } from './spec';
import type { Hertz, Metres, Tick } from './units';

// A run is a recording: every frame in flat typed arrays (instant seek) plus the events.
// Frame layout, per tick: ball [x, y, z, vx, vy, vz], then per agent [x, y, vx, vy].
export const BALL_FIELDS = 6;
export const AGENT_FIELDS = 4;
export const TRACE_FORMAT = 'onside-trace';
export const TRACE_VERSION = 1;

export interface TraceAgent {
  id: string;
  team: Team;
  role: Role;
  label: string;
}

export interface Trace {
  scenario: string;
  seed: number;
  tickRate: Hertz;
  ticks: number; // number of recorded frames (tick 0 … ticks − 1)
  params: Record<string, number>;
  pitch: Pitch;
  offside: boolean;
  endZone?: Metres; // the end-zone game's zone depth, when that rule replaces Law 11
  agents: TraceAgent[];
  stride: number; // numbers per frame
  frames: Float64Array; // ticks × stride
  owner: Int16Array; // per tick: index of the agent with the ball at their feet, −1 if free
  line: Float64Array; // per tick: the live offside line against the attackers (x, m)
  events: DrillEvent[];
  outcome: Outcome;
}

export function frameStride(agentCount: number): number {
  return BALL_FIELDS + AGENT_FIELDS * agentCount;
}

/** Offset of a tick's frame in trace.frames, clamped to the recording. */
export function frameAt(trace: Trace, tick: Tick): number {
  const k = Math.max(0, Math.min(trace.ticks - 1, Math.floor(tick)));
  return k * trace.stride;
}

/**
 * A fingerprint of every recorded number (FNV-1a over the frames' bytes, as 8 hex digits): two
 * runs with the same digest recorded the same bits, which is how Node and the browser are
 * compared without shipping whole traces between them.
 */
export function framesDigest(trace: Pick<Trace, 'frames'>): string {
  const bytes = new Uint8Array(trace.frames.buffer, trace.frames.byteOffset, trace.frames.byteLength);
  let h = 0x811c9dc5;
  for (let k = 0; k < bytes.length; k++) h = Math.imul(h ^ bytes[k], 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
