import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { scriptWarnings } from '../../src/scenario/script-check';
import { validateScenario } from '../../src/scenario/validate';

// The drill library: every drill file beyond the six seed drills is written from a named passage
// of the seed material and carries what the picker and the coach's handout show: a theme, a
// one-line lesson, the set-up, cues, and stages. Each has its own test of its timing window
// (tests/unit/<drill>.test.ts); the invariants over every drill and stage are in
// determinism.test.ts, the fingerprints there too.

const SEED_DRILLS = ['back-post-cross', 'defender-recovery', 'end-zone-game', 'in-behind', 'through-pass', 'two-v-one'];
const files = readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort();
const library = files.map((f) => f.replace(/\.json$/, '')).filter((id) => !SEED_DRILLS.includes(id));
const load = (id: string) => parseScenario(readFileSync(`scenarios/${id}.json`, 'utf8'), `scenarios/${id}.json`);

describe('the drill library', () => {
  it('holds at least twelve drills beyond the seed drills, each with its own window test', () => {
    expect(library.length).toBeGreaterThanOrEqual(12);
    const tests = readdirSync('tests/unit');
    for (const id of library) expect(tests, id).toContain(`${id}.test.ts`);
  });

  for (const id of library) {
    it(`${id}: names its source, theme, lesson, set-up, cues and stages; no script warnings`, () => {
      const s = load(id);
      expect(s.id).toBe(id);
      expect(s.source?.length ?? 0).toBeGreaterThan(10);
      expect(s.theme).toBeDefined();
      expect(s.lesson?.length ?? 0).toBeGreaterThan(20);
      expect(s.setup?.length ?? 0).toBeGreaterThan(20);
      expect(s.description?.length ?? 0).toBeGreaterThan(100);
      expect(s.cues?.length ?? 0).toBeGreaterThanOrEqual(3);
      expect(s.variations?.length ?? 0).toBeGreaterThanOrEqual(2);
      for (const v of s.variations ?? []) expect(v.description?.length ?? 0, `${id} stage ${v.id}`).toBeGreaterThan(10);
      expect(validateScenario(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')))).toEqual([]);
      expect(scriptWarnings(s).map((p) => `${p.path}: ${p.message}`)).toEqual([]);
    });

    it(`${id}: no two players start on top of each other, at the defaults and in every stage`, () => {
      const s = load(id);
      for (const variation of [undefined, ...(s.variations ?? []).map((v) => v.id)]) {
        const d = resolveDrill(s, paramValues(s, {}, variation), variation);
        for (let i = 0; i < d.agents.length; i++) {
          for (let j = i + 1; j < d.agents.length; j++) {
            const [a, b] = [d.agents[i], d.agents[j]];
            // 1 m apart at least: two bodies (about 0.3 m radius each) with room to turn.
            expect(Math.hypot(a.start.x - b.start.x, a.start.y - b.start.y), `${id} ${variation ?? 'defaults'}: ${a.id} and ${b.id}`).toBeGreaterThanOrEqual(1);
          }
        }
      }
    });
  }
});
