import { sweep } from '../../analysis/sweep';
import { parseScenario } from '../../scenario/load';
import type { ScenarioFile } from '../../scenario/types';
import type { FromWorker, JobSetup, ToWorker } from './sweep-protocol';

// A sweep worker: runs chunks of a timing sweep off the page's thread. The drill is parsed and
// checked once per job (the validator is compiled ahead of time, so no eval is needed here), and
// each chunk is the analysis's own sweep(): every cell is exactly the run the viewer shows for
// those values and that seed.

interface Scope {
  onmessage: ((ev: MessageEvent<ToWorker>) => void) | null;
  postMessage(m: FromWorker): void;
}
const scope = self as unknown as Scope;

interface Prepared { setup: JobSetup; scenario: ScenarioFile }
const jobs = new Map<number, Prepared>();
let parsed: { text: string; scenario: ScenarioFile } | null = null; // the last drill parsed

function prepare(setup: JobSetup): Prepared {
  if (parsed?.text !== setup.text) parsed = { text: setup.text, scenario: parseScenario(setup.text, setup.file) };
  return { setup, scenario: parsed.scenario };
}

scope.onmessage = (ev) => {
  const m = ev.data;
  if (m.kind === 'forget') { jobs.delete(m.job); return; }
  if (m.kind === 'job') {
    try {
      jobs.set(m.job, prepare(m.setup));
    } catch (e) {
      scope.postMessage({ kind: 'error', job: m.job, chunk: -1, message: e instanceof Error ? e.message : String(e) });
    }
    return;
  }
  const job = jobs.get(m.job);
  // Forgotten (cancelled) or not parsed: still answer, so the page knows this worker is free.
  if (!job) { scope.postMessage({ kind: 'error', job: m.job, chunk: m.chunk, message: 'no such job' }); return; }
  try {
    const t0 = performance.now();
    const { setup, scenario } = job;
    const s = sweep(scenario, { vary: m.vary, seed: setup.seed, seeds: setup.seeds ?? 1, base: setup.base, ...(setup.variation !== undefined ? { variation: setup.variation } : {}) });
    scope.postMessage({ kind: 'cells', job: m.job, chunk: m.chunk, cells: s.cells, ms: performance.now() - t0 });
  } catch (e) {
    scope.postMessage({ kind: 'error', job: m.job, chunk: m.chunk, message: e instanceof Error ? e.message : String(e) });
  }
};
