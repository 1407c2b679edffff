import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import type { Action } from '../../src/core/spec';
import { agentX } from '../../src/core/trace';
import { agent, drill, eventTypes } from './helpers';

// Law 11 applied by the engine in whole drills: the offence is called on the touch, judged at the play.
const striker = { kind: 'striker' as const, shootRange: 14 };
const keeper = { kind: 'keeper' as const, holdSpeed: 16 };
const stand = { kind: 'stand' as const };

function passTo(target: string, restart?: 'throw-in'): Action {
  return { kind: 'pass', at: 0.2, agent: 'P', to: { agent: target, lead: { x: 0, y: 0 } }, speed: 14, loft: 0, ...(restart ? { restart } : {}) };
}

describe('offside in the engine', () => {
  const defenders = [agent('D', 'defence', 'defender', 88, 40, stand), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)];

  it('a pass to a player beyond the line is called on his touch, with the pass tick and margin', () => {
    const t = simulate(drill([agent('P', 'attack', 'attacker', 70, 34, stand), agent('A', 'attack', 'attacker', 90, 34, striker), ...defenders], [passTo('A')]), 1);
    const pass = t.events.find((e) => e.type === 'pass')!;
    const off = t.events.find((e) => e.type === 'offside')!;
    expect(t.outcome.result).toBe('offside');
    expect(off.agent).toBe('A');
    expect(off.judgedAt).toBe(pass.tick);
    // A at 90, D at 88 at the start; judged on the pass's own frame, where the striker has begun to move (mm).
    expect(off.marginM).toBeCloseTo(agentX(t, pass.tick, 1) - 88, 9);
    expect(off.marginM).toBeCloseTo(2, 1);
    expect(off.tick).toBeGreaterThan(pass.tick);
    expect(pass.judgment!.players.find((p) => p.id === 'A')!.offsidePosition).toBe(true);
  });

  it('level with the defender is onside: the receiver controls', () => {
    const t = simulate(drill([agent('P', 'attack', 'attacker', 70, 34, stand), agent('A', 'attack', 'attacker', 88, 34, striker), ...defenders], [passTo('A')]), 1);
    expect(eventTypes(t)).toContain('control');
    expect(eventTypes(t)).not.toContain('offside');
  });

  it('no offence directly from a throw-in', () => {
    const t = simulate(drill([agent('P', 'attack', 'attacker', 70, 34, stand), agent('A', 'attack', 'attacker', 90, 34, striker), ...defenders], [passTo('A', 'throw-in')]), 1);
    expect(eventTypes(t)).not.toContain('offside');
    expect(t.events.find((e) => e.type === 'pass')!.judgment!.restartExempt).toBe(true);
  });

  it('a drill with offside off never calls it', () => {
    const t = simulate(drill([agent('P', 'attack', 'attacker', 70, 34, stand), agent('A', 'attack', 'attacker', 90, 34, striker), ...defenders], [passTo('A')], { offside: false }), 1);
    expect(eventTypes(t)).not.toContain('offside');
  });

  it('a rebound off the post to a player who was beyond the line at the shot is offside', () => {
    const shot: Action = { kind: 'shot', at: 0.1, agent: 'P', to: { point: { x: 105, y: 34 - 3.66 }, lead: { x: 0, y: 0 } }, speed: 20, loft: 0 };
    const mk = (bx: number) => simulate(drill([
      agent('P', 'attack', 'attacker', 94, 31, stand), agent('B', 'attack', 'attacker', bx, 29, striker),
      agent('D1', 'defence', 'defender', 97, 45, stand), agent('D2', 'defence', 'defender', 97.5, 50, stand),
    ], [shot]), 1);
    const off = mk(99);
    expect(eventTypes(off)).toContain('rebound');
    expect(off.events.find((e) => e.type === 'rebound')!.by).toBe('post');
    expect(off.outcome.result).toBe('offside');
    // B at 99; second-last of D1 97, D2 97.5 is 97: judged on the shot's own frame, B a few mm on.
    const shotTick = off.events.find((e) => e.type === 'shot')!.tick;
    expect(off.events.find((e) => e.type === 'offside')!.marginM).toBeCloseTo(agentX(off, shotTick, 1) - 97, 9);
    expect(off.events.find((e) => e.type === 'offside')!.marginM).toBeCloseTo(2, 1);
    // The same rebound to a player who was behind the line at the shot: play on.
    const on = mk(96);
    expect(eventTypes(on)).toContain('rebound');
    expect(eventTypes(on)).not.toContain('offside');
    expect(on.events.filter((e) => e.type === 'shot').length).toBeGreaterThanOrEqual(2);
  });

  it('a rebound from a keeper\'s parry to a player beyond the line at the shot is offside', () => {
    // Hard and a metre and a half wide of the keeper: too hard to hold, so parried.
    const shot: Action = { kind: 'shot', at: 0.1, agent: 'P', to: { point: { x: 105, y: 35.5 }, lead: { x: 0, y: 0 } }, speed: 26, loft: 0 };
    const t = simulate(drill([
      agent('P', 'attack', 'attacker', 92, 34, stand), agent('B', 'attack', 'attacker', 99, 37, striker),
      agent('D', 'defence', 'defender', 96, 45, stand), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper),
    ], [shot]), 3);
    const types = eventTypes(t);
    expect(types.slice(0, 4)).toEqual(['shot', 'save', 'rebound', 'offside']);
    expect(t.events.find((e) => e.type === 'save')!.hold).toBe(false);
    expect(t.events.find((e) => e.type === 'offside')!.agent).toBe('B');
  });
});

describe('plays name their aim and receiver', () => {
  it('a pass to a spot names the striker meant to get there, and where it was aimed', () => {
    const pass: Action = { kind: 'cross', at: 0.2, agent: 'P', to: { point: { x: 100, y: 28 }, lead: { x: 0, y: 0 } }, speed: 0, loft: 25 };
    const t = simulate(drill([agent('P', 'attack', 'attacker', 94, 62, stand), agent('R', 'attack', 'attacker', 92, 24, striker), agent('Q', 'attack', 'attacker', 80, 50, striker)], [pass], { offside: false }), 1);
    const e = t.events.find((x) => x.type === 'cross')!;
    expect(e.other).toBe('R'); // nearer the spot than Q
    expect(e.to).toEqual({ x: 100, y: 28 });
  });
});
