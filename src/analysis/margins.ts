import type { DrillEvent } from '../core/events';
import { timeToReach } from '../core/kinematics';
import { len } from '../core/vec';
import type { DrillSpec } from '../core/spec';
import { agentAt, type Trace } from '../core/trace';
import type { ScenarioFile } from '../scenario/types';

// The numbers that explain one run's outcome, read from its trace: how far offside the runner was
// at the pass, who won the race to the ball and by how much, how much room the runner had.

export interface RunMargins {
  /** The runner's signed distance beyond the offside line at the main pass or cross (m; > 0 is
   *  an offside position). From the pass's own judgment; null if offside is off or no judgment. */
  offsideMarginM: number | null;
  /** Seconds to spare in the race to the ball, signed: see raceMargin. Null if neither the runner
   *  nor an opponent touched the ball after the main pass. */
  raceMarginS: number | null;
  /** Distance from the runner to the nearest opponent at the runner's first touch (m). */
  separationM: number | null;
  /** Time of the runner's first controlled touch after the main pass (s). */
  controlT: number | null;
  /** Time of the attack's first shot after the main pass (s). */
  shotT: number | null;
}

/** The margin fields in the order they are written (CSV columns). */
export const MARGIN_FIELDS = ['offsideMarginM', 'raceMarginS', 'separationM', 'controlT', 'shotT'] as const satisfies readonly (keyof RunMargins)[];

const PLAYS = new Set(['pass', 'cross']);
const RUNNER_TOUCH = new Set(['control', 'shot']);
const OPPONENT_TOUCH = new Set(['interception', 'tackle', 'save', 'clearance', 'miscontrol', 'block', 'deflection']);

/**
 * The runner the drill is about, from the file: the agent its first pass or cross is played to,
 * else the attacker of its first scripted run (a cross to a spot is meant for the one running there).
 */
export function scenarioRunner(s: ScenarioFile): string | null {
  for (const a of s.script) {
    if (a.do !== 'pass' && a.do !== 'cross') continue;
    const to = a.to.agent ?? a.to.options?.find((o) => o.agent !== undefined)?.agent; // of options, the first named runner
    if (to !== undefined) return to;
  }
  const team = new Map(s.agents.map((a) => [a.id, a.team]));
  for (const a of s.script) if (a.do === 'run' && team.get(a.agent) === 'attack') return a.agent;
  return null;
}

/** The drill's main line: the first pass or cross of its script (its index), or null if none. */
export function mainLine(s: ScenarioFile): number | null {
  const k = s.script.findIndex((a) => a.do === 'pass' || a.do === 'cross');
  return k < 0 ? null : k;
}

/**
 * Did the drill's main line happen in this run? Not if it was skipped (with why), nor if its
 * player never played a pass or cross (a line by the clock due after the drill had ended).
 */
export function mainLinePlayed(trace: Trace, s: ScenarioFile, line: number | null): boolean {
  if (line === null) return true; // nothing to miss
  const a = s.script[line];
  if (a.do !== 'pass' && a.do !== 'cross') return true;
  if (trace.events.some((e) => e.type === 'skipped' && e.action === line)) return false;
  return trace.events.some((e) => PLAYS.has(e.type) && e.agent === a.agent);
}

/** The main play: the first pass or cross of the run. */
export function mainPlay(trace: Trace): DrillEvent | undefined {
  return trace.events.find((e) => PLAYS.has(e.type));
}

function stateAt(trace: Trace, tick: number, i: number): [number, number, number, number] {
  const a = agentAt(trace, tick, i);
  return [a.x, a.y, a.vx, a.vy];
}

/**
 * The race to the ball after the main play, decided by its first touch by the runner or by any
 * opponent (defender or keeper), at the point P where that touch happened and tick k:
 *  - the runner touched first: + the time the quickest opponent still needed, from where and how
 *    fast they were moving at tick k, to reach P (timeToReach, the sprint model): time to spare;
 *  - an opponent touched first: − the time the runner still needed to reach P from tick k.
 * So the sign says who won and the size how close it was; 0 is a dead heat. A touch counts if it
 * is a control or shot by the runner (or the runner's touch that the flag stops), or an
 * interception, tackle or save by an opponent.
 */
export function raceMargin(trace: Trace, spec: DrillSpec, runner: number, after: number): number | null {
  const runnerId = trace.agents[runner].id;
  const touch = trace.events.find((e) => e.tick > after && (
    (e.agent === runnerId && (RUNNER_TOUCH.has(e.type) || (e.type === 'offside' && e.involvement === 'played'))) ||
    (OPPONENT_TOUCH.has(e.type) && e.agent !== undefined && isOpponent(trace, e.agent))));
  if (!touch) return null;
  if (touch.agent === runnerId) {
    let best = Infinity;
    for (let j = 0; j < trace.agents.length; j++) {
      if (trace.agents[j].team !== 'defence') continue;
      const [x, y, vx, vy] = stateAt(trace, touch.tick, j);
      best = Math.min(best, timeToReach(x, y, vx, vy, touch.x, touch.y, spec.agents[j].profile));
    }
    return best === Infinity ? null : best;
  }
  const [x, y, vx, vy] = stateAt(trace, touch.tick, runner);
  return -timeToReach(x, y, vx, vy, touch.x, touch.y, spec.agents[runner].profile);
}

function isOpponent(trace: Trace, id: string): boolean {
  return trace.agents.some((a) => a.id === id && a.team === 'defence');
}

/** Distance from agent i to the nearest defence player at tick k (m). */
function separation(trace: Trace, i: number, k: number): number | null {
  const [x, y] = stateAt(trace, k, i);
  let best = Infinity;
  for (let j = 0; j < trace.agents.length; j++) {
    if (trace.agents[j].team !== 'defence') continue;
    const [ox, oy] = stateAt(trace, k, j);
    best = Math.min(best, len(ox - x, oy - y)); // sqrt, not Math.hypot: the same bits in every engine
  }
  return best === Infinity ? null : best;
}

/** The margins of one run. `runner` is the drill's runner (scenarioRunner) when the play names none. */
export function runMargins(trace: Trace, spec: DrillSpec, runner: string | null): RunMargins {
  const none: RunMargins = { offsideMarginM: null, raceMarginS: null, separationM: null, controlT: null, shotT: null };
  const play = mainPlay(trace);
  if (!play) return none;
  const id = play.other ?? runner;
  const i = id === null ? -1 : trace.agents.findIndex((a) => a.id === id);
  const verdict = trace.offside ? play.judgment?.players.find((p) => p.id === id) : undefined;
  const shot = trace.events.find((e) => e.tick > play.tick && e.type === 'shot' && e.agent !== undefined && !isOpponent(trace, e.agent));
  const out: RunMargins = { ...none, offsideMarginM: verdict?.marginM ?? null, shotT: shot?.t ?? null };
  if (i < 0) return out;
  const control = trace.events.find((e) => e.tick > play.tick && e.type === 'control' && e.agent === id);
  const first = trace.events.find((e) => e.tick > play.tick && e.agent === id &&
    (RUNNER_TOUCH.has(e.type) || (e.type === 'offside' && e.involvement === 'played')));
  out.controlT = control?.t ?? null;
  out.raceMarginS = raceMargin(trace, spec, i, play.tick);
  out.separationM = first ? separation(trace, i, first.tick) : null;
  return out;
}
