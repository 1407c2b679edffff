import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import type { Action, Behaviour } from '../../src/core/spec';
import { AGENT_FIELDS, BALL_FIELDS, type Trace } from '../../src/core/trace';
import { agent, drill } from './helpers';

// The defending roles of the registry: press the carrier, cover the presser, pass a runner on.
// Each one also keeps the reaction-time lower bound: nobody moves before the play plus his reaction.
const keeper = { kind: 'keeper' as const, holdSpeed: 16 };
const striker = { kind: 'striker' as const, shootRange: 14 };
const carrier = { kind: 'carrier' as const, shootRange: 12 };
const TICK = 1 / 50;

function pos(t: Trace, id: string, tick: number): { x: number; y: number; v: number } {
  const i = t.agents.findIndex((a) => a.id === id);
  if (i < 0) throw new Error(`no agent ${id}`);
  const o = tick * t.stride + BALL_FIELDS + AGENT_FIELDS * i;
  return { x: t.frames[o], y: t.frames[o + 1], v: Math.hypot(t.frames[o + 2], t.frames[o + 3]) };
}

/** The first tick agent id moves at all. */
function firstMove(t: Trace, id: string): number {
  for (let k = 0; k < t.ticks; k++) if (pos(t, id, k).v > 0) return k;
  throw new Error(`${id} never moved`);
}

