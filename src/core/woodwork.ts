import Matter from 'matter-js';
import { BALL_RADIUS, BVX, BVY, BVZ, BX, BY, BZ, stepBall } from './ball';
import { GOAL_HEIGHT, POST_RADIUS, postY, type Pitch } from './pitch';
import { len3 } from './vec';
import { cos, sin } from './detmath';

// matter-js earns its place here: its SAT contact test (Collision.collides) gives the normal and
// depth between the ball and the woodwork. Posts are circles in the x–y plane; the crossbar is a
// circle in the x–z plane. The bodies are made at the first contact test of a run, and the test
// runs only when the ball is within half a metre of the woodwork, so the per-tick step (and a
// run that never nears the goal) pays nothing for it elsewhere.
// Matter works in centimetres here so that its polygonal circles are fine enough.
const CM = 100;
const WOODWORK_RESTITUTION = 0.7;
const NEAR = 0.5; // metres: closer than this, ask matter-js
const SUBSTEP_ZONE = 2; // metres from the goal line where the ball moves in sub-steps
const SUBSTEP_LENGTH = 0.08; // metres a sub-step may move: well under the contact radius (0.17 m)

export type WoodworkHit = 'post' | 'crossbar' | null;

const SIDES = 32;

/**
 * A 32-sided circle body. Its vertices come from detmath's cos and sin, not matter-js's own
 * Bodies.circle (Math.cos/sin), so contacts give the same bits in Node and in the browser.
 */
function circle(radius: number, isStatic: boolean): Matter.Body {
  const vertices = Array.from({ length: SIDES }, (_, k) => {
    const a = (2 * Math.PI * (k + 0.5)) / SIDES;
    return { x: radius * cos(a), y: radius * sin(a) };
  });
  return Matter.Body.create({ position: { x: 0, y: 0 }, vertices, isStatic });
}

export class Woodwork {
  // Made at the first contact test, not with the world: most runs never need them.
  private ball: Matter.Body | null = null;
  private bar: Matter.Body | null = null;
  private readonly at = { x: 0, y: 0 }; // scratch vector reused for setPosition

  constructor(private readonly pitch: Pitch) {}

  /**
   * Advance the ball one tick. Near the goal it moves in sub-steps short enough that a contact
   * is found at first touch, not after the ball has sunk into the woodwork.
   */
  advance(b: Float64Array, dt: number): WoodworkHit {
    if (Math.abs(b[BX] - this.pitch.length) > SUBSTEP_ZONE) {
      stepBall(b, dt);
      return null;
    }
    const speed = len3(b[BVX], b[BVY], b[BVZ]);
    const n = Math.max(1, Math.ceil((speed * dt) / SUBSTEP_LENGTH));
    let hit: WoodworkHit = null;
    for (let k = 0; k < n; k++) {
      stepBall(b, dt / n);
      hit = this.collide(b) ?? hit;
    }
    return hit;
  }

  /** Resolve a contact of the ball (state b) with a post or the crossbar, in place. */
  collide(b: Float64Array): WoodworkHit {
    const gx = this.pitch.length;
    if (Math.abs(b[BX] - gx) > NEAR) return null;
    if (b[BZ] <= GOAL_HEIGHT + BALL_RADIUS) {
      const near = postY(this.pitch, -1), far = postY(this.pitch, 1);
      if (Math.abs(b[BY] - near) < NEAR && this.bounce(b, BX, BY, BVX, BVY, gx, near)) return 'post';
      if (Math.abs(b[BY] - far) < NEAR && this.bounce(b, BX, BY, BVX, BVY, gx, far)) return 'post';
    }
    if (Math.abs(b[BY] - this.pitch.width / 2) <= postY(this.pitch, 1) - this.pitch.width / 2) {
      if (Math.abs(b[BZ] - GOAL_HEIGHT) < NEAR && this.bounce(b, BX, BZ, BVX, BVZ, gx, GOAL_HEIGHT)) {
        return 'crossbar';
      }
    }
    return null;
  }

  // A 2D contact in the plane of axes (a, c) of the ball state, against a bar section at (ca, cc).
  private bounce(b: Float64Array, a: number, c: number, va: number, vc: number, ca: number, cc: number): boolean {
    const ball = (this.ball ??= circle(BALL_RADIUS * CM, false));
    const bar = (this.bar ??= circle(POST_RADIUS * CM, true));
    this.at.x = ca * CM;
    this.at.y = cc * CM;
    Matter.Body.setPosition(bar, this.at);
    this.at.x = b[a] * CM;
    this.at.y = b[c] * CM;
    Matter.Body.setPosition(ball, this.at);
    const hit = Matter.Collision.collides(ball, bar);
    if (!hit || !hit.collided) return false;
    let nx = hit.normal.x;
    let ny = hit.normal.y;
    // Orient the normal from the woodwork towards the ball.
    if (nx * (b[a] - ca) + ny * (b[c] - cc) < 0) {
      nx = -nx;
      ny = -ny;
    }
    const vn = b[va] * nx + b[vc] * ny;
    if (vn >= 0) return false; // already moving away
    b[va] -= (1 + WOODWORK_RESTITUTION) * vn * nx;
    b[vc] -= (1 + WOODWORK_RESTITUTION) * vn * ny;
    const depth = hit.depth / CM;
    b[a] += nx * depth;
    b[c] += ny * depth;
    return true;
  }
}
