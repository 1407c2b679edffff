import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { SeedsCell } from '../../src/analysis/cell';
import { sweep } from '../../src/analysis/sweep';
import { timingWindow, type Band } from '../../src/analysis/window';
import type { Trace } from '../../src/core/trace';
import { parseScenario } from '../../src/scenario/load';
import type { ParamValues } from '../../src/scenario/resolve';
import type { ScenarioFile } from '../../src/scenario/types';
import { runDrill } from './helpers';

// Shared checks for the drill library's tests: a drill's main timing early, on time and late,
// over 50 seeds, read as the sweep reads it (the share of each class of outcome), and its window
// cut from a 1-D sweep: a band of runs that work with runs that do not on both sides.

export const SEEDS = Array.from({ length: 50 }, (_, k) => k + 1);

export function scenario(name: string): ScenarioFile {
  const file = `scenarios/${name}.json`;
  return parseScenario(readFileSync(file, 'utf8'), file);
}

/** The main timing at each value, 50 seeds each: shares of outcomes and of classes. */
export function atValue(name: string, param: string, value: number, o: { variation?: string; base?: ParamValues; seeds?: number } = {}): SeedsCell {
  const s = sweep(scenario(name), { vary: [{ name: param, from: value, to: value, step: 1 }], seed: 1, seeds: o.seeds ?? SEEDS.length, base: o.base, variation: o.variation });
  return s.cells[0] as SeedsCell;
}

/** The share of runs in a class (works: a chance; lost; offside). */
export const share = (c: SeedsCell, cls: 'works' | 'lost' | 'offside' | 'not played') => c.classes[cls] ?? 0;

/** The bands of a 1-D sweep of the main timing (few seeds: the class each value mostly gives). */
export function bands(name: string, param: string, from: number, to: number, step: number, o: { variation?: string; base?: ParamValues; seeds?: number } = {}): Band[] {
  const s = sweep(scenario(name), { vary: [{ name: param, from, to, step }], seed: 1, seeds: o.seeds ?? 8, base: o.base, variation: o.variation });
  return timingWindow(s);
}

/** A window bounded on both sides: one band that works, with something else before and after it. Returns it. */
export function expectBounded(bs: Band[], what: string): Band {
  const works = bs.filter((b) => b.class === 'works');
  const words = bs.map((b) => `${b.class} ${b.from}–${b.to}`).join(', ');
  expect(works.length, `${what}: bands ${words}`).toBeGreaterThanOrEqual(1);
  const widest = works.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
  expect(bs[0].class, `${what}: the earliest values must not work (bands ${words})`).not.toBe('works');
  expect(bs.at(-1)!.class, `${what}: the latest values must not work (bands ${words})`).not.toBe('works');
  return widest;
}

/** Runs of the drill over the 50 seeds. */
export function runs(name: string, set: ParamValues = {}, variation?: string): Trace[] {
  return SEEDS.map((s) => runDrill(name, set, s, variation));
}

/** The share of runs for which the predicate holds. */
export const shareOf = (ts: Trace[], p: (t: Trace) => boolean) => ts.filter(p).length / ts.length;

export const firstEvent = (t: Trace, type: string, agent?: string) => t.events.find((e) => e.type === type && (agent === undefined || e.agent === agent));
