import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import type { Action, AgentSpec, Behaviour } from '../../src/core/spec';
import { AGENT_FIELDS, BALL_FIELDS, type Trace } from '../../src/core/trace';
import { agent, drill } from './helpers';

// Decisions at run time: a cross to one of several options by a stated rule, recorded on its
// event; and a ball to an agent aimed at where his run takes him, not where he stood.
const keeper = { kind: 'keeper' as const, holdSpeed: 16 };
const striker = { kind: 'striker' as const, shootRange: 14 };
const stand: Behaviour = { kind: 'stand' };
const none = { x: 0, y: 0 };

function pos(t: Trace, id: string, tick: number): { x: number; y: number } {
  const i = t.agents.findIndex((a) => a.id === id);
  const o = tick * t.stride + BALL_FIELDS + AGENT_FIELDS * i;
  return { x: t.frames[o], y: t.frames[o + 1] };
}

/** A cross from the right (y 62) at 0.2 s to the near post or the back post, to whichever runner is there. */
const NEAR = { x: 99, y: 38 }, BACK = { x: 99, y: 29 };
function crossTo(choose: 'first-to-arrive' | 'most-space' | 'unmarked', np: [number, number], bp: [number, number], extra: AgentSpec[] = [], byAgent = false): Trace {
  const options = byAgent ? [{ agent: 'NP', lead: none }, { agent: 'BP', lead: none }] : [{ point: NEAR, lead: none }, { point: BACK, lead: none }];
  const cross: Action = { kind: 'cross', at: 0.2, agent: 'X', speed: 0, loft: 25, to: { lead: none, options, choose } };
  return simulate(drill([
    agent('X', 'attack', 'attacker', 96, 62, stand), agent('NP', 'attack', 'attacker', np[0], np[1], striker), agent('BP', 'attack', 'attacker', bp[0], bp[1], striker),
    agent('GK', 'defence', 'goalkeeper', 104, 34, keeper), ...extra,
  ], [cross], { duration: 4, offside: false }), 1);
}

describe('a cross that chooses by where the runners are', () => {
  it('first to arrive: near post when a runner is there first, back post when one is there first', () => {
    const near = crossTo('first-to-arrive', [97, 42], [85, 24]).events.find((e) => e.type === 'cross')!;
    expect(near.chosen).toMatchObject({ option: 0, rule: 'first-to-arrive' });
    expect(near.chosen!.agent).toBeUndefined(); // a point was chosen
    expect(near.other).toBe('NP'); // meant for the runner nearest it
    expect(near.chosen!.why).toMatch(/^\(99\.00, 38\.00\): meet in \d+\.\d\d s \(\(99\.00, 29\.00\): meet in \d+\.\d\d s\)$/);
    const back = crossTo('first-to-arrive', [84, 50], [97, 27]).events.find((e) => e.type === 'cross')!;
    expect(back.chosen).toMatchObject({ option: 1 });
    expect(back.other).toBe('BP');
    expect(back.to!.y).toBeLessThan(near.to!.y - 5); // it goes to the far side of the goal
  });

  it('first to arrive between two named runners: the one the ball meets soonest', () => {
    const e = crossTo('first-to-arrive', [99, 40], [86, 22], [], true).events.find((x) => x.type === 'cross')!;
    expect(e.chosen).toMatchObject({ option: 0, agent: 'NP' });
    expect(e.other).toBe('NP');
  });

  it('unmarked: away from the runner a defender is on, whichever is nearer', () => {
    const marker = (x: number, y: number) => agent('D', 'defence', 'defender', x, y, { kind: 'line', group: 'g', x });
    const onNear = crossTo('unmarked', [98, 40], [96, 28], [marker(99, 39)], true).events.find((e) => e.type === 'cross')!;
    expect(onNear.chosen).toMatchObject({ agent: 'BP', rule: 'unmarked' });
    expect(onNear.chosen!.why).toContain('NP: marked');
    const onBack = crossTo('unmarked', [98, 40], [96, 28], [marker(97, 28)], true).events.find((e) => e.type === 'cross')!;
    expect(onBack.chosen).toMatchObject({ agent: 'NP' });
  });

  it('most space: the runner whose place is farther from the nearest opponent', () => {
    const t = crossTo('most-space', [98, 40], [96, 28], [agent('D', 'defence', 'defender', 97, 31, { kind: 'line', group: 'g', x: 97 })], true);
    expect(t.events.find((e) => e.type === 'cross')!.chosen).toMatchObject({ agent: 'NP', rule: 'most-space' });
  });

  it('a play with one target records no choice', () => {
    const cross: Action = { kind: 'cross', at: 0.2, agent: 'X', speed: 0, loft: 25, to: { agent: 'NP', lead: none } };
    const t = simulate(drill([agent('X', 'attack', 'attacker', 96, 62, stand), agent('NP', 'attack', 'attacker', 98, 40, striker), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [cross], { duration: 3, offside: false }), 1);
    expect(t.events.find((e) => e.type === 'cross')!.chosen).toBeUndefined();
  });
});

describe('a ball to an agent goes where his run takes him', () => {
  it('a cross to a runner on his run lands where he gets to, not where he stood at the release', () => {
    const run: Action = { kind: 'run', at: 0, agent: 'R', path: [{ x: 100, y: 26 }], pace: 1 };
    const cross: Action = { kind: 'cross', at: 0.6, agent: 'X', speed: 0, loft: 25, to: { agent: 'R', lead: none } };
    const t = simulate(drill([agent('X', 'attack', 'attacker', 96, 62, stand), agent('R', 'attack', 'attacker', 88, 40, striker)], [cross, run], { duration: 4, offside: false }), 1);
    const ev = t.events.find((e) => e.type === 'cross')!;
    const atRelease = pos(t, 'R', ev.tick);
    expect(Math.hypot(ev.to!.x - atRelease.x, ev.to!.y - atRelease.y)).toBeGreaterThan(5); // not at his place then
    // On his run's line, (88, 40) to (100, 26): ahead of him along it.
    const ux = 12 / Math.hypot(12, 14), uy = -14 / Math.hypot(12, 14);
    const off = Math.abs((ev.to!.x - 88) * uy - (ev.to!.y - 40) * ux);
    expect(off).toBeLessThan(1.5);
    expect((ev.to!.x - atRelease.x) * ux + (ev.to!.y - atRelease.y) * uy).toBeGreaterThan(5);
    // And he gets to it: the next touch of the ball is his.
    const next = t.events.find((e) => e.tick > ev.tick && e.agent !== undefined)!;
    expect(next.agent).toBe('R');
  });
});
