import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BODY_GAP } from '../../src/core/bodies';
import { simulate } from '../../src/core/simulate';
import { AGENT_FIELDS, BALL_FIELDS } from '../../src/core/trace';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';

// 10,000 seeded runs across every drill and every stage (seeds other than the 200 the
// determinism test reads): no two players ever closer than their bodies allow, no number NaN or
// infinite, no player faster than his profile's top speed, at any tick. ONSIDE_INVARIANT_RUNS
// sets the total (default 10,000, shared evenly among the drills' stages); the checks are a few
// subtractions a tick, so the time is the engine's: about a millisecond a run.

const TOTAL = Number(process.env.ONSIDE_INVARIANT_RUNS ?? 10_000);
const FIRST_SEED = 1000;

const stages = readdirSync('scenarios').filter((f) => f.endsWith('.json')).flatMap((f) => {
  const file = `scenarios/${f}`;
  const s = parseScenario(readFileSync(file, 'utf8'), file);
  return [undefined, ...(s.variations ?? []).map((v) => v.id)].map((variation) => ({
    name: f.replace(/\.json$/, ''), variation, spec: resolveDrill(s, paramValues(s, {}, variation), variation),
  }));
});
const perStage = Math.ceil(TOTAL / stages.length);

describe(`invariants over ${perStage * stages.length} runs (${perStage} seeds of each of ${stages.length} drill stages)`, () => {
  it('the count asked for is a whole number of runs, at least one a stage', () => {
    expect(Number.isInteger(TOTAL) && TOTAL > 0, `ONSIDE_INVARIANT_RUNS=${process.env.ONSIDE_INVARIANT_RUNS}`).toBe(true);
    expect(stages.length).toBeGreaterThanOrEqual(12); // six drills, their stages
  });

  for (const { name, variation, spec } of stages) {
    it(`${name}${variation ? ` (${variation})` : ''}: bodies apart, all finite, nobody over top speed`, () => {
      const n = spec.agents.length;
      const vmax = spec.agents.map((a) => a.profile.maxSpeed);
      let ticks = 0, contacts = 0;
      for (let seed = FIRST_SEED; seed < FIRST_SEED + perStage; seed++) {
        const t = simulate(spec, seed);
        const f = t.frames;
        for (let k = 0; k < t.ticks; k++) {
          const o = k * t.stride;
          for (let q = 0; q < t.stride; q++) if (!Number.isFinite(f[o + q])) throw new Error(`${name} seed ${seed}: tick ${k} field ${q} is ${f[o + q]}`);
          for (let i = 0; i < n; i++) {
            const a = o + BALL_FIELDS + AGENT_FIELDS * i;
            const v = Math.hypot(f[a + 2], f[a + 3]);
            if (v > vmax[i] + 1e-9) throw new Error(`${name} seed ${seed}: ${t.agents[i].id} at ${v} m/s > ${vmax[i]} at tick ${k}`);
            for (let j = i + 1; j < n; j++) {
              const b = o + BALL_FIELDS + AGENT_FIELDS * j;
              const d = Math.hypot(f[a] - f[b], f[a + 1] - f[b + 1]);
              if (d < BODY_GAP - 1e-6) throw new Error(`${name} seed ${seed}: ${t.agents[i].id} and ${t.agents[j].id} ${d} m apart at tick ${k}`);
              if (d < BODY_GAP + 1e-6) contacts++;
            }
          }
        }
        ticks += t.ticks;
      }
      expect(ticks).toBeGreaterThan(perStage * 50); // every run ran (at least a second each)
      if (name === 'defender-recovery' && variation === undefined) expect(contacts).toBeGreaterThan(0); // and bodies did meet
    }, 600_000);
  }
});
