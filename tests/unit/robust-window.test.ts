import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SeedsCell, SweepCell } from '../../src/analysis/cell';
import { robustSentence, robustWindows, worksShare } from '../../src/analysis/robust-window';
import { sweep } from '../../src/analysis/sweep';
import { timingWindow } from '../../src/analysis/window';
import { parseScenario } from '../../src/scenario/load';

// The window a player should learn, read over many tries: a timing counts when most seeds make a
// chance there; a value that worked once is no window.

/** A 1-D multi-seed sweep from a row of "works" counts out of `tries`. */
function row(counts: number[], tries = 10, from = 0, step = 0.1) {
  const values = counts.map((_, k) => Number((from + k * step).toFixed(2)));
  const cells: SweepCell[] = counts.map((n, k): SeedsCell => ({
    values: { t: values[k] }, outcome: n * 2 >= tries ? 'goal' : 'intercepted',
    shares: {}, classes: { ...(n ? { works: n / tries } : {}), ...(n < tries ? { lost: 1 - n / tries } : {}) },
  }));
  return { axes: [{ name: 't', unit: 's', values }], cells, seeds: tries };
}

describe('robust windows', () => {
  it.each([
    // counts of tries (of 10) that made a chance, per value 0, 0.1, 0.2, …
    [[0, 0, 6, 8, 9, 7, 0, 0], [{ from: 0.2, to: 0.5, cells: 4, share: 0.75 }]],
    [[0, 10, 0, 0, 6, 8, 9, 0], [{ from: 0.4, to: 0.6, cells: 3 }]], // the one-value island at 0.1 drops out
    [[0, 4, 0, 0, 6, 8, 9, 0], [{ from: 0.4, to: 0.6 }]], // 4 of 10 is not most tries
    [[5, 5, 0, 0, 0, 7, 7, 7], [{ from: 0, to: 0.1, share: 0.5 }, { from: 0.5, to: 0.7, share: expect.closeTo(0.7, 12) }]], // two real windows stay
    [[0, 0, 9, 0, 0], [{ from: 0.2, to: 0.2, cells: 1 }]], // a lone value is kept when it is all there is
    [[0, 1, 2, 3, 4, 4], []],
  ])('%j → %j', (counts, want) => {
    const got = robustWindows(row(counts));
    expect(got.length).toBe(want.length);
    want.forEach((w, k) => expect(got[k]).toMatchObject(w));
  });

  it('reads as one sentence with the share of tries', () => {
    expect(robustSentence('Run start', 's', robustWindows(row([0, 0, 6, 8, 9, 7, 0, 0], 10, 1.3, 0.1)))).toBe('Run start works in 8 of 10 tries from 1.5 to 1.8 s');
    expect(robustSentence('Run start', 's', [])).toBe('Run start: no timing works in most tries');
    expect(() => robustWindows({ axes: [row([1]).axes[0], row([1]).axes[0]], cells: [], seeds: 1 })).toThrow('expected a 1-D sweep, got 2 axes');
  });

  it('two-v-one over 10 seeds: one window, bounded on both sides, where single seeds show slivers', () => {
    const s = parseScenario(readFileSync('scenarios/two-v-one.json', 'utf8'), 'two-v-one.json');
    const vary = [{ name: 'runStart', from: 0, to: 3, step: 0.05 }];
    // What one seed shows depends on the seed: in some, the working timings come in pieces (the
    // issue's "works from 0.6 s, and from 0.75 to 1.75 s"). At least one of the first ten does.
    const sliced = Array.from({ length: 10 }, (_, k) => k + 1).find((seed) =>
      timingWindow(sweep(s, { vary, seed })).filter((b) => b.class === 'works').length > 1);
    expect(sliced, 'no seed of 1–10 shows the working timings in pieces').toBeDefined();
    const ten = sweep(s, { vary, seed: 1, seeds: 10 });
    const w = robustWindows(ten);
    expect(w).toHaveLength(1);
    const xs = ten.axes[0].values;
    expect(w[0].from).toBeGreaterThan(xs[0]); // too early fails …
    expect(w[0].to).toBeLessThan(xs[xs.length - 1]); // … and so does too late
    expect(w[0].share).toBeGreaterThanOrEqual(0.5);
    for (const c of ten.cells) {
      const t = c.values.runStart;
      if (t < w[0].from || t > w[0].to) continue;
      expect(worksShare(c)).toBeGreaterThanOrEqual(0.5);
    }
  });
});