describe('press', () => {
  const pass: Action = { kind: 'pass', at: 0.5, agent: 'P', to: { agent: 'F', lead: { x: 0, y: 0 } }, speed: 14, loft: 0 };
  const run = (reaction: number) => {
    const d = drill([agent('P', 'attack', 'attacker', 60, 34, { kind: 'stand' }), agent('F', 'attack', 'attacker', 75, 34, striker), agent('D', 'defence', 'defender', 82, 36, { kind: 'press' }), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [pass], { duration: 5 });
    d.agents[2].profile.reaction = reaction;
    return simulate(d, 1);
  };

  it('closes down the receiver and tackles him once he has the ball: a tackle after control, named so', () => {
    const t = run(0.5);
    const control = t.events.find((e) => e.type === 'control' && e.agent === 'F');
    const tackle = t.events.find((e) => e.type === 'tackle');
    expect(control).toBeDefined();
    expect(tackle?.agent).toBe('D');
    expect(tackle!.tick).toBeGreaterThan(control!.tick);
    expect(tackle!.afterControl).toBe(true);
    expect(t.outcome).toMatchObject({ result: 'tackled', agent: 'D', afterControl: true });
  });

  it('a receiver whose run began before the pass: the press answers the pass, not the run', () => {
    const early: Action = { kind: 'run', at: 0.1, agent: 'F', path: [{ x: 77, y: 34 }], pace: 0.5 };
    // A short pass: he has it (about 0.9 s) before the presser can have read the pass (1.0 s).
    const d = drill([agent('P', 'attack', 'attacker', 70, 34, { kind: 'stand' }), agent('F', 'attack', 'attacker', 75, 34, striker), agent('D', 'defence', 'defender', 82, 36, { kind: 'press' }), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [early, pass], { duration: 5 });
    const t = simulate(d, 1);
    expect(t.events.find((e) => e.type === 'control')!.t).toBeLessThan(1.0);
    expect(firstMove(t, 'D')).toBeGreaterThanOrEqual(Math.round((0.5 + 0.5) / TICK));
  });

  for (const reaction of [0.3, 0.5, 0.9]) {
    it(`does not move before the pass plus his reaction (${reaction} s), and is on his way within a tick of it`, () => {
      const t = run(reaction);
      const move = firstMove(t, 'D');
      const due = Math.round((0.5 + reaction) / TICK);
      expect(move).toBeGreaterThanOrEqual(due);
      expect(move).toBeLessThanOrEqual(due + 1);
    });
  }
});

describe('cover', () => {
  const dribble: Action = { kind: 'run', at: 0.2, agent: 'C', path: [{ x: 72, y: 30 }, { x: 90, y: 30 }], pace: 1 };
  const run = (presserReaction: number) => {
    const cover: Behaviour = { kind: 'cover', of: 'D1', depth: 4 };
    const d = drill([agent('C', 'attack', 'attacker', 60, 34, carrier), agent('D1', 'defence', 'defender', 72, 36, { kind: 'press' }), agent('D2', 'defence', 'defender', 80, 34, cover), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [dribble], { duration: 6 });
    d.agents[1].profile.reaction = presserReaction;
    return simulate(d, 1);
  };

  it('sits behind the presser on the ball\'s way to goal while the press is on', () => {
    const t = run(0.5);
    for (const s of [1.5, 1.8]) {
      const k = Math.round(s / TICK);
      const ball = { x: t.frames[k * t.stride], y: t.frames[k * t.stride + 1] };
      const d1 = pos(t, 'D1', k), d2 = pos(t, 'D2', k);
      // Further from the ball than the presser, and goal-side of the ball.
      expect(Math.hypot(d2.x - ball.x, d2.y - ball.y), `at ${s} s`).toBeGreaterThan(Math.hypot(d1.x - ball.x, d1.y - ball.y) + 2);
      expect(d2.x).toBeGreaterThan(ball.x);
    }
    // The press wins the ball. (The carrier cuts across the presser at 7.5 m/s; with turning
    // limited by speed the presser, closing from the side, cannot turn onto him inside his
    // turning circle and is beaten by a metre, and the cover, set behind him, wins it.)
    expect(t.outcome.result).toBe('tackled');
    expect(['D1', 'D2']).toContain(t.outcome.agent);
  });

  it('steps in when the carrier gets past a slow presser, and wins the ball himself', () => {
    const t = run(2); // the presser reacts only at 2.2 s: the carrier is past him by then
    expect(t.outcome).toMatchObject({ result: 'tackled', agent: 'D2', afterControl: true });
  });

  it('does not move before the carrier sets off plus his reaction', () => {
    const t = run(0.5);
    expect(firstMove(t, 'D2')).toBeGreaterThanOrEqual(Math.round((0.2 + 0.5) / TICK));
  });
});

describe('pass-on', () => {
  const po = (from: number, to: number, partner: string): Behaviour => ({ kind: 'pass-on', group: 'back', x: 85, zone: [from, to], partner, gap: 1 });
  const across: Action = { kind: 'run', at: 0.5, agent: 'R', path: [{ x: 81, y: 44 }], pace: 0.7 };
  const t = simulate(drill([
    agent('P', 'attack', 'attacker', 60, 34, { kind: 'stand' }), agent('R', 'attack', 'attacker', 80, 28, striker),
    agent('CB1', 'defence', 'defender', 85, 27, po(20, 34, 'CB2')), agent('CB2', 'defence', 'defender', 85, 41, po(34, 48, 'CB1')),
    agent('GK', 'defence', 'goalkeeper', 104, 34, keeper),
  ], [across], { duration: 5 }), 1);
  /** The tick the runner crosses into CB2's channel (y 34). */
  const crossing = (() => { for (let k = 0; k < t.ticks; k++) if (pos(t, 'R', k).y >= 34) return k; throw new Error('R never crossed'); })();

  it('marks the runner while he is in his channel: the first centre-back goes across with him', () => {
    const k = crossing - 5;
    expect(Math.abs(pos(t, 'CB1', k).y - pos(t, 'R', k).y)).toBeLessThan(3.5);
    expect(pos(t, 'CB1', k).y).toBeGreaterThan(29); // he has moved across from 27 with the runner
  });

  it('passes him on: once the runner is in the partner\'s channel, the partner marks him and the first goes back', () => {
    const end = t.ticks - 1;
    expect(Math.abs(pos(t, 'CB1', end).y - 27)).toBeLessThan(1.5); // back in his own channel, at his place in the line
    expect(Math.abs(pos(t, 'CB2', end).y - pos(t, 'R', end).y)).toBeLessThan(2.5); // the partner has him
  });

  it('the partner picks him up only after seeing him cross (the crossing plus his reaction)', () => {
    const before = pos(t, 'CB2', 0);
    const due = crossing + Math.round(0.5 / TICK);
    for (let k = 0; k < due; k++) expect(pos(t, 'CB2', k), `tick ${k}`).toEqual(before);
    expect(pos(t, 'CB2', due + 10).v).toBeGreaterThan(0);
  });

  it('neither steps out of the line to mark: both stay at the line\'s height or deeper', () => {
    for (let k = 0; k < t.ticks; k++) for (const id of ['CB1', 'CB2']) expect(pos(t, id, k).x, `${id} at ${k}`).toBeGreaterThanOrEqual(85 - 0.05);
  });
});
