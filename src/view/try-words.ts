import type { OutcomeClass } from '../analysis/outcome-class';
import { formatNumber } from './address';

// A player's try in "Time your run", in words and numbers: where the press fell against the
// window that holds in most tries ("0.3 s early", "in the window", "0.2 s late"), what came of
// it ("offside by 0.4 m", "Goal"), and the streaks of tries that made a chance. Pure.

export type TrySide = 'early' | 'in' | 'late';

const IN_THE_WINDOW = 'In the window';

export interface TryPlace {
  side: TrySide;
  byS: number; // how far outside the window, s (0 inside)
}

export interface TryRecord {
  param: string; // the timing the press set: runStart, passTime, …
  at: number; // s: the drill time of the press
  cls: OutcomeClass;
  words: string; // the result line shown for it
  when: number; // ms since 1970, for the history's order
}

/** The press against the windows: inside one, or early/late by the distance to the nearest. */
export function tryPlace(at: number, windows: readonly { from: number; to: number }[]): TryPlace | null {
  if (!windows.length) return null;
  let best: TryPlace | null = null;
  for (const w of windows) {
    if (at >= w.from - 1e-9 && at <= w.to + 1e-9) return { side: 'in', byS: 0 };
    const p: TryPlace = at < w.from ? { side: 'early', byS: w.from - at } : { side: 'late', byS: at - w.to };
    if (!best || p.byS < best.byS) best = p;
  }
  return best;
}

/** "0.3 s early: offside by 0.4 m", "In the window: Goal", or the result alone with no window. */
export function tryWords(place: TryPlace | null, result: string): string {
  if (!place) return result;
  const r = result.charAt(0).toLowerCase() + result.slice(1);
  if (place.side === 'in') return `${IN_THE_WINDOW}: ${r}`;
  const by = Math.max(0.01, Math.round(place.byS * 100) / 100);
  return `${formatNumber(by)} s ${place.side}: ${r}`;
}

/** The current run of tries that made a chance (the latest last) and the longest there has been. */
export function streaks(tries: readonly Pick<TryRecord, 'cls'>[]): { current: number; best: number } {
  let current = 0, best = 0;
  for (const t of tries) {
    current = t.cls === 'works' ? current + 1 : 0;
    best = Math.max(best, current);
  }
  return { current, best };
}

/** The press time a playhead gives: its whole frame's time, held to the timing's range. */
export function pressTime(tick: number, tickRate: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(tick) / tickRate));
}
