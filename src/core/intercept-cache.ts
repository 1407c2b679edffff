// The layout of the players' cache of ball readings (read and written by intercept.ts, owned by
// the world): SLOTS questions per player, INTERCEPT_FIELDS numbers per question.
export const INTERCEPT_SLOTS = 3; // cached questions per player (each brain asks with its own height and delay)
export const INTERCEPT_FIELDS = 9; // maxZ, delay, forward, predFrom, tick, ok, x, y, at

/** An empty cache for n players: every slot unused (−1 matches no question). */
export function newInterceptCache(n: number): Float64Array {
  return new Float64Array(n * INTERCEPT_SLOTS * INTERCEPT_FIELDS).fill(-1);
}
