// The root of a function that grows with its argument, by regula falsi with the Illinois step
// (Dowell & Jarratt 1971): it brackets the root as bisection does, but takes a handful of
// evaluations where bisection takes twenty. Used where each evaluation flies or rolls a ball
// (flight.ts: a launch speed; carry.ts: a dribbler's touch). The function is an object carrying
// its own parameters, set by the caller, so that a solve allocates nothing.

/** A function of one number that grows with it. */
export interface Increasing {
  at(x: number): number;
}

/**
 * The x in [lo, hi] where f.at(x) = 0: lo if f is not below 0 there, hi if it is not above 0
 * there. Done when |f| < fTol or the bracket is narrower than xTol. fLo and fHi, when the caller
 * knows them, save evaluating f at the ends (NaN: evaluate).
 */
export function increasingRoot(f: Increasing, lo: number, hi: number, fTol: number, xTol: number, fLo = NaN, fHi = NaN): number {
  if (Number.isNaN(fLo)) fLo = f.at(lo);
  if (!(fLo < 0)) return lo;
  if (Number.isNaN(fHi)) fHi = f.at(hi);
  if (!(fHi > 0)) return hi;
  let moved = 0; // the end that moved last: −1 lo, +1 hi; the one left standing twice has its value halved
  for (let k = 0; k < 60; k++) {
    const x = (lo * fHi - hi * fLo) / (fHi - fLo);
    const v = f.at(x);
    if (v < 0) {
      lo = x;
      fLo = v;
      if (moved < 0) fHi /= 2;
      moved = -1;
    } else {
      hi = x;
      fHi = v;
      if (moved > 0) fLo /= 2;
      moved = 1;
    }
    if ((v < 0 ? -v : v) < fTol || hi - lo < xTol) return x;
  }
  return (lo + hi) / 2;
}
