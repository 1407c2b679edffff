import { agentLerp, ballLerp, type Trace } from '../core/trace';
import type { Metres, MetresPerSecond, Tick } from '../core/units';

// Reads a recorded trace at a fractional tick: linear interpolation between two recorded frames.
// Nothing here steps the world; the trace is the only source.

export interface BallSample {
  x: Metres;
  y: Metres;
  z: Metres;
}

export interface AgentSample {
  x: Metres;
  y: Metres;
  vx: MetresPerSecond;
  vy: MetresPerSecond;
}

/** Clamp a playhead to the recording. */
export function clampTick(trace: Trace, tick: number): number {
  return Math.max(0, Math.min(trace.ticks - 1, tick));
}

export function sampleBall(trace: Trace, tick: number, out: BallSample): BallSample {
  out.x = ballLerp(trace, tick, 0);
  out.y = ballLerp(trace, tick, 1);
  out.z = ballLerp(trace, tick, 2);
  return out;
}

export function sampleAgent(trace: Trace, tick: number, i: number, out: AgentSample): AgentSample {
  out.x = agentLerp(trace, tick, i, 0);
  out.y = agentLerp(trace, tick, i, 1);
  out.vx = agentLerp(trace, tick, i, 2);
  out.vy = agentLerp(trace, tick, i, 3);
  return out;
}

/** The live offside line at a fractional tick (m). */
export function sampleLine(trace: Trace, tick: number): Metres {
  const t = clampTick(trace, tick);
  const k = Math.floor(t);
  const a = trace.line[k];
  return k + 1 < trace.ticks ? a + (trace.line[k + 1] - a) * (t - k) : a;
}

/** Recorded (whole) tick nearest below a playhead. */
export function wholeTick(trace: Trace, tick: number): Tick {
  return Math.floor(clampTick(trace, tick));
}
