import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { sweep, type Sweep, type SweepOptions } from '../analysis/sweep';
import type { SweepCell } from '../analysis/cell';
import type { ScenarioFile } from '../scenario/types';

// A sweep spread over worker threads: the rows of the grid are handed out in chunks to whichever
// thread is free, each computing exactly the cells a one-thread sweep computes (same function,
// same values, same seeds), and put back in grid order. The output is the same bytes on any
// number of threads; only the wall time changes.

export const MIN_RUNS_PER_THREAD = 200; // below this a thread's start (≈0.3 s to load the engine) costs more than it saves

/** How many threads a sweep of `runs` runs over `rows` rows uses: every core, when it pays. */
export function threadsFor(runs: number, rows: number, most = availableParallelism()): number {
  return Math.max(1, Math.min(most, rows, Math.floor(runs / MIN_RUNS_PER_THREAD)));
}

interface Job { id: number; from: number; to: number }
interface Done { id: number; cells?: SweepCell[]; error?: string }

/** The sweep, on `threads` worker threads (SweepError-free options: the caller checked them by a one-thread dry run). */
export async function sweepOnThreads(s: ScenarioFile, o: SweepOptions, rows: number, threads: number): Promise<Sweep> {
  const frame = sweep(s, { ...o, rows: { from: 0, to: 0 } }); // axes, seeds, fixed params; checks everything, runs nothing
  const chunk = Math.max(1, Math.ceil(rows / (threads * 4))); // a few chunks per thread, so a slow one does not hold the rest
  const jobs: Job[] = [];
  for (let r = 0, id = 0; r < rows; r += chunk, id++) jobs.push({ id, from: r, to: Math.min(rows, r + chunk) });
  const parts: SweepCell[][] = new Array(jobs.length);
  const entry = new URL('../../bin/sweep-thread.js', import.meta.url);
  const workers = Array.from({ length: threads }, () => new Worker(entry));
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0, done = 0;
      const give = (w: Worker) => {
        if (next >= jobs.length) return;
        const j = jobs[next++];
        w.postMessage({ id: j.id, scenario: s, options: { ...o, rows: { from: j.from, to: j.to } } });
      };
      for (const w of workers) {
        w.on('message', (m: Done) => {
          if (m.error !== undefined || !m.cells) return reject(new Error(`a sweep thread failed: ${m.error ?? 'no cells'}`));
          parts[m.id] = m.cells;
          if (++done === jobs.length) resolve();
          else give(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => { if (done < jobs.length) reject(new Error(`a sweep thread stopped (exit ${code}) before its work was done`)); });
        give(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { ...frame, cells: parts.flat() };
}
