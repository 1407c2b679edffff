import { simulate } from '../../core/simulate';
import type { DrillSpec } from '../../core/spec';
import type { Trace } from '../../core/trace';
import { cueWindows, type CueSpec, type CueWindow } from '../../view/cue-schedule';
import { planArrows, type PlanArrow } from '../../view/plan';
import { verdicts, type Verdict } from '../../view/verdicts';
import { evalRef, paramValues, resolveDrill, type ParamValues } from '../../scenario/resolve';
import type { ScenarioFile } from '../../scenario/types';

// One run of a drill, and everything the viewer derives from it once (not per frame).

export interface Run {
  scenario: ScenarioFile;
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

export function runDrill(s: ScenarioFile, given: ParamValues, variation: string | undefined, seed: number): Run {
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
    scenario: s, variation, seed, params, spec, trace,
    plan: planArrows(trace, spec.actions),
    verdicts: verdicts(trace),
    cues: cueWindows(trace, cues),
    eventTicks,
    simMs,
  };
}
