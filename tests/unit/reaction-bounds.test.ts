import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import type { AgentSpec, DrillSpec } from '../../src/core/spec';
import type { Trace } from '../../src/core/trace';
import { agentAt } from '../../src/core/trace';
import { agent, drill } from './helpers';

// Nobody reacts before the play plus their reaction time. Each test runs the same drill twice,
// differing only in what the player could react to (the run made or not) or in how slow they
// are (their reaction, or a reaction longer than the drill): until the reaction is due the player
// cannot know the difference, so their recorded path is the same to the bit; after it, it is not.
// Lower bounds, which a player with no reaction lag breaks; the engine's marking gap and chase
// are bounded from above elsewhere.

const RATE = 50; // Hz
const NEVER = 30; // s: a reaction longer than any drill here
const STRIKER = { kind: 'striker' as const, shootRange: 14 };

function reacting(a: AgentSpec, reaction: number): AgentSpec {
  return { ...a, profile: { ...a.profile, reaction } };
}

function run(agents: AgentSpec[], actions: DrillSpec['actions']): Trace {
  return simulate(drill(agents, actions, { offside: false, duration: 4, tickRate: RATE }), 1);
}

/** First tick at which agent `id` stands in a different place in the two runs, or −1. */
function firstDifference(a: Trace, b: Trace, id: string): number {
  const i = a.agents.findIndex((x) => x.id === id);
  if (i < 0 || b.agents[i]?.id !== id) throw new Error(`no agent ${id} in both runs`);
  for (let k = 0; k < Math.min(a.ticks, b.ticks); k++) {
    const p = agentAt(a, k, i), q = agentAt(b, k, i);
    if (p.x !== q.x || p.y !== q.y) return k;
  }
  return -1;
}

function tickOf(t: Trace, type: string): number {
  const e = t.events.find((x) => x.type === type);
  if (!e) throw new Error(`no ${type} event in the run`);
  return e.tick;
}

const SLACK = 3; // ticks: and then they do react, within a few ticks (not never)

/**
 * Agent `id` moves the same in both runs (quick: reacting after `delay` s; never: not at all)
 * until the pass is `delay` old, and differently within SLACK ticks after that.
 */
function expectReactsAfterPass(quick: Trace, never: Trace, id: string, delay: number): void {
  const passTick = tickOf(quick, 'pass');
  const d = firstDifference(quick, never, id);
  const earliest = passTick + Math.round(delay * RATE);
  expect(d, `${id} first moved differently at tick ${d}, pass at ${passTick}`).toBeGreaterThanOrEqual(earliest);
  expect(d).toBeLessThanOrEqual(earliest + SLACK);
}

describe('reaction times are lower bounds', () => {
  describe.each([0.3, 0.5, 0.7])('a tracking defender with reaction %f s', (reaction) => {
    it('moves the same whether or not the runner went, until the run is a reaction time old', () => {
      const agents = [
        agent('P', 'attack', 'attacker', 60, 34, { kind: 'stand' }),
        agent('A', 'attack', 'attacker', 78, 30, STRIKER),
        reacting(agent('D', 'defence', 'defender', 80, 31, { kind: 'track', target: 'A', gap: 1 }), reaction),
      ];
      const ran = run(agents, [{ kind: 'run', at: 0.6, agent: 'A', path: [{ x: 95, y: 20 }], pace: 1 }]);
      const stayed = run(agents, []);
      const runTick = tickOf(ran, 'run');
      expect(firstDifference(ran, stayed, 'A')).toBe(runTick); // the runner did go at once
      const d = firstDifference(ran, stayed, 'D');
      // He sees the run a reaction time late (today through the frame before this tick's move,
      // so one tick later still: the bound is the law's, the slack allows for that).
      const earliest = runTick + Math.round(reaction * RATE);
      expect(d, `tracker first moved differently at tick ${d}, run at ${runTick}`).toBeGreaterThanOrEqual(earliest);
      expect(d).toBeLessThanOrEqual(earliest + 1 + SLACK);
    });
  });

  describe.each([0.25, 0.5, 0.8])('a keeper with reaction %f s', (reaction) => {
    it('does not come for a loose ball before the pass is a reaction time old', () => {
      const mk = (r: number) => run([
        agent('P', 'attack', 'attacker', 80, 34, { kind: 'stand' }),
        reacting(agent('GK', 'defence', 'goalkeeper', 103, 34, { kind: 'keeper', holdSpeed: 16 }), r),
      ], [{ kind: 'pass', at: 0.4, agent: 'P', to: { point: { x: 97, y: 30 }, lead: { x: 0, y: 0 } }, speed: 12, loft: 0 }]);
      const quick = mk(reaction), never = mk(NEVER);
      expectReactsAfterPass(quick, never, 'GK', reaction);
      expect(quick.outcome).toMatchObject({ result: 'intercepted', agent: 'GK' }); // he came, and claimed it
    });
  });

  describe.each([0.3, 0.5])('a defender in a line with reaction %f s', (reaction) => {
    it('holds the line until the pass is a reaction time old', () => {
      const mk = (r: number) => run([
        agent('P', 'attack', 'attacker', 60, 34, { kind: 'stand' }),
        agent('A', 'attack', 'attacker', 76, 30, STRIKER),
        reacting(agent('D1', 'defence', 'defender', 80, 28, { kind: 'line', group: 'back', x: 80 }), r),
        agent('D2', 'defence', 'defender', 80, 42, { kind: 'line', group: 'back', x: 80 }),
      ], [{ kind: 'pass', at: 0.4, agent: 'P', to: { agent: 'A', lead: { x: 8, y: 0 } }, speed: 14, loft: 0 }]);
      const quick = mk(reaction), never = mk(NEVER);
      expectReactsAfterPass(quick, never, 'D1', reaction);
    });
  });

  describe.each([0.2, 0.6])('a defender who passes and recovers after %f s', (delay) => {
    it('sets off no sooner than the delay after his pass', () => {
      const mk = (s: number) => run([
        agent('C', 'defence', 'defender', 62, 34, { kind: 'recover', delay: s }),
        agent('A', 'attack', 'attacker', 75, 30, STRIKER),
      ], [{ kind: 'pass', at: 0.4, agent: 'C', to: { agent: 'A', lead: { x: 6, y: 0 } }, speed: 14, loft: 0 }]);
      const quick = mk(delay), never = mk(NEVER);
      expectReactsAfterPass(quick, never, 'C', delay);
    });
  });
});
