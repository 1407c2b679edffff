import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY_GAP } from '../../src/core/bodies';
import { OUTCOMES } from '../../src/core/events';
import { accelLimit, type Profile } from '../../src/core/profile';
import { simulate } from '../../src/core/simulate';
import { AGENT_FIELDS, BALL_FIELDS, framesDigest, type Trace } from '../../src/core/trace';
import { traceFromJSON, traceToJSONText } from '../../src/core/trace-io';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { validateScenario } from '../../src/scenario/validate';
import { fuzzParams, fuzzTimeout, validDrill } from './fuzz-drills';

// Property tests of the engine over random valid drills (tests/unit/fuzz-drills.ts): whatever a
// legal file says, every number stays finite, bodies never overlap, nobody beats their profile, the ball stays near
// the pitch, the run ends with one outcome, events come in order, the same seed gives the same
// bits, and the trace survives its JSON round trip. Seeded: a failure prints its seed and path
// (replay with ONSIDE_FUZZ_SEED and ONSIDE_FUZZ_PATH); ONSIDE_FUZZ_RUNS sets the count.

const ENGINE_RUNS = 500; // drills per CI run (~8 s on the two-core machine)
const TAIL_TICKS = (rate: number) => Math.round(0.6 * rate) + 1; // the recorded 0.6 s after the outcome

/** The first broken invariant of a trace, or null. */
function broken(t: Trace, profiles: Profile[], duration: number): string | null {
  const { frames, stride, ticks } = t;
  const dt = 1 / t.tickRate;
  if (ticks < 1 || ticks > Math.round(duration * t.tickRate) + TAIL_TICKS(t.tickRate)) return `ran ${ticks} ticks for a ${duration} s drill`;
  for (let k = 0; k < ticks; k++) {
    const o = k * stride;
    for (let f = 0; f < stride; f++) if (!Number.isFinite(frames[o + f])) return `tick ${k} field ${f} is ${frames[o + f]}`;
    // The ball in play is on the pitch; one going out may roll a little past the line in the tail.
    if (frames[o] < -25 || frames[o] > t.pitch.length + 25 || frames[o + 1] < -25 || frames[o + 1] > t.pitch.width + 25 || frames[o + 2] < -1e-9 || frames[o + 2] > 60) {
      return `ball at (${frames[o]}, ${frames[o + 1]}, ${frames[o + 2]}) at tick ${k}`;
    }
    if (Math.hypot(frames[o + 3], frames[o + 4], frames[o + 5]) > 45) return `ball at ${Math.hypot(frames[o + 3], frames[o + 4], frames[o + 5])} m/s at tick ${k}, above the 40 m/s kick limit`;
    for (let i = 0; i < t.agents.length; i++) {
      const a = o + BALL_FIELDS + AGENT_FIELDS * i;
      const p = profiles[i];
      const v = Math.hypot(frames[a + 2], frames[a + 3]);
      if (v > p.maxSpeed + 1e-9) return `${t.agents[i].id} at ${v} m/s > ${p.maxSpeed} at tick ${k}`;
      // Bodies never overlap; a push from outside is the one place a speed may change by more
      // than the legs allow. Drawn drills send whole piles of players to one spot, where a push
      // passes on through the pile: a player within a body's width of another counts as pushed.
      let contact = false;
      for (let j = 0; j < t.agents.length; j++) {
        if (j === i) continue;
        const b = o + BALL_FIELDS + AGENT_FIELDS * j;
        const d = Math.hypot(frames[a] - frames[b], frames[a + 1] - frames[b + 1]);
        if (d < BODY_GAP - 1e-6) return `${t.agents[i].id} and ${t.agents[j].id} ${d} m apart at tick ${k}`;
        if (d < 2 * BODY_GAP) contact = true;
      }
      if (k > 0 && !contact) {
        const acc = Math.hypot(frames[a + 2] - frames[a + 2 - stride], frames[a + 3] - frames[a + 3 - stride]) / dt;
        if (acc > accelLimit(p) + 1e-6) return `${t.agents[i].id} accelerates at ${acc} m/s² > ${accelLimit(p)} at tick ${k}`;
      }
    }
  }
  for (let k = 1; k < t.events.length; k++) if (t.events[k].tick < t.events[k - 1].tick) return `event ${k} (${t.events[k].type}) at tick ${t.events[k].tick} comes after tick ${t.events[k - 1].tick}`;
  for (const e of t.events) {
    if (!(e.tick >= 0 && e.tick < ticks)) return `${e.type} at tick ${e.tick}, outside the run`;
    if (e.t !== e.tick / t.tickRate) return `${e.type} at t ${e.t} for tick ${e.tick}`;
  }
  if (!(OUTCOMES as readonly string[]).includes(t.outcome.result)) return `outcome ${t.outcome.result}`;
  if (!(t.outcome.tick >= 0 && t.outcome.tick < ticks)) return `outcome at tick ${t.outcome.tick} of ${ticks}`;
  const ends = t.events.filter((e) => e.type === 'end').length;
  if (ends > 1) return `${ends} end events`;
  return null;
}

