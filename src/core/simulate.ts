import { BALL_RADIUS, BVX, BVY, BX, BY, BZ } from './ball';
import { crossSpeed } from './cross-flight';
import { gather } from './behaviours/carry';
import { think } from './behaviours/registry';
import { hold } from './behaviours/steering';
import { createWorld } from './create-world';
import { applyIntents } from './intents';
import { liveLine } from './live-line';
import { aimAt } from './aim';
import { choose } from './choose';
import { steerAll } from './kinematics';
import { GOAL_HEIGHT, inGoalMouth } from './pitch';
import { emit, endWith, judge, placeAtFeet, release, repredict } from './plays';
import type { Action, DrillSpec } from './spec';
import { agentOffset, BALL_FIELDS, type Trace } from './trace';
import { resolveTouches } from './touches';
import { ATTACK, DEFENCE, ranksFirst, type World } from './world';
import { len } from './vec';

// The fixed-timestep loop: actions, behaviours think, kicks, kinematics, ball, touches, record.

function actionTick(w: World, a: Action): number {
  return Math.round(a.at / w.dt);
}

function doAction(w: World, a: Action): void {
  if (a.kind === 'line') {
    w.lineX.set(a.group, a.x);
    return;
  }
  const i = w.index.get(a.agent) ?? -1;
  if (a.kind === 'run') {
    w.path[i] = a.path;
    w.pathIdx[i] = 0;
    w.pathPace[i] = a.pace;
    w.runDone[i] = 0;
    emit(w, { type: 'run', agent: a.agent, x: w.px[i], y: w.py[i] });
    return;
  }
  if (w.outcome || !gather(w, i)) return; // no ball to play
  const pick = choose(w, a, i); // of several options, the one its rule picks now
  const aim = aimAt(w, a.kind, pick.to, a.speed, a.loft);
  const dx = aim.x - w.ball[BX], dy = aim.y - w.ball[BY];
  const judgment = w.team[i] !== DEFENCE ? judge(w, i, a.restart) : undefined;
  const elev = (a.loft * Math.PI) / 180;
  const speed = a.kind === 'cross' ? crossSpeed(w, len(dx, dy), elev) : a.speed;
  release(w, i, a.kind, dx, dy, speed, a.kind === 'pass' ? 0 : elev);
  w.receiver = pick.to.agent !== undefined ? w.index.get(pick.to.agent) ?? -1 : nearestStriker(w, aim.x, aim.y);
  // The intended receiver is named on the event even for a ball played to a spot.
  emit(w, {
    type: a.kind, agent: a.agent, ...(w.receiver >= 0 && a.kind !== 'shot' ? { other: w.agents[w.receiver].id } : {}),
    x: w.ball[BX], y: w.ball[BY], speed, to: { x: aim.x, y: aim.y }, ...(a.kind === 'shot' ? { finish: 'placed' as const } : {}), ...(a.restart ? { restart: a.restart } : {}), ...(judgment ? { judgment } : {}),
    ...(pick.chosen ? { chosen: pick.chosen } : {}),
  });
}

/** For a ball played to a spot: the team-mate striker nearest to it is the one meant to get there. */
function nearestStriker(w: World, x: number, y: number): number {
  let best = -1, bestD = Infinity;
  for (let j = 0; j < w.n; j++) {
    if (w.team[j] !== ATTACK || w.agents[j].behaviour.kind !== 'striker') continue;
    const d = len(w.px[j] - x, w.py[j] - y);
    if (d < bestD || (d === bestD && ranksFirst(w, j, best))) { best = j; bestD = d; }
  }
  return best;
}

