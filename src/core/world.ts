import { BALL_STATE } from './ball';
import type { DrillEvent, Outcome } from './events';
import { newWatch, type OffsideWatch } from './offside-watch';
import type { Pitch } from './pitch';
import type { Profile } from './profile';
import { createRng, type Rng } from './rng';
import type { AgentSpec, DrillSpec } from './spec';
import { frameStride } from './trace';
import type { Point, Seconds, Tick } from './units';
import { Woodwork } from './woodwork';
import { newInterceptCache } from './intercept-cache';

// The mutable state of one run, in flat arrays so that a tick allocates nothing.
export const ATTACK = 0, DEFENCE = 1, NEUTRAL = 2;
export const BRAIN_DEFENDER = 0, BRAIN_STRIKER = 1, BRAIN_KEEPER = 2, BRAIN_STAND = 3;

function brainOf(a: AgentSpec): number {
  const k = a.behaviour.kind;
  return k === 'striker' ? BRAIN_STRIKER : k === 'keeper' ? BRAIN_KEEPER : k === 'stand' ? BRAIN_STAND : BRAIN_DEFENDER;
}
export type PlayKind = 'none' | 'pass' | 'cross' | 'shot' | 'touch' | 'rebound' | 'clear';

export const TAIL_SECONDS = 0.6; // frames recorded after the outcome, to see it settle
export const PREDICT_SECONDS = 8;

export interface World {
  spec: DrillSpec;
  pitch: Pitch;
  n: number;
  dt: Seconds;
  tick: Tick;
  rng: Rng;
  agents: AgentSpec[];
  profiles: Profile[];
  team: Int8Array;
  keeper: Uint8Array; // 1 for goalkeepers
  brain: Uint8Array; // which brain thinks for each agent (BRAIN_*), read every tick
  reactTicks: Int32Array; // each agent's reaction time in ticks
  defenders: Int32Array; // indices of the defending team, for the offside line every tick
  moves: number; // counts the times positions change (steering, the ball), to know when a value read from them stands
  line: number; lineAt: number; // the live offside line, as of `moves` = lineAt
  defendingKeeper: number; // the keeper the attack shoots at, −1 none
  index: Map<string, number>;
  // kinematic state and the steering wish the brains set each tick
  px: Float64Array; py: Float64Array; vx: Float64Array; vy: Float64Array;
  tx: Float64Array; ty: Float64Array; pace: Float64Array; arrive: Uint8Array;
  // scripted runs: waypoints and progress
  path: (Point[] | null)[]; pathIdx: Int32Array; pathPace: Float64Array;
  runDone: Uint8Array;
  runAt: Int32Array; // tick of each agent's first scripted run (−1 none): a receiver is late until then
  lineX: Map<string, number>; // defensive line groups and their height
  picked: Int16Array; // zone defenders: the runner picked up (−1 none)
  recovering: Uint8Array; // recover defenders: 1 once they have set off after their pass
  // a receiver's chosen meeting point with the ball: where, at which tick, for which kick
  meetX: Float64Array; meetY: Float64Array; meetTick: Int32Array; meetKick: Int32Array;
  // ball
  ball: Float64Array; prevBall: Float64Array;
  owner: number; // at someone's feet (dribbling), −1 if free
  possessor: number; // who has the ball under control, even while it runs ahead of them
  kicker: number; kickTick: Tick; kickKind: PlayKind; kickTeam: number;
  receiver: number; // intended receiver of the last pass or cross, −1 none
  rounding: number; // striker going round the keeper: side (−1/1), 0 none
  carry: Float64Array; // per striker: metres inside their shooting range they carry the ball this run (from the seed)
  // prediction of the free ball from the last kick, [x, y, z] per tick from predFrom + 1
  pred: Float64Array; predFrom: Tick; predLen: number; scratch: Float64Array;
  icache: Float64Array; // players' last reading of the ball (see intercept.ts)
  offside: OffsideWatch; // the judgment of the attacking team's last play, while it stands
  woodwork: Woodwork;
  events: DrillEvent[];
  outcome: Outcome | null;
  endTick: Tick; // last tick to record
  tail: Seconds; // recorded after the outcome
  maxTicks: number;
  frames: Float64Array; owners: Int16Array; lines: Float64Array; stride: number;
}

