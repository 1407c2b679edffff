import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRunCell, type RunCell, type SeedsCell } from '../../src/analysis/cell';
import { decimalsOf, gridCount, gridValues, SweepError } from '../../src/analysis/grid';
import { runMargins, scenarioRunner } from '../../src/analysis/margins';
import { sweep, type Sweep } from '../../src/analysis/sweep';
import { window } from '../../src/analysis/window';
import { OUTCOMES } from '../../src/core/events';
import { timeToReach } from '../../src/core/kinematics';
import { sprintDistance } from '../../src/core/profile';
import { simulate } from '../../src/core/simulate';
import type { Action } from '../../src/core/spec';
import { AGENT_FIELDS, BALL_FIELDS, type Trace } from '../../src/core/trace';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill, type ParamValues } from '../../src/scenario/resolve';
import type { ScenarioFile } from '../../src/scenario/types';
import { agent, drill } from './helpers';

// Timing-window sweeps: the grid, the margins, the law and the physics the windows follow, and
// the promise that every cell is exactly the single run at its values and seed.

function load(name: string): ScenarioFile {
  const file = `scenarios/${name}.json`;
  return parseScenario(readFileSync(file, 'utf8'), file);
}

/** The single run, as `onside run` does it: a fresh parse, the values given, the seed. */
function single(name: string, given: ParamValues, seed: number, variation?: string): { trace: Trace; spec: ReturnType<typeof resolveDrill> } {
  const s = load(name);
  const params = paramValues(s, given, variation);
  const spec = resolveDrill(s, params, variation);
  return { trace: simulate(spec, seed, { scenario: s.id, params }), spec };
}

function runCells(s: Sweep): RunCell[] {
  return s.cells.map((c) => {
    if (!isRunCell(c)) throw new Error('expected one-seed cells');
    return c;
  });
}

function errorOf(fn: () => unknown): SweepError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SweepError) return e;
    throw e;
  }
  throw new Error('expected a SweepError');
}

describe('grid values', () => {
  it('counts decimals from the shortest form of a number', () => {
    const table: Array<[number, number]> = [[3, 0], [0.1, 1], [0.05, 2], [-1.25, 2], [1e-7, 7], [2.5e-3, 4], [1e21, 0]];
    for (const [x, d] of table) expect(decimalsOf(x), String(x)).toBe(d);
  });

  it('steps without float drift, ends on TO when it is on the grid, and never passes it', () => {
    const v = gridValues(0, 4, 0.1);
    expect(v).toHaveLength(41);
    expect(v[3]).toBe(0.3); // 3 × 0.1 is 0.30000000000000004 in floating point
    expect(v[7]).toBe(0.7);
    expect(v.at(-1)).toBe(4);
    expect(gridValues(1, 3, 0.05)).toHaveLength(41);
    expect(gridValues(0.5, 1.2, 0.25)).toEqual([0.5, 0.75, 1]); // 1.25 would pass TO
    expect(gridValues(2, 2, 0.1)).toEqual([2]);
    expect(gridCount(0, 0.3, 0.1)).toBe(4); // 0.3 / 0.1 is 2.9999999999999996
  });
});

