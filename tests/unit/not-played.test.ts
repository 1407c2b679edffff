import { describe, expect, it } from 'vitest';
import { sweep } from '../../src/analysis/sweep';
import { sweepToCSV } from '../../src/analysis/sweep-io';
import { cellClass, timingWindow } from '../../src/analysis/window';
import { outcomeClass } from '../../src/analysis/outcome-class';
import { isRunCell } from '../../src/analysis/cell';
import type { ScenarioFile } from '../../src/scenario/types';
import { chainDrill, mate, runChain } from './chain-drills';

// The overlap: a cross timed by the clock by a player who gets the ball only after a
// pass. Cross too early and he has no ball: the cross never happens, and the cell must say
// "not played", whatever the run did after (here the striker may still shoot or be flagged).

const S: ScenarioFile = chainDrill([mate('A', 60, 34), mate('B', 78, 60), mate('S', 84, 36)], [
  { do: 'cross', at: '$crossTime', agent: 'B', to: { point: { x: 99, y: 33 } } }, // the main line: first pass or cross
  { do: 'pass', at: 0.3, agent: 'A', to: { agent: 'B' }, speed: 16 },
  { do: 'run', at: 0.5, agent: 'S', path: [{ x: 98, y: 33 }], pace: 0.6 },
], {
  duration: 9,
  params: { crossTime: { label: 'Cross time', unit: 's', min: 0.5, max: 4.5, step: 0.5, default: 3 } },
});

describe('"not played": a cell whose main play never happened', () => {
  const sw = sweep(S, { vary: [{ name: 'crossTime', from: 0.5, to: 4.5, step: 0.5 }], seed: 1 });
  const cells = sw.cells.filter(isRunCell);

  it('each cell is "not played" exactly when its run skipped the main cross; never offside or works then', () => {
    expect(cells).toHaveLength(9);
    let notPlayed = 0;
    for (const c of cells) {
      const t = runChain(S, c.values);
      const skipped = t.events.some((e) => e.type === 'skipped' && e.action === 0);
      expect(c.played, `crossTime ${c.values.crossTime}`).toBe(!skipped);
      expect(cellClass(c) === 'not played', `crossTime ${c.values.crossTime}`).toBe(skipped);
      if (skipped) notPlayed++;
    }
    // Both kinds are present: before the pass reaches B (about 1.5 s) and well after it.
    expect(notPlayed).toBeGreaterThanOrEqual(2);
    expect(cells.filter((c) => c.played).length).toBeGreaterThanOrEqual(2);
    expect(cells.find((c) => c.values.crossTime === 0.5)!.played).toBe(false);
  });

  it('the CSV says "not played" in the class column; the window makes it a band of its own', () => {
    const rows = sweepToCSV(sw).trim().split('\n');
    const header = rows[0].split(',');
    const cls = header.indexOf('class');
    const first = rows[1].split(',');
    expect(first[0]).toBe('0.5');
    expect(first[cls]).toBe('not played');
    expect(timingWindow(sw)[0]).toMatchObject({ class: 'not played', from: 0.5 });
  });

  it('several seeds: the share of runs not played counts in the classes', () => {
    const many = sweep(S, { vary: [{ name: 'crossTime', from: 0.5, to: 0.5, step: 0.5 }], seed: 1, seeds: 3 });
    expect(many.cells[0]).toMatchObject({ classes: { 'not played': 1 } });
  });

  it('outcomeClass: not played wins over every result', () => {
    for (const r of ['goal', 'saved', 'wide', 'offside', 'intercepted', 'tackled', 'out', 'timeout'] as const) {
      expect(outcomeClass(r, true, false)).toBe('not played');
    }
    expect(outcomeClass('offside', false, true)).toBe('offside');
    expect(outcomeClass('goal', false)).toBe('works'); // played unless said otherwise
  });
});
