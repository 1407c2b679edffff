// Long buffers a run fills as it goes, kept for the next run: the frames it records (up to its
// longest possible length, the drill's duration and the tail: about 150 kB for eight players)
// and the ball's predicted path (PREDICT_SECONDS of it, 19 kB). A new buffer of that size cost
// a run 13–30 µs (the allocator, not the zeroing); clearing one kept from the last run costs
// 2 µs. A buffer comes back cleared, exactly as a new one would, so no run can see another's
// numbers; one in use is out of its pool (a run started inside a run would get a new one).

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

export const framePool = new BufferPool(); // a run's recorded frames (simulate.ts copies them into the trace)
export const pathPool = new BufferPool(); // the ball's predicted path
