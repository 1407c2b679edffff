import { describe, expect, it } from 'vitest';
import { BODY_GAP, separateBodies } from '../../src/core/bodies';
import { createWorld } from '../../src/core/create-world';
import { simulate } from '../../src/core/simulate';
import { agentOffset } from '../../src/core/trace';
import { agent, drill } from './helpers';

// Players' bodies are discs that never overlap: two running at each other meet and stop against
// each other, one running into another pushes him, and a crowd settles the same way whatever the
// order of the players in the file.

/** Where agent `id` is at tick k of a trace. */
function at(t: ReturnType<typeof simulate>, id: string, k: number): [number, number, number, number] {
  const i = t.agents.findIndex((a) => a.id === id);
  const o = agentOffset(t.stride, k, i);
  return [t.frames[o], t.frames[o + 1], t.frames[o + 2], t.frames[o + 3]];
}

function closest(t: ReturnType<typeof simulate>): number {
  let best = Infinity;
  for (let k = 0; k < t.ticks; k++) {
    for (let i = 0; i < t.agents.length; i++) {
      for (let j = i + 1; j < t.agents.length; j++) {
        const a = agentOffset(t.stride, k, i), b = agentOffset(t.stride, k, j);
        best = Math.min(best, Math.hypot(t.frames[a] - t.frames[b], t.frames[a + 1] - t.frames[b + 1]));
      }
    }
  }
  return best;
}

describe('bodies', () => {
  it('two players running head-on at each other meet and do not pass through', () => {
    const spec = drill([
      agent('C', 'neutral', 'server', 40, 5, { kind: 'stand' }),
      agent('A', 'attack', 'attacker', 60, 34, { kind: 'striker', shootRange: 10 }),
      agent('B', 'attack', 'attacker', 70, 34, { kind: 'striker', shootRange: 10 }),
    ], [
      { kind: 'run', at: 0, agent: 'A', path: [{ x: 80, y: 34 }], pace: 1 },
      { kind: 'run', at: 0, agent: 'B', path: [{ x: 50, y: 34 }], pace: 1 },
    ], { duration: 4, offside: false });
    const t = simulate(spec, 1);
    expect(closest(t)).toBeGreaterThanOrEqual(BODY_GAP - 1e-9);
    // They met: at some tick they touch; and A is still on his side of B at the end.
    let touched = false;
    for (let k = 0; k < t.ticks; k++) if (at(t, 'B', k)[0] - at(t, 'A', k)[0] < BODY_GAP + 1e-6) touched = true;
    expect(touched).toBe(true);
    for (let k = 0; k < t.ticks; k++) expect(at(t, 'B', k)[0]).toBeGreaterThan(at(t, 'A', k)[0]);
  });

  it('the contact is inelastic between equal bodies: closing speed gone, momentum kept', () => {
    const w = createWorld(drill([
      agent('A', 'attack', 'attacker', 50, 34, { kind: 'stand' }),
      agent('B', 'defence', 'defender', 50.5, 34, { kind: 'stand' }),
    ], []), 1);
    w.vx[0] = 6; w.vx[1] = -2; w.vy[0] = 1; w.vy[1] = 0;
    separateBodies(w);
    expect(w.px[1] - w.px[0]).toBeCloseTo(BODY_GAP, 8); // touching (a nanometre each side to spare)
    expect(w.vx[0]).toBeCloseTo(2, 12); // both move on at the mean speed along the contact (6 − 2)/2
    expect(w.vx[1]).toBeCloseTo(2, 12);
    expect(w.vy[0]).toBe(1); // across the contact, nothing changes
    expect(w.vx[0] + w.vx[1]).toBeCloseTo(4, 12);
  });

  it('players moving apart are separated but not slowed', () => {
    const w = createWorld(drill([
      agent('A', 'attack', 'attacker', 50, 34, { kind: 'stand' }),
      agent('B', 'defence', 'defender', 50.4, 34, { kind: 'stand' }),
    ], []), 1);
    w.vx[0] = -1; w.vx[1] = 3;
    separateBodies(w);
    expect(w.px[1] - w.px[0]).toBeGreaterThanOrEqual(BODY_GAP);
    expect([w.vx[0], w.vx[1]]).toEqual([-1, 3]);
  });

  it('a crowd of four on top of each other settles apart, the same whatever the order in the file', () => {
    const spots: [string, number, number][] = [['A', 50, 34], ['B', 50.2, 34.1], ['C', 50.1, 33.8], ['D', 49.9, 34.2]];
    const settle = (order: number[]) => {
      const w = createWorld(drill(order.map((k) => agent(spots[k][0], 'attack', 'attacker', spots[k][1], spots[k][2], { kind: 'stand' })), []), 1);
      order.forEach((k, i) => { w.vx[i] = k - 1.5; w.vy[i] = 1.5 - k; });
      separateBodies(w);
      const byId: Record<string, number[]> = {};
      order.forEach((k, i) => { byId[spots[k][0]] = [w.px[i], w.py[i], w.vx[i], w.vy[i]]; });
      for (let i = 0; i < w.n; i++) for (let j = i + 1; j < w.n; j++) expect(Math.hypot(w.px[i] - w.px[j], w.py[i] - w.py[j])).toBeGreaterThanOrEqual(BODY_GAP - 1e-6);
      return byId;
    };
    const first = settle([0, 1, 2, 3]);
    expect(settle([3, 2, 1, 0])).toEqual(first);
    expect(settle([2, 0, 3, 1])).toEqual(first);
  });

  it('a push never takes a player beyond his top speed', () => {
    const w = createWorld(drill([
      agent('A', 'attack', 'attacker', 50, 34, { kind: 'stand' }),
      agent('K', 'defence', 'goalkeeper', 50.5, 34, { kind: 'stand' }),
    ], []), 1);
    // He runs at 9 m/s into the back of a keeper at the keeper's top speed (8.6 m/s), a little off
    // centre: the mean along the contact would be above 8.6 m/s for the keeper.
    w.py[1] = 34.05;
    w.vx[0] = 9; w.vy[0] = 0; w.vx[1] = 8.6; w.vy[1] = 0;
    separateBodies(w);
    expect(Math.hypot(w.vx[1], w.vy[1])).toBeLessThanOrEqual(w.profiles[1].maxSpeed + 1e-12);
    expect(Math.hypot(w.vx[0], w.vy[0])).toBeLessThanOrEqual(w.profiles[0].maxSpeed + 1e-12);
  });
});
