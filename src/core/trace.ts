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

/** Offset of agent i's record (x, y, vx, vy) in a flat frame buffer of the given stride. */
export function agentOffset(stride: number, tick: Tick, i: number): number {
  return tick * stride + BALL_FIELDS + AGENT_FIELDS * i;
}

export interface AgentState {
  x: Metres;
  y: Metres;
  vx: number; // m/s
  vy: number; // m/s
}

export interface BallState {
  x: Metres;
  y: Metres;
  z: Metres;
  vx: number; // m/s
  vy: number; // m/s
  vz: number; // m/s
}

/** Agent i at a whole tick (clamped to the recording), written into `out` (no allocation). */
export function agentAt(trace: Trace, tick: Tick, i: number, out: AgentState = { x: 0, y: 0, vx: 0, vy: 0 }): AgentState {
  const o = frameAt(trace, tick) + BALL_FIELDS + AGENT_FIELDS * i;
  const f = trace.frames;
  out.x = f[o]; out.y = f[o + 1]; out.vx = f[o + 2]; out.vy = f[o + 3];
  return out;
}

/** Agent i's x at a whole tick (clamped). */
export function agentX(trace: Trace, tick: Tick, i: number): Metres {
  return trace.frames[frameAt(trace, tick) + BALL_FIELDS + AGENT_FIELDS * i];
}

/** The ball at a whole tick (clamped), written into `out`. */
export function ballAt(trace: Trace, tick: Tick, out: BallState = { x: 0, y: 0, z: 0, vx: 0, vy: 0, vz: 0 }): BallState {
  const o = frameAt(trace, tick);
  const f = trace.frames;
  out.x = f[o]; out.y = f[o + 1]; out.z = f[o + 2]; out.vx = f[o + 3]; out.vy = f[o + 4]; out.vz = f[o + 5];
  return out;
}

/** Field `field` (0 x, 1 y, 2 vx, 3 vy) of agent i, linearly interpolated at a fractional tick. */
export function agentLerp(trace: Trace, tick: number, i: number, field: number): number {
  return lerpField(trace, tick, BALL_FIELDS + AGENT_FIELDS * i + field);
}

/** Field `field` (0 x, 1 y, 2 z, 3 vx, 4 vy, 5 vz) of the ball, interpolated at a fractional tick. */
export function ballLerp(trace: Trace, tick: number, field: number): number {
  return lerpField(trace, tick, field);
}

function lerpField(trace: Trace, tick: number, field: number): number {
  const t = Math.max(0, Math.min(trace.ticks - 1, tick));
  const k = Math.floor(t);
  const a = trace.frames[k * trace.stride + field];
  if (k + 1 >= trace.ticks) return a;
  const b = trace.frames[(k + 1) * trace.stride + field];
  return a + (b - a) * (t - k);
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
