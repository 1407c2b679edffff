import { BALL_STATE, predictBall, replaySlip } from '../core/ball';
import type { DrillEvent } from '../core/events';
import { timeToReach } from '../core/kinematics';
import type { Profile } from '../core/profile';
import { agentAt, ballAt, type AgentState, type BallState, type Trace } from '../core/trace';
import type { Metres, Seconds, Tick } from '../core/units';

// Who gets there first, pure: while the ball travels (from a pass or cross to the next thing
// that happens to it), the ball's free path from the shown frame until it would leave the pitch,
// and for every player the earliest point on it they can reach before the ball does (timeToReach,
// the sprint model, from where they are and how they are moving, with their own profile). The
// winner is the earliest; their margin is how much later the ball reaches the first opponent who
// can meet it.

const PLAYS: ReadonlySet<DrillEvent['type']> = new Set(['pass', 'cross']);
const OUTFIELD_MAX_Z: Metres = 2.0; // a header (the height the defenders chase a ball at)
const KEEPER_MAX_Z: Metres = 2.7; // hands, with a jump (as the engine's keeper)
const HORIZON: Seconds = 6; // how far ahead the path is followed

export interface RaceEntry {
  index: number; // agent
  x: Metres; // where they meet the ball
  y: Metres;
  z: Metres;
  t: Seconds; // when the ball gets there, from the shown frame
  need: Seconds; // how long the player needs to get there
}

export interface Race {
  tick: Tick;
  play: DrillEvent; // the pass or cross in flight
  path: Float64Array; // the free ball's path from the frame: x, y, z per tick
  steps: number;
  entries: RaceEntry[]; // players who can meet it, earliest first
  winner: RaceEntry | null;
  /** The first opponent of the winner who can meet the ball (null: none can). */
  rival: RaceEntry | null;
  /** rival.t − winner.t (s, ≥ 0): how much sooner the winner has it; null without a rival. */
  marginS: Seconds | null;
}

/** The pass or cross in flight at a tick, and the tick its flight ends (the next thing that
 *  happens to the ball: a touch, the flag, a save, the woodwork, the end). */
export function flightAt(trace: Trace, tick: Tick): { play: DrillEvent; end: Tick } | null {
  let play: DrillEvent | undefined;
  for (const e of trace.events) {
    if (e.tick > tick) break;
    if (PLAYS.has(e.type)) play = e;
  }
  if (!play) return null;
  const next = trace.events.find((e) => e.tick > play!.tick && e.type !== 'run');
  const end = next ? next.tick : trace.ticks - 1;
  return tick < end ? { play, end } : null;
}

/** Reads the players' state and the ball at a whole tick into flat arrays (no allocation per call). */
export class RaceModel {
  private readonly ball = new Float64Array(BALL_STATE);
  private readonly scratch = new Float64Array(BALL_STATE);
  private readonly path: Float64Array;
  private readonly ballState: BallState = { x: 0, y: 0, z: 0, vx: 0, vy: 0, vz: 0 };
  private readonly agentState: AgentState = { x: 0, y: 0, vx: 0, vy: 0 };

  /** The recorded ball at a tick into out[0..5] (x, y, z, vx, vy, vz). */
  private readonly readBall = (tick: Tick, out: Float64Array): void => {
    const b = ballAt(this.trace, tick, this.ballState);
    out[0] = b.x; out[1] = b.y; out[2] = b.z; out[3] = b.vx; out[4] = b.vy; out[5] = b.vz;
  };

  constructor(private readonly trace: Trace, private readonly profiles: readonly (Profile | undefined)[]) {
    this.path = new Float64Array(Math.ceil(HORIZON * trace.tickRate) * 3);
  }

  at(tick: Tick): Race | null {
    const tr = this.trace;
    const k = Math.max(0, Math.min(tr.ticks - 1, Math.floor(tick)));
    const flight = flightAt(tr, k);
    if (!flight) return null;
    const b = ballAt(tr, k, this.ballState);
    this.ball[0] = b.x; this.ball[1] = b.y; this.ball[2] = b.z; this.ball[3] = b.vx; this.ball[4] = b.vy; this.ball[5] = b.vz;
    // The recording has no spin: replay it from the play (a skidding ball and a rolling one differ).
    replaySlip(this.ball, this.readBall, flight.play.tick, k, 1 / tr.tickRate, this.scratch);
    const steps = this.onPitch(predictBall(this.ball, 1 / tr.tickRate, this.path.length / 3, this.path, this.scratch));
    const entries: RaceEntry[] = [];
    for (let i = 0; i < tr.agents.length; i++) {
      const a = tr.agents[i], p = this.profiles[i];
      if (!p || a.role === 'server' || a.id === flight.play.agent) continue;
      const e = this.meet(k, i, p, a.role === 'goalkeeper' ? KEEPER_MAX_Z : OUTFIELD_MAX_Z, steps);
      if (e) entries.push(e);
    }
    entries.sort((a, b) => a.t - b.t || a.need - b.need);
    const winner = entries[0] ?? null;
    const team = winner ? tr.agents[winner.index].team : null;
    const rival = entries.find((e) => tr.agents[e.index].team !== team) ?? null;
    return { tick: k, play: flight.play, path: this.path, steps, entries, winner, rival, marginS: winner && rival ? rival.t - winner.t : null };
  }

  /** The path's steps up to where the ball would leave the pitch (out of play: nobody's ball). */
  private onPitch(steps: number): number {
    const { length, width } = this.trace.pitch;
    for (let n = 0; n < steps; n++) {
      const x = this.path[n * 3], y = this.path[n * 3 + 1];
      if (x < 0 || x > length || y < 0 || y > width) return n;
    }
    return steps;
  }

  /** The earliest step of the path player i reaches before the ball, at a height they can play. */
  private meet(tick: Tick, i: number, p: Profile, maxZ: Metres, steps: number): RaceEntry | null {
    const { x, y, vx, vy } = agentAt(this.trace, tick, i, this.agentState);
    const dt = 1 / this.trace.tickRate;
    for (let n = 0; n < steps; n++) {
      const bx = this.path[n * 3], by = this.path[n * 3 + 1], bz = this.path[n * 3 + 2];
      if (bz > maxZ) continue;
      const t = (n + 1) * dt;
      if (Math.hypot(bx - x, by - y) > t * p.maxSpeed + 1e-9) continue; // cannot be there yet at top speed
      const need = timeToReach(x, y, vx, vy, bx, by, p);
      if (need <= t) return { index: i, x: bx, y: by, z: bz, t, need };
    }
    return null;
  }
}
