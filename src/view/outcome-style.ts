import { runMargins, scenarioRunner } from '../analysis/margins';
import { outcomeClass } from '../analysis/outcome-class';
import type { Outcome } from '../core/events';
import type { DrillSpec } from '../core/spec';
import type { Trace } from '../core/trace';
import type { ScenarioFile } from '../scenario/types';
import { outcomeWords } from './outcome-words';
import { CLASS_STYLE, type TimingClass } from './timing-classes';
import type { Verdict } from './verdicts';

// One colour language for what happened to a run, the same on the verdict tag and banner, the
// result badge, the band, the map and the freeze frame: the band's classes (Okabe–Ito, told
// apart with the common colour-vision deficiencies, and each with a mark besides its colour).
// Offside orange with a flag, a chance green, too late blue, too early purple, no chance grey.

export const FLAG = '⚑';

/** A verdict's colour: offside the flag's orange; onside the green of a run that can work. */
export function verdictColour(offside: boolean): string {
  return offside ? CLASS_STYLE.offside.colour : CLASS_STYLE.works.colour;
}

/** The mark before a verdict's words: the flag when it is offside (colour is never alone). */
export function verdictMark(v: Pick<Verdict, 'offside'>): string {
  return v.offside ? `${FLAG} ` : '';
}

/** The same colour as a number (0xRRGGBB) for the drawing. */
export function colourNumber(css: string): number {
  return parseInt(css.replace('#', ''), 16);
}

/**
 * The class of the run on screen, as its result badge shows it: the band's class at this run
 * when the band has it (so the two always agree), else what the run itself tells: offside, a
 * chance, or no chance (a defender or the keeper first reads as too late).
 */
export function runClass(o: Outcome, shot: boolean, offsidePosition: boolean, bandClass: TimingClass | null): TimingClass {
  if (bandClass) return bandClass;
  const c = outcomeClass(o.result, shot, true, offsidePosition);
  if (c !== 'lost') return c;
  return o.result === 'intercepted' || o.result === 'tackled' ? 'late' : 'lost';
}

/** The badge's colours: fill and ink for a class. */
export function badgeStyle(c: TimingClass): { bg: string; ink: string } {
  return { bg: CLASS_STYLE[c].colour, ink: CLASS_STYLE[c].ink };
}

/** What the one message of a run needs from it: the runner's margin at the main pass, and whether the attack shot after it. */
export interface RunFacts {
  offsideMarginM: number | null;
  shot: boolean;
}

/** The facts of a run for its one message, from its trace and the drill's runner. */
export function runFacts(trace: Trace, spec: DrillSpec, scenario: ScenarioFile): RunFacts {
  const m = runMargins(trace, spec, scenarioRunner(scenario));
  return { offsideMarginM: m.offsideMarginM, shot: m.shotT !== null };
}

/** A run's result in words, the one message (an offside position at the pass reads as offside). */
export function runWords(run: { trace: Trace; spec: DrillSpec; scenario: ScenarioFile }): string {
  const roleOf = (id: string) => run.trace.agents.find((a) => a.id === id)?.role;
  return outcomeWords(run.trace.outcome, roleOf, runFacts(run.trace, run.spec, run.scenario).offsideMarginM);
}

/** Onside by more than this (m) is no close call: not the lesson, so not shown on the pitch. */
export const CLEAR_ONSIDE_M = 3;

/**
 * Whether a verdict belongs on the pitch: offside, a restart's exemption, or a close onside call.
 * A back-post runner "onside by 9.5 m" is not what the drill teaches (the analyst's events and
 * freeze frames keep every judgment).
 */
export function verdictTeaches(v: Pick<Verdict, 'offside' | 'exempt' | 'marginM'>): boolean {
  return v.offside || v.exempt || v.marginM <= CLEAR_ONSIDE_M;
}
