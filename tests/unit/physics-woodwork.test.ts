import { describe, expect, it } from 'vitest';
import { BALL_RADIUS, BALL_STATE, BVX, BVY, BVZ, BX, BY, BZ, kick, stepBall } from '../../src/core/ball';
import { GOAL_HEIGHT, POST_RADIUS, postY } from '../../src/core/pitch';
import { Woodwork } from '../../src/core/woodwork';

// Posts and crossbar are round, 12 cm (design.md): a rebound leaves along the exact reflection
// about the contact normal, the normal from the bar's axis to the ball's centre at the first
// touch. Checked here against a reflection worked out independently, at offsets from a full hit
// to a graze, to within 2°.

const dt = 0.02;
const pitch = { length: 105, width: 68 };
const R = BALL_RADIUS + POST_RADIUS; // centre lines apart at contact
const E = 0.7; // restitution of the woodwork (design: 0.5–0.9)
const near = postY(pitch, -1);

/** Angle in degrees between two 2-D directions. */
function angleBetween(ax: number, ay: number, bx: number, by: number): number {
  const c = (ax * bx + ay * by) / (Math.hypot(ax, ay) * Math.hypot(bx, by));
  return (Math.acos(Math.min(1, Math.max(-1, c))) * 180) / Math.PI;
}

/**
 * Where a straight move from (a0, c0) by (da, dc) first comes within R of (ca, cc), as a fraction
 * of the move (the textbook quadratic, written out here apart from the engine's).
 */
function firstTouch(a0: number, c0: number, da: number, dc: number, ca: number, cc: number): number {
  const A = da * da + dc * dc, B = 2 * ((a0 - ca) * da + (c0 - cc) * dc), C = (a0 - ca) ** 2 + (c0 - cc) ** 2 - R * R;
  const disc = B * B - 4 * A * C;
  return disc < 0 ? NaN : (-B - Math.sqrt(disc)) / (2 * A);
}

/**
 * Advance until the woodwork is hit; return what the engine did and what the reflection about
 * the exact normal at first touch would have been, in the plane of the hit (a: x; c: y or z).
 */
function hitAndExpect(b: Float64Array, c: typeof BY | typeof BZ, centre: number): { hit: string; got: [number, number]; want: [number, number]; gap: number } {
  const ww = new Woodwork(pitch);
  const vc = c === BY ? BVY : BVZ;
  for (let k = 0; k < 200; k++) {
    const before = b.slice();
    const free = b.slice();
    stepBall(free, dt); // where it would have gone with no woodwork: the tick's straight move
    const hit = ww.advance(b, dt);
    if (!hit) continue;
    const t = firstTouch(before[BX], before[c], free[BX] - before[BX], free[c] - before[c], pitch.length, centre);
    const pa = before[BX] + t * (free[BX] - before[BX]), pc = before[c] + t * (free[c] - before[c]);
    const nx = (pa - pitch.length) / R, nc = (pc - centre) / R;
    const vn = free[BVX] * nx + free[vc] * nc;
    const want: [number, number] = [free[BVX] - (1 + E) * vn * nx, free[vc] - (1 + E) * vn * nc];
    return { hit, got: [b[BVX], b[vc]], want, gap: Math.hypot(b[BX] - pitch.length, b[c] - centre) };
  }
  throw new Error('the ball never met the woodwork');
}

