import type { OutcomeClass } from '../analysis/outcome-class';

// What the window band and the timing map colour by: the sweep's three classes, with the runs
// that made no chance split by which side of the working timings they fall on. One table of
// colours and words for both views and their legends (Okabe–Ito, readable in both themes).

/**
 * offside: the flag. works: a chance (goal, save, shot). early / late: no chance, before the
 * first working timing or after the last one along the axis. lost: no chance, between two
 * working ranges or on an axis where nothing works (neither early nor late is true then).
 */
export type TimingClass = 'offside' | 'works' | 'early' | 'late' | 'lost' | 'not played';

export const TIMING_CLASSES: readonly TimingClass[] = ['offside', 'works', 'early', 'late', 'lost', 'not played'];

export interface ClassStyle {
  colour: string; // fill
  ink: string; // text on the fill (≥ 4.5:1 against it)
  word: string; // legend and band label
  detail: string; // what it means, for the legend's tooltip
}

export const CLASS_STYLE: Record<TimingClass, ClassStyle> = {
  offside: { colour: '#d55e00', ink: '#000000', word: 'Offside', detail: 'the flag goes up' },
  works: { colour: '#009e73', ink: '#000000', word: 'Works', detail: 'a chance: a goal, a save or a shot' },
  early: { colour: '#cc79a7', ink: '#000000', word: 'Too early', detail: 'no chance: the run went too soon' },
  late: { colour: '#0072b2', ink: '#ffffff', word: 'Too late', detail: 'no chance: a defender or the keeper gets there first, or the ball is gone' },
  lost: { colour: '#8a8a8a', ink: '#000000', word: 'No chance', detail: 'intercepted, tackled, out or out of time before a shot' },
  'not played': { colour: '#f0e442', ink: '#000000', word: 'Not played', detail: 'the main pass or cross never happened: see the skipped line' },
};

/** Not computed yet (the map while it fills). */
export const PENDING_COLOUR = 'rgba(128,128,128,0.18)';

/**
 * The display classes of a row of cells in order of the parameter: offside and works stay;
 * each lost cell is early before the first working cell, late after the last, lost otherwise.
 */
export function sideClasses(classes: readonly OutcomeClass[]): TimingClass[] {
  const first = classes.indexOf('works');
  const last = classes.lastIndexOf('works');
  return classes.map((c, k) => {
    if (c !== 'lost') return c;
    if (first < 0) return 'lost';
    return k < first ? 'early' : k > last ? 'late' : 'lost';
  });
}

/** The legend: the classes present, in the table's order (offside, works, early, late, lost). */
export function legendOf(present: Iterable<TimingClass>): TimingClass[] {
  const seen = new Set(present);
  return TIMING_CLASSES.filter((c) => seen.has(c));
}
