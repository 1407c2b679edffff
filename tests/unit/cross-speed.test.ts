import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import { agent, drill } from './helpers';

// A cross's speed is solved to land on its target, but never above the 40 m/s any kick in a drill
// file is held to: a cross no foot could hit that far falls short instead.

const stand = { kind: 'stand' as const };

function cross(distance: number, loft: number) {
  const spec = drill([agent('X', 'attack', 'attacker', 100 - distance, 34, stand), agent('R', 'attack', 'attacker', 100, 20, stand)],
    [{ kind: 'cross', at: 0.2, agent: 'X', to: { point: { x: 100, y: 34 }, lead: { x: 0, y: 0 } }, speed: 0, loft }], { duration: 6 });
  const t = simulate(spec, 1);
  const e = t.events.find((x) => x.type === 'cross')!;
  // Where it first comes down: the first frame after the kick with the ball on the ground.
  let k = e.tick + 1;
  while (k < t.ticks && t.frames[k * t.stride + 2] > 0) k++;
  return { speed: e.speed!, landX: t.frames[k * t.stride] };
}

describe('cross speed', () => {
  it('a cross within reach of a foot lands on its target', () => {
    const c = cross(30, 24);
    expect(c.speed).toBeLessThan(40);
    expect(Math.abs(c.landX - 100)).toBeLessThan(1); // the solve lands it within a metre (a tick of flight)
  });

  it('one that would need more than 40 m/s is hit at 40 and comes down short', () => {
    for (const [distance, loft] of [[60, 10], [90, 10], [80, 60]]) {
      const c = cross(distance, loft);
      expect(c.speed, `${distance} m at ${loft}°`).toBe(40);
      expect(c.landX, `${distance} m at ${loft}°`).toBeLessThan(99);
    }
  });
});