function moveBall(w: World): void {
  w.prevBall.set(w.ball);
  if (w.owner >= 0) return placeAtFeet(w, w.owner);
  const hit = w.woodwork.advance(w.ball, w.dt);
  if (hit) {
    repredict(w);
    if (!w.outcome) {
      w.kickKind = 'rebound';
      emit(w, { type: 'rebound', x: w.ball[BX], y: w.ball[BY], by: hit });
    }
  }
  if (w.outcome?.result === 'goal' && w.ball[BX] > w.pitch.length + 1.5) {
    w.ball[BVX] = w.ball[BVY] = 0; // in the net
    w.ball[BX] = w.pitch.length + 1.5;
  }
  if (w.outcome) return;
  const L = w.pitch.length, W = w.pitch.width;
  const x = w.ball[BX], y = w.ball[BY];
  if (x > L + BALL_RADIUS) {
    const shot = w.kickKind === 'shot' || w.kickKind === 'rebound';
    if (inGoalMouth(w.pitch, w.prevBall[BY], Math.min(w.prevBall[BZ], w.ball[BZ]), BALL_RADIUS) && w.prevBall[BZ] < GOAL_HEIGHT) {
      emit(w, { type: 'goal', ...(w.kicker >= 0 ? { agent: w.agents[w.kicker].id } : {}), x, y });
      return endWith(w, 'goal', w.kicker >= 0 ? w.agents[w.kicker].id : undefined);
    }
    emit(w, { type: shot ? 'wide' : 'out', x, y });
    return endWith(w, shot ? 'wide' : 'out');
  }
  if (x < -BALL_RADIUS || y < -BALL_RADIUS || y > W + BALL_RADIUS) {
    emit(w, { type: 'out', x, y });
    endWith(w, 'out');
  }
}

function record(w: World): void {
  const o = w.tick * w.stride;
  const f = w.frames;
  for (let k = 0; k < BALL_FIELDS; k++) f[o + k] = w.ball[k];
  for (let i = 0; i < w.n; i++) {
    const a = agentOffset(w.stride, w.tick, i);
    f[a] = w.px[i];
    f[a + 1] = w.py[i];
    f[a + 2] = w.vx[i];
    f[a + 3] = w.vy[i];
  }
  w.owners[w.tick] = w.owner;
  w.lines[w.tick] = liveLine(w);
}

export function step(w: World, actions: Action[], cursor: number): number {
  while (cursor < actions.length && actionTick(w, actions[cursor]) <= w.tick) doAction(w, actions[cursor++]);
  for (let i = 0; i < w.n; i++) {
    if (w.outcome) hold(w, i);
    else think(w, i);
  }
  applyIntents(w); // kicks after all have thought: no agent sees another's kick before the tick is out
  steerAll(w, w.n, w.dt);
  moveBall(w);
  w.moves++; // players and ball have moved: what was read from their positions is stale
  if (!w.outcome) resolveTouches(w);
  return cursor;
}

export interface RunInfo {
  scenario: string;
  seed: number;
  params: Record<string, number>;
}

/** Simulate a drill from tick 0 to its outcome (plus a short tail) and return the recording. */
export interface SimulateOptions {
  /** Record the 0.6 s after the outcome, for the eye (default). Sweeps read only up to the outcome. */
  tail?: boolean;
}

export function simulate(
  spec: DrillSpec, seed: number, info: Omit<RunInfo, 'seed'> = { scenario: spec.id, params: {} }, opts: SimulateOptions = {},
): Trace {
  const w = createWorld(spec, seed);
  if (opts.tail === false) w.tail = 0;
  const actions = [...spec.actions].sort((a, b) => a.at - b.at);
  if (w.owner >= 0) placeAtFeet(w, w.owner);
  else repredict(w);
  record(w);
  const timeout = Math.round(spec.duration / w.dt);
  let cursor = 0;
  while (w.tick < w.endTick) {
    w.tick++;
    cursor = step(w, actions, cursor);
    if (!w.outcome && w.tick >= timeout) {
      // Time is up: a chance the keeper kept out was saved; anything else ran out of time.
      const save = w.events.findLast((e) => e.type === 'save');
      endWith(w, save ? 'saved' : 'timeout', save?.agent);
    }
    record(w);
  }
  emit(w, { type: 'end', x: w.ball[BX], y: w.ball[BY] });
  const ticks = w.tick + 1;
  return {
    scenario: info.scenario,
    seed,
    tickRate: spec.tickRate,
    ticks,
    params: info.params,
    pitch: spec.pitch,
    offside: spec.offside,
    ...(spec.endZone !== undefined ? { endZone: spec.endZone } : {}),
    agents: spec.agents.map((a) => ({ id: a.id, team: a.team, role: a.role, label: a.label })),
    stride: w.stride,
    frames: w.frames.slice(0, ticks * w.stride), // copies: a trace owns exactly its own frames
    owner: w.owners.slice(0, ticks),
    line: w.lines.slice(0, ticks),
    events: w.events,
    outcome: w.outcome!,
  };
}

