import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_DEFAULTS } from '../../src/core/behaviours/defaults';
import { BEHAVIOURS, behaviourCode } from '../../src/core/behaviours/registry';
import { simulate } from '../../src/core/simulate';
import type { Action } from '../../src/core/spec';
import { AGENT_FIELDS, BALL_FIELDS, type Trace } from '../../src/core/trace';
import { resolveDrill } from '../../src/scenario/resolve';
import type { ScenarioFile } from '../../src/scenario/types';
import { agent, drill } from './helpers';

// Each reactive behaviour on its own, in the smallest drill that shows it.
const keeper = { kind: 'keeper' as const, holdSpeed: 16 };
const stand = { kind: 'stand' as const };
const striker = { kind: 'striker' as const, shootRange: 14 };
const none = { x: 0, y: 0 };

function at(t: Trace, id: string, tick: number): { x: number; y: number; v: number } {
  const i = t.agents.findIndex((a) => a.id === id);
  const o = Math.min(tick, t.ticks - 1) * t.stride + BALL_FIELDS + AGENT_FIELDS * i;
  return { x: t.frames[o], y: t.frames[o + 1], v: Math.hypot(t.frames[o + 2], t.frames[o + 3]) };
}

describe('goalkeeper', () => {
  it('sets on the angle: on the line from the goal centre to the ball, wherever the ball is', () => {
    for (const [bx, by] of [[85, 34], [90, 15], [95, 55], [80, 60]]) {
      const t = simulate(drill([agent('P', 'attack', 'server', bx, by, stand), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [], { duration: 3 }), 1);
      const k = at(t, 'GK', t.ticks - 1);
      const ballAngle = Math.atan2(t.frames[1] - 34, t.frames[0] - 105);
      const keeperAngle = Math.atan2(k.y - 34, k.x - 105);
      expect(Math.abs(ballAngle - keeperAngle)).toBeLessThan(0.05); // within 3°
      expect(105 - k.x).toBeLessThan(5.6); // no further out than the edge of the six-yard box
      expect(k.v).toBeLessThan(0.3); // settled
    }
  });

  it('comes for a through ball it can reach first, and claims it', () => {
    const pass: Action = { kind: 'pass', at: 0.2, agent: 'P', to: { point: { x: 96, y: 34 }, lead: none }, speed: 19, loft: 0 };
    const t = simulate(drill([agent('P', 'attack', 'attacker', 70, 34, stand), agent('F', 'attack', 'attacker', 80, 20, striker), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [pass]), 1);
    expect(t.outcome.result).toBe('intercepted');
    expect(t.outcome.agent).toBe('GK');
    const claim = t.events.find((e) => e.type === 'interception')!;
    expect(105 - claim.x).toBeGreaterThan(5); // it came off its line for it
  });

  it('stays at home for a ball an attacker will reach first', () => {
    const pass: Action = { kind: 'pass', at: 0.2, agent: 'P', to: { agent: 'F', lead: none }, speed: 12, loft: 0 };
    const t = simulate(drill([agent('P', 'attack', 'attacker', 70, 34, stand), agent('F', 'attack', 'attacker', 82, 34, striker), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [pass], { duration: 2 }), 1);
    expect(t.events.some((e) => e.type === 'control' && e.agent === 'F')).toBe(true);
    const before = t.events.find((e) => e.type === 'control')!.tick;
    expect(105 - at(t, 'GK', before).x).toBeLessThan(6);
  });

  it('claims a cross dropping into the six-yard box', () => {
    const cross: Action = { kind: 'cross', at: 0.2, agent: 'X', to: { point: { x: 102.5, y: 33 }, lead: none }, speed: 0, loft: 25 };
    const t = simulate(drill([agent('X', 'attack', 'attacker', 94, 62, stand), agent('R', 'attack', 'attacker', 92, 30, striker), agent('GK', 'defence', 'goalkeeper', 104, 36, keeper)], [cross]), 1);
    expect(t.outcome.result).toBe('intercepted');
    expect(t.outcome.agent).toBe('GK');
  });

  it('holds a soft shot at it, and parries a hard one it cannot hold', () => {
    const shot = (speed: number, y: number): Trace => simulate(drill(
      [agent('P', 'attack', 'attacker', 91, 34, stand), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)],
      [{ kind: 'shot', at: 0.1, agent: 'P', to: { point: { x: 105, y }, lead: none }, speed, loft: 0 }],
    ), 1);
    const soft = shot(12, 34);
    expect(soft.events.find((e) => e.type === 'save')!.hold).toBe(true);
    expect(soft.outcome.result).toBe('saved');
    const hard = shot(27, 35.6);
    const save = hard.events.find((e) => e.type === 'save')!;
    expect(save.hold).toBe(false);
    expect(hard.events.some((e) => e.type === 'rebound' && e.by === 'save')).toBe(true);
  });

  it('is beaten by a shot into the corner it cannot reach', () => {
    const t = simulate(drill(
      [agent('P', 'attack', 'attacker', 93, 34, stand), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)],
      [{ kind: 'shot', at: 0.1, agent: 'P', to: { point: { x: 105, y: 37.2 }, lead: none }, speed: 27, loft: 0 }],
    ), 1);
    expect(t.outcome.result).toBe('goal');
  });
});

describe('defenders', () => {
  const back = (id: string, y: number, x = 75) => agent(id, 'defence', 'defender', x, y, { kind: 'line', group: 'back', x });
  const four = [back('A', 14), back('B', 28), back('C', 40), back('D', 54)];

  it('hold the line while the opponent has the ball', () => {
    const t = simulate(drill([agent('M', 'attack', 'attacker', 55, 34, stand), ...four], [], { duration: 3 }), 1);
    for (const id of ['A', 'B', 'C', 'D']) for (let k = 0; k < t.ticks; k += 10) expect(Math.abs(at(t, id, k).x - 75)).toBeLessThan(1e-9);
  });

  it('step up as a unit, and drop as a unit', () => {
    const step: Action[] = [{ kind: 'line', at: 0.5, group: 'back', x: 78 }, { kind: 'line', at: 3, group: 'back', x: 71 }];
    const t = simulate(drill([agent('M', 'attack', 'attacker', 55, 34, stand), ...four], step, { duration: 6 }), 1);
    const xs = (k: number) => ['A', 'B', 'C', 'D'].map((id) => at(t, id, k).x);
    const up = xs(Math.round(2.8 * 50));
    const down = xs(t.ticks - 1);
    for (const x of up) expect(x).toBeCloseTo(78, 1);
    for (const x of down) expect(x).toBeCloseTo(71, 1);
    // as a unit: never more than 0.5 m apart in depth while moving
    for (let k = 0; k < t.ticks; k += 5) expect(Math.max(...xs(k)) - Math.min(...xs(k))).toBeLessThan(0.5);
  });

  it('hold one height per group: the last of the group in the file sets it, and a step moves only its own group', () => {
    // B is written at 73 m, after A, C and D at 75 m: the group's line is at 73 m for all four.
    const uneven = [back('A', 14), back('C', 40), back('D', 54), back('B', 28, 73)];
    const mid = agent('E', 'defence', 'defender', 60, 34, { kind: 'line', group: 'mid', x: 60 });
    const step: Action[] = [{ kind: 'line', at: 0.5, group: 'mid', x: 64 }];
    const t = simulate(drill([agent('M', 'attack', 'attacker', 40, 34, stand), ...uneven, mid], step, { duration: 4 }), 1);
    for (const id of ['A', 'B', 'C', 'D']) expect(at(t, id, t.ticks - 1).x, id).toBeCloseTo(73, 1);
    expect(at(t, 'E', t.ticks - 1).x).toBeCloseTo(64, 1); // the midfield line stepped up, the back line did not follow
  });

  it('drop and recover once they see the pass played in behind', () => {
    const pass: Action = { kind: 'pass', at: 0.5, agent: 'M', to: { point: { x: 92, y: 30 }, lead: none }, speed: 20, loft: 0 };
    const t = simulate(drill([agent('M', 'attack', 'attacker', 60, 34, stand), ...four], [pass], { duration: 4 }), 1);
    const b = at(t, 'B', Math.round(2.5 * 50));
    expect(b.x).toBeGreaterThan(80); // turned and ran towards its own goal
    expect(b.v).toBeGreaterThan(6);
    // not before its reaction time (0.5 s) after the pass
    expect(at(t, 'B', Math.round(0.9 * 50)).x).toBeCloseTo(75, 6);
  });

  it('track a runner: follow the run through its change of direction, a few metres off', () => {
    const run: Action = { kind: 'run', at: 0.3, agent: 'F', path: [{ x: 90, y: 24 }, { x: 98, y: 30 }], pace: 1 };
    const t = simulate(drill([agent('M', 'attack', 'attacker', 55, 34, stand), agent('F', 'attack', 'attacker', 78, 34, striker),
      agent('T', 'defence', 'defender', 80, 34, { kind: 'track', target: 'F', gap: 1.5 })], [run], { duration: 4.4 }), 1);
    const gaps: number[] = [];
    for (let k = 0; k < t.ticks; k += 5) {
      const f = at(t, 'F', k), d = at(t, 'T', k);
      gaps.push(Math.hypot(f.x - d.x, f.y - d.y));
    }
    // It sees the run 0.5 s late and is a little slower (8.6 vs 9 m/s): it is beaten for pace
    // but never lost: within 5 m all the way (4.5 m at worst as the runner turns) and 3 m on average.
    expect(Math.max(...gaps)).toBeLessThan(5);
    expect(gaps.reduce((a, b) => a + b, 0) / gaps.length).toBeLessThan(3);
    // It followed the bend: down to y ≈ 25 with the runner, then back up.
    const ys = Array.from({ length: t.ticks }, (_, k) => at(t, 'T', k).y);
    expect(Math.min(...ys)).toBeLessThan(26);
  });

  it('recover: the passer sprints back after the delay and closes on the ball', () => {
    // 10 m/s: the pass skids, rolls and stops about 21 m on (tests/unit/physics-ball.test.ts), where D can get to it.
    const pass: Action = { kind: 'pass', at: 0.2, agent: 'D', to: { point: { x: 90, y: 30 }, lead: none }, speed: 10, loft: 0 };
    const t = simulate(drill([agent('D', 'defence', 'defender', 72, 33, { kind: 'recover', delay: 0.4 }), agent('F', 'attack', 'attacker', 78, 30, stand)], [pass], { duration: 4 }), 1);
    expect(at(t, 'D', Math.round(0.55 * 50)).v).toBeLessThan(0.01); // still watching the pass
    expect(at(t, 'D', Math.round(2 * 50)).v).toBeGreaterThan(6); // sprinting back
    expect(t.outcome.agent).toBe('D'); // and, with nobody going for it, wins it
  });
});

describe('the behaviours registry', () => {
  const schema = JSON.parse(readFileSync('assets/scenario.schema.json', 'utf8'));
  const kinds: string[] = schema.definitions.behaviour.properties.kind.enum;
  const fieldsOf = (kind: string): string[] => Object.keys(schema.definitions.behaviour.allOf.find((b: any) => b.if.properties.kind.const === kind).then.properties);

  it('has every kind a drill file may name, each once, found again by its number', () => {
    expect(BEHAVIOURS.map((b) => b.kind).sort()).toEqual([...kinds].sort());
    for (const k of kinds) expect(BEHAVIOURS[behaviourCode(k as never)].kind).toBe(k);
    expect(() => behaviourCode('sweeper' as never)).toThrow('no behaviour "sweeper" in the registry');
  });

  it('each default is for a field the schema gives that behaviour (shoulderGap: shoulder.gap), and fills it when the file leaves it out', () => {
    for (const b of BEHAVIOURS) {
      for (const f of Object.keys(b.defaults)) expect(fieldsOf(b.kind), `${b.kind}.${f}`).toContain(f === 'shoulderGap' ? 'shoulder' : f);
      expect(b.defaults).toBe(BEHAVIOUR_DEFAULTS[b.kind as keyof typeof BEHAVIOUR_DEFAULTS]);
    }
    const file = {
      id: 'defaults', title: 'Defaults', ball: { with: 'S' }, script: [],
      agents: [
        { id: 'S', team: 'attack', role: 'attacker', start: { x: 60, y: 34 }, behaviour: { kind: 'striker', shoulder: { of: 'T' } } },
        { id: 'T', team: 'defence', role: 'defender', start: { x: 70, y: 34 }, behaviour: { kind: 'track', target: 'S' } },
        { id: 'Z', team: 'defence', role: 'defender', start: { x: 80, y: 30 }, behaviour: { kind: 'zone', spot: { x: 100, y: 30 } } },
        { id: 'R', team: 'defence', role: 'defender', start: { x: 70, y: 50 }, behaviour: { kind: 'recover' } },
        { id: 'G', team: 'defence', role: 'goalkeeper', start: { x: 104, y: 34 } },
        { id: 'A', team: 'attack', role: 'attacker', start: { x: 60, y: 50 } },
        { id: 'P', team: 'attack', role: 'server', start: { x: 50, y: 50 } },
      ],
    } as ScenarioFile;
    const got = Object.fromEntries(resolveDrill(file, {}).agents.map((a) => [a.id, a.behaviour]));
    expect(got).toEqual({
      S: { kind: 'striker', shootRange: 14, shoulder: { of: 'T', gap: 0.5 } },
      T: { kind: 'track', target: 'S', gap: 1 },
      Z: { kind: 'zone', spot: { x: 100, y: 30 }, pickUp: 5, front: false },
      R: { kind: 'recover', delay: 0.3 },
      G: { kind: 'keeper', holdSpeed: 16 }, // a keeper with no behaviour keeps goal
      A: { kind: 'striker', shootRange: 14 }, // an attacker strikes
      P: { kind: 'stand' }, // anyone else stands
    });
  });
});
