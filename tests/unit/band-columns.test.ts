import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SeedsCell } from '../../src/analysis/cell';
import { robustWindows } from '../../src/analysis/robust-window';
import { sweep } from '../../src/analysis/sweep';
import { parseScenario } from '../../src/scenario/load';
import { bandColumns, robustSummary } from '../../src/view/band-layout';
import { triesWords } from '../../src/view/cell-words';

// The band over several tries: a column per timing split by the share of its tries in each
// class, and the sentence of the window that holds in most tries (no single-seed slivers).

const twoVOne = parseScenario(readFileSync('scenarios/two-v-one.json', 'utf8'), 'two-v-one.json');

function cell(values: Record<string, number>, classes: SeedsCell['classes']): SeedsCell {
  return { values, outcome: 'goal', shares: { goal: 1 }, classes };
}

describe('bandColumns', () => {
  it('tiles the track, each column split by its tries, a chance at the bottom, the no-chance part named by its side', () => {
    const xs = [0, 1, 2, 3];
    const cells = [
      cell({ t: 0 }, { lost: 0.7, works: 0.3 }), // before the working timings: too early
      cell({ t: 1 }, { works: 0.8, offside: 0.2 }),
      cell({ t: 2 }, { works: 0.6, lost: 0.4 }),
      cell({ t: 3 }, { lost: 1 }), // after: too late
    ];
    const cols = bandColumns(cells, xs, 0, 3);
    expect(cols.map((c) => [c.left, c.width])).toEqual([[0, 1 / 6], [1 / 6, 1 / 3], [0.5, 1 / 3], [5 / 6, 1 / 6]]);
    expect(cols[0].parts).toEqual([{ cls: 'works', share: 0.3 }, { cls: 'early', share: 0.7 }]);
    expect(cols[1].parts).toEqual([{ cls: 'works', share: 0.8 }, { cls: 'offside', share: 0.2 }]);
    expect(cols[2].parts).toEqual([{ cls: 'works', share: 0.6 }, { cls: 'lost', share: 0.4 }]); // a chance most often: its no-chance share has no side
    expect(cols[3].parts).toEqual([{ cls: 'late', share: 1 }]);
  });

  it('over a real sweep every column\'s shares add up to one', () => {
    const s = sweep(twoVOne, { vary: [{ name: 'runStart', from: 0, to: 3, step: 0.25 }], seed: 21, seeds: 10 });
    const cols = bandColumns(s.cells, s.axes[0].values, 0, 3);
    for (const c of cols) expect(c.parts.reduce((n, p) => n + p.share, 0)).toBeCloseTo(1, 12);
    expect(cols.reduce((n, c) => n + c.width, 0)).toBeCloseTo(1, 12);
    expect(cols.some((c) => c.parts.length > 1), 'two-v-one splits some timings between classes over ten seeds').toBe(true);
  });
});

describe('robustSummary', () => {
  it('reads the window that holds in most tries, against the pass, with no slivers', () => {
    const one = sweep(twoVOne, { vary: [{ name: 'runStart', from: 0, to: 3, step: 0.05 }], seed: 21 });
    const ten = sweep(twoVOne, { vary: [{ name: 'runStart', from: 0, to: 3, step: 0.05 }], seed: 21, seeds: 10 });
    const w = robustWindows(ten);
    const text = robustSummary(w, { label: 'Run start', unit: 's', reference: { value: 1, word: 'the pass' } });
    expect(w).toHaveLength(1);
    expect(text).toMatch(/^Run start works in \d+ of 10 tries from [\d.]+ to [\d.]+ s: .* the pass\.$/);
    expect(robustWindows(one).length, 'one seed alone').toBeGreaterThanOrEqual(1);
  });

  it('says so when no timing works in most tries', () => {
    expect(robustSummary([], { label: 'Pass time', unit: 's' })).toBe('Pass time: no timing works in most tries.');
  });
});

describe('triesWords', () => {
  it('counts a cell\'s tries by class', () => {
    expect(triesWords(cell({}, { works: 0.7, offside: 0.2, lost: 0.1 }), 10)).toBe('a chance in 7 of 10 tries (offside 2, no chance 1)');
    expect(triesWords(cell({}, { works: 1 }), 10)).toBe('a chance in 10 of 10 tries');
  });
});
