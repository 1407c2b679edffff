import { describe, expect, it } from 'vitest';
import { VISION_PATH } from '../../src/core/offside-vision';
import { simulate } from '../../src/core/simulate';
import type { Action } from '../../src/core/spec';
import { agentX, type Trace } from '../../src/core/trace';
import { agent, drill, eventTypes } from './helpers';

// Law 11: "interfering with an opponent by ... clearly obstructing the opponent's line of vision".
// S shoots from 20 m at the middle of the goal; A stands between the ball and the keeper. The
// offence needs all three: A in an offside position at the shot, the shot passing close to him
// (within VISION_PATH), and A in front of the keeper. Undo any one and there is none.
const stand = { kind: 'stand' as const };
const keeper = { kind: 'keeper' as const, holdSpeed: 16 };
const shot: Action = { kind: 'shot', at: 0.1, agent: 'S', to: { point: { x: 105, y: 34 }, lead: { x: 0, y: 0 } }, speed: 22, loft: 0 };

/** A at (ax, ay); the second-last defender D at x 96, away to the side; the keeper on his line. */
function run(ax: number, ay: number): Trace {
  return simulate(drill([
    agent('S', 'attack', 'attacker', 85, 34, stand), agent('A', 'attack', 'attacker', ax, ay, stand),
    agent('D', 'defence', 'defender', 96, 50, stand), agent('GK', 'defence', 'goalkeeper', 104.5, 34, keeper),
  ], [shot]), 1);
}

describe('offside by obstructing the keeper\'s line of vision', () => {
  it('A beyond the line, half a metre off the shot\'s path in front of the keeper: offence as the ball passes him', () => {
    const t = run(100, 34.5);
    const s = t.events.find((e) => e.type === 'shot')!;
    expect(s.judgment!.players.find((p) => p.id === 'A')!.offsidePosition).toBe(true);
    const off = t.events.find((e) => e.type === 'offside');
    expect(off).toMatchObject({ agent: 'A', involvement: 'obstructed', judgedAt: s.tick });
    expect(off!.marginM).toBeCloseTo(agentX(t, s.tick, 1) - 96, 9); // judged on the shot's frame
    // Called as the ball passes him: the ball had not reached him the tick before.
    expect(t.frames[(off!.tick - 1) * t.stride]).toBeLessThan(100);
    expect(t.frames[off!.tick * t.stride]).toBeGreaterThanOrEqual(100 - 0.25); // ball x, the call slows it
    expect(t.outcome.result).toBe('offside');
  });

  it('the same place but onside at the shot (D deeper): no offence', () => {
    const t = simulate(drill([
      agent('S', 'attack', 'attacker', 85, 34, stand), agent('A', 'attack', 'attacker', 100, 34.5, stand),
      agent('D', 'defence', 'defender', 101, 50, stand), agent('GK', 'defence', 'goalkeeper', 104.5, 34, keeper),
    ], [shot]), 1);
    expect(eventTypes(t)).not.toContain('offside');
  });

  it(`beyond the line but ${VISION_PATH + 1.2} m off the shot's path: no offence (not in the keeper's line of vision)`, () => {
    const t = run(100, 34 + VISION_PATH + 1.2);
    expect(eventTypes(t)).not.toContain('offside');
    expect(['goal', 'saved', 'wide']).toContain(t.outcome.result);
  });

  it('beyond the line, in the path, but level with the keeper (not in front of him): no offence', () => {
    const t = run(104, 34.5); // on the path, half a metre out from the keeper
    expect(eventTypes(t)).not.toContain('offside');
  });
});
