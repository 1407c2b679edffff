import { readFileSync } from 'node:fs';
import { sweep } from '../src/analysis/sweep';
import type { VaryAxis } from '../src/analysis/grid';
import { simulate } from '../src/core/simulate';
import { parseScenario } from '../src/scenario/load';
import { paramValues, resolveDrill } from '../src/scenario/resolve';
import { median, timeMs } from './stats';

// The timing-window sweep's speed (issue 5): a 41 × 41 sweep of in-behind (run start × pass
// time) on one core, target under 1 s; and what a cell costs against engine runs measured here:
// one run of the drill at its defaults, and the same 1,681 runs with nothing around them (the
// floor a sweep can reach without a faster engine). Misses are reported, never fatal.

const TARGET_MS = 1000;
const FILE = 'scenarios/in-behind.json';
const VARY: VaryAxis[] = [
  { name: 'runStart', from: 0, to: 4, step: 0.1 }, // 41 values
  { name: 'passTime', from: 1, to: 3, step: 0.05 }, // 41 values
];
const REPEATS = 5;

/** CPU time of one call of fn in ms (this process, all threads): what a busy machine's waiting leaves out. */
function cpu(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const fmt = (x: number, d = 3) => x.toFixed(d);

export async function run(): Promise<void> {
  const s = parseScenario(readFileSync(FILE, 'utf8'), FILE);
  const seed = s.seed ?? 1;
  const once = sweep(s, { vary: VARY, seed });
  const cells = once.cells.length;

  // The floor: the same cells' drills resolved beforehand, then only simulate, trace dropped.
  const specs = once.cells.map((c) => {
    const params = paramValues(s, c.values);
    return { spec: resolveDrill(s, params), info: { scenario: s.id, params } };
  });
  const params = paramValues(s);
  const spec = resolveDrill(s, params);
  const info = { scenario: s.id, params };

  // Interleaved rounds, so that a busy moment on a shared machine hits all three alike.
  const sweepMs: number[] = [], bareMs: number[] = [], oneMs: number[] = [], sweepCpu: number[] = [];
  const runSweep = () => sweep(s, { vary: VARY, seed });
  for (let k = 0; k < REPEATS; k++) {
    sweepMs.push(timeMs(runSweep, 1, k === 0 ? 1 : 0));
    sweepCpu.push(cpu(runSweep));
    bareMs.push(timeMs(() => { for (const x of specs) simulate(x.spec, seed, x.info); }, 1, 0));
    oneMs.push(timeMs(() => simulate(spec, seed, info), 200, k === 0 ? 200 : 20));
  }
  const total = median(sweepMs), bare = median(bareMs), one = median(oneMs);
  const perCell = total / cells;
  const outcomes: Record<string, number> = {};
  for (const c of once.cells) outcomes[c.outcome] = (outcomes[c.outcome] ?? 0) + 1;

  console.log(`sweep: ${FILE}, ${VARY.map((v) => `${v.name} ${v.from}–${v.to} by ${v.step}`).join(' × ')} = ${once.axes.map((a) => a.values.length).join(' × ')} = ${cells} cells, seed ${seed}`);
  console.log(`  outcomes             ${Object.entries(outcomes).map(([o, n]) => `${o} ${n}`).join(', ')}`);
  console.log(`  median of ${REPEATS} sweeps, one core`);
  console.log(`  whole sweep          ${fmt(total, 0)} ms   target < ${TARGET_MS} ms: ${total < TARGET_MS ? 'met' : 'MISSED'}`);
  console.log(`  CPU time of a sweep  ${fmt(median(sweepCpu), 0)} ms   (all of this process's threads, GC included)`);
  console.log(`  per cell             ${fmt(perCell)} ms`);
  console.log(`  one engine run       ${fmt(one)} ms   (the drill at its defaults, median of 200)`);
  console.log(`  per cell / one run   ${fmt(perCell / one, 2)}×   (cells differ from the default run: see the next line)`);
  console.log(`  same ${cells} runs bare   ${fmt(bare, 0)} ms   (resolved beforehand, only simulate)`);
  console.log(`  sweep / bare runs    ${fmt(total / bare, 3)}×   (what the sweep adds: resolving, margins, grid)`);
}
