import type { Metres } from './units';
import type { World } from './world';

// Players' bodies: discs that never overlap. After the players have moved, any two closer than
// two body radii are pushed apart along the line between their centres, half each, and lose the
// speed with which they were closing (an inelastic contact between equal masses): a player
// running into another stops against him and pushes him, he does not pass through.
//
// Written by hand rather than with matter-js, on measurement (two runs on this project's busy
// two-core machine, matter-js 0.20): matter-js has no true circles (Bodies.circle of 0.3 m is a
// 10-sided polygon), so Collision.collides runs a separating-axis test per pair, 1.9–2.2 µs for
// an overlapping pair and 0.7–1.0 µs for one whose boxes overlap, and its bodies' vertices must
// be moved to the engine's positions every tick (Body.setPosition, 0.2–0.9 µs a body); its full
// step (Engine.update) took 4.4–14 µs for eight circles. The loop below resolves an overlapping
// pair in 0.03–0.08 µs and sweeps all 28 pairs of eight players apart in 0.11–0.38 µs, exactly
// for discs, deterministic and allocation-free, against an engine tick of about 2 µs. matter-js
// would cost more, approximate a disc by a polygon, and save no code.

export const BODY_RADIUS: Metres = 0.3; // shoulders about 0.45 m wide, arms and a lean: a disc of 0.3 m
export const BODY_GAP: Metres = 2 * BODY_RADIUS; // closest two centres may come
const PASSES = 200; // two touching settle in one sweep, a crowd in a few; a pile (players all sent to one spot) takes more

const orders = new WeakMap<World, Int32Array>();
let lastWorld: World | null = null; // the world asked about last, and its order: one run asks every tick
let lastOrder: Int32Array = new Int32Array(0);

/** The agents' indices in the order of their ids: the contacts are resolved in that order, never the file's. */
function byId(w: World): Int32Array {
  if (w === lastWorld) return lastOrder;
  let o = orders.get(w);
  if (!o) {
    const ids = w.agents.map((a) => a.id);
    o = Int32Array.from(ids.map((_, i) => i).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0)));
    orders.set(w, o);
  }
  lastWorld = w;
  lastOrder = o;
  return o;
}

/** The most two players can close in one tick (m): both at the fastest top speed, and a millionth more for rounding. */
export function closingPerTick(profiles: readonly { maxSpeed: number }[], dt: number): number {
  let top = 0; // m/s
  for (const p of profiles) if (p.maxSpeed > top) top = p.maxSpeed;
  return 2 * top * dt * (1 + 1e-6);
}

/**
 * Are any two bodies overlapping? Pairs in file order: the answer is the same in any order. When
 * none is, w.bodiesFree is set to the number of calls after this one that surely find none
 * either: the closest pair is that far apart, and between two calls (one tick's steering) two
 * players close by at most their two top speeds' worth.
 */
function anyOverlap(w: World, px: Float64Array, py: Float64Array, n: number): boolean {
  let least2 = Infinity; // m², the smallest squared distance over pairs
  for (let i = 0; i < n - 1; i++) {
    const x = px[i], y = py[i];
    for (let j = i + 1; j < n; j++) {
      const dx = px[j] - x;
      const dx2 = dx * dx;
      if (dx2 >= least2) continue; // no nearer than the nearest so far, and (least2 ≥ GAP²) not touching
      const dy = py[j] - y;
      const d2 = dx2 + dy * dy;
      if (d2 < BODY_GAP * BODY_GAP) return true;
      if (d2 < least2) least2 = d2;
    }
  }
  const free = Math.floor((Math.sqrt(least2) - BODY_GAP - 1e-6) / w.bodiesClose); // a micrometre in hand
  w.bodiesFree = free > 0 ? free : 0;
  return false;
}

const H = Math.SQRT1_2;
const COMPASS = Float64Array.of(1, 0, H, H, 0, 1, -H, H, -1, 0, -H, -H, 0, -1, H, -H); // unit vectors (x, y)

/**
 * Separate every pair of players whose bodies overlap (positions in m, velocities in m/s, in
 * place). False if a crowd is still not settled after PASSES sweeps (only a pile placed on one
 * spot in a file comes near that: the run's start settles it by calling again).
 */
export function separateBodies(w: World): boolean {
  const n = w.n;
  // Between calls only steering moves the players (at most top speed): the last check may vouch.
  if (w.bodiesFree > 0) {
    w.bodiesFree--;
    return true;
  }
  if (n < 2 || !anyOverlap(w, w.px, w.py, n)) return true; // nearly every tick: nobody touching
  const order = byId(w);
  const { px, py, vx, vy, profiles } = w;
  for (let pass = 0; pass < PASSES; pass++) {
    let touched = false;
    for (let a = 0; a < n - 1; a++) {
      const i = order[a];
      for (let b = a + 1; b < n; b++) {
        const j = order[b];
        const dx = px[j] - px[i];
        if (dx >= BODY_GAP || dx <= -BODY_GAP) continue; // far apart: the common case, one subtraction
        const dy = py[j] - py[i];
        if (dy >= BODY_GAP || dy <= -BODY_GAP) continue;
        const d2 = dx * dx + dy * dy;
        if (d2 >= BODY_GAP * BODY_GAP) continue;
        touched = true;
        const d = Math.sqrt(d2);
        // Exactly on top of each other (a file may place them so): apart along one of eight
        // directions picked by their ranks, so that a pile spreads out rather than into a line.
        const nx = d > 1e-9 ? dx / d : COMPASS[2 * ((a + 3 * b) & 7)];
        const ny = d > 1e-9 ? dy / d : COMPASS[2 * ((a + 3 * b) & 7) + 1];
        const push = (BODY_GAP - d) / 2 + 1e-9; // a nanometre more, so rounding never leaves them overlapping
        px[i] -= nx * push;
        py[i] -= ny * push;
        px[j] += nx * push;
        py[j] += ny * push;
        const closing = (vx[j] - vx[i]) * nx + (vy[j] - vy[i]) * ny; // m/s, negative when coming together
        if (closing < 0) {
          const h = closing / 2;
          vx[i] += nx * h;
          vy[i] += ny * h;
          vx[j] -= nx * h;
          vy[j] -= ny * h;
          capSpeed(w, i, profiles[i].maxSpeed);
          capSpeed(w, j, profiles[j].maxSpeed);
        }
      }
    }
    if (!touched) return true;
  }
  return false;
}

/** A push never takes a player beyond his own top speed. */
function capSpeed(w: World, i: number, vmax: number): void {
  const s2 = w.vx[i] * w.vx[i] + w.vy[i] * w.vy[i];
  if (s2 > vmax * vmax) {
    const k = vmax / Math.sqrt(s2);
    w.vx[i] *= k;
    w.vy[i] *= k;
  }
}
