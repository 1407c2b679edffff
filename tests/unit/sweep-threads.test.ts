import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_RUNS_PER_THREAD, threadsFor } from '../../src/cli/sweep-threads';
import { onside } from './cli-process';

// A sweep on several threads is the same sweep: the same bytes out, whatever the thread count;
// stderr says how many threads it used. (Its speed is npm run bench's to measure.)

describe('onside sweep on threads', () => {
  it.each([
    // runs, rows, cores → threads
    [10_000, 41, 2, 2],
    [10_000, 41, 8, 8],
    [10_000, 3, 8, 3], // never more threads than rows to hand out
    [MIN_RUNS_PER_THREAD * 2 - 1, 41, 8, 1], // too little work to pay for a second thread
    [MIN_RUNS_PER_THREAD * 2, 41, 8, 2],
    [100_000, 41, 1, 1],
  ])('%i runs over %i rows on %i cores use %i threads', (runs, rows, cores, want) => {
    expect(threadsFor(runs, rows, cores)).toBe(want);
  });

  it('two threads print exactly the bytes one thread prints, and say so on stderr', async () => {
    const args = ['sweep', 'scenarios/through-pass.json', '--vary', 'runStart=0:3:0.25', '--vary', 'passTime=0:3:0.5', '--seeds', '6'];
    expect(JSON.parse(readFileSync('scenarios/through-pass.json', 'utf8')).id).toBe('through-pass');
    const [one, two] = await Promise.all([onside(...args, '--threads', '1'), onside(...args, '--threads', '2')]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('onside sweep: 546 runs on 2 threads\n'); // 13 × 7 cells × 6 seeds
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).cells).toHaveLength(13 * 7);
  });

  it('refuses a thread count that is no whole number from 1 to 256', async () => {
    const r = await onside('sweep', 'scenarios/through-pass.json', '--vary', 'runStart=0:3:0.5', '--threads', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('onside sweep: --threads 0: expected a whole number 1–256\n(see onside sweep --help)\n');
  });
});
