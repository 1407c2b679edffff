import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DrillEvent } from '../../src/core/events';
import { simulate } from '../../src/core/simulate';
import type { DrillSpec } from '../../src/core/spec';
import { agentOffset, AGENT_FIELDS, BALL_FIELDS, type Trace } from '../../src/core/trace';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { agent, drill } from './helpers';

// No run depends on the order the agents are listed in (design.md, Determinism): behaviours
// state kicks as intents applied after all have thought, and ties go by id. The same drill with
// its agents array reordered (ids unchanged) gives the same events, outcome and, agent by agent,
// the same frames, to the bit.

const SEEDS = [1, 2, 3, 7, 11];

/** Reorderings of n agents: reversed, rotated by one, and the two halves swapped. */
function orders(n: number): number[][] {
  const id = Array.from({ length: n }, (_, k) => k);
  return [[...id].reverse(), [...id.slice(1), 0], [...id.slice(Math.ceil(n / 2)), ...id.slice(0, Math.ceil(n / 2))]];
}

/** What a run is, keyed by agent id rather than place in the list. */
function byId(t: Trace) {
  const agents: Record<string, number[]> = {};
  t.agents.forEach((a, i) => {
    const f: number[] = [];
    for (let k = 0; k < t.ticks; k++) for (let q = 0; q < AGENT_FIELDS; q++) f.push(t.frames[agentOffset(t.stride, k, i) + q]);
    agents[a.id] = f;
  });
  const ball: number[] = [];
  for (let k = 0; k < t.ticks; k++) for (let q = 0; q < BALL_FIELDS; q++) ball.push(t.frames[k * t.stride + q]);
  // The judgment lists the attackers in the file's order, as the file lists them: a set, compared as one.
  const events = t.events.map((e: DrillEvent) => (e.judgment
    ? { ...e, judgment: { ...e.judgment, players: [...e.judgment.players].sort((a, b) => (a.id < b.id ? -1 : 1)) } }
    : e));
  const owner = Array.from(t.owner, (o) => (o < 0 ? null : t.agents[o].id));
  return { ticks: t.ticks, events, outcome: t.outcome, ball, line: Array.from(t.line), owner, agents };
}

const drills = readdirSync('scenarios').filter((f) => f.endsWith('.json'));

describe('the order of the agents in the file changes nothing', () => {
  it('there are seed drills with several agents to reorder', () => {
    expect(drills.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of drills) {
    it(`${file}: every stage, seeds ${SEEDS.join(', ')}, three reorderings: same events, outcome and frames per agent`, () => {
      const path = `scenarios/${file}`;
      const s = parseScenario(readFileSync(path, 'utf8'), path);
      let compared = 0;
      for (const variation of [undefined, ...(s.variations ?? []).map((v) => v.id)]) {
        const spec = resolveDrill(s, paramValues(s, {}, variation), variation);
        expect(spec.agents.length, `${file} ${variation ?? 'default'}`).toBeGreaterThanOrEqual(2);
        for (const seed of SEEDS) {
          const want = byId(simulate(spec, seed));
          for (const order of orders(spec.agents.length)) {
            const moved: DrillSpec = { ...spec, agents: order.map((k) => spec.agents[k]) };
            expect(moved.agents.map((a) => a.id)).not.toEqual(spec.agents.map((a) => a.id));
            expect(byId(simulate(moved, seed)), `${file} ${variation ?? 'default'} seed ${seed} order ${order.join(',')}`).toEqual(want);
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThanOrEqual(SEEDS.length * 3);
    });
  }

  it('a tie goes by id, not by place in the list: two defenders exactly as near the carrier, either order, the same one tackles', () => {
    // A striker runs straight down the middle (y = 34) between two defenders half a metre either
    // side of its line: every distance to the ball is the same for both, to the bit.
    const line = (id: string, y: number) => agent(id, 'defence', 'defender', 70, y, { kind: 'line', group: 'back', x: 70 });
    const base = drill([agent('S', 'attack', 'attacker', 55, 34, { kind: 'striker', shootRange: 0 }), line('B', 34.5), line('A', 33.5)], [], { duration: 4 });
    const runs = [base, { ...base, agents: [base.agents[0], base.agents[2], base.agents[1]] }, { ...base, agents: [...base.agents].reverse() }].map((d) => simulate(d, 1));
    const tackle = runs[0].events.find((e) => e.type === 'tackle');
    expect(tackle?.agent, 'the tie is broken by id: A before B').toBe('A');
    for (const t of runs.slice(1)) expect(byId(t)).toEqual(byId(runs[0]));
  });
});
