import { simulate } from '../../src/core/simulate';
import type { DrillEvent } from '../../src/core/events';
import type { Trace } from '../../src/core/trace';
import { paramValues, resolveDrill, type ParamValues } from '../../src/scenario/resolve';
import type { ScenarioFile } from '../../src/scenario/types';
import { validateScenario } from '../../src/scenario/validate';

// Small drills written as a coach would write them (version 2 files), for the script's tests:
// validated, resolved and run exactly as `onside run` does.

type Line = ScenarioFile['script'][number];
type Agent = ScenarioFile['agents'][number];

export const KEEPER: Agent = { id: 'GK', team: 'defence', role: 'goalkeeper', start: { x: 104, y: 34 }, behaviour: { kind: 'keeper' } };
/** An attacker who goes for the ball played to him and never shoots from further than 1 m. */
export const mate = (id: string, x: number, y: number): Agent =>
  ({ id, team: 'attack', role: 'attacker', start: { x, y }, behaviour: { kind: 'striker', shootRange: 1 } });

export function chainDrill(agents: Agent[], script: Line[], over: Partial<ScenarioFile> = {}): ScenarioFile {
  return {
    version: 2, id: 'chain', title: 'A chain of plays', duration: 8, offside: false, finishError: 0, touch: 0.3,
    ball: { with: agents[0].id }, agents: [...agents, KEEPER], script, ...over,
  };
}

/** Validate (no problems expected: a test drill that is invalid fails here), resolve and run. */
export function runChain(s: ScenarioFile, set: ParamValues = {}, seed = 1, variation?: string): Trace {
  const problems = validateScenario(s);
  if (problems.length) throw new Error(`test drill invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const values = paramValues(s, set, variation);
  return simulate(resolveDrill(s, values, variation), seed, { scenario: s.id, params: values });
}

/** The events of a trace as "type agent→other" words, for readable expectations. */
export function story(t: Trace): string[] {
  return t.events.map((e) => `${e.type}${e.agent ? ' ' + e.agent : ''}${e.other ? '→' + e.other : ''}`);
}

export function find(t: Trace, type: DrillEvent['type'], agent?: string, nth = 1): DrillEvent | undefined {
  return t.events.filter((e) => e.type === type && (agent === undefined || e.agent === agent))[nth - 1];
}
