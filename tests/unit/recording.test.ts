import { describe, expect, it } from 'vitest';
import { BufferPool } from '../../src/core/recording';
import { frameBytes, runDrill } from './helpers';

describe('buffers kept from one run for the next', () => {
  it('come back zeroed, exactly as a new buffer would', () => {
    const pool = new BufferPool();
    const a = pool.take(16);
    a.fill(7.5);
    pool.give(a);
    const b = pool.take(16);
    expect(b).toBe(a); // the same memory, reused
    expect(Array.from(b)).toEqual(new Array(16).fill(0));
  });

  it('are handed to one run at a time, and only at the size asked for', () => {
    const pool = new BufferPool();
    const a = pool.take(16);
    pool.give(a);
    const b = pool.take(16);
    const c = pool.take(16); // b is in use: c is new
    expect(c).not.toBe(b);
    pool.give(c);
    const d = pool.take(24); // a different size: a new one, of that size
    expect(d).not.toBe(c);
    expect(d.length).toBe(24);
  });

  it('leave no trace of another drill in a run: the same drill gives the same frames after a different one', () => {
    const first = runDrill('in-behind', {}, 3);
    runDrill('overload-3v2', {}, 5); // another size of frame, other numbers in the buffers
    runDrill('in-behind', {}, 4);
    const again = runDrill('in-behind', {}, 3);
    expect(frameBytes(again).equals(frameBytes(first))).toBe(true);
    expect(JSON.stringify(again.events)).toBe(JSON.stringify(first.events));
  });
});
