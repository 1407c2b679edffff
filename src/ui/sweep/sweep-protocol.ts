import type { SweepCell } from '../../analysis/cell';
import type { VaryAxis } from '../../analysis/grid';
import type { ParamValues } from '../../scenario/resolve';

// The messages between the page and its sweep workers (src/ui/sweep/sweep-worker.ts). A job is sent
// once to each worker that takes part (the drill file's text, stage, the parameters held fixed,
// the seed); then chunks of it, each answered with its cells.

export interface JobSetup {
  text: string; // the drill file as JSON text: the worker parses and checks it itself
  file: string; // for error messages
  variation?: string;
  base: ParamValues; // every parameter that is not varied
  seed: number; // the first seed
  seeds?: number; // tries per cell: seeds seed … seed + seeds − 1 (default 1)
}

export type ToWorker =
  | { kind: 'job'; job: number; setup: JobSetup }
  | { kind: 'chunk'; job: number; chunk: number; vary: VaryAxis[] }
  | { kind: 'forget'; job: number };

export type FromWorker =
  | { kind: 'cells'; job: number; chunk: number; cells: SweepCell[]; ms: number }
  | { kind: 'error'; job: number; chunk: number; message: string };
