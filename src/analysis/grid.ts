import { checkParamValues } from '../scenario/resolve';
import type { ScenarioFile } from '../scenario/types';

// The values a sweep tries along each axis: FROM, FROM + STEP, … up to TO, checked against the
// drill's declared parameters, with no floating-point drift (0.1 · 3 is 0.3, not 0.30000000000000004).

/** One varied parameter: every value from `from` to `to` (inclusive when on the grid) by `step`. */
export interface VaryAxis {
  name: string;
  from: number;
  to: number;
  step: number;
}

export interface Axis {
  name: string;
  values: number[];
}

/** A sweep asked for something the drill or the limits do not allow; the message says what. */
export class SweepError extends Error {
  /** `param`: the parameter the problem is about, when there is one. */
  constructor(message: string, readonly param?: string) {
    super(message);
    this.name = 'SweepError';
  }
}

export const MAX_AXES = 2;
export const MAX_CELLS = 10_000;
const MAX_DECIMALS = 12;

/** Digits after the point in the shortest decimal form of x (0.05 → 2, 1e-7 → 7, 3 → 0). */
export function decimalsOf(x: number): number {
  const m = /^-?\d+(?:\.(\d+))?(?:e([-+]\d+))?$/i.exec(String(x));
  if (!m) return MAX_DECIMALS;
  const d = (m[1]?.length ?? 0) - Number(m[2] ?? 0);
  return Math.max(0, Math.min(MAX_DECIMALS, d));
}

/** How many grid values lie in [from, to]: the last one may fall short of `to`, never past it. */
export function gridCount(from: number, to: number, step: number): number {
  return Math.floor((to - from) / step + 1e-9) + 1;
}

/** from + k·step for k = 0 … count − 1, each rounded to the decimals of `from` and `step`. */
export function gridValues(from: number, to: number, step: number): number[] {
  const decimals = Math.max(decimalsOf(from), decimalsOf(step));
  const n = gridCount(from, to, step);
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = Number((from + k * step).toFixed(decimals));
  return out;
}

function rangeText(s: ScenarioFile, name: string): string {
  const p = s.params![name];
  return `${p.min}–${p.max}${p.unit ? ' ' + p.unit : ''}`;
}

/**
 * The axes of a sweep, or a SweepError naming the parameter and what is wrong with it: unknown,
 * varied twice, a step that is not positive, FROM after TO, an end outside the declared range,
 * or more than maxCells cells in all.
 */
export function sweepAxes(s: ScenarioFile, vary: readonly VaryAxis[], maxCells = MAX_CELLS): Axis[] {
  if (vary.length < 1 || vary.length > MAX_AXES) {
    throw new SweepError(`expected 1 or ${MAX_AXES} parameters to vary, got ${vary.length}`);
  }
  const defs = s.params ?? {};
  const names = Object.keys(defs);
  const seen = new Set<string>();
  let cells = 1;
  for (const v of vary) {
    if (!Object.prototype.hasOwnProperty.call(defs, v.name)) {
      throw new SweepError(`unknown parameter "${v.name}" (parameters: ${names.length ? names.map((n) => `${n} ${rangeText(s, n)}`).join(', ') : 'the drill declares none'})`, v.name);
    }
    if (seen.has(v.name)) throw new SweepError(`${v.name} is varied twice`, v.name);
    seen.add(v.name);
    if (![v.from, v.to, v.step].every(Number.isFinite)) throw new SweepError(`${v.name}: FROM, TO and STEP must be numbers`, v.name);
    if (v.step <= 0) throw new SweepError(`${v.name}: the step must be greater than 0, got ${v.step}`, v.name);
    if (v.from > v.to) throw new SweepError(`${v.name}: FROM (${v.from}) must not be greater than TO (${v.to})`, v.name);
    for (const end of [v.from, v.to]) {
      const [problem] = checkParamValues(s, { [v.name]: end });
      if (problem) throw new SweepError(problem.message, v.name);
    }
    cells *= gridCount(v.from, v.to, v.step);
  }
  if (cells > maxCells) {
    const sizes = vary.map((v) => `${gridCount(v.from, v.to, v.step)} values of ${v.name}`).join(' × ');
    throw new SweepError(`${sizes} make ${cells} cells, more than the limit of ${maxCells}: use a larger step or a narrower range`);
  }
  return vary.map((v) => ({ name: v.name, values: gridValues(v.from, v.to, v.step) }));
}
