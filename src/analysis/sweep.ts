import { OUTCOMES, type Result } from '../core/events';
import { simulate } from '../core/simulate';
import { checkParamValues, paramValues, resolveDrill, type ParamValues } from '../scenario/resolve';
import type { ScenarioFile } from '../scenario/types';
import { SweepError, sweepAxes, type Axis, type VaryAxis } from './grid';
import type { RunCell, SeedsCell, Shares, SweepCell } from './cell';
import { mainLine, mainLinePlayed, runMargins, scenarioRunner } from './margins';
import { OUTCOME_CLASSES, outcomeClass, inOffsidePosition, type OutcomeClass } from './outcome-class';

// A timing-window sweep: the drill run over a grid of one or two parameters, each cell exactly
// the run `onside run FILE --set … --seed N` gives, kept as its outcome and margins (no frames).

export const MAX_SEED = 4294967295;
export const MAX_RUNS = 100_000; // cells × seeds

export interface SweepOptions {
  vary: VaryAxis[]; // one or two axes
  seed: number; // the (first) seed
  seeds?: number; // K: run seeds seed … seed + K − 1 per cell (default 1)
  base?: ParamValues; // fixed values of the other parameters (over the defaults and the variation's)
  variation?: string;
  maxCells?: number;
  /** Only the rows [from, to) of the first axis (a share of the work for one thread); all when absent. */
  rows?: { from: number; to: number };
}

export interface Sweep {
  scenario: string;
  variation?: string;
  seed: number;
  seeds: number;
  params: ParamValues; // the parameters held fixed (defaults, the variation's, base), not the varied ones
  axes: Axis[];
  /** Row-major: cell (i, j) of a 2-D sweep is cells[i · axes[1].values.length + j]. */
  cells: SweepCell[];
}

function check(s: ScenarioFile, o: SweepOptions, axes: Axis[]): number {
  const seeds = o.seeds ?? 1;
  if (o.variation !== undefined && !s.variations?.some((v) => v.id === o.variation)) {
    const ids = (s.variations ?? []).map((v) => v.id);
    throw new SweepError(`unknown variation "${o.variation}" (variations: ${ids.length ? ids.join(', ') : 'the drill declares none'})`);
  }
  for (const [name, v] of Object.entries(o.base ?? {})) {
    const [problem] = checkParamValues(s, { [name]: v });
    if (problem) throw new SweepError(problem.message, name);
    if (axes.some((a) => a.name === name)) throw new SweepError(`${name} is both varied and set`, name);
  }
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > MAX_SEED) throw new SweepError(`the seed must be a whole number 0–${MAX_SEED}, got ${o.seed}`);
  if (!Number.isInteger(seeds) || seeds < 1) throw new SweepError(`the number of seeds must be a whole number ≥ 1, got ${seeds}`);
  if (o.seed + seeds - 1 > MAX_SEED) throw new SweepError(`seeds ${o.seed}…${o.seed + seeds - 1} go past the largest seed ${MAX_SEED}`);
  const cells = axes.reduce((n, a) => n * a.values.length, 1);
  if (cells * seeds > MAX_RUNS) throw new SweepError(`${cells} cells × ${seeds} seeds make ${cells * seeds} runs, more than the limit of ${MAX_RUNS}`);
  return seeds;
}

/** Every combination of the axes' values, row-major (the last axis varies fastest). */
function grid(axes: Axis[]): ParamValues[] {
  let out: ParamValues[] = [{}];
  for (const a of axes) out = out.flatMap((v) => a.values.map((x) => ({ ...v, [a.name]: x })));
  return out;
}

function sharesOf<K extends string>(keys: readonly K[], counts: Map<K, number>, k: number): Shares<K> {
  const out: Shares<K> = {};
  for (const key of keys) {
    const c = counts.get(key) ?? 0;
    if (c) out[key] = c / k;
  }
  return out;
}

function shareCell(values: ParamValues, counts: Map<Result, number>, classes: Map<OutcomeClass, number>, k: number): SeedsCell {
  let outcome: Result = OUTCOMES[0];
  let most = -1;
  for (const r of OUTCOMES) {
    const c = counts.get(r) ?? 0;
    if (c > most) { most = c; outcome = r; }
  }
  return { values, outcome, shares: sharesOf(OUTCOMES, counts, k), classes: sharesOf(OUTCOME_CLASSES, classes, k) };
}

function fixedParams(s: ScenarioFile, given: ParamValues, variation: string | undefined, axes: Axis[]): ParamValues {
  const out = paramValues(s, given, variation);
  for (const a of axes) delete out[a.name];
  return out;
}

/**
 * Run the drill at every cell of the grid. The file is parsed and checked once (by the caller,
 * and the values here); each cell only resolves the drill and simulates it, keeping the numbers
 * and dropping the trace. Throws SweepError for anything the drill does not allow.
 */
export function sweep(s: ScenarioFile, o: SweepOptions): Sweep {
  const axes = sweepAxes(s, o.vary, o.maxCells);
  const seeds = check(s, o, axes);
  const runner = scenarioRunner(s);
  const main = mainLine(s);
  const given = o.base ?? {};
  const cells: SweepCell[] = [];
  const perRow = axes.length > 1 ? axes[1].values.length : 1;
  const all = grid(axes);
  for (const values of o.rows ? all.slice(o.rows.from * perRow, o.rows.to * perRow) : all) {
    const params = paramValues(s, { ...given, ...values }, o.variation);
    const spec = resolveDrill(s, params, o.variation);
    const info = { scenario: s.id, params };
    if (seeds === 1) {
      const trace = simulate(spec, o.seed, info, { tail: false }); // outcome and margins end at the outcome
      const { result, agent } = trace.outcome;
      const cell: RunCell = { values, outcome: result, agent: agent ?? null, played: mainLinePlayed(trace, s, main), ...runMargins(trace, spec, runner) };
      cells.push(cell);
      continue;
    }
    const counts = new Map<Result, number>();
    const classes = new Map<OutcomeClass, number>();
    for (let k = 0; k < seeds; k++) {
      const trace = simulate(spec, o.seed + k, info, { tail: false });
      const r = trace.outcome.result;
      const m = runMargins(trace, spec, runner);
      const c = outcomeClass(r, m.shotT !== null, mainLinePlayed(trace, s, main), inOffsidePosition(m.offsideMarginM));
      counts.set(r, (counts.get(r) ?? 0) + 1);
      classes.set(c, (classes.get(c) ?? 0) + 1);
    }
    cells.push(shareCell(values, counts, classes, seeds));
  }
  return {
    scenario: s.id,
    ...(o.variation !== undefined ? { variation: o.variation } : {}),
    seed: o.seed,
    seeds,
    params: fixedParams(s, given, o.variation, axes),
    axes,
    cells,
  };
}
