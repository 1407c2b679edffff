import { simulate } from '../../core/simulate';
import type { DrillSpec } from '../../core/spec';
import type { Trace } from '../../core/trace';
import { cueWindows, type CueSpec, type CueWindow } from '../../view/cue-schedule';
import { planArrows, type PlanArrow } from '../../view/plan';
import { verdicts, type Verdict } from '../../view/verdicts';
import { evalRef, paramValues, resolveDrill, type ParamValues } from '../../scenario/resolve';
import type { ScenarioFile } from '../../scenario/types';

// What the viewer plays: a Replay, a trace and where it came from, with the drill that makes it
// when there is one (a recording no drill reproduces has none), and everything the viewer derives
// from it once (not per frame).

export interface Replay {
  from: string; // where it came from, in words: the drill's id, or the file's name
  drill?: ScenarioFile; // the drill that makes this trace: absent for a recording replayed as it is
  scenario: ScenarioFile; // what the panel shows: the drill, or a description of the recording
  variation?: string;
  seed: number;
  params: ParamValues; // all parameters, resolved
  spec: DrillSpec;
  trace: Trace;
  plan: PlanArrow[];
  verdicts: Verdict[];
  cues: CueWindow[];
  eventTicks: number[]; // sorted, unique
  simMs: number; // wall time of the simulation
}

/** Simulate a drill: the replay of a new run. */
export function runDrill(s: ScenarioFile, given: ParamValues, variation: string | undefined, seed: number): Replay {
  const params = paramValues(s, given, variation);
  const spec = resolveDrill(s, params, variation);
  const t0 = performance.now();
  const trace = simulate(spec, seed, { scenario: s.id, params });
  const simMs = performance.now() - t0;
  const cues: CueSpec[] = (s.cues ?? []).map((c) => ({
    text: c.text,
    at: {
      ...(c.at.time !== undefined ? { time: typeof c.at.time === 'number' ? c.at.time : evalRef(c.at.time, params) } : {}),
      ...(c.at.event !== undefined ? { event: c.at.event } : {}),
      ...(c.at.agent !== undefined ? { agent: c.at.agent } : {}),
    },
    ...(c.for !== undefined ? { for: c.for } : {}),
  }));
  const eventTicks = [...new Set(trace.events.map((e) => e.tick))].sort((a, b) => a - b);
  return {
    from: s.id, drill: s, scenario: s, variation, seed, params, spec, trace,
    plan: planArrows(trace, spec.actions),
    verdicts: verdicts(trace),
    cues: cueWindows(trace, cues),
    eventTicks,
    simMs,
  };
}

/** A recording read from a file that no drill reproduces: replayed as it is. */
export function recordingReplay(name: string, trace: Trace, scenario: ScenarioFile, spec: DrillSpec): Replay {
  return {
    from: name, scenario, variation: undefined, seed: trace.seed, params: { ...trace.params }, spec, trace, plan: [],
    verdicts: verdicts(trace), cues: [], eventTicks: [...new Set(trace.events.map((e) => e.tick))].sort((a, b) => a - b), simMs: 0,
  };
}
