import { describe, expect, it } from 'vitest';
import { BALL_STATE, BX, BZ, kick, stepBall } from '../../src/core/ball';
import { heightAt, launchSpeed } from '../../src/core/flight';

// Solving a lofted ball's launch speed: the flight function it solves on, and the solve itself
// against plain bisection on the same flight.

const dt = 0.02; // the engine's tick (50 Hz)
const deg = (d: number) => (d * Math.PI) / 180;
const s = new Float64Array(BALL_STATE);

/** Where the ball is after each tick of its flight, with no ground to stop it, for `ticks` ticks. */
function path(speed: number, elev: number, ticks: number): { x: number; z: number }[] {
  const b = new Float64Array(BALL_STATE);
  kick(b, 1, 0, speed, elev);
  b[BZ] = 500; // high above the ground: the same air, nothing to land on
  const out = [{ x: 0, z: 0 }];
  for (let k = 0; k < ticks; k++) {
    stepBall(b, dt);
    out.push({ x: b[BX], z: b[BZ] - 500 });
  }
  return out;
}

/** Bisection to 1e-9 m/s on the same flight (the slow way): where heightAt − z changes sign. */
function bisect(dist: number, elev: number, z: number, lo: number, hi: number): number {
  while (hi - lo > 1e-9) {
    const v = (lo + hi) / 2;
    if (heightAt(s, dt, dist, v, elev) < z) lo = v;
    else hi = v;
  }
  return (lo + hi) / 2;
}

describe('heightAt: the flight at a distance', () => {
  it('is the height of the ticks either side, linear between them, over the ground or (short) below it', () => {
    const p = path(20, deg(30), 400);
    for (const d of [5, 20, 28, 31]) {
      const k = p.findIndex((q) => q.x >= d);
      const { x: x0, z: z0 } = p[k - 1], { x: x1, z: z1 } = p[k];
      expect(heightAt(s, dt, d, 20, deg(30)), `${d} m`).toBeCloseTo(z0 + ((z1 - z0) * (d - x0)) / (x1 - x0), 9);
    }
    expect(heightAt(s, dt, 20, 20, deg(30))).toBeGreaterThan(2); // over the ground at 20 m
    expect(heightAt(s, dt, 31, 20, deg(30))).toBeLessThan(-2); // it came down before 31 m
  });

  it('runs on without a jump from short to over, and grows with the speed (what the solve needs)', () => {
    for (const [d, e] of [[35, 25], [12, 40], [50, 20], [11, 58]] as const) {
      let prev = -Infinity;
      for (let v = 8; v <= 40; v += 0.01) {
        const h = heightAt(s, dt, d, v, deg(e));
        if (h < -8) continue; // far short (it would be metres underground): only "lower" matters there
        expect(h, `${d} m at ${e}°, ${v.toFixed(2)} m/s`).toBeGreaterThan(prev);
        // No step near the ground (within 5 m of it): a few centimetres for 0.01 m/s at most.
        if (prev > -5 && h < 5) expect(h - prev, `${d} m at ${e}°, ${v.toFixed(2)} m/s`).toBeLessThan(0.05);
        prev = h;
      }
    }
  });
});

describe('launchSpeed', () => {
  it('lands a cross where asked, at the speed bisection finds, for crosses of 10–60 m at 15–45°', () => {
    for (const d of [10, 20, 35, 45, 60]) {
      for (const e of [15, 25, 35, 45]) {
        const v = launchSpeed(s, dt, d, deg(e), 0, 5, 45);
        const want = bisect(d, deg(e), 0, 5, 45);
        if (want > 45 - 1e-6) { expect(v, `${d} m at ${e}°`).toBe(45); continue; } // too far for any kick
        expect(Math.abs(v - want), `${d} m at ${e}°`).toBeLessThan(1e-3);
        expect(Math.abs(heightAt(s, dt, d, v, deg(e))), `${d} m at ${e}°`).toBeLessThan(1e-3); // comes down at d, to a millimetre
      }
    }
  });

  it('drops a chip through a height at the goal line: 1.5 m at 9–14 m, 24–58°', () => {
    for (const d of [9, 11, 14]) {
      for (const e of [24, 36, 46, 58]) {
        const v = launchSpeed(s, dt, d, deg(e), 1.5, 4, 30);
        expect(Math.abs(v - bisect(d, deg(e), 1.5, 4, 30)), `${d} m at ${e}°`).toBeLessThan(1e-3);
        expect(heightAt(s, dt, d, v, deg(e)), `${d} m at ${e}°`).toBeCloseTo(1.5, 3);
      }
    }
  });

  it('gives the end of the range when no speed in it will do', () => {
    expect(launchSpeed(s, dt, 120, deg(30), 0, 5, 45)).toBe(45); // out of reach: the hardest it may try
    expect(launchSpeed(s, dt, 2, deg(30), 0, 5, 45)).toBe(5); // already over at the softest
  });
});
