import { BALL_RADIUS, BALL_STATE, BX, BY } from './ball';
import { think } from './behaviours/registry';
import { separateBodies } from './bodies';
import { hold } from './behaviours/steering';
import { createWorld } from './create-world';
import { applyIntents } from './intents';
import { liveLine } from './live-line';
import { steerAll } from './kinematics';
import { crossedUnderBar, holdInNet } from './net';
import { emit, endWith, placeAtFeet, repredict, settleJudgment } from './plays';
import { runDueLines, skipLeftovers, watchTriggers } from './script';
import type { DrillSpec } from './spec';
import { AGENT_FIELDS, agentOffset, BALL_FIELDS, type Trace } from './trace';
import { obstructer } from './offside-vision';
import { pathPool } from './recording';
import { callOffside, resolveTouches } from './touches';
import type { World } from './world';

// The fixed-timestep loop: script lines, behaviours think, kicks, kinematics, ball, touches,
// triggers, record.

function moveBall(w: World): void {
  const prev = w.prevBall, ball = w.ball;
  for (let k = 0; k < BALL_STATE; k++) prev[k] = ball[k]; // a loop: set() is a builtin call, slower for 8 numbers
  if (w.heldAt === w.tick) return; // kicked this tick: it leaves the foot on the next
  if (w.owner >= 0) {
    placeAtFeet(w, w.owner);
    if (w.outcome) return;
  } else {
    const hit = w.woodwork.advance(w.ball, w.dt);
    if (hit) {
      repredict(w);
      if (!w.outcome) {
        w.kickKind = 'rebound';
        emit(w, { type: 'rebound', x: w.ball[BX], y: w.ball[BY], by: hit });
      }
    }
    if (w.outcome?.result === 'goal') holdInNet(w.pitch, w.ball); // in the net
    if (w.outcome) return;
  }
  // A ball carried at the feet goes out (or in) like any other: no dribbling on behind the goal.
  const L = w.pitch.length, W = w.pitch.width;
  const x = w.ball[BX], y = w.ball[BY];
  const carried = w.owner >= 0;
  if (x > L + BALL_RADIUS) {
    const shot = !carried && (w.kickKind === 'shot' || w.kickKind === 'rebound');
    const by = carried ? w.owner : w.kicker;
    if (carried) w.owner = -1; // it leaves his feet: the tail shows it run on
    if (crossedUnderBar(w.pitch, w.prevBall, w.ball)) { // wholly over the line, between the posts, under the bar
      emit(w, { type: 'goal', ...(by >= 0 ? { agent: w.agents[by].id } : {}), x, y });
      return endWith(w, 'goal', by >= 0 ? w.agents[by].id : undefined);
    }
    emit(w, { type: shot ? 'wide' : 'out', x, y });
    return endWith(w, shot ? 'wide' : 'out');
  }
  if (x < -BALL_RADIUS || y < -BALL_RADIUS || y > W + BALL_RADIUS) {
    if (carried) w.owner = -1;
    emit(w, { type: 'out', x, y });
    endWith(w, 'out');
  }
}

function record(w: World): void {
  const o = w.tick * w.stride;
  const f = w.frames, b = w.ball;
  for (let k = 0; k < BALL_FIELDS; k++) f[o + k] = b[k];
  // The agents' fields follow the ball's, AGENT_FIELDS each (trace.ts's agentOffset), walked here
  // with one running offset and the arrays read once: this runs every tick for every agent.
  const px = w.px, py = w.py, vx = w.vx, vy = w.vy;
  for (let i = 0, a = agentOffset(w.stride, w.tick, 0); i < w.n; i++, a += AGENT_FIELDS) {
    f[a] = px[i];
    f[a + 1] = py[i];
    f[a + 2] = vx[i];
    f[a + 3] = vy[i];
  }
  w.owners[w.tick] = w.owner;
  w.lines[w.tick] = liveLine(w);
}

export function step(w: World): void {
  w.afterMoves = false;
  runDueLines(w);
  for (let i = 0; i < w.n; i++) {
    if (w.outcome) hold(w, i);
    else think(w, i);
  }
  applyIntents(w); // kicks after all have thought: no agent sees another's kick before the tick is out
  steerAll(w, w.n, w.dt);
  separateBodies(w); // players' bodies never overlap (bodies.ts)
  moveBall(w);
  w.moves++; // players and ball have moved: what was read from their positions is stale
  w.afterMoves = true;
  settleJudgment(w); // a kick made before the move is judged on this tick's frame
  if (!w.outcome && w.heldAt !== w.tick) {
    const a = obstructer(w); // an attacker offside at the shot, hiding it from the keeper as it passes him
    if (a >= 0) callOffside(w, a, 'obstructed');
    else resolveTouches(w); // a ball held at the foot has not moved: no one else touches it
  }
  watchTriggers(w);
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
  for (let k = 0; k < 20 && !separateBodies(w); k++); // players placed on one spot start side by side
  if (opts.tail === false) w.tail = 0;
  if (w.owner >= 0) placeAtFeet(w, w.owner);
  else repredict(w);
  record(w);
  const timeout = Math.round(spec.duration / w.dt);
  while (w.tick < w.endTick) {
    w.tick++;
    step(w);
    if (!w.outcome && w.tick >= timeout) {
      // Time is up: a chance the keeper kept out was saved; anything else ran out of time.
      const save = w.events.findLast((e) => e.type === 'save');
      endWith(w, save ? 'saved' : 'timeout', save?.agent);
    }
    record(w);
  }
  skipLeftovers(w); // nothing the script asked for disappears without an event
  emit(w, { type: 'end', x: w.ball[BX], y: w.ball[BY] });
  const ticks = w.tick + 1;
  // The trace keeps the buffers the run recorded into (frames, owners, lines), up to its last
  // tick: one allocation each a run and no copy (copying into buffers of the exact length cost a
  // run another allocation each).
  const frames = w.frames.subarray(0, ticks * w.stride);
  pathPool.give(w.pred); // for the next run (recording.ts)
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
    frames,
    owner: w.owners.subarray(0, ticks),
    line: w.lines.subarray(0, ticks),
    events: w.events,
    outcome: w.outcome!,
  };
}

