import { DEFAULT_PROFILES } from '../core/profile';
import { simulate } from '../core/simulate';
import type { DrillSpec } from '../core/spec';
import type { Trace } from '../core/trace';
import { traceFromJSON } from '../core/trace-io';
import { paramValues, resolveDrill } from '../scenario/resolve';
import { parseJsonText } from '../scenario/json-text';
import type { ScenarioFile } from '../scenario/types';

// A trace file (as exported, or written by `onside run --trace`) read back for replay. The file
// is untrusted: it is parsed as data, every field is checked before anything is built, and any
// problem becomes one message naming the place. Nothing in it is run or shown as markup.

export const MAX_TRACE_BYTES = 50_000_000;
const MAX_TICKS = 1_000_000;
const MAX_AGENTS = 64;
const MAX_LABEL = 12;
const MAX_ID = 64;

function fail(path: string, expected: string, got: unknown): never {
  const shown = got === undefined ? 'nothing' : (JSON.stringify(got) ?? String(got)).slice(0, 40);
  throw new Error(`trace: ${path}: expected ${expected}, got ${shown}`);
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What the viewer relies on beyond what traceFromJSON checks: sizes it can draw. */
function checkForViewer(t: Trace): void {
  if (!(t.tickRate >= 1 && t.tickRate <= 1000)) fail('$.tickRate', 'a tick rate of 1–1000 Hz', t.tickRate);
  if (!(t.pitch.length >= 20 && t.pitch.length <= 200)) fail('$.pitch.length', 'a pitch length of 20–200 m', t.pitch.length);
  if (!(t.pitch.width >= 10 && t.pitch.width <= 150)) fail('$.pitch.width', 'a pitch width of 10–150 m', t.pitch.width);
  if (t.agents.length > MAX_AGENTS) fail('$.agents', `at most ${MAX_AGENTS} players`, `${t.agents.length} players`);
  t.agents.forEach((a, i) => {
    if (a.id.length === 0 || a.id.length > MAX_ID) fail(`$.agents[${i}].id`, `an id of 1–${MAX_ID} characters`, a.id);
    if (a.label.length === 0 || a.label.length > MAX_LABEL) fail(`$.agents[${i}].label`, `a label of 1–${MAX_LABEL} characters`, a.label);
  });
}

/** Read a trace file's text; throws an Error whose message says what is wrong and where. */
export function readTraceText(name: string, text: string): Trace {
  if (text.length > MAX_TRACE_BYTES) throw new Error(`${name} is too large for a trace (${Math.round(text.length / 1e6)} MB; at most ${MAX_TRACE_BYTES / 1e6} MB)`);
  if (/^\s*tick,t,entity,/.test(text)) {
    throw new Error(`${name} is a CSV trace, which holds the frames only (no events, offside line or outcome): open the JSON export of the run to replay it`);
  }
  let data: unknown;
  try {
    data = parseJsonText(text, name);
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)} (the file is damaged or not a trace)`);
  }
  // Before traceFromJSON allocates ticks × agents numbers: the frames must really be there.
  if (isObj(data) && data.format === 'onside-trace' && data.version === 1) {
    if (!Number.isInteger(data.ticks) || (data.ticks as number) < 1 || (data.ticks as number) > MAX_TICKS) fail('$.ticks', `a whole number in 1–${MAX_TICKS}`, data.ticks);
    if (!Array.isArray(data.frames) || data.frames.length !== data.ticks) fail('$.frames', `${String(data.ticks)} frames (one per tick)`, Array.isArray(data.frames) ? `${data.frames.length} frames` : data.frames);
    if (Array.isArray(data.agents) && data.agents.length > MAX_AGENTS) fail('$.agents', `at most ${MAX_AGENTS} players`, `${data.agents.length} players`);
  }
  const trace = traceFromJSON(data);
  checkForViewer(trace);
  return trace;
}

export interface Recognised {
  scenario: ScenarioFile;
  variation: string | undefined;
}

function sameRun(a: Trace, b: Trace): boolean {
  if (a.ticks !== b.ticks || a.stride !== b.stride || a.events.length !== b.events.length) return false;
  if (a.agents.some((x, i) => x.id !== b.agents[i].id)) return false;
  for (let k = 0; k < a.frames.length; k++) if (!Object.is(a.frames[k], b.frames[k])) return false;
  return true;
}

/**
 * The bundled drill (and stage) that reproduces this trace bit for bit from its parameters and
 * seed, if any: then the recording is that drill's run, with its plan, cues and a link.
 */
export function recogniseTrace(trace: Trace, scenarios: readonly ScenarioFile[]): Recognised | null {
  const s = scenarios.find((x) => x.id === trace.scenario);
  if (!s) return null;
  const names = Object.keys(s.params ?? {});
  const given = Object.keys(trace.params);
  if (names.length !== given.length || names.some((n) => !given.includes(n))) return null;
  for (const variation of [undefined, ...(s.variations ?? []).map((v) => v.id)]) {
    try {
      const params = paramValues(s, trace.params, variation);
      const again = simulate(resolveDrill(s, params, variation), trace.seed, { scenario: s.id, params });
      if (sameRun(again, trace)) return { scenario: s, variation };
    } catch {
      // parameters out of this drill's range: not this drill
    }
  }
  return null;
}

/** A stand-in drill for a recording no bundled drill reproduces: no plan, default profiles. */
export function recordingDrill(trace: Trace, name: string): { scenario: ScenarioFile; spec: DrillSpec } {
  const scenario: ScenarioFile = {
    id: trace.scenario || 'trace',
    title: `Recording: ${name}`,
    description: `A run of "${trace.scenario}" (seed ${trace.seed}) read from a file. No bundled drill reproduces it, so it replays as recorded: no plan arrows, cues or link, and times to reach use each role's default profile.`,
    pitch: { length: trace.pitch.length, width: trace.pitch.width },
    agents: [],
    script: [],
  };
  const spec: DrillSpec = {
    id: scenario.id, pitch: trace.pitch, tickRate: trace.tickRate, duration: (trace.ticks - 1) / trace.tickRate,
    offside: trace.offside, ballAt: { x: trace.frames[0], y: trace.frames[1] },
    agents: trace.agents.map((a) => ({
      id: a.id, team: a.team, role: a.role, label: a.label, start: { x: 0, y: 0 },
      profile: { ...DEFAULT_PROFILES[a.role] }, behaviour: { kind: 'stand' as const },
    })),
    actions: [], finishError: 0, touch: 0,
  };
  return { scenario, spec };
}
