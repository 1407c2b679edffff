import fc from 'fast-check';
import type { ScenarioFile } from '../../src/scenario/types';

// Random valid drills over the schema, for the property tests: 1–14 players of any team and
// role, every behaviour, scripts of every action (times, targets, leads, restarts), parameters
// used through references with offsets, stages, pitches and tick rates. Each drawn drill is
// one `validate` accepts (a property checks that too), so the engine sees only legal input.

/** How many cases a property runs: a few hundred in CI, ONSIDE_FUZZ_RUNS=100000 for a long run. */
export function fuzzRuns(ci: number): number {
  const n = Number(process.env.ONSIDE_FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : ci;
}

/** A test's time limit, ms: the suite's default in CI, room for ~50 ms a case in a long run. */
export function fuzzTimeout(ci: number): number {
  return Math.max(60_000, fuzzRuns(ci) * 50);
}

/** fast-check settings: the fixed CI seed unless ONSIDE_FUZZ_SEED/ONSIDE_FUZZ_PATH replay a failure. */
export function fuzzParams(ci: number, fixedSeed: number): fc.Parameters<unknown> {
  const seed = process.env.ONSIDE_FUZZ_SEED !== undefined ? Number(process.env.ONSIDE_FUZZ_SEED) : fixedSeed;
  const path = process.env.ONSIDE_FUZZ_PATH;
  return { numRuns: fuzzRuns(ci), seed, ...(path ? { path } : {}), endOnFailure: true, verbose: 1 };
}

const round = (v: number, k = 100) => Math.round(v * k) / k;
const num = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }).map((v) => round(v));
const pick = <T,>(xs: readonly T[]) => fc.constantFrom(...xs);

const ROLES = ['attacker', 'defender', 'goalkeeper', 'server'] as const;
const TEAMS = ['attack', 'defence', 'neutral'] as const;
const GROUPS = ['back', 'mid'] as const;
const RESTARTS = ['throw-in', 'goal-kick', 'corner-kick', 'free-kick'] as const;

// Parameters are declared with ranges that fit the fields they are used in.
const PARAMS = {
  t0: { label: 'Time', unit: 's', min: 0, max: 3, step: 0.1, default: 1 }, // used in "at", "$t0 + k"
  v0: { label: 'Speed', unit: 'm/s', min: 8, max: 30, step: 0.5, default: 16 }, // pass speed
  d0: { label: 'Lead', unit: 'm', min: -4, max: 8, step: 0.5, default: 2 }, // lead x
} as const;

interface Shape { length: number; width: number; agents: number; duration: number }

const shape: fc.Arbitrary<Shape> = fc.record({
  length: fc.integer({ min: 50, max: 120 }),
  width: fc.integer({ min: 30, max: 90 }),
  agents: fc.integer({ min: 1, max: 14 }),
  duration: fc.integer({ min: 1, max: 8 }),
});

