import { describe, expect, it } from 'vitest';
import type { DrillEvent } from '../../src/core/events';
import { offsideLineX, secondLastOpponentX } from '../../src/core/offside';
import { simulate } from '../../src/core/simulate';
import { agentX, ballAt, type Trace } from '../../src/core/trace';
import { agent, drill } from './helpers';

// One judgment frame for every play (plays.ts judgeAtFrame): a pass, a shot and a control are each
// judged on the frame recorded for their own tick: everyone where that tick's move put them, the
// ball at the spot it is played from (it leaves the foot on the next tick). Here everyone is on
// the move, so a tick either way is a different line and different margins.
const striker = { kind: 'striker' as const, shootRange: 14 };
const keeper = { kind: 'keeper' as const, holdSpeed: 16 };

function run(): Trace {
  return simulate(drill([
    agent('P', 'attack', 'attacker', 70, 34, { kind: 'stand' }),
    agent('A', 'attack', 'attacker', 74, 30, striker), agent('B', 'attack', 'attacker', 76, 40, striker),
    agent('D1', 'defence', 'defender', 82, 26, { kind: 'line', group: 'back', x: 82 }),
    agent('D2', 'defence', 'defender', 82.5, 42, { kind: 'line', group: 'back', x: 82.5 }),
    agent('GK', 'defence', 'goalkeeper', 103, 34, keeper),
  ], [
    { kind: 'line', at: 0.3, group: 'back', x: 77 },
    { kind: 'run', at: 0.5, agent: 'A', path: [{ x: 100, y: 30 }], pace: 1 },
    { kind: 'run', at: 0.2, agent: 'B', path: [{ x: 95, y: 40 }], pace: 0.8 },
    { kind: 'pass', at: 1.3, agent: 'P', to: { agent: 'A', lead: { x: 2, y: 0 } }, speed: 18, loft: 0 },
  ]), 1);
}

function lineInFrame(t: Trace, f: number): number {
  const defenders = t.agents.flatMap((a, i) => (a.team === 'defence' ? [agentX(t, f, i)] : []));
  return offsideLineX(t.pitch, ballAt(t, f).x, secondLastOpponentX(t.pitch, defenders));
}

function expectJudgedOnOwnFrame(t: Trace, e: DrillEvent): void {
  const f = e.tick;
  expect(e.judgment, `${e.type} at ${f} carries a judgment`).toBeDefined();
  expect(ballAt(t, f).x).toBeCloseTo(e.x, 9); // the ball on that frame is where it was played
  expect(e.judgment!.offsideLine).toBeCloseTo(lineInFrame(t, f), 9);
  for (const v of e.judgment!.players) {
    const i = t.agents.findIndex((a) => a.id === v.id);
    expect(v.marginM, `${e.type}: ${v.id}`).toBeCloseTo(agentX(t, f, i) - lineInFrame(t, f), 9);
  }
  // Not the frame before: the line or a margin is different there (everyone was moving).
  const before = lineInFrame(t, f - 1);
  const moved = Math.abs(before - e.judgment!.offsideLine) > 1e-6 ||
    e.judgment!.players.some((v) => Math.abs(agentX(t, f - 1, t.agents.findIndex((a) => a.id === v.id)) - agentX(t, f, t.agents.findIndex((a) => a.id === v.id))) > 1e-3);
  expect(moved, `${e.type}: the frame before differs`).toBe(true);
}

describe('the judgment frame: passes, shots and controls alike', () => {
  it('the pass, A\'s control and his shot are each judged on their own tick\'s frame', () => {
    const t = run();
    const kinds = new Set<string>();
    for (const e of t.events) {
      if (!['pass', 'control', 'shot'].includes(e.type) || !e.judgment) continue;
      expectJudgedOnOwnFrame(t, e);
      kinds.add(e.type);
    }
    expect([...kinds].sort()).toEqual(['control', 'pass', 'shot']);
  });

  it('a kick leaves the foot on the tick after its frame: the ball is still on the frame itself', () => {
    const t = run();
    const pass = t.events.find((e) => e.type === 'pass')!;
    const at = ballAt(t, pass.tick), next = ballAt(t, pass.tick + 1);
    expect(at.x).toBeCloseTo(pass.x, 9);
    expect(Math.hypot(next.x - at.x, next.y - at.y)).toBeCloseTo(18 / 50, 1); // one tick at the pass speed
  });
});
