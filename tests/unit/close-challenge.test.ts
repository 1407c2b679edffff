import { describe, expect, it } from 'vitest';
import { resultHeadline } from '../../src/analysis/outcome-words';
import { raceMargin } from '../../src/analysis/margins';
import { outcomeClass } from '../../src/analysis/outcome-class';
import { simulate } from '../../src/core/simulate';
import type { Action } from '../../src/core/spec';
import { AGENT_FIELDS, BALL_FIELDS, type Trace } from '../../src/core/trace';
import { agent, drill } from './helpers';

// Two believability fixes: a forward who takes the ball to feet between two centre-backs a few
// metres away is challenged (he used to walk through the back line while they went back to it
// for a reaction time after his first touch), and a tackle after control is named as a tackle.
const striker = { kind: 'striker' as const, shootRange: 14 };
const keeper = { kind: 'keeper' as const, holdSpeed: 16 };
const line = { kind: 'line' as const, group: 'back', x: 80 };

function run(fx: number): Trace {
  const pass: Action = { kind: 'pass', at: 0.1, agent: 'M', to: { agent: 'F', lead: { x: 0, y: 0 } }, speed: 15, loft: 0 };
  return simulate(drill([
    agent('M', 'attack', 'attacker', 70, 34, { kind: 'stand' }), agent('F', 'attack', 'attacker', fx, 34, striker),
    agent('CB1', 'defence', 'defender', 80, 31.5, line), agent('CB2', 'defence', 'defender', 80, 36.5, line),
    agent('GK', 'defence', 'goalkeeper', 104, 34, keeper),
  ], [pass], { duration: 6, offside: false }), 1);
}

function pos(t: Trace, id: string, tick: number): { x: number; y: number; v: number } {
  const i = t.agents.findIndex((a) => a.id === id);
  const o = tick * t.stride + BALL_FIELDS + AGENT_FIELDS * i;
  return { x: t.frames[o], y: t.frames[o + 1], v: Math.hypot(t.frames[o + 2], t.frames[o + 3]) };
}

describe('a forward who takes the ball to feet between two centre-backs', () => {
  for (const fx of [79, 79.5, 80]) {
    it(`at x ${fx}, 1–3 m from each: he is tackled, gets no shot away, and the tackle is after his control`, () => {
      const t = run(fx);
      const control = t.events.find((e) => e.type === 'control' && e.agent === 'F')!;
      expect(control).toBeDefined();
      // Between them, within 3 m of each, at his first touch.
      for (const cb of ['CB1', 'CB2']) {
        const d = Math.hypot(pos(t, cb, control.tick).x - control.x, pos(t, cb, control.tick).y - control.y);
        expect(d).toBeGreaterThan(1);
        expect(d).toBeLessThan(3.6); // 3.5 m when the ball left on the pass's own tick; it leaves a tick later now
      }
      expect(t.outcome.result).toBe('tackled');
      expect(['CB1', 'CB2']).toContain(t.outcome.agent);
      expect(t.outcome.afterControl).toBe(true);
      expect(t.events.some((e) => e.type === 'shot')).toBe(false);
      // Challenged within a second of his touch, not after he has gone through.
      expect(t.outcome.t - control.t).toBeLessThan(1);
      // And nobody moved before the pass (0.1 s) plus his 0.5 s reaction.
      for (let k = 0; k < 30; k++) for (const cb of ['CB1', 'CB2']) expect(pos(t, cb, k).v, `${cb} at ${k}`).toBe(0);
    });
  }
});

describe('a tackle after control is named as one', () => {
  it('the runner won the race (positive margin) and was then tackled: "Tackled after control", not "won the race"', () => {
    const t = run(79);
    const spec = { agents: t.agents.map((a) => ({ ...a, profile: { maxSpeed: 9, accel: 9 / 1.1, brake: 7, reaction: a.role === 'defender' ? 0.5 : 0.7, reach: 1 } })) };
    const margin = raceMargin(t, spec as never, 1, t.events.find((e) => e.type === 'pass')!.tick)!;
    expect(margin).toBeGreaterThan(0); // he got there first
    expect(resultHeadline(t.outcome)).toBe('Tackled after control');
  });

  it('a ball won before anyone controlled it is a race the defender won', () => {
    expect(resultHeadline({ result: 'intercepted', tick: 10, t: 0.2, agent: 'D' })).toBe('Defender won the race');
    expect(resultHeadline({ result: 'tackled', tick: 10, t: 0.2, agent: 'D' })).toBe('Defender won the race');
    expect(resultHeadline({ result: 'tackled', tick: 10, t: 0.2, agent: 'GK', afterControl: true }, () => 'goalkeeper')).toBe('Keeper took it off his feet');
  });
});

describe('the timing band does not call that chance-less touch "works"', () => {
  it('between the centre-backs at any x from 78.5 to 80.5 m (every 0.25 m), each run is tackled with no shot: class "lost"', () => {
    for (let fx = 78.5; fx <= 80.5; fx += 0.25) {
      const t = run(fx);
      const shot = t.events.some((e) => e.type === 'shot');
      expect(shot, `x ${fx}: no shot`).toBe(false);
      expect(outcomeClass(t.outcome.result, shot), `x ${fx}: ${t.outcome.result}`).toBe('lost');
    }
  });
});
