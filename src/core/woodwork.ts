import { BALL_RADIUS, BUX, BUY, BVX, BVY, BVZ, BX, BY, BZ, stepBall } from './ball';
import { GOAL_HEIGHT, POST_RADIUS, postY, type Pitch } from './pitch';

// The ball against the woodwork, in closed form. Posts are vertical cylinders (circles in the
// x–y plane), the crossbar a horizontal one (a circle in the x–z plane), all 12 cm round. In a
// tick the ball moves along a straight segment (the integrator's x += v·dt), so the first contact
// is where that segment first comes within ball radius + bar radius of a bar's axis: a quadratic.
// The normal there is exact (from the bar's axis to the ball's centre); the velocity is reflected
// about it, and the ball goes on with the rest of the tick from the point of contact. It never
// sinks into the woodwork, and the normal is the geometry's, at any angle.

const WOODWORK_RESTITUTION = 0.7; // of the normal speed (design: 0.5–0.9)
const CONTACT = BALL_RADIUS + POST_RADIUS; // metres between centre lines at contact
const ZONE = 2; // metres from the goal line: further out no tick can reach the woodwork (< 40 m/s · 0.02 s)

export type WoodworkHit = 'post' | 'crossbar' | null;

/**
 * Fraction t ∈ [0, 1] along the segment from (a0, c0) by (da, dc) at which a circle of radius
 * CONTACT around (ca, cc) is first met while moving inwards; 2 if not met. A start already inside
 * (rounding) counts as a contact at 0 when moving inwards.
 */
function firstContact(a0: number, c0: number, da: number, dc: number, ca: number, cc: number): number {
  const fa = a0 - ca, fc = c0 - cc;
  const along = fa * da + fc * dc; // < 0: closing
  if (along >= 0) return 2;
  const gap = fa * fa + fc * fc - CONTACT * CONTACT;
  if (gap <= 0) return 0;
  const dd = da * da + dc * dc;
  const disc = along * along - dd * gap;
  if (disc < 0) return 2;
  const t = (-along - Math.sqrt(disc)) / dd;
  return t <= 1 ? t : 2;
}

export class Woodwork {
  constructor(private readonly pitch: Pitch) {}

  /** Advance the ball one tick, meeting the woodwork on the way. */
  advance(b: Float64Array, dt: number): WoodworkHit {
    if (Math.abs(b[BX] - this.pitch.length) > ZONE) {
      stepBall(b, dt);
      return null;
    }
    const x0 = b[BX], y0 = b[BY], z0 = b[BZ];
    stepBall(b, dt);
    return this.sweep(b, x0, y0, z0, dt);
  }

  /**
   * The ball went from (x0, y0, z0) to where b now is, in `dt` seconds along a straight line: if
   * it met a post or the crossbar on the way, put it at the point of contact, reflect it, and
   * move it on along its new velocity for the rest of the time. A second contact in the same
   * tick (post then bar) is looked for once more.
   */
  sweep(b: Float64Array, x0: number, y0: number, z0: number, dt: number): WoodworkHit {
    let hit: WoodworkHit = null;
    for (let pass = 0; pass < 2; pass++) {
      const t = this.contact(b, x0, y0, z0, dt);
      if (t > 1) break;
      hit = this.kind;
      dt *= 1 - t; // what is left of the tick, from the contact point
      x0 = b[BX] - b[BVX] * dt;
      y0 = b[BY] - b[BVY] * dt;
      z0 = b[BZ] - b[BVZ] * dt;
    }
    return hit;
  }

  private kind: WoodworkHit = null; // what contact() met

  // First contact along the segment; returns its fraction t (2 if none) and leaves the ball
  // moved on from the contact point for the rest of the time.
  private contact(b: Float64Array, x0: number, y0: number, z0: number, dt: number): number {
    const dx = b[BX] - x0, dy = b[BY] - y0, dz = b[BZ] - z0;
    const gx = this.pitch.length;
    const near = postY(this.pitch, -1), far = postY(this.pitch, 1);
    let best = 2, cy = 0;
    this.kind = null;
    const tn = firstContact(x0, y0, dx, dy, gx, near);
    if (tn < best && z0 + tn * dz <= GOAL_HEIGHT) { best = tn; this.kind = 'post'; cy = near; }
    const tf = firstContact(x0, y0, dx, dy, gx, far);
    if (tf < best && z0 + tf * dz <= GOAL_HEIGHT) { best = tf; this.kind = 'post'; cy = far; }
    const tb = firstContact(x0, z0, dx, dz, gx, GOAL_HEIGHT);
    const yb = y0 + tb * dy;
    if (tb < best && yb >= near && yb <= far) { best = tb; this.kind = 'crossbar'; }
    if (!this.kind) return 2;
    // The point of contact, the exact normal from the bar's axis, and the reflection.
    const px = x0 + best * dx, py = y0 + best * dy, pz = z0 + best * dz;
    const post = this.kind === 'post';
    const nx = (px - gx) / CONTACT;
    const nc = post ? (py - cy) / CONTACT : (pz - GOAL_HEIGHT) / CONTACT;
    const vc = post ? BVY : BVZ;
    const vn = b[BVX] * nx + b[vc] * nc;
    if (vn < 0) {
      const kx = -(1 + WOODWORK_RESTITUTION) * vn * nx, kc = -(1 + WOODWORK_RESTITUTION) * vn * nc;
      b[BVX] += kx;
      b[vc] += kc;
      b[BUX] += kx; // the spin is untouched: the slip changes as the horizontal velocity does
      if (post) b[BUY] += kc;
    }
    // The rest of the tick along the (new) velocity.
    const rest = (1 - best) * dt;
    b[BX] = px + b[BVX] * rest;
    b[BY] = py + b[BVY] * rest;
    b[BZ] = Math.max(0, pz + b[BVZ] * rest);
    return best;
  }
}
