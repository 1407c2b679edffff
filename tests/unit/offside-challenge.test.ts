import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import type { Action } from '../../src/core/spec';
import type { Trace } from '../../src/core/trace';
import { agent, drill, eventTypes } from './helpers';

// Law 11: challenging an opponent for the ball is involvement. An attacker judged in an offside
// position at the pass, within 2 m of the ball as a defender plays it and no more than 1 m
// further from it than that defender, is flagged ('challenged') before the defender's touch counts.
const stand = { kind: 'stand' as const };
const keeper = { kind: 'keeper' as const, holdSpeed: 16 };

// P plays a ground pass along y = 34 towards (100, 34); D stands on that line at x = 88 (the
// second-last opponent, so the line is at 88) and cuts it out; A stands just off the line, too far
// from the ball's path (over 1 m, his reach) to play it himself. Everyone stands: the geometry is exact.
const pass: Action = { kind: 'pass', at: 0.2, agent: 'P', to: { point: { x: 100, y: 34 }, lead: { x: 0, y: 0 } }, speed: 14, loft: 0 };

function run(ax: number, ay: number, defenderReach = 1): Trace {
  const d = agent('D', 'defence', 'defender', 88, 34, stand);
  d.profile.reach = defenderReach;
  return simulate(drill([
    agent('P', 'attack', 'server', 70, 34, stand), agent('A', 'attack', 'attacker', ax, ay, stand),
    d, agent('GK', 'defence', 'goalkeeper', 104, 34, keeper),
  ], [pass]), 1);
}
const dist = (x: number, y: number, bx: number, by: number) => Math.hypot(x - bx, y - by);

describe('offside: involvement by challenging an opponent for the ball', () => {
  it('an attacker beyond the line, 1.7 m from the ball as the defender plays it, is flagged for challenging', () => {
    const t = run(88.3, 35.2); // 0.3 m beyond D at the pass
    const passEv = t.events.find((e) => e.type === 'pass')!;
    expect(passEv.judgment!.players.find((p) => p.id === 'A')!.offsidePosition).toBe(true);
    const off = t.events.find((e) => e.type === 'offside')!;
    expect(off.involvement).toBe('challenged');
    expect(off.agent).toBe('A');
    expect(off.judgedAt).toBe(passEv.tick); // judged when P played it, not when D did
    expect(off.line).toBe(88);
    expect(off.marginM).toBeGreaterThan(0); // positive: beyond the line
    expect(off.marginM).toBeCloseTo(0.3, 9); // A at 88.3, D at 88
    // Called where D plays the ball: within D's 1 m reach, A within 2 m and within D's distance + 1 m.
    const dD = dist(88, 34, off.x, off.y), dA = dist(88.3, 35.2, off.x, off.y);
    expect(dD).toBeLessThan(1);
    expect(dA).toBeLessThan(2);
    expect(dA).toBeLessThan(dD + 1);
    expect(dA).toBeGreaterThan(1); // out of A's reach: he did not play it, so it is not 'played'
    // The flag goes up instead of D's touch: no interception, and the drill ends offside.
    expect(eventTypes(t)).not.toContain('interception');
    expect(eventTypes(t)).not.toContain('control');
    expect(t.outcome).toMatchObject({ result: 'offside', agent: 'A', tick: off.tick });
    expect(t.outcome.marginM).toBeCloseTo(0.3, 9);
  });

  // The same play with the clause's conditions undone one at a time: D's touch stands.
  // D's reach sets how far from him he plays the ball, so which of the two limits binds.
  const controls: Array<[string, number, number, number]> = [
    ['onside: 0.3 m behind the line, as close to the ball (1.37 m)', 87.7, 35.2, 1],
    ['beyond the line, within D + 1 m (2.44 m) but over 2 m from the ball (2.28 m; D reach 1.5 m, 1.44 m away)', 88.5, 35.2, 1.5],
    ['beyond the line, within 2 m (1.68 m) but over D + 1 m (1.46 m; D reach 0.5 m, 0.46 m away)', 88.3, 35.5, 0.5],
  ];
  it.each(controls)('no offence when %s', (_, ax, ay, reach) => {
    const t = run(ax, ay, reach);
    expect(eventTypes(t)).not.toContain('offside');
    // D wins it: with A this close he kicks it away (a clearance) rather than take it down.
    expect(['intercepted', 'cleared']).toContain(t.outcome.result);
    expect(t.outcome.agent).toBe('D');
    const cut = t.events.find((e) => e.type === 'interception' || e.type === 'clearance')!;
    const dD = dist(88, 34, cut.x, cut.y), dA = dist(ax, ay, cut.x, cut.y);
    expect(dA).toBeGreaterThan(1); // A never in reach of it: the control is about the clause, not a touch
    const judged = t.events.find((e) => e.type === 'pass')!.judgment!.players.find((p) => p.id === 'A')!;
    if (judged.offsidePosition) expect(dA >= 2 || dA >= dD + 1).toBe(true);
    else expect(judged.marginM).toBeCloseTo(-0.3, 9); // behind the line: negative margin
  });

  // Each limit's other side, with the same defender: the controls are not offside by a wide margin only.
  const flagged: Array<[string, number, number, number]> = [
    ['1.89 m from the ball, D (reach 1.5 m) 1.44 m from it: within 2 m', 88.1, 35.1, 1.5],
    ['1.34 m from the ball, D (reach 0.5 m) 0.46 m from it: within D + 1 m', 88.3, 35.1, 0.5],
  ];
  it.each(flagged)('offside for challenging at %s', (_, ax, ay, reach) => {
    const t = run(ax, ay, reach);
    expect(t.outcome).toMatchObject({ result: 'offside', agent: 'A' });
    const off = t.events.find((e) => e.type === 'offside')!;
    expect(off.involvement).toBe('challenged');
    expect(off.marginM).toBeGreaterThan(0);
  });
});
