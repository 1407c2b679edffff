import { isRunCell, type SweepCell } from '../analysis/cell';
import type { OutcomeClass } from '../analysis/outcome-class';
import { robustSentence, type RobustWindow } from '../analysis/robust-window';
import { cellClass, type Band } from '../analysis/window';
import { sideClasses, type TimingClass } from './timing-classes';
import { formatNumber } from './address';
import { limitsFor, sayableRanges, windowSentence } from '../analysis/window-sentence';

// The window band's geometry and words, pure: the bands of a 1-D sweep (analysis/window.ts) as
// segments across the slider's range, where the current value falls, and one sentence a coach
// can read out ("the run can start from 0.45 s before to 0.45 s after the pass").

export interface BandSegment {
  cls: TimingClass;
  from: number; // first and last swept value in the segment
  to: number;
  lo: number; // where it meets its neighbours (halfway to the next swept value)
  hi: number;
  left: number; // share of the track, 0–1
  width: number;
  cells: number;
}

/** Segments across [min, max] from the window's bands, lost bands named by their side. */
export function bandSegments(bands: readonly Band[], min: number, max: number): BandSegment[] {
  const span = max - min || 1;
  const classes = sideClasses(bands.map((b) => b.class));
  return bands.map((b, k) => ({
    cls: classes[k], from: b.from, to: b.to, lo: b.lo, hi: b.hi,
    left: (b.lo - min) / span, width: (b.hi - b.lo) / span, cells: b.cells,
  }));
}

/** Where a value sits on the track, 0–1 (clamped). */
export function trackFraction(value: number, min: number, max: number): number {
  const span = max - min;
  return span > 0 ? Math.min(1, Math.max(0, (value - min) / span)) : 0;
}

/** The value under a point of the track (0–1), snapped to the slider's grid. */
export function valueAtFraction(f: number, min: number, max: number, step: number): number {
  const v = min + Math.min(1, Math.max(0, f)) * (max - min);
  const k = Math.round((v - min) / step);
  const decimals = Math.max(decimals10(step), decimals10(min));
  return Math.min(max, Number((min + k * step).toFixed(decimals)));
}

function decimals10(x: number): number {
  return (String(x).split('.')[1] ?? '').length;
}

/** The segment a value falls in (the band that tiles it), or null off the track. */
export function segmentAt(segs: readonly BandSegment[], value: number): BandSegment | null {
  for (const s of segs) if (value >= s.lo && value <= s.hi) return s;
  return null;
}

/** A range of times against a reference, in words: "from 0.45 s before to 0.45 s after the pass". */
export function relativeRange(from: number, to: number, ref: number, word: string): string {
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const a = r2(from - ref), b = r2(to - ref);
  const f = (x: number) => formatNumber(Math.abs(x));
  if (a === b) return a === 0 ? `with ${word}` : `${f(a)} s ${a < 0 ? 'before' : 'after'} ${word}`;
  if (b < 0) return `${f(a)} to ${f(b)} s before ${word}`;
  if (a > 0) return `${f(a)} to ${f(b)} s after ${word}`;
  if (a === 0) return `from ${word} to ${f(b)} s after it`;
  if (b === 0) return `from ${f(a)} s before ${word} up to it`;
  return `from ${f(a)} s before to ${f(b)} s after ${word}`;
}

export interface SummaryInput {
  label: string; // the parameter's label, e.g. "Run start"
  unit: string;
  /** The play the timing is measured against, e.g. { value: 2, word: 'the pass' } for runStart. */
  reference?: { value: number; word: string };
}

/**
 * One sentence for the working ranges: "Run start works from 1.55 to 2.45 s: from 0.45 s before
 * to 0.45 s after the pass." The words are analysis/window-sentence.ts's, as the command line
 * says them: slivers merged or dropped; with one window left, said against the reference.
 */
export function bandSummary(segs: readonly BandSegment[], o: SummaryInput, step = 0): string {
  const works = segs.filter((s) => s.cls === 'works').map((s) => ({ from: s.from, to: s.to }));
  let text = windowSentence(o.label, o.unit, works, step);
  const say = sayableRanges(works, limitsFor(o.unit, step).minGap, limitsFor(o.unit, step).minWidth);
  if (o.reference && say.length === 1) {
    text += `: ${relativeRange(say[0].from, say[0].to, o.reference.value, o.reference.word)}`;
  }
  return text + '.';
}

/** One timing of a band swept over several tries: where its column sits and its share of each class. */
export interface BandColumn {
  value: number;
  left: number; // share of the track, 0–1
  width: number;
  parts: { cls: TimingClass; share: number }[]; // bottom up: a chance first, then offside, then the rest
}

/**
 * The columns of a band of cells in order of the parameter: each timing from halfway to its
 * neighbours, split by the share of its tries in each class (a one-try cell is one class). The
 * no-chance share takes its side's name (too early, too late) from the cell's most common class.
 */
export function bandColumns(cells: readonly SweepCell[], values: readonly number[], min: number, max: number): BandColumn[] {
  const span = max - min || 1;
  const sides = sideClasses(cells.map(cellClass));
  return cells.map((c, k) => {
    const lo = k === 0 ? min : (values[k - 1] + values[k]) / 2;
    const hi = k === values.length - 1 ? max : (values[k] + values[k + 1]) / 2;
    const side = sides[k];
    const parts: BandColumn['parts'] = [];
    if (isRunCell(c)) parts.push({ cls: side, share: 1 });
    else {
      const order: OutcomeClass[] = ['works', 'offside', 'not played', 'lost'];
      for (const o of order) {
        const share = c.classes[o] ?? 0;
        if (share > 0) parts.push({ cls: o === 'lost' && (side === 'early' || side === 'late') ? side : o, share });
      }
    }
    return { value: values[k], left: (lo - min) / span, width: (hi - lo) / span, parts };
  });
}

/**
 * The robust window in one sentence: "Run start works in 9 of 10 tries from 1.6 to 2.2 s: from
 * 0.4 s before to 0.2 s after the pass." None: "Run start: no timing works in most tries."
 */
export function robustSummary(windows: readonly RobustWindow[], o: SummaryInput, step = 0): string {
  if (!windows.length) return `${o.label}: no timing works in most tries.`;
  let text = robustSentence(o.label, o.unit, windows, step);
  const { minGap, minWidth } = limitsFor(o.unit, step);
  const say = sayableRanges(windows, minGap, minWidth);
  if (o.reference && say.length === 1) text += `: ${relativeRange(say[0].from, say[0].to, o.reference.value, o.reference.word)}`;
  return text + '.';
}
