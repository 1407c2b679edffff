import { parentPort } from 'node:worker_threads';
import { sweep, type SweepOptions } from '../analysis/sweep';
import type { ScenarioFile } from '../scenario/types';

// One thread of a threaded sweep (sweep-threads.ts): it sweeps the rows it is given and sends
// back their cells. Started through bin/sweep-thread.js, which lets Node read TypeScript.

parentPort?.on('message', (job: { id: number; scenario: ScenarioFile; options: SweepOptions }) => {
  try {
    parentPort!.postMessage({ id: job.id, cells: sweep(job.scenario, job.options).cells });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
