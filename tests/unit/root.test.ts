import { describe, expect, it } from 'vitest';
import { increasingRoot } from '../../src/core/root';

// The root finder the launch speeds and the dribble touches use: regula falsi with the Illinois step.

/** An increasing function that counts its evaluations. */
function counted(g: (x: number) => number) {
  return { calls: 0, at(x: number) { this.calls++; return g(x); } };
}

describe('increasingRoot', () => {
  it('finds the root of a smooth increasing function in a handful of evaluations (bisection would take 30)', () => {
    for (const [g, root] of [
      [(x: number) => x * x * x + x - 3, 1.2134116627622296],
      [(x: number) => Math.exp(x) - 5, Math.log(5)],
      [(x: number) => Math.tanh(4 * (x - 2.5)), 2.5],
    ] as const) {
      const f = counted(g);
      const x = increasingRoot(f, 0, 6, 1e-12, 1e-12);
      expect(x).toBeCloseTo(root, 10);
      expect(f.calls).toBeLessThanOrEqual(16);
    }
  });

  it('stops on the value (|f| under its tolerance) or on the bracket, whichever comes first', () => {
    const f = counted((x) => x - 1);
    expect(Math.abs(increasingRoot(f, 0, 10, 0.5, 1e-12) - 1)).toBeLessThan(0.5);
    // A step: no value near 0, so the bracket must close on the jump.
    const step = counted((x) => (x < Math.PI ? -1 : 1));
    expect(increasingRoot(step, 0, 10, 1e-9, 1e-6)).toBeCloseTo(Math.PI, 5);
  });

  it('gives the end of the range when the root is not inside it, and uses the end values it is given', () => {
    expect(increasingRoot(counted((x) => x + 1), 0, 5, 1e-9, 1e-9)).toBe(0); // already over at lo
    expect(increasingRoot(counted((x) => x - 9), 0, 5, 1e-9, 1e-9)).toBe(5); // short even at hi
    const f = counted((x) => x - 2);
    increasingRoot(f, 0, 5, 1e-12, 1e-12, -2, 3);
    const g = counted((x) => x - 2);
    increasingRoot(g, 0, 5, 1e-12, 1e-12);
    expect(f.calls).toBe(g.calls - 2); // the two ends were not evaluated again
  });
});
