import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import type { Trace } from '../../src/core/trace';
import { judgments } from '../../src/view/judgment-facts';
import { agent, drill } from './helpers';

// design.md: the judgment is made on the frame the ball is played on, and that is the frame the
// freeze frame shows. With everyone standing still any frame near the pass agrees; with a
// striker sprinting and the line stepping up, a tick apart is 0.1–0.2 m of margin.
//
// One convention for passes, shots and controls (plays.ts judgeAtFrame): a play is judged on the
// frame recorded for its own tick, everyone where that tick's move put them and the ball still at
// the spot it was played from; the freeze frame draws that same frame, so margins and line agree
// to the bit. (Before, kicks were judged on the frame before their tick and the two disagreed.)

const STRIKER = { kind: 'striker' as const, shootRange: 14 };

function stepUp(): Trace {
  return simulate(drill([
    agent('P', 'attack', 'attacker', 60, 34, { kind: 'stand' }),
    agent('A', 'attack', 'attacker', 77, 30, STRIKER),
    agent('D1', 'defence', 'defender', 82, 26, { kind: 'line', group: 'back', x: 82 }),
    agent('D2', 'defence', 'defender', 82.5, 40, { kind: 'line', group: 'back', x: 82.5 }),
    agent('GK', 'defence', 'goalkeeper', 103, 34, { kind: 'keeper', holdSpeed: 16 }),
  ], [
    { kind: 'line', at: 0.3, group: 'back', x: 76 },
    { kind: 'run', at: 0, agent: 'A', path: [{ x: 100, y: 30 }], pace: 1 },
    { kind: 'pass', at: 1.2, agent: 'P', to: { agent: 'A', lead: { x: 6, y: 0 } }, speed: 18, loft: 0 },
  ]), 1);
}

describe('the freeze frame of a play made while everyone moves', () => {
  it('has a judged pass to show (the precondition of the test below)', () => {
    const facts = judgments(stepUp());
    expect(facts).toHaveLength(1);
    expect(facts[0].players.map((p) => p.id)).toEqual(['A']);
  });

  it('shows the striker and the line where they were judged, the line set by a defender', () => {
    const [f] = judgments(stepUp());
    const a = f.players[0];
    expect(a.x - f.lineX).toBeCloseTo(a.marginM, 9); // was 0.535 m drawn against 0.415 m judged
    expect(f.setBy.kind).toBe('defender'); // was 'unknown': the defenders drawn had moved off the line
  });
});