function drillOf(sh: Shape): fc.Arbitrary<ScenarioFile> {
  const ids = Array.from({ length: sh.agents }, (_, k) => `p${k}`);
  const id = pick(ids);
  const x = num(0, sh.length), y = num(0, sh.width);
  const place = fc.record({ x: num(-5, sh.length + 5), y: num(-5, sh.width + 5) });
  const time = fc.oneof(num(-1, sh.duration), fc.constant('$t0'), num(0, 2).map((k) => `$t0 + ${k}`), num(0, 2).map((k) => `($t0 + ${k}) * 1`));
  // Version 2: a line on a trigger, after an event or when a player or the ball reaches a zone.
  const delay = fc.option(fc.oneof(num(0, 2), fc.constant('$t0')), { nil: undefined });
  const zone = fc.oneof(
    fc.record({ x: num(0, sh.length), y: num(0, sh.width), r: num(0.5, 20) }),
    fc.record({ x: fc.tuple(num(0, sh.length), num(0, sh.length)), y: fc.tuple(num(0, sh.width), num(0, sh.width)) }),
  );
  const trigger = fc.oneof(
    fc.record({ after: pick(['control', 'pass', 'cross', 'shot', 'run', 'touch'] as const), by: fc.option(id, { nil: undefined }), nth: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), delay }),
    fc.record({ when: fc.oneof(id, fc.constant('ball')), reaches: zone, delay }),
  ).map((t) => strip(t));
  const when = fc.oneof({ arbitrary: time, weight: 3 }, { arbitrary: trigger, weight: 2 });
  const behaviour = fc.oneof(
    fc.constant(undefined),
    fc.constant({ kind: 'stand' as const }),
    fc.record({ kind: fc.constant('striker' as const), shootRange: num(0, 40), supportOf: id, shoulder: fc.record({ of: id, gap: num(0, 10) }) }, { requiredKeys: ['kind'] }),
    fc.record({ kind: fc.constant('line' as const), group: pick(GROUPS), x }),
    fc.record({ kind: fc.constant('track' as const), target: id, gap: num(0, 10) }, { requiredKeys: ['kind', 'target'] }),
    fc.record({ kind: fc.constant('zone' as const), spot: fc.record({ x, y }), pickUp: num(0, 30) }, { requiredKeys: ['kind', 'spot'] }),
    fc.record({ kind: fc.constant('recover' as const), delay: num(0, 5) }, { requiredKeys: ['kind'] }),
    fc.record({ kind: fc.constant('keeper' as const), holdSpeed: num(0, 40) }, { requiredKeys: ['kind'] }),
    fc.record({ kind: fc.constant('carrier' as const), shootRange: num(0, 40) }, { requiredKeys: ['kind'] }),
    fc.constant({ kind: 'press' as const }),
    fc.record({ kind: fc.constant('cover' as const), of: id, depth: num(0.5, 20) }, { requiredKeys: ['kind', 'of'] }),
    fc.record({ kind: fc.constant('pass-on' as const), group: pick(GROUPS), x, zone: fc.record({ from: y, to: y }), partner: id, gap: num(0, 10) }, { requiredKeys: ['kind', 'group', 'x', 'zone', 'partner'] }),
  );
  const profile = fc.record({ maxSpeed: num(1, 13), accel: num(1, 15), brake: num(1, 15), reaction: num(0, 2), reach: num(0.2, 3) }, { requiredKeys: [] });
  const agent = (k: number) => fc.record({
    id: fc.constant(ids[k]), team: pick(TEAMS), role: pick(ROLES),
    start: fc.record({ x: num(-1, sh.length + 1), y: num(-1, sh.width + 1) }),
    profile: fc.option(profile, { nil: undefined }),
    behaviour,
  }).map((a) => strip(a));
  const target = fc.oneof(
    fc.record({ agent: id, lead: fc.option(fc.record({ x: fc.oneof(num(-10, 10), fc.constant('$d0')), y: num(-10, 10) }), { nil: undefined }) }),
    fc.record({ point: place }),
    fc.record({ options: fc.array(fc.oneof(fc.record({ agent: id }), fc.record({ point: place })), { minLength: 2, maxLength: 3 }), choose: fc.option(pick(['first-to-arrive', 'most-space', 'unmarked'] as const), { nil: undefined }) }),
  ).map((t) => strip(t));
  const action = fc.oneof(
    fc.record({ do: fc.constant('run' as const), at: when, agent: id, path: fc.array(place, { minLength: 1, maxLength: 4 }), pace: fc.option(num(0.1, 1), { nil: undefined }) }),
    fc.record({ do: fc.constant('pass' as const), at: when, agent: id, to: target, speed: fc.option(fc.oneof(num(1, 40), fc.constant('$v0')), { nil: undefined }), loft: fc.option(num(0, 80), { nil: undefined }), restart: fc.option(pick(RESTARTS), { nil: undefined }) }),
    fc.record({ do: fc.constant('cross' as const), at: when, agent: id, to: target, loft: fc.option(num(10, 60), { nil: undefined }) }),
    fc.record({ do: fc.constant('shoot' as const), at: when, agent: id, to: target, speed: fc.option(num(5, 40), { nil: undefined }) }),
    // First time: on the player's own control, with no delay.
    fc.record({ do: pick(['pass', 'cross', 'shoot'] as const), agent: id, to: target }).map((a) => ({ ...a, at: { after: 'control' as const, by: a.agent }, firstTime: true })),
    fc.record({ do: fc.constant('line' as const), at: when, group: pick(GROUPS), x }),
  ).map((a) => strip(a));
  return fc.record({
    agents: fc.tuple(...ids.map((_, k) => agent(k))),
    ballWith: fc.option(id, { nil: undefined, freq: 3 }),
    ballAt: fc.record({ x, y }),
    script: fc.array(action, { maxLength: 8 }),
    tickRate: fc.option(fc.integer({ min: 10, max: 240 }), { nil: undefined }),
    offside: fc.option(fc.boolean(), { nil: undefined }),
    endZone: fc.option(num(0.5, sh.length / 2), { nil: undefined }),
    finishError: fc.option(num(0, 5), { nil: undefined }),
    touch: fc.option(num(0, 10), { nil: undefined }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    stages: fc.array(fc.record({
      set: fc.record({ t0: num(0, 3), v0: num(8, 30) }, { requiredKeys: [] }),
      without: fc.subarray(ids), offside: fc.option(fc.boolean(), { nil: undefined }),
    }), { maxLength: 2 }),
    cueTime: fc.option(time, { nil: undefined }),
  }).map((d) => {
    const agents = d.agents.map((a) => {
      // A cover or pass-on defender names a team-mate, never himself (validate refuses that).
      const b = a.behaviour;
      if ((b?.kind === 'cover' && b.of === a.id) || (b?.kind === 'pass-on' && b.partner === a.id)) {
        const other = ids.find((x) => x !== a.id);
        if (other === undefined) return { ...a, behaviour: { kind: 'press' as const } };
        return { ...a, behaviour: b.kind === 'cover' ? { ...b, of: other } : { ...b, partner: other } };
      }
      return { ...a };
    });
    const groups = new Set(agents.flatMap((a) => (a.behaviour?.kind === 'line' || a.behaviour?.kind === 'pass-on' ? [a.behaviour.group] : [])));
    const holder = d.ballWith;
    if (holder !== undefined) { // on the pitch with room for the ball ahead (validate's rule)
      const h = agents.find((a) => a.id === holder)!;
      h.start = { x: Math.min(Math.max(h.start.x as number, 0), sh.length - 1), y: Math.min(Math.max(h.start.y as number, 0), sh.width) };
    }
    const s: ScenarioFile = strip({
      version: 2, id: 'fuzz', title: 'Random drill',
      pitch: { length: sh.length, width: sh.width }, duration: sh.duration,
      tickRate: d.tickRate, offside: d.offside, seed: d.seed,
      endZone: d.endZone !== undefined ? { depth: d.endZone } : undefined,
      finishError: d.finishError, touch: d.touch,
      params: { ...PARAMS },
      ball: holder !== undefined ? { with: holder } : { at: d.ballAt },
      agents,
      script: d.script.filter((a) => a.do !== 'line' || groups.has(a.group)),
      cues: d.cueTime !== undefined ? [{ text: 'Now', at: { time: d.cueTime } }] : undefined,
      variations: d.stages.length ? d.stages.map((v, k) => strip({
        id: `stage-${k}`, title: `Stage ${k}`, set: v.set,
        without: v.without.filter((w) => w !== holder), offside: v.offside,
      })) : undefined,
    });
    return s;
  });
}

/** Drop undefined fields, as a file would leave them out. */
function strip<T>(o: T): T {
  return JSON.parse(JSON.stringify(o)) as T;
}

/** A random valid drill, with the stage to run (undefined: as written). */
export const validDrill: fc.Arbitrary<{ s: ScenarioFile; stage: string | undefined }> = shape.chain(drillOf).chain((s) =>
  fc.option(fc.integer({ min: 0, max: (s.variations?.length ?? 1) - 1 }), { nil: undefined })
    .map((k) => ({ s, stage: k !== undefined && s.variations ? s.variations[k].id : undefined })));
