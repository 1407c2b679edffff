import { BALL_RADIUS, BUX, BUY, BVX, BVY, BVZ, BX, BY, BZ } from './ball';
import { GOAL_HEIGHT, GOAL_WIDTH, inGoalMouth, type Pitch } from './pitch';

// The goal line and the net. A goal is the ball wholly over the line between the posts and under
// the bar: its centre crosses the plane of the line's far edge (x = length + radius) at a height
// under the bar. After it, the net holds the ball: its back (NET_DEPTH behind the line), its roof
// (the crossbar's height) and its sides (the posts) take the ball's speed into them, so a ball in
// off the bar drops in the goal and never climbs metres up inside it.

export const NET_DEPTH = 1.5; // m behind the goal line
const NET_GIVE = 0.15; // of the speed into the net that comes back out of it

/** Height of the ball's centre where its path from (x0, z0) to (x1, z1) crosses x = at. */
export function heightAt(x0: number, z0: number, x1: number, z1: number, at: number): number {
  if (x1 === x0) return Math.min(z0, z1);
  const s = Math.min(1, Math.max(0, (at - x0) / (x1 - x0)));
  return z0 + s * (z1 - z0);
}

/** The ball went from prev to b this tick, crossing the line wholly: was that between the posts and under the bar? */
export function crossedUnderBar(p: Pitch, prev: Float64Array, b: Float64Array): boolean {
  const at = p.length + BALL_RADIUS;
  const z = heightAt(prev[BX], prev[BZ], b[BX], b[BZ], at);
  const y = prev[BY] + (b[BX] === prev[BX] ? 0 : ((at - prev[BX]) / (b[BX] - prev[BX])) * (b[BY] - prev[BY]));
  return z + BALL_RADIUS <= GOAL_HEIGHT && inGoalMouth(p, y, z, BALL_RADIUS);
}

/** A ball in the net stays in it: back, roof and sides take its speed. */
export function holdInNet(p: Pitch, b: Float64Array): void {
  const back = p.length + NET_DEPTH - BALL_RADIUS;
  if (b[BX] > back) {
    b[BX] = back;
    if (b[BVX] > 0) b[BVX] = -NET_GIVE * b[BVX];
    b[BVY] *= NET_GIVE; // the net wraps round it
    b[BUX] = b[BVX];
    b[BUY] = b[BVY];
  }
  const roof = GOAL_HEIGHT - BALL_RADIUS;
  if (b[BZ] > roof) {
    b[BZ] = roof;
    if (b[BVZ] > 0) b[BVZ] = 0;
  }
  const half = GOAL_WIDTH / 2 - BALL_RADIUS, mid = p.width / 2;
  if (b[BX] > p.length && Math.abs(b[BY] - mid) > half) {
    b[BY] = mid + Math.sign(b[BY] - mid) * half;
    b[BVY] = -NET_GIVE * b[BVY];
    b[BUY] = b[BVY];
  }
}
