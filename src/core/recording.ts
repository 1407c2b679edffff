// Long buffers a run fills as it goes, kept for the next run: the ball's predicted path
// (PREDICT_SECONDS of it, 19 kB). A new buffer of that size costs the allocator more than
// clearing one kept from the last run. A buffer comes back cleared, exactly as a new one would,
// so no run can see another's numbers; one in use is out of its pool (a run started inside a run
// would get a new one). The frames a run records are not pooled: the run records straight into
// the buffer its trace keeps (simulate.ts), so one allocation serves, with no copy at the end.

export class BufferPool {
  private spare: Float64Array | null = null;

  /** A zeroed buffer of `size` numbers. */
  take(size: number): Float64Array {
    const s = this.spare;
    if (s === null || s.length !== size) return new Float64Array(size);
    this.spare = null;
    return s.fill(0);
  }

  /** A finished run's buffer, for the next run of the same size. */
  give(buffer: Float64Array): void {
    this.spare = buffer;
  }
}

export const pathPool = new BufferPool(); // the ball's predicted path