describe('sweep input', () => {
  const s = load('in-behind');
  const vary = (name: string, from: number, to: number, step: number) => [{ name, from, to, step }];

  it('refuses values outside a range, naming the parameter and its range', () => {
    const e = errorOf(() => sweep(s, { vary: vary('runStart', 0, 5, 0.5), seed: 1 }));
    expect(e.message).toBe('runStart = 5 is outside its range 0–4 s');
    expect(e.param).toBe('runStart');
    expect(errorOf(() => sweep(s, { vary: vary('runStart', -1, 2, 0.5), seed: 1 })).message).toMatch(/runStart = -1 is outside its range 0–4 s/);
    expect(errorOf(() => sweep(s, { vary: vary('runStart', 0, 2, 0.5), seed: 1, base: { passTime: 9 } })).message).toBe('passTime = 9 is outside its range 0.5–4 s');
  });

  it('refuses unknown parameters, a step ≤ 0, FROM after TO, a parameter varied twice or also set', () => {
    expect(errorOf(() => sweep(s, { vary: vary('runstart', 0, 1, 0.5), seed: 1 })).message).toMatch(/^unknown parameter "runstart" \(parameters: runStart 0–4 s, passTime 0.5–4 s/);
    expect(errorOf(() => sweep(s, { vary: vary('runStart', 0, 1, 0), seed: 1 })).message).toMatch(/step must be greater than 0, got 0/);
    expect(errorOf(() => sweep(s, { vary: vary('runStart', 0, 1, -0.1), seed: 1 })).message).toMatch(/step must be greater than 0/);
    expect(errorOf(() => sweep(s, { vary: vary('runStart', 2, 1, 0.1), seed: 1 })).message).toMatch(/FROM \(2\) must not be greater than TO \(1\)/);
    const twice = [...vary('runStart', 0, 1, 0.5), ...vary('runStart', 0, 1, 0.5)];
    expect(errorOf(() => sweep(s, { vary: twice, seed: 1 })).message).toBe('runStart is varied twice');
    expect(errorOf(() => sweep(s, { vary: vary('runStart', 0, 1, 0.5), seed: 1, base: { runStart: 1 } })).message).toBe('runStart is both varied and set');
    expect(errorOf(() => sweep(s, { vary: [], seed: 1 })).message).toMatch(/expected 1 or 2 parameters to vary, got 0/);
  });

  it('refuses more cells or runs than the limits, before running any', () => {
    const e = errorOf(() => sweep(s, { vary: [...vary('runStart', 0, 4, 0.01), ...vary('passTime', 0.5, 4, 0.01)], seed: 1 }));
    expect(e.message).toBe('401 values of runStart × 351 values of passTime make 140751 cells, more than the limit of 10000: use a larger step or a narrower range');
    expect(errorOf(() => sweep(s, { vary: vary('runStart', 0, 4, 0.01), seed: 1, seeds: 1000 })).message).toMatch(/401 cells × 1000 seeds make 401000 runs, more than the limit of 100000/);
    // That it is refused before any run (in well under a run's time) is measured in npm run bench (bench/refusal.ts).
  });

  it('refuses an unknown variation and seeds past the largest', () => {
    expect(errorOf(() => sweep(s, { vary: vary('runStart', 0, 1, 0.5), seed: 1, variation: 'nope' })).message).toBe('unknown variation "nope" (variations: deep-line)');
    expect(errorOf(() => sweep(s, { vary: vary('runStart', 0, 1, 0.5), seed: 4294967295, seeds: 2 })).message).toMatch(/go past the largest seed/);
  });
});

describe('every cell is the single run at its values and seed', () => {
  function expectSame(name: string, c: RunCell, given: ParamValues, seed: number, variation?: string): void {
    const { trace, spec } = single(name, given, seed, variation);
    const label = `${name} ${JSON.stringify(given)}`;
    expect(c.outcome, label).toBe(trace.outcome.result);
    expect(c.agent, label).toBe(trace.outcome.agent ?? null);
    // Read back from the run's own events, not through runMargins: the judgment, the control.
    const play = trace.events.find((e) => e.type === 'pass' || e.type === 'cross')!;
    const runner = play.other!;
    expect(Object.is(c.offsideMarginM, play.judgment!.players.find((p) => p.id === runner)!.marginM), label).toBe(true);
    const control = trace.events.find((e) => e.tick > play.tick && e.type === 'control' && e.agent === runner);
    expect(c.controlT, label).toBe(control?.t ?? null);
    // And the margins as a whole, bit for bit.
    const m = runMargins(trace, spec, scenarioRunner(load(name)));
    for (const k of ['offsideMarginM', 'raceMarginS', 'separationM', 'controlT', 'shotT'] as const) {
      expect(Object.is(c[k], m[k]), `${label} ${k}: ${c[k]} vs ${m[k]}`).toBe(true);
    }
  }

  it('in-behind, runStart × passTime (2-D, row-major)', () => {
    const r = sweep(load('in-behind'), { vary: [{ name: 'runStart', from: 0, to: 4, step: 0.5 }, { name: 'passTime', from: 1, to: 3, step: 0.5 }], seed: 11 });
    expect(r.axes.map((a) => a.values.length)).toEqual([9, 5]);
    const cells = runCells(r);
    expect(cells).toHaveLength(45);
    expect(cells[1 * 5 + 3].values).toEqual({ runStart: 0.5, passTime: 2.5 }); // cell (i, j) = cells[i·5 + j]
    for (const c of cells) expectSame('in-behind', c, c.values, 11);
    expect(new Set(cells.map((c) => c.outcome)).size).toBeGreaterThan(2); // the grid crosses windows
  });

  it('back-post-cross with a variation, another parameter set and another seed', () => {
    const base = { crossLoft: 26 };
    const r = sweep(load('back-post-cross'), { vary: [{ name: 'runStart', from: 0.5, to: 3.5, step: 0.25 }], seed: 9, base, variation: 'short-cross' });
    expect(r.params.crossLoft).toBe(26);
    expect(r.params.crossDepth).toBe(35); // from the variation
    expect(r.params).not.toHaveProperty('runStart');
    for (const c of runCells(r)) expectSame('back-post-cross', c, { ...base, ...c.values }, 9, 'short-cross');
  });
});

describe('several seeds', () => {
  const s = load('in-behind');
  const seeds = 8;
  const r = sweep(s, { vary: [{ name: 'runStart', from: 1.5, to: 2.5, step: 0.25 }], seed: 11, seeds });

  it('shares of the outcomes sum to 1, each a whole number of runs, the outcome the most common', () => {
    for (const c of r.cells as SeedsCell[]) {
      const shares = Object.values(c.shares);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      for (const x of shares) expect(Number.isInteger(Math.round(x * seeds * 1e9) / 1e9)).toBe(true);
      expect(c.shares[c.outcome]).toBe(Math.max(...shares));
      expect(Object.keys(c.shares)).toEqual(OUTCOMES.filter((o) => c.shares[o] !== undefined)); // in OUTCOMES order
      expect(Object.values(c.classes).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('counts exactly the single runs of seeds N … N+K−1', () => {
    const c = r.cells[2] as SeedsCell; // runStart 2, the drill's default
    const counts: Record<string, number> = {};
    for (let k = 0; k < seeds; k++) {
      const res = single('in-behind', { runStart: 2 }, 11 + k).trace.outcome.result;
      counts[res] = (counts[res] ?? 0) + 1;
    }
    expect(c.shares).toEqual(Object.fromEntries(Object.entries(counts).map(([o, n]) => [o, n / seeds])));
  });
});

describe('windows follow the law (in-behind, run start at the default pass time)', () => {
  const r = sweep(load('in-behind'), { vary: [{ name: 'runStart', from: 0, to: 4, step: 0.05 }], seed: 11 });
  const cells = runCells(r);
  const x = r.axes[0].values;

  it('every run start before a threshold is an offside position at the pass, none after it', () => {
    const first = cells.findIndex((c) => c.offsideMarginM! <= 0);
    expect(first).toBeGreaterThan(0);
    expect(cells.slice(0, first).every((c) => c.offsideMarginM! > 0)).toBe(true);
    expect(cells.slice(first).every((c) => c.offsideMarginM! <= 0)).toBe(true);
    // …and the threshold lies before the default run start, which the drill teaches is onside.
    expect(x[first]).toBeLessThanOrEqual(2);
  });

  it('the margin grows as the run starts earlier', () => {
    // Tolerance 0.1 m: when the line steps up (1.2 s before the pass) the striker backs off it;
    // a run starting as he brakes from that can end a few cm further up than one a tick earlier.
    for (let k = 1; k < cells.length; k++) {
      expect(cells[k - 1].offsideMarginM!, `runStart ${x[k - 1]} vs ${x[k]}`).toBeGreaterThan(cells[k].offsideMarginM! - 0.1);
    }
    expect(cells[0].offsideMarginM! - cells.at(-1)!.offsideMarginM!).toBeGreaterThan(5); // a real spread, not noise
  });

  it('a runner in an offside position at the pass never gets a chance; a flag is always that runner, beyond the line', () => {
    for (const c of cells) {
      if (c.offsideMarginM! > 0) expect(['offside', 'intercepted', 'cleared', 'tackled', 'out', 'timeout']).toContain(c.outcome);
      if (c.outcome === 'offside') {
        expect(c.agent).toBe('S');
        expect(c.offsideMarginM!).toBeGreaterThan(0);
      }
    }
  });

  it('the window: the default run works; later runs lose the race by more the later they go', () => {
    const bands = window(r);
    const works = bands.find((b) => b.class === 'works' && b.from <= 2 && b.to >= 2)!;
    expect(works).toBeDefined();
    const late = bands.filter((b) => b.from > works.to);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((b) => b.class === 'lost')).toBe(true);
    const lateCells = cells.filter((c) => c.values.runStart > works.to);
    for (const c of lateCells) expect(c.raceMarginS!).toBeLessThan(0); // a defender got there first
    // 0.02 s: one tick (0.02 s) of the touch's timing can move the runner's remaining time.
    for (let k = 1; k < lateCells.length; k++) expect(lateCells[k].raceMarginS!).toBeLessThan(lateCells[k - 1].raceMarginS! + 0.02);
    expect(lateCells[0].raceMarginS! - lateCells.at(-1)!.raceMarginS!).toBeGreaterThan(0.5);
    // Before the first working band every cell is offside or in an offside position: too early.
    // (Between it and the default's band a run can be lost to a live ball: a tackle, a clearance.)
    const firstWorks = bands.find((b) => b.class === 'works')!;
    for (const c of cells.filter((c) => c.values.runStart < firstWorks.from)) expect(c.offsideMarginM!).toBeGreaterThan(0);
  });
});

describe('windows follow the physics (back-post-cross, run start at the default cross time)', () => {
  const r = sweep(load('back-post-cross'), { vary: [{ name: 'runStart', from: 0, to: 4, step: 0.05 }], seed: 5 });
  const cells = runCells(r);
  const bands = window(r);
  const works = bands.find((b) => b.class === 'works' && b.from <= 2.1 && b.to >= 2.1)!;

  it('the working band around the default run start is bounded on both sides', () => {
    expect(works).toBeDefined();
    const i = bands.indexOf(works);
    expect(bands[i - 1]?.class).toBe('lost');
    expect(bands[i + 1]?.class).toBe('lost');
    expect(works.hi - works.lo).toBeGreaterThan(1); // a window a coach can hit: over a second wide
  });

  it('too early, the front-post defender picks the runner up; too late, the ball is gone', () => {
    const early = cells.filter((c) => c.values.runStart < works.from && c.values.runStart > bands[bands.indexOf(works) - 1].lo);
    for (const c of early) {
      expect(['intercepted', 'cleared']).toContain(c.outcome); // won, or headed clear
      expect(c.agent).toBe('D');
      expect(c.raceMarginS!).toBeLessThan(0);
    }
    // Too late the cross has gone through: no shot, and the runner meets the ball, if at all, only
    // once it has died by the goal line, over 2 s after the cross (2.5 s) came in.
    const late = cells.filter((c) => c.values.runStart > works.to);
    expect(late.length).toBeGreaterThan(5);
    for (const c of late) {
      expect(c.shotT, `runStart ${c.values.runStart}`).toBeNull();
      expect(c.controlT === null || c.controlT > 4.5, `runStart ${c.values.runStart}: control at ${c.controlT}`).toBe(true);
    }
    // Never offside: the runner is behind the ball when it is crossed from near the goal line.
    for (const c of cells) expect(c.offsideMarginM!).toBeLessThan(0);
  });
});

describe('race margin and separation (defined at the first touch after the pass)', () => {
  const stand = { kind: 'stand' as const };
  const striker = { kind: 'striker' as const, shootRange: 1 };
  const pass: Action = { kind: 'pass', at: 0.2, agent: 'P', to: { agent: 'F', lead: { x: 0, y: 0 } }, speed: 12, loft: 0 };

  it('runner first: + the time a still opponent needs to sprint to the touch point', () => {
    const spec = drill([
      agent('P', 'attack', 'attacker', 70, 34, stand), agent('F', 'attack', 'attacker', 80, 34, striker),
      agent('D', 'defence', 'defender', 80, 50, stand),
    ], [pass], { duration: 3, offside: false });
    const t = simulate(spec, 1);
    const m = runMargins(t, spec, null);
    const touch = t.events.find((e) => e.type === 'control' && e.agent === 'F')!;
    expect(m.controlT).toBe(touch.t);
    const d = Math.hypot(touch.x - 80, touch.y - 50); // D stands still: from rest, straight there
    expect(m.raceMarginS!).toBeGreaterThan(1);
    expect(sprintDistance(spec.agents[2].profile, m.raceMarginS!)).toBeCloseTo(d, 6);
    const f = touch.tick * t.stride + BALL_FIELDS + AGENT_FIELDS * 1;
    expect(m.separationM!).toBeCloseTo(Math.hypot(t.frames[f] - 80, t.frames[f + 1] - 50), 12);
    expect(m.offsideMarginM).toBeNull(); // offside is off in this drill
  });

  it('is read where the opponent is at the touch, moving, not where they were at the pass', () => {
    const spec = drill([
      agent('P', 'attack', 'attacker', 70, 20, stand), agent('F', 'attack', 'attacker', 86, 34, striker),
      agent('D', 'defence', 'defender', 100, 34, { kind: 'track', target: 'F', gap: 1 }),
    ], [{ ...pass, speed: 17 }], { duration: 3, offside: false }); // 17 m/s: after its skid the pass still reaches F before D
    const t = simulate(spec, 1);
    const touch = t.events.find((e) => e.type === 'control' && e.agent === 'F')!;
    const state = (tick: number) => Array.from(t.frames.subarray(tick * t.stride + BALL_FIELDS + AGENT_FIELDS * 2, tick * t.stride + BALL_FIELDS + AGENT_FIELDS * 3));
    const [x, y, vx, vy] = state(touch.tick);
    expect(Math.hypot(vx, vy)).toBeGreaterThan(3); // D is closing down F as F takes the ball
    const m = runMargins(t, spec, null);
    expect(m.raceMarginS).toBe(timeToReach(x, y, vx, vy, touch.x, touch.y, spec.agents[2].profile));
    const [px, py, pvx, pvy] = state(t.events.find((e) => e.type === 'pass')!.tick);
    expect(timeToReach(px, py, pvx, pvy, touch.x, touch.y, spec.agents[2].profile) - m.raceMarginS!).toBeGreaterThan(1);
  });

  it('opponent first: − the time the runner still needs; no runner touch, no separation', () => {
    const spec = drill([
      agent('P', 'attack', 'attacker', 70, 34, stand), agent('F', 'attack', 'attacker', 85, 34, stand),
      agent('D', 'defence', 'defender', 76, 34.3, stand),
    ], [pass], { duration: 3 });
    const t = simulate(spec, 1);
    expect(t.outcome.result).toBe('intercepted');
    const m = runMargins(t, spec, null);
    // F stands still (it only waits for the pass): from rest, straight there.
    const touch = t.events.find((e) => e.type === 'interception')!;
    expect(m.raceMarginS!).toBeLessThan(-1);
    expect(sprintDistance(spec.agents[1].profile, -m.raceMarginS!)).toBeCloseTo(Math.hypot(touch.x - 85, touch.y - 34), 6);
    expect(m.separationM).toBeNull();
    expect(m.controlT).toBeNull();
    // One opponent: the missing one counts as on the goal line (x = 105), so D at 76 is the
    // second-last and F at 85 is 9 m beyond him (no offence: D played the ball).
    expect(m.offsideMarginM!).toBeCloseTo(9, 9);
  });
});

describe('window()', () => {
  const cell = (v: number, outcome: RunCell['outcome'], shotT: number | null = null): RunCell => ({
    values: { t: v }, outcome, agent: null, played: true, offsideMarginM: null, raceMarginS: null, separationM: null, controlT: null, shotT,
  });

  it('joins neighbouring cells of one class; band edges sit halfway between grid values', () => {
    const s = {
      axes: [{ name: 't', values: [0, 1, 2, 3, 4, 5] }],
      cells: [cell(0, 'offside'), cell(1, 'offside'), cell(2, 'goal'), cell(3, 'intercepted', 3.1), cell(4, 'saved'), cell(5, 'timeout')],
    };
    expect(window(s)).toEqual([
      { class: 'offside', from: 0, to: 1, lo: 0, hi: 1.5, cells: 2, outcomes: { offside: 2 } },
      // an interception after a shot still made a chance
      { class: 'works', from: 2, to: 4, lo: 1.5, hi: 4.5, cells: 3, outcomes: { goal: 1, intercepted: 1, saved: 1 } },
      { class: 'lost', from: 5, to: 5, lo: 4.5, hi: 5, cells: 1, outcomes: { timeout: 1 } },
    ]);
  });

  it('takes a several-seed cell by its most common class, and refuses a 2-D sweep', () => {
    const seeds = (v: number, classes: SeedsCell['classes']): SeedsCell => ({ values: { t: v }, outcome: 'goal', shares: { goal: 1 }, classes });
    const s = { axes: [{ name: 't', values: [0, 1] }], cells: [seeds(0, { works: 0.25, lost: 0.75 }), seeds(1, { works: 0.5, offside: 0.125, lost: 0.375 })] };
    expect(window(s).map((b) => b.class)).toEqual(['lost', 'works']);
    expect(() => window({ axes: [{ name: 'a', values: [0] }, { name: 'b', values: [0] }], cells: [] })).toThrow(/1-D/);
  });
});
