import { readFileSync } from 'node:fs';
import { simulate } from '../../src/core/simulate';
import type { AgentSpec, DrillSpec } from '../../src/core/spec';
import { DEFAULT_PROFILES } from '../../src/core/profile';
import type { Trace } from '../../src/core/trace';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill, type ParamValues } from '../../src/scenario/resolve';

/** Run a scenario file from scenarios/ with parameter values and a seed. */
export function runDrill(name: string, set: ParamValues = {}, seed = 1, variation?: string): Trace {
  const file = `scenarios/${name}.json`;
  const s = parseScenario(readFileSync(file, 'utf8'), file);
  const values = paramValues(s, set, variation);
  return simulate(resolveDrill(s, values, variation), seed, { scenario: s.id, params: values });
}

export function agent(id: string, team: AgentSpec['team'], role: AgentSpec['role'], x: number, y: number, behaviour: AgentSpec['behaviour']): AgentSpec {
  return { id, team, role, label: id, start: { x, y }, profile: { ...DEFAULT_PROFILES[role] }, behaviour };
}

/** A drill built in code, for tests that need one exact situation. */
export function drill(agents: AgentSpec[], actions: DrillSpec['actions'], over: Partial<DrillSpec> = {}): DrillSpec {
  return {
    id: 'test', pitch: { length: 105, width: 68 }, tickRate: 50, duration: 6, offside: true,
    ballAt: agents[0].id, agents, actions, finishError: 0, touch: 1, ...over,
  };
}

export function eventTypes(t: Trace): string[] {
  return t.events.map((e) => e.type);
}

/** A trace's frames as bytes: exactly its ticks (the buffer under them may run on; see simulate.ts). */
export function frameBytes(t: Pick<Trace, 'frames'>): Buffer {
  return Buffer.from(t.frames.buffer, t.frames.byteOffset, t.frames.byteLength);
}
