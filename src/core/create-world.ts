import { BALL_STATE } from './ball';
import { closingPerTick } from './bodies';
import { MEMORY_SLOTS } from './behaviours/behaviour';
import { behaviourCode, startMemory } from './behaviours/registry';
import { newIntents } from './intents';
import { engineProfile } from './profile';
import { pathPool } from './recording';
import { newInterceptCache } from './intercept-cache';
import { newWatch } from './offside-watch';
import { createRng } from './rng';
import { newScript } from './script-state';
import type { DrillSpec } from './spec';
import { frameStride } from './trace';
import { Woodwork } from './woodwork';
import { DEFENCE, PREDICT_SECONDS, setLineHeight, TAIL_SECONDS, teamCode, type World } from './world';

// A new run's world: everything at its start, each agent's behaviour by number.

/** Tick of an agent's first run by the clock; −1 none; never (2³¹ − 1) if his runs wait on triggers. */
function firstRunTick(spec: DrillSpec, id: string): number {
  let best = -1;
  for (const a of spec.actions) {
    if (a.kind !== 'run' || a.agent !== id) continue;
    const t = a.on ? 0x7fffffff : Math.round(a.at * spec.tickRate);
    if (best < 0 || t < best) best = t;
  }
  return best;
}

/** The keeper the attack shoots at: the defending goalkeeper, the first by id if a drill has two; −1 none. */
function defendingKeeperOf(spec: DrillSpec): number {
  let best = -1;
  spec.agents.forEach((a, i) => {
    if (a.role === 'goalkeeper' && teamCode(a.team) === DEFENCE && (best < 0 || a.id < spec.agents[best].id)) best = i;
  });
  return best;
}

/** Indices of the defending team, in file order. */
function defendersOf(spec: DrillSpec): Int32Array {
  let m = 0;
  for (const a of spec.agents) if (teamCode(a.team) === DEFENCE) m++;
  const d = new Int32Array(m);
  m = 0;
  spec.agents.forEach((a, i) => {
    if (teamCode(a.team) === DEFENCE) d[m++] = i;
  });
  return d;
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
    profiles: spec.agents.map((a) => engineProfile(a.profile)), // unboxed doubles (profile.ts)
    team: new Int8Array(n), keeper: new Uint8Array(n), brain: new Uint8Array(n), // per agent: filled below
    memory: new Float64Array(n * MEMORY_SLOTS),
    reactTicks: new Int32Array(n),
    moves: 0, line: 0, lineAt: -1,
    defenders: defendersOf(spec),
    defendingKeeper: defendingKeeperOf(spec),
    index: new Map(spec.agents.map((a, i) => [a.id, i])),
    px: new Float64Array(n), py: new Float64Array(n),
    vx: new Float64Array(n), vy: new Float64Array(n),
    tx: new Float64Array(n), ty: new Float64Array(n),
    pace: new Float64Array(n), arrive: new Uint8Array(n).fill(1),
    path: spec.agents.map(() => null), pathIdx: new Int32Array(n), pathPace: new Float64Array(n),
    runDone: new Uint8Array(n),
    runSeen: spec.agents.map(() => null), dribble: new Uint8Array(n), dribbleAt: new Int32Array(n).fill(-1),
    runAt: new Int32Array(n),
    lineX: new Float64Array(n).fill(NaN), script: newScript(spec),
    meetX: new Float64Array(n), meetY: new Float64Array(n), meetTick: new Int32Array(n), meetKick: new Int32Array(n).fill(-2),
    ball: new Float64Array(BALL_STATE), prevBall: new Float64Array(BALL_STATE),
    owner: -1, possessor: -1, kicker: -1, kickTick: -1, kickKind: 'none', kickTeam: -1, carryTick: -1, playTick: -1,
    toucher: -1, touchTick: -1, parryTick: -1,
    intents: newIntents(n), receiver: -1, rounding: 0,
    afterMoves: false, heldAt: -1, judgeFor: -1, judgeRestart: undefined, judgeEvent: null,
    pred: pathPool.take(predSteps * 3), predFrom: -1, predLen: 0, predStep: 0, bodiesFree: 0, bodiesClose: 0, scratch: new Float64Array(BALL_STATE),
    icache: newInterceptCache(n),
    offside: newWatch(),
    woodwork: new Woodwork(spec.pitch),
    events: [], outcome: null, endTick: maxTicks - 1, tail: TAIL_SECONDS, maxTicks,
    frames: new Float64Array(maxTicks * stride), owners: new Int16Array(maxTicks), // the trace keeps frames (simulate.ts)
    lines: new Float64Array(maxTicks), stride,
  };
  // One pass over the agents (typed arrays' `from` with a mapping function cost more than the rest).
  for (let i = 0; i < n; i++) {
    const a = spec.agents[i];
    w.team[i] = teamCode(a.team);
    w.keeper[i] = a.role === 'goalkeeper' ? 1 : 0;
    w.brain[i] = behaviourCode(a.behaviour.kind);
    w.reactTicks[i] = Math.round(a.profile.reaction / dt);
    w.px[i] = w.tx[i] = a.start.x;
    w.py[i] = w.ty[i] = a.start.y;
    w.runAt[i] = firstRunTick(spec, a.id);
    startMemory(w.memory, i, w.brain[i]);
  }
  for (const a of spec.agents) if (a.behaviour.kind === 'line' || a.behaviour.kind === 'pass-on') setLineHeight(w, a.behaviour.group, a.behaviour.x);
  w.bodiesClose = closingPerTick(w.profiles, dt);
  if (typeof spec.ballAt === 'string') {
    w.owner = w.possessor = w.index.get(spec.ballAt) ?? -1;
  } else {
    w.ball[0] = spec.ballAt.x;
    w.ball[1] = spec.ballAt.y;
  }
  return w;
}
