import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BALL_STATE, predictBall, replaySlip } from '../../src/core/ball';
import { timeToReach } from '../../src/core/kinematics';
import { simulate } from '../../src/core/simulate';
import { AGENT_FIELDS, BALL_FIELDS, type Trace } from '../../src/core/trace';
import { flightAt, RaceModel } from '../../src/view/race';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill, type ParamValues } from '../../src/scenario/resolve';
import { differences } from '../../src/ui/panels/ghost';
import type { Replay } from '../../src/ui/state/replay';

// Who gets there first: while the ball travels, the earliest point of its free path each player
// can reach before it (the sprint model, their own profile), the winner and the margin.

function run(id: string, given: ParamValues = {}) {
  const s = parseScenario(readFileSync(`scenarios/${id}.json`, 'utf8'), id);
  const params = paramValues(s, given);
  const spec = resolveDrill(s, params);
  const trace = simulate(spec, s.seed ?? 1, { scenario: s.id, params });
  const profiles = trace.agents.map((a) => spec.agents.find((x) => x.id === a.id)!.profile);
  return { s, params, spec, trace, profiles, model: new RaceModel(trace, profiles) };
}

const playOf = (tr: Trace) => tr.events.find((e) => e.type === 'pass' || e.type === 'cross')!;

describe('the ball in flight', () => {
  it('is in flight from the pass until the next thing that happens to it, not before', () => {
    const { trace } = run('in-behind');
    const pass = playOf(trace);
    const next = trace.events.find((e) => e.tick > pass.tick && e.type !== 'run')!;
    expect(flightAt(trace, pass.tick - 1)).toBeNull();
    expect(flightAt(trace, pass.tick)?.play).toBe(pass);
    expect(flightAt(trace, next.tick - 1)?.end).toBe(next.tick);
    expect(flightAt(trace, next.tick)).toBeNull();
  });
});

describe('who gets there first', () => {
  it('gives each player the earliest reachable point of the ball\'s free path, earliest first', () => {
    const { trace, profiles, model } = run('in-behind');
    const k = playOf(trace).tick + 5;
    const race = model.at(k)!;
    expect(race.entries.length).toBeGreaterThan(2);
    // the path is the free ball predicted from the frame's ball state
    // (the recording keeps no spin: the slip is replayed from the pass, as the model does)
    const ball = new Float64Array(BALL_STATE), path = new Float64Array(race.path.length), scratch = new Float64Array(BALL_STATE);
    const read = (tick: number, out: Float64Array) => { for (let f = 0; f < BALL_FIELDS; f++) out[f] = trace.frames[tick * trace.stride + f]; };
    read(k, ball);
    replaySlip(ball, read, playOf(trace).tick, k, 1 / trace.tickRate, scratch);
    predictBall(ball, 1 / trace.tickRate, path.length / 3, path, scratch);
    expect(Array.from(race.path.subarray(0, race.steps * 3))).toEqual(Array.from(path.subarray(0, race.steps * 3)));
    for (let n = 0; n < race.steps; n++) { // cut where it would leave the pitch
      expect(path[n * 3]).toBeLessThanOrEqual(trace.pitch.length);
      expect(path[n * 3 + 1]).toBeGreaterThanOrEqual(0);
      expect(path[n * 3 + 1]).toBeLessThanOrEqual(trace.pitch.width);
    }
    const dt = 1 / trace.tickRate;
    for (const e of race.entries) {
      const q = k * trace.stride + BALL_FIELDS + AGENT_FIELDS * e.index;
      const [x, y, vx, vy] = [0, 1, 2, 3].map((d) => trace.frames[q + d]);
      const p = profiles[e.index];
      expect(e.need).toBeCloseTo(timeToReach(x, y, vx, vy, e.x, e.y, p), 12);
      expect(e.need).toBeLessThanOrEqual(e.t);
      // no earlier point of the path at a playable height is reachable in time
      const maxZ = trace.agents[e.index].role === 'goalkeeper' ? 2.7 : 2.0;
      for (let n = 0; n + 1 < Math.round(e.t / dt); n++) {
        if (path[n * 3 + 2] > maxZ) continue;
        expect(timeToReach(x, y, vx, vy, path[n * 3], path[n * 3 + 1], p), `${trace.agents[e.index].id} step ${n}`).toBeGreaterThan((n + 1) * dt);
      }
    }
    const ts = race.entries.map((e) => e.t);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
    expect(race.entries.some((e) => trace.agents[e.index].id === playOf(trace).agent)).toBe(false); // not the passer
  });

  it('the striker timed with the pass wins it; late, a defender does; the margin is the gap to the first rival', () => {
    const onTime = run('in-behind');
    const r1 = onTime.model.at(playOf(onTime.trace).tick)!;
    expect(onTime.trace.agents[r1.winner!.index].id).toBe('S');
    expect(onTime.trace.agents[r1.rival!.index].team).toBe('defence');
    expect(r1.marginS).toBeCloseTo(r1.rival!.t - r1.winner!.t, 12);
    expect(r1.marginS!).toBeGreaterThan(0);
    // 1 s late (the drill's lesson): by the time the ball is half way, a defender is first
    const late = run('in-behind', { runStart: 3 });
    const pass = playOf(late.trace);
    const end = flightAt(late.trace, pass.tick)!.end;
    const r2 = late.model.at(Math.round((pass.tick + end) / 2))!;
    expect(late.trace.agents[r2.winner!.index].team).toBe('defence');
  });

  it('nobody is in the race when the ball is not travelling', () => {
    const { trace, model } = run('through-pass');
    expect(model.at(0)).toBeNull();
    expect(model.at(trace.ticks - 1)).toBeNull();
  });
});

describe('ghost', () => {
  it('says how the pinned run differs from the one on screen', () => {
    const a = run('in-behind'), b = run('in-behind', { runStart: 1.5, passSpeed: 20 });
    const asRun = (x: ReturnType<typeof run>, seed: number): Replay => ({ from: x.s.id, drill: x.s, scenario: x.s, seed, params: x.params, spec: x.spec, trace: x.trace, plan: [], verdicts: [], cues: [], eventTicks: [], simMs: 0 });
    expect(differences(asRun(b, 11), asRun(a, 11))).toBe('run start 1.5 s, pass speed 20 m/s');
    expect(differences(asRun(a, 11), asRun(a, 11))).toBe('');
    expect(differences(asRun(a, 3), asRun(a, 11))).toBe('seed 3');
  });
});
