import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

// `onside sweep --seeds 10` over the 41 × 41 in-behind grid (16,810 runs), as a user runs it:
// the whole command's wall time on every core against the same command on one thread, taken in
// turn so load from elsewhere falls on both. The output must be the same bytes either way.

const ARGS = ['bin/onside.js', 'sweep', 'scenarios/in-behind.json', '--vary', 'runStart=0:4:0.1', '--vary', 'passTime=1:3:0.05', '--seeds', '10'];
const ROUNDS = 2;

function timed(threads: number): { ms: number; out: string } {
  const t0 = performance.now();
  const out = execFileSync('node', [...ARGS, '--threads', String(threads)], { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - t0;
  return { ms, out };
}

export async function run(): Promise<void> {
  const cores = availableParallelism();
  const one: number[] = [], all: number[] = [];
  let same = true;
  for (let k = 0; k < ROUNDS; k++) {
    const a = timed(1), b = timed(cores);
    one.push(a.ms);
    all.push(b.ms);
    same &&= a.out === b.out;
  }
  const best = (xs: number[]) => Math.min(...xs);
  console.log(`sweep threads: onside sweep scenarios/in-behind.json, 41 × 41 cells × 10 seeds = 16,810 runs, best of ${ROUNDS}, taken in turn`);
  console.log(`  one thread            ${(best(one) / 1000).toFixed(2)} s`);
  console.log(`  ${`${cores} threads`.padEnd(20)}  ${(best(all) / 1000).toFixed(2)} s`);
  console.log(`  speed-up              ${(best(one) / best(all)).toFixed(2)}× on ${cores} cores`);
  console.log(`  same output           ${same ? 'yes, byte for byte' : 'NO: the outputs differ'}`);
}
