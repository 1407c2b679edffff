import { describe, expect, it } from 'vitest';
import { atan2, cos, exp, log, sin } from '../../src/core/detmath';

// The deterministic versions must agree with Math to within a few units in the last place, so
// that swapping them in changes nothing a coach could see; they differ from Math only so that
// Node and every browser compute the same bits.
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(Number.EPSILON * Math.abs(b), Number.MIN_VALUE);
}

describe('deterministic math', () => {
  it('exp and log within 4 ulp of Math over the engine\'s range and beyond', () => {
    let worst = 0;
    for (let k = 0; k < 20000; k++) {
      const x = -40 + (k / 20000) * 80;
      worst = Math.max(worst, ulps(exp(x), Math.exp(x)));
      const y = 1e-6 * Math.pow(1e12, k / 20000);
      worst = Math.max(worst, ulps(log(y), Math.log(y)) * Math.min(1, Math.abs(Math.log(y))));
    }
    expect(worst).toBeLessThan(4);
    expect([exp(0), log(1), exp(-Infinity), log(0)]).toEqual([1, 0, 0, -Infinity]);
  });

  it('sin, cos and atan2 within 4 ε (absolute) of Math: 4 ulp or fewer for results of size 1–π', () => {
    let worst = 0;
    for (let k = 0; k <= 20000; k++) {
      const a = -10 + (k / 20000) * 20;
      worst = Math.max(worst, Math.abs(sin(a) - Math.sin(a)) / Number.EPSILON, Math.abs(cos(a) - Math.cos(a)) / Number.EPSILON);
      const y = Math.sin(a) * 3, x = Math.cos(a * 1.3) * 2;
      worst = Math.max(worst, Math.abs(atan2(y, x) - Math.atan2(y, x)) / Number.EPSILON);
    }
    expect(worst).toBeLessThanOrEqual(4); // ≤ 4 × 2.2e-16 absolute: far below anything a drill could show
    expect([sin(0), cos(0), atan2(0, 1), atan2(1, 0)]).toEqual([0, 1, 0, Math.PI / 2]);
  });
});
