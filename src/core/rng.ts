import seedrandom from 'seedrandom';

// The only source of randomness in core. alea: ~4x faster than seedrandom's default ARC4.
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
}

export function createRng(seed: number | string): Rng {
  const gen = seedrandom.alea(String(seed));
  return { next: () => gen() };
}

/** Uniform in [lo, hi). */
export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng.next();
}

/** Approximately normal (Irwin–Hall of 4), mean 0, standard deviation sd; bounded to ±3.46 sd. */
export function gaussian(rng: Rng, sd: number): number {
  const s = rng.next() + rng.next() + rng.next() + rng.next() - 2;
  return s * Math.sqrt(3) * sd;
}