describe('random valid drills through the engine', () => {
  it('validate accepts every drawn drill, and every run keeps the invariants, ends once, repeats bit for bit and round-trips', () => {
    const results = new Set<string>();
    const starts = new Set<string>();
    let triggered = 0, skipped = 0; // drills with a line on a trigger; skipped lines seen
    fc.assert(fc.property(validDrill, ({ s, stage }) => {
      const problems = validateScenario(s);
      expect(problems, 'the generator drew a drill validate refuses').toEqual([]);
      const params = paramValues(s, {}, stage);
      const spec = resolveDrill(s, params, stage);
      const seed = s.seed ?? 1;
      const t = simulate(spec, seed, { scenario: s.id, params });
      results.add(t.outcome.result);
      starts.add(typeof spec.ballAt);
      const why = broken(t, spec.agents.map((a) => a.profile), spec.duration);
      expect(why, 'an invariant broke').toBeNull();
      // A skipped line names a line of this run's script, by its index, and says why.
      if (spec.actions.some((a) => a.on)) triggered++;
      for (const e of t.events.filter((x) => x.type === 'skipped')) {
        skipped++;
        const line = spec.actions.find((a) => a.index === e.action);
        expect(line, `skipped line ${e.action} is in the script`).toBeDefined();
        expect(e.agent).toBe(line!.kind === 'line' ? undefined : line!.agent);
        expect(e.reason).toMatch(new RegExp(`^script\\[${e.action}\\], .+: .+`));
      }
      // Ball where the drill says: at ball.at, or at the holder's feet (within a metre of them).
      if (typeof spec.ballAt !== 'string') expect([t.frames[0], t.frames[1]]).toEqual([spec.ballAt.x, spec.ballAt.y]);
      else {
        const i = spec.agents.findIndex((a) => a.id === spec.ballAt);
        const o = BALL_FIELDS + AGENT_FIELDS * i;
        expect(Math.hypot(t.frames[0] - t.frames[o], t.frames[1] - t.frames[o + 1])).toBeLessThan(1);
      }
      const again = simulate(resolveDrill(s, paramValues(s, {}, stage), stage), seed, { scenario: s.id, params });
      expect(framesDigest(again)).toBe(framesDigest(t));
      expect(again.events).toEqual(t.events);
      const back = traceFromJSON(JSON.parse(traceToJSONText(t)));
      expect(framesDigest(back)).toBe(framesDigest(t));
      expect({ events: back.events, outcome: back.outcome, params: back.params }).toEqual({ events: t.events, outcome: t.outcome, params: t.params });
    }), fuzzParams(ENGINE_RUNS, 20261201));
    // The drills drawn reach many endings and both kinds of start: no property of nothing.
    expect(results.size, [...results].join(', ')).toBeGreaterThanOrEqual(4);
    expect([...starts].sort()).toEqual(['object', 'string']);
    // Lines on triggers were drawn, and lines were skipped: the checks above met both.
    expect(triggered).toBeGreaterThan(0);
    expect(skipped).toBeGreaterThan(0);
  }, fuzzTimeout(ENGINE_RUNS));
});
