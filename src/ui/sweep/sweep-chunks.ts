import { decimalsOf, gridValues, type VaryAxis } from '../../analysis/grid';

// How the viewer's sweeps are cut up for the workers, pure: the grid along each parameter (a
// whole multiple of the slider's step, so every cell is a value the slider can show), and the
// chunks, each a small sweep of its own (`sweep(…, { vary: chunk.vary })`) whose cells land at
// known places of the whole grid. The map is handed out a row at a time, coarse to fine, so its
// shape shows after the first few rows.

export interface ParamRange {
  min: number;
  max: number;
  step: number;
  default?: number; // the grid goes through it, so the drill as written is a cell
}

/**
 * The grid along one parameter with at most `most` values: the slider's step times the smallest
 * whole k that fits, or k + 1 when that one divides the range exactly (so both ends are on the
 * grid). Never finer than the slider. It runs through the default value: the grid starts at the
 * lowest value default − j·step in range.
 */
export function gridAxis(name: string, p: ParamRange, most: number): VaryAxis {
  const intervals = Math.round((p.max - p.min) / p.step);
  const kMin = Math.max(1, Math.ceil(intervals / Math.max(1, most - 1)));
  let k = kMin;
  for (let c = kMin; c <= kMin + 1; c++) {
    if (intervals % c === 0) { k = c; break; }
  }
  const d = decimalsOf(p.step);
  const step = Number((k * p.step).toFixed(d));
  const anchor = p.default ?? p.min;
  const from = Number((anchor - Math.floor((anchor - p.min) / step + 1e-9) * step).toFixed(Math.max(d, decimalsOf(anchor))));
  return { name, from, to: p.max, step };
}

export interface Chunk {
  id: number; // position in the job's chunk list
  vary: VaryAxis[]; // the chunk's own sweep
  index: number[]; // where its cells go in the whole grid (row-major), in the order the sweep returns them
}

/**
 * 0 … n−1 ordered coarse to fine: both ends, then the middle, then the quarter points, …; every
 * prefix is spread over the whole range (a breadth-first walk of interval midpoints).
 */
export function coarseToFine(n: number): number[] {
  if (n <= 0) return [];
  if (n === 1) return [0];
  const out = [0, n - 1];
  const queue: Array<[number, number]> = [[0, n - 1]];
  while (queue.length) {
    const [a, b] = queue.shift()!;
    if (b - a < 2) continue;
    const m = (a + b) >> 1;
    out.push(m);
    queue.push([a, m], [m, b]);
  }
  return out;
}

/** A 2-D grid as one chunk per value of `rows` (each with every value of `cols`), coarse to fine. */
export function rowChunks(rows: VaryAxis, cols: VaryAxis): Chunk[] {
  const rv = gridValues(rows.from, rows.to, rows.step);
  const nc = gridValues(cols.from, cols.to, cols.step).length;
  return coarseToFine(rv.length).map((r, id) => ({
    id,
    vary: [{ name: rows.name, from: rv[r], to: rv[r], step: rows.step }, cols],
    index: Array.from({ length: nc }, (_, c) => r * nc + c),
  }));
}

/**
 * A 1-D grid as `parts` runs of neighbouring values (as equal as possible). Each run's own grid
 * (from its first value by the same step) gives the same numbers as the whole one: the values are
 * rounded to the step's decimals either way (checked by the tests for every drill's band).
 */
export function spanChunks(axis: VaryAxis, parts: number): Chunk[] {
  const v = gridValues(axis.from, axis.to, axis.step);
  const n = Math.max(1, Math.min(parts, v.length));
  const out: Chunk[] = [];
  for (let p = 0; p < n; p++) {
    const a = Math.floor((p * v.length) / n), b = Math.floor(((p + 1) * v.length) / n) - 1;
    if (b < a) continue;
    out.push({ id: out.length, vary: [{ name: axis.name, from: v[a], to: v[b], step: axis.step }], index: Array.from({ length: b - a + 1 }, (_, k) => a + k) });
  }
  return out;
}

/** Workers for the map: one per core the browser reports, at least two (a map never waits on one). */
export function workerCount(hardwareConcurrency: number | undefined): number {
  return Math.max(2, Math.floor(hardwareConcurrency ?? 0));
}