describe('posts: round, the normal from geometry at first touch', () => {
  // A ball in flight at knee height towards the near post, at offsets across it: from a full hit
  // (0) to a graze (0.165 m of the 0.17 m that still touch), on both sides.
  const offsets = [-0.165, -0.15, -0.1, -0.05, 0, 0.03, 0.08, 0.12, 0.16];
  for (const off of offsets) {
    it(`offset ${off} m: leaves within 2° of the reflection, never inside the post`, () => {
      const b = new Float64Array(BALL_STATE);
      b[BX] = pitch.length - 1.3;
      b[BY] = near + off;
      b[BZ] = 0.5;
      kick(b, 1, 0, 22, 0.2);
      const r = hitAndExpect(b, BY, near);
      expect(r.hit).toBe('post');
      expect(angleBetween(r.got[0], r.got[1], r.want[0], r.want[1])).toBeLessThan(2);
      expect(Math.hypot(r.got[0], r.got[1])).toBeCloseTo(Math.hypot(r.want[0], r.want[1]), 6);
      expect(r.gap).toBeGreaterThanOrEqual(R - 1e-9); // it went on from the contact, outside the post
    });
  }

  it('a glancing hit deflects little, a full one comes straight back: the rebound turns with the offset', () => {
    const dir = (off: number) => {
      const b = new Float64Array(BALL_STATE);
      b[BX] = pitch.length - 1.3;
      b[BY] = near + off;
      b[BZ] = 0.5;
      kick(b, 1, 0, 22, 0.2);
      hitAndExpect(b, BY, near);
      return (Math.atan2(b[BVY], b[BVX]) * 180) / Math.PI;
    };
    expect(Math.abs(dir(0))).toBeCloseTo(180, 0); // straight back
    expect(Math.abs(dir(0.165))).toBeLessThan(90); // a graze goes on, towards the goal line
    expect(dir(0.08)).toBeGreaterThan(0); // off the post's far side: out towards higher y
    expect(dir(-0.08)).toBeLessThan(0);
  });

  it('a fast ball is caught at the first touch even when one tick would carry it past the post', () => {
    // 40 m/s is 0.8 m a tick, more than the 0.34 m the post and ball span together.
    const b = new Float64Array(BALL_STATE);
    b[BX] = pitch.length - 1.1;
    b[BY] = near + 0.1;
    b[BZ] = 0.5;
    kick(b, 1, 0, 40, 0);
    const r = hitAndExpect(b, BY, near);
    expect(r.hit).toBe('post');
    expect(angleBetween(r.got[0], r.got[1], r.want[0], r.want[1])).toBeLessThan(2);
  });

  it('a ball rolled under the bar between the posts goes in without touching', () => {
    const b = new Float64Array(BALL_STATE);
    b[BX] = 100;
    b[BY] = pitch.width / 2;
    kick(b, 1, 0, 15, 0);
    const ww = new Woodwork(pitch);
    for (let k = 0; k < 100; k++) expect(ww.advance(b, dt)).toBeNull();
    expect(b[BX]).toBeGreaterThan(105);
  });
});

describe('crossbar: round, the normal from geometry at first touch', () => {
  for (const off of [-0.16, -0.1, -0.04, 0, 0.05, 0.12, 0.15]) {
    it(`height offset ${off} m: leaves within 2° of the reflection (in the x–z plane)`, () => {
      // A hard, nearly flat shot at the middle of the bar; launched so that it meets the bar
      // about `off` above its axis (gravity bends it a little on the way: the check uses the
      // actual first touch).
      const b = new Float64Array(BALL_STATE);
      b[BX] = pitch.length - 1.2;
      b[BY] = pitch.width / 2;
      b[BZ] = GOAL_HEIGHT + off + 0.01; // it drops about 1 cm on the way
      kick(b, 1, 0, 28, 0);
      const r = hitAndExpect(b, BZ, GOAL_HEIGHT);
      expect(r.hit).toBe('crossbar');
      expect(angleBetween(r.got[0], r.got[1], r.want[0], r.want[1])).toBeLessThan(2);
      expect(r.gap).toBeGreaterThanOrEqual(R - 1e-9);
    });
  }

  it('a shot under the bar hits its underside and goes down; one over its top goes up and over', () => {
    const shot = (z: number) => {
      const b = new Float64Array(BALL_STATE);
      b[BX] = pitch.length - 1.2;
      b[BY] = pitch.width / 2;
      b[BZ] = z;
      kick(b, 1, 0, 28, 0);
      hitAndExpect(b, BZ, GOAL_HEIGHT);
      return b[BVZ];
    };
    expect(shot(GOAL_HEIGHT - 0.08)).toBeLessThan(0);
    expect(shot(GOAL_HEIGHT + 0.15)).toBeGreaterThan(0);
  });
});
