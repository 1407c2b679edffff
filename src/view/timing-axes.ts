import type { ScenarioFile } from '../scenario/types';

// Which timings the band and the map show, pure.
//
// The band shows the run start: it is the timing a player controls and the one every drill's
// coaching is about ("time it with the pass"). A drill where the run start changes nothing (its
// band at the drill's settings is one class from end to end) gets the next timing instead: the
// pass time, then the cross time (the coach's timing), then any other parameter in seconds. The
// controller tries them in this order and keeps the first whose band has more than one class.

export const TIMING_ORDER = ['runStart', 'passTime', 'crossTime'] as const;

/** The drill's timings in the order the band tries them. */
export function bandCandidates(s: ScenarioFile): string[] {
  const defs = s.params ?? {};
  const named = TIMING_ORDER.filter((n) => defs[n] !== undefined) as string[];
  const others = Object.keys(defs).filter((n) => !named.includes(n) && defs[n].unit === 's');
  return [...named, ...others];
}

/**
 * The map's two axes: across, the run start (the band's own axis, so the band is one row of the
 * map); up, the play it has to go with (pass time, else cross time). Null with fewer than two timings.
 */
export function mapAxes(s: ScenarioFile): [x: string, y: string] | null {
  const c = bandCandidates(s);
  return c.length >= 2 ? [c[0], c[1]] : null;
}

/** The play a run start is measured against, in words, for the band's sentence. */
export function referenceOf(s: ScenarioFile, bandParam: string): { name: string; word: string } | null {
  const defs = s.params ?? {};
  if (bandParam === 'runStart') {
    if (defs.passTime) return { name: 'passTime', word: 'the pass' };
    if (defs.crossTime) return { name: 'crossTime', word: 'the cross' };
    return null;
  }
  if ((bandParam === 'passTime' || bandParam === 'crossTime') && defs.runStart) return { name: 'runStart', word: 'the run' };
  return null;
}