/** Was the last play the attack's? A neutral server (the coach) plays for the attack. */
export function attackPlayed(w: World): boolean {
  return w.kickTeam === ATTACK || w.kickTeam === NEUTRAL;
}

export function teamCode(t: AgentSpec['team']): number {
  return t === 'attack' ? ATTACK : t === 'defence' ? DEFENCE : NEUTRAL;
}

function firstRunTick(spec: DrillSpec, id: string): number {
  let best = -1;
  for (const a of spec.actions) {
    if (a.kind !== 'run' || a.agent !== id) continue;
    const t = Math.round(a.at * spec.tickRate);
    if (best < 0 || t < best) best = t;
  }
  return best;
}

export function createWorld(spec: DrillSpec, seed: number): World {
  const n = spec.agents.length;
  const dt = 1 / spec.tickRate;
  const maxTicks = Math.ceil((spec.duration + TAIL_SECONDS) * spec.tickRate) + 2;
  const predSteps = Math.ceil(PREDICT_SECONDS * spec.tickRate);
  const stride = frameStride(n);
  const w: World = {
    spec, pitch: spec.pitch, n, dt, tick: 0, rng: createRng(seed),
    agents: spec.agents,
    profiles: spec.agents.map((a) => a.profile),
    team: Int8Array.from(spec.agents, (a) => teamCode(a.team)),
    keeper: Uint8Array.from(spec.agents, (a) => (a.role === 'goalkeeper' ? 1 : 0)),
    brain: Uint8Array.from(spec.agents, brainOf),
    reactTicks: Int32Array.from(spec.agents, (a) => Math.round(a.profile.reaction / dt)),
    moves: 0, line: 0, lineAt: -1,
    defenders: Int32Array.from(spec.agents.flatMap((a, i) => (teamCode(a.team) === DEFENCE ? [i] : []))),
    defendingKeeper: spec.agents.findIndex((a) => a.role === 'goalkeeper' && teamCode(a.team) === DEFENCE),
    index: new Map(spec.agents.map((a, i) => [a.id, i])),
    px: Float64Array.from(spec.agents, (a) => a.start.x),
    py: Float64Array.from(spec.agents, (a) => a.start.y),
    vx: new Float64Array(n), vy: new Float64Array(n),
    tx: Float64Array.from(spec.agents, (a) => a.start.x),
    ty: Float64Array.from(spec.agents, (a) => a.start.y),
    pace: new Float64Array(n), arrive: new Uint8Array(n).fill(1),
    path: spec.agents.map(() => null), pathIdx: new Int32Array(n), pathPace: new Float64Array(n),
    runDone: new Uint8Array(n),
    runAt: Int32Array.from(spec.agents, (a) => firstRunTick(spec, a.id)),
    lineX: new Map(),
    picked: new Int16Array(n).fill(-1),
    recovering: new Uint8Array(n),
    meetX: new Float64Array(n), meetY: new Float64Array(n), meetTick: new Int32Array(n), meetKick: new Int32Array(n).fill(-2),
    ball: new Float64Array(BALL_STATE), prevBall: new Float64Array(BALL_STATE),
    owner: -1, possessor: -1, kicker: -1, kickTick: -1, kickKind: 'none', kickTeam: -1,
    receiver: -1, rounding: 0, carry: new Float64Array(n).fill(-1),
    pred: new Float64Array(predSteps * 3), predFrom: -1, predLen: 0, scratch: new Float64Array(BALL_STATE),
    icache: newInterceptCache(n),
    offside: newWatch(),
    woodwork: new Woodwork(spec.pitch),
    events: [], outcome: null, endTick: maxTicks - 1, tail: TAIL_SECONDS, maxTicks,
    frames: new Float64Array(maxTicks * stride), owners: new Int16Array(maxTicks),
    lines: new Float64Array(maxTicks), stride,
  };
  for (const a of spec.agents) {
    if (a.behaviour.kind === 'line') w.lineX.set(a.behaviour.group, a.behaviour.x);
  }
  if (typeof spec.ballAt === 'string') {
    w.owner = w.possessor = w.index.get(spec.ballAt) ?? -1;
  } else {
    w.ball[0] = spec.ballAt.x;
    w.ball[1] = spec.ballAt.y;
  }
  return w;
}
