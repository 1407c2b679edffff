import type { SweepCell } from '../../analysis/cell';
import type { Chunk } from './sweep-chunks';
import type { FromWorker, JobSetup, ToWorker } from './sweep-protocol';

// A pool of sweep workers shared by the window band and the timing map. Chunks are handed out
// one at a time to whichever worker is free, from the job with the highest priority (the band
// before the map: it is small and follows the slider), so a cancelled job stops within one
// chunk and a new one starts at once. Results arrive as each chunk finishes.

export interface WorkerLike {
  postMessage(m: ToWorker): void;
  addEventListener(type: 'message', f: (ev: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: 'error', f: (ev: ErrorEvent) => void): void;
  terminate(): void;
}

export interface JobCallbacks {
  cells(chunk: Chunk, cells: SweepCell[]): void;
  done(ms: number): void; // wall time from submit to the last chunk
  error(message: string): void;
}

export interface JobHandle {
  cancel(): void;
  readonly finished: boolean;
}

interface Job {
  id: number;
  setup: JobSetup;
  priority: number;
  pending: Chunk[]; // not yet handed out
  out: number; // handed out, not yet back
  cb: JobCallbacks;
  t0: number;
  over: boolean; // finished, failed or cancelled
  byId: Map<number, Chunk>;
}

interface Slot {
  w: WorkerLike;
  busy: { job: number; chunk: number } | null;
  known: Set<number>; // jobs this worker has been sent
}

export class SweepPool {
  private readonly slots: Slot[];
  private jobs: Job[] = [];
  private nextId = 1;
  chunksRun = 0; // all chunks answered (for tests and the bench)

  constructor(size: number, make: () => WorkerLike, private readonly now: () => number = () => performance.now()) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { w: make(), busy: null, known: new Set() };
      slot.w.addEventListener('message', (ev) => this.answer(slot, ev.data));
      slot.w.addEventListener('error', (ev) => this.broken(slot, ev.message || 'the sweep worker could not start'));
      return slot;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  submit(setup: JobSetup, chunks: Chunk[], priority: number, cb: JobCallbacks): JobHandle {
    const job: Job = {
      id: this.nextId++, setup, priority, pending: [...chunks], out: 0, cb, t0: this.now(), over: false,
      byId: new Map(chunks.map((c) => [c.id, c])),
    };
    this.jobs.push(job);
    this.jobs.sort((a, b) => b.priority - a.priority || a.id - b.id);
    this.pump();
    if (!chunks.length) this.finish(job);
    return {
      cancel: () => this.cancel(job),
      get finished() { return job.over; },
    };
  }

  terminate(): void {
    for (const s of this.slots) s.w.terminate();
    this.jobs = [];
  }

  private cancel(job: Job): void {
    if (job.over) return;
    job.over = true;
    this.drop(job);
  }

  private drop(job: Job): void {
    this.jobs = this.jobs.filter((j) => j !== job);
    for (const s of this.slots) {
      if (s.known.delete(job.id)) s.w.postMessage({ kind: 'forget', job: job.id });
    }
    this.pump();
  }

  private finish(job: Job): void {
    if (job.over) return;
    job.over = true;
    this.drop(job);
    job.cb.done(this.now() - job.t0);
  }

  /** Give every free worker the next chunk of the most urgent job that has one. */
  private pump(): void {
    for (const s of this.slots) {
      if (s.busy) continue;
      const job = this.jobs.find((j) => j.pending.length);
      if (!job) return;
      const chunk = job.pending.shift()!;
      if (!s.known.has(job.id)) {
        s.w.postMessage({ kind: 'job', job: job.id, setup: job.setup });
        s.known.add(job.id);
      }
      s.w.postMessage({ kind: 'chunk', job: job.id, chunk: chunk.id, vary: chunk.vary });
      s.busy = { job: job.id, chunk: chunk.id };
      job.out++;
    }
  }

  private answer(slot: Slot, m: FromWorker): void {
    const job = this.jobs.find((j) => j.id === m.job);
    if (slot.busy && slot.busy.job === m.job && slot.busy.chunk === m.chunk) slot.busy = null;
    if (m.kind === 'cells') this.chunksRun++;
    if (job && !job.over) {
      if (m.kind === 'error') {
        job.over = true;
        this.drop(job);
        job.cb.error(m.message);
        return;
      }
      job.out--;
      const chunk = job.byId.get(m.chunk);
      if (chunk) job.cb.cells(chunk, m.cells);
      if (!job.pending.length && job.out === 0) this.finish(job);
    }
    this.pump();
  }

  private broken(slot: Slot, message: string): void {
    slot.busy = null;
    for (const j of [...this.jobs]) {
      j.over = true;
      j.cb.error(message);
    }
    this.jobs = [];
  }
}
