import { describe, expect, it } from 'vitest';
import { sayableRanges, windowSentence, MIN_GAP, MIN_WIDTH } from '../../src/analysis/window-sentence';
import { bandSegments, bandSummary } from '../../src/view/band-layout';
import { timingWindow } from '../../src/analysis/window';
import { windowWords } from '../../src/analysis/sweep-io';
import type { Sweep } from '../../src/analysis/sweep';
import type { Result } from '../../src/core/events';

// One sentence for the working timings, for the viewer's band and the command line alike, with
// no slivers: the sentence that used to read "works from 0.55 to 1.3 s, and from 2.1 s, and from
// 2.25 to 3 s" (one seed's failures splitting a window) now says two windows.

/** A one-seed 1-D sweep of runStart over [from, to] by step, with `works` where a chance came. */
function fake(from: number, to: number, step: number, works: (x: number) => boolean): Sweep {
  const values: number[] = [];
  for (let k = 0; from + k * step <= to + 1e-9; k++) values.push(Number((from + k * step).toFixed(2)));
  const cells = values.map((v) => ({
    values: { runStart: v }, outcome: (works(v) ? 'goal' : 'tackled') as Result, agent: null, played: true,
    offsideMarginM: null, raceMarginS: null, separationM: null, controlT: null, shotT: null,
  }));
  return { scenario: 'x', seed: 1, seeds: 1, params: {}, axes: [{ name: 'runStart', values }], cells } as unknown as Sweep;
}

const SLIVERS = (x: number) => (x >= 0.55 && x <= 1.3) || x === 2.1 || (x >= 2.25 && x <= 3);

describe('the window sentence', () => {
  it('the sliver case: a one-value island 0.15 s from a window joins it; the sentence says two windows', () => {
    const s = fake(0, 3, 0.05, SLIVERS);
    const text = windowWords(s, { labels: { runStart: 'Run start' }, units: { runStart: 's' } });
    expect(text).toBe('Run start works from 0.55 to 1.3 s, and from 2.1 to 3 s');
    // The viewer's band says the same words.
    const segs = bandSegments(timingWindow(s), 0, 3);
    expect(bandSummary(segs, { label: 'Run start', unit: 's' }, 0.05)).toBe(`${text}.`);
  });

  it(`a lone sliver under ${MIN_WIDTH} s far from the window is dropped; alone, it is still said`, () => {
    expect(sayableRanges([{ from: 0.5, to: 1.5 }, { from: 2.5, to: 2.55 }])).toEqual([{ from: 0.5, to: 1.5 }]);
    expect(sayableRanges([{ from: 2.5, to: 2.55 }])).toEqual([{ from: 2.5, to: 2.55 }]);
    expect(windowSentence('Run start', 's', [{ from: 2.5, to: 2.5 }], 0.05)).toBe('Run start works at 2.5 s');
  });

  it(`ranges ${MIN_GAP} s apart or more stay two windows; closer ones merge`, () => {
    expect(sayableRanges([{ from: 0, to: 1 }, { from: 1 + MIN_GAP, to: 2 }])).toHaveLength(2);
    expect(sayableRanges([{ from: 0, to: 1 }, { from: 1 + MIN_GAP - 0.05, to: 2 }])).toEqual([{ from: 0, to: 2 }]);
  });

  it('a parameter not in seconds merges by grid steps (3 steps of 0.5 m/s)', () => {
    expect(windowSentence('Pass speed', 'm/s', [{ from: 12, to: 14 }, { from: 15, to: 18 }], 0.5)).toBe('Pass speed works from 12 to 18 m/s');
    expect(windowSentence('Pass speed', 'm/s', [{ from: 12, to: 14 }, { from: 16, to: 18 }], 0.5)).toBe('Pass speed works from 12 to 14 m/s, and from 16 to 18 m/s');
  });

  it('over several seeds it says how many tries worked, merged by width', () => {
    expect(windowSentence('Run start', 's', [{ from: 1.5, to: 1.8, share: 0.8, tries: 10 }], 0.1, 'no timing works in most tries')).toBe('Run start works in 8 of 10 tries from 1.5 to 1.8 s');
    expect(windowSentence('Run start', 's', [], 0.1, 'no timing works in most tries')).toBe('Run start: no timing works in most tries');
  });
});
