import type { DrillEvent, FinishKind, Outcome } from './events';
import type { Restart } from './offside';
import type { OffsideWatch } from './offside-watch';
import type { Pitch } from './pitch';
import type { Profile } from './profile';
import type { Rng } from './rng';
import type { ScriptState } from './script-state';
import type { AgentSpec, DrillSpec } from './spec';
import type { Metres, Point, Seconds, Tick } from './units';
import type { Woodwork } from './woodwork';

// The mutable state of one run, in flat arrays so that a tick allocates nothing.
export const ATTACK = 0, DEFENCE = 1, NEUTRAL = 2;
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
  brain: Uint8Array; // each agent's behaviour, by its number in behaviours/registry.ts, read every tick
  memory: Float64Array; // what each agent's behaviour keeps between ticks, MEMORY_SLOTS per agent (see behaviours/)
  reactTicks: Int32Array; // each agent's reaction time in ticks
  defenders: Int32Array; // indices of the defending team, for the offside line every tick
  moves: number; // counts the times positions change (steering, the ball), to know when a value read from them stands
  line: number; lineAt: number; // the live offside line, as of `moves` = lineAt
  defendingKeeper: number; // the keeper the attack shoots at, −1 none
  index: Map<string, number>;
  // kinematic state and the steering wish the behaviours set each tick
  px: Float64Array; py: Float64Array; vx: Float64Array; vy: Float64Array;
  tx: Float64Array; ty: Float64Array; pace: Float64Array; arrive: Uint8Array;
  // scripted runs: waypoints and progress
  path: (Point[] | null)[]; pathIdx: Int32Array; pathPace: Float64Array;
  runDone: Uint8Array;
  runSeen: (Point[] | null)[]; dribble: Uint8Array; // the run last looked at, and whether it was given with the ball (carry.ts)
  dribbleAt: Int32Array; // tick the last dribble was given (−1 none): the carrier setting off, a move the defence answers
  runAt: Int32Array; // tick of each agent's first scripted run (−1 none): a receiver is late until then
  lineX: Float64Array; // the height (x, m) of each agent's defensive line group, read by him every tick; NaN for an agent in none
  script: ScriptState; // the drill's script lines: when each is due, and whether it was played
  // a receiver's chosen meeting point with the ball: where, at which tick, for which kick
  meetX: Float64Array; meetY: Float64Array; meetTick: Int32Array; meetKick: Int32Array;
  // ball
  ball: Float64Array; prevBall: Float64Array;
  owner: number; // at someone's feet (dribbling), −1 if free
  possessor: number; // who has the ball under control, even while it runs ahead of them
  kicker: number; kickTick: Tick; kickKind: PlayKind; kickTeam: number;
  parryTick: Tick; // the keeper's last parry (−1 none): a shot at him soon after is smothered
  toucher: number; touchTick: Tick; // the last defender the free ball ran off (a block, deflection, miscontrol), −1 none
  playTick: Tick; // the attack's first play of the ball (−1 none yet): the defence is alive to the play from then on
  carryTick: Tick; // the last touch ahead of a dribble (−1 none): the carrier meets the ball again only after it has run
  intents: Intents; // kicks stated while thinking, applied once all have thought
  // The judgment frame (Law 11): a play is judged on the frame recorded for its tick, everyone
  // where they stand after that tick's move. A kick made before the move (a script line, an
  // intent) holds the ball at the foot for the tick (heldAt) and is judged once all have moved.
  afterMoves: boolean; // this tick's players and ball have moved
  heldAt: Tick; // tick of a kick made before the move: the ball leaves the foot on the next tick
  judgeFor: number; judgeRestart: Restart | undefined; judgeEvent: DrillEvent | null; // a judgment owed at the frame
  receiver: number; // intended receiver of the last pass or cross, −1 none
  rounding: number; // striker going round the keeper: side (−1/1), 0 none
  // prediction of the free ball from the last kick, [x, y, z] per tick from predFrom + 1
  pred: Float64Array; predFrom: Tick; predLen: number; scratch: Float64Array;
  bodiesFree: number; // calls to separateBodies that surely find no two bodies overlapping (bodies.ts)
  bodiesClose: Metres; // the most two players can close in one tick (bodies.ts)
  predStep: Metres; // the most the predicted ball moves sideways (x, y) in one tick, over the whole path
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

/** Kicks the agents mean to play this tick, per agent, cleared as they are applied (see intents.ts). */
export interface Intents {
  kind: Uint8Array; // NO_KICK, PASS, SHOT or TOUCH
  dirX: Float64Array; dirY: Float64Array; // direction of the kick from the ball
  toX: Float64Array; toY: Float64Array; // where it is aimed (for the event)
  speed: Float64Array; // m/s
  elevation: Float64Array; // radians
  mate: Int32Array; // the receiver of a pass
  finish: (FinishKind | null)[]; // the finish of a shot
}

/**
 * Of two agents equally placed (as near, as early), the one that goes first: by id, never by
 * place in the file, so that no run depends on the order the agents are listed in.
 */
export function ranksFirst(w: World, a: number, b: number): boolean {
  return b < 0 || w.agents[a].id < w.agents[b].id;
}

/** Was the last play the attack's? A neutral server (the coach) plays for the attack. */
export function attackPlayed(w: World): boolean {
  return w.kickTeam === ATTACK || w.kickTeam === NEUTRAL;
}

export function teamCode(t: AgentSpec['team']): number {
  return t === 'attack' ? ATTACK : t === 'defence' ? DEFENCE : NEUTRAL;
}

/**
 * Every player of the defensive line group `group` (behaviour line or pass-on) holds height x:
 * set by the drill's start, player by player in file order (so the last of a group gives its
 * height), and by the script's line steps.
 */
export function setLineHeight(w: World, group: string, x: Metres): void {
  for (let j = 0; j < w.n; j++) {
    const b = w.agents[j].behaviour;
    if ((b.kind === 'line' || b.kind === 'pass-on') && b.group === group) w.lineX[j] = x;
  }
}
