import { EVENT_TYPES, OUTCOMES, type DrillEvent, type Outcome } from './events';
import {
  agentOffset, BALL_FIELDS, frameStride, TRACE_FORMAT, TRACE_VERSION, type Trace, type TraceAgent,
} from './trace';

// A trace to and from files: JSON (everything, readable per-tick records, exact round trip) and
// CSV (the frames only, one row per tick per entity, for spreadsheets). Pure: no DOM, no Node.

export interface BallState { x: number; y: number; z: number; vx: number; vy: number; vz: number }
export interface AgentState { x: number; y: number; vx: number; vy: number }

export interface TraceFrameJSON {
  tick: number;
  t: number; // s
  ball: BallState;
  agents: Record<string, AgentState>; // by agent id
  owner: string | null; // id of the agent with the ball at their feet
  line: number; // live offside line, x in m
}

export interface TraceJSON {
  format: typeof TRACE_FORMAT;
  version: number;
  scenario: string;
  seed: number;
  tickRate: number;
  ticks: number;
  params: Record<string, number>;
  pitch: { length: number; width: number };
  offside: boolean;
  agents: TraceAgent[];
  events: DrillEvent[];
  outcome: Outcome;
  frames: TraceFrameJSON[];
}

const BALL_KEYS = ['x', 'y', 'z', 'vx', 'vy', 'vz'] as const;
const AGENT_KEYS = ['x', 'y', 'vx', 'vy'] as const;
const TEAMS = ['attack', 'defence', 'neutral'];
const ROLES = ['attacker', 'defender', 'goalkeeper', 'server'];

/** An own, enumerable property even for ids like "__proto__" (valid agent ids). */
function put<T>(o: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function own(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

export function traceToJSON(trace: Trace): TraceJSON {
  const f = trace.frames;
  const frames: TraceFrameJSON[] = new Array(trace.ticks);
  for (let k = 0; k < trace.ticks; k++) {
    const o = k * trace.stride;
    const agents: Record<string, AgentState> = {};
    trace.agents.forEach((a, i) => {
      const p = agentOffset(trace.stride, k, i);
      put(agents, a.id, { x: f[p], y: f[p + 1], vx: f[p + 2], vy: f[p + 3] });
    });
    const w = trace.owner[k];
    frames[k] = {
      tick: k,
      t: k / trace.tickRate,
      ball: { x: f[o], y: f[o + 1], z: f[o + 2], vx: f[o + 3], vy: f[o + 4], vz: f[o + 5] },
      agents,
      owner: w >= 0 ? trace.agents[w].id : null,
      line: trace.line[k],
    };
  }
  return {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    scenario: trace.scenario,
    seed: trace.seed,
    tickRate: trace.tickRate,
    ticks: trace.ticks,
    params: { ...trace.params },
    pitch: { length: trace.pitch.length, width: trace.pitch.width },
    offside: trace.offside,
    ...(trace.endZone !== undefined ? { endZone: trace.endZone } : {}),
    agents: trace.agents.map((a) => ({ ...a })),
    events: structuredClone(trace.events),
    outcome: { ...trace.outcome },
    frames,
  };
}

/**
 * JSON text of a trace that keeps every number exactly, −0 included (JSON.stringify writes −0
 * as 0; the literal -0 is valid JSON and parses back to −0). Non-finite numbers are refused.
 * One top-level field per line, and one line per agent, event and frame, so that files diff
 * and grep well.
 */
export function traceToJSONText(trace: Trace): string {
  const enc = (v: unknown) => JSON.stringify(v, (key, x) => {
    if (typeof x !== 'number') return x;
    if (!Number.isFinite(x)) throw new Error(`trace: ${key}: cannot write ${x} (expected finite numbers)`);
    return Object.is(x, -0) ? NEG_ZERO : x;
  }).replaceAll(JSON.stringify(NEG_ZERO), '-0');
  const fields = Object.entries(traceToJSON(trace)).map(([key, v]) =>
    Array.isArray(v) && v.length ? `"${key}": [\n${v.map(enc).join(',\n')}\n]` : `"${key}": ${enc(v)}`);
  return `{\n${fields.join(',\n')}\n}\n`;
}
const NEG_ZERO = '\u0000-0\u0000'; // a marker no id, label or event field contains

// ---- reading: every field checked, with the place named, before anything is built ----

class Reader {
  constructor(readonly path: string) {}
  fail(expected: string, got: unknown): never {
    const shown = got === undefined ? 'nothing' : JSON.stringify(got)?.slice(0, 40) ?? String(got);
    throw new Error(`trace: ${this.path}: expected ${expected}, got ${shown}`);
  }
  at(key: string | number): Reader {
    return new Reader(typeof key === 'number' ? `${this.path}[${key}]` : `${this.path}.${key}`);
  }
}

function obj(r: Reader, v: unknown): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) r.fail('an object', v);
  return v as Record<string, unknown>;
}

function num(r: Reader, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) r.fail('a number', v);
  return v as number;
}

function int(r: Reader, v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(v) || (v as number) < min || (v as number) > max) r.fail(`a whole number in ${min}–${max}`, v);
  return v as number;
}

function str(r: Reader, v: unknown, allowed?: readonly string[]): string {
  if (typeof v !== 'string' || (allowed && !allowed.includes(v))) r.fail(allowed ? `one of ${allowed.join(', ')}` : 'text', v);
  return v as string;
}

function arr(r: Reader, v: unknown, length?: number): unknown[] {
  if (!Array.isArray(v)) r.fail('a list', v);
  const a = v as unknown[];
  if (length !== undefined && a.length !== length) r.fail(`${length} items`, `${a.length} items`);
  return a;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Check an optional field, if present, with `ok`; name its place and what was expected if not. */
function optional(r: Reader, o: Record<string, unknown>, key: string, ok: (v: unknown) => boolean, expected: string): void {
  if (Object.prototype.hasOwnProperty.call(o, key) && o[key] !== undefined && !ok(o[key])) r.at(key).fail(expected, o[key]);
}

/** The optional details of an event (who, where aimed, the offside judgment…), each checked. */
function checkEventDetails(r: Reader, e: Record<string, unknown>, ticks: number, ids: Map<string, number>): void {
  const agent = (v: unknown) => typeof v === 'string' && ids.has(v);
  const text = (v: unknown) => typeof v === 'string' && v.length <= 64;
  const point = (v: unknown) => isObj(v) && isNum(v.x) && isNum(v.y);
  const judgment = (v: unknown) => isObj(v) && isNum(v.offsideLine) && typeof v.restartExempt === 'boolean' &&
    Array.isArray(v.players) && v.players.length <= ids.size &&
    v.players.every((p) => isObj(p) && agent(p.id) && typeof p.offsidePosition === 'boolean' && isNum(p.marginM));
  optional(r, e, 'agent', agent, 'the id of an agent in the trace');
  optional(r, e, 'other', agent, 'the id of an agent in the trace');
  optional(r, e, 'speed', isNum, 'a number');
  optional(r, e, 'to', point, 'a point {x, y}');
  optional(r, e, 'finish', text, 'text');
  optional(r, e, 'hold', (v) => typeof v === 'boolean', 'true or false');
  optional(r, e, 'by', text, 'text');
  optional(r, e, 'restart', text, 'text');
  optional(r, e, 'judgment', judgment, 'an offside judgment {offsideLine, restartExempt, players: [{id, offsidePosition, marginM}]}');
  optional(r, e, 'judgedAt', (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < ticks, 'a tick of the run');
  optional(r, e, 'line', isNum, 'a number');
  optional(r, e, 'marginM', isNum, 'a number');
  optional(r, e, 'involvement', (v) => v === 'played' || v === 'challenged', '"played" or "challenged"');
  optional(r, e, 'afterControl', (v) => v === true, 'true (a tackle after control)');
  optional(r, e, 'chosen', (v) => isObj(v) && Number.isInteger(v.option) && text(v.rule) && typeof v.why === 'string' && v.why.length <= 200 && (v.agent === undefined || agent(v.agent)), 'a choice {option, rule, why, agent?}');
  optional(r, e, 'action', (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1000, 'the index of a script line');
  optional(r, e, 'reason', (v) => typeof v === 'string' && v.length <= 400, 'text of at most 400 characters');
  optional(r, e, 'firstTime', (v) => typeof v === 'boolean', 'true or false');
}

/** Rebuild a Trace from parsed trace JSON; throws an Error naming the place of any problem. */
export function traceFromJSON(data: unknown): Trace {
  const r = new Reader('$');
  const o = obj(r, data);
  if (o.format !== TRACE_FORMAT) r.at('format').fail(`"${TRACE_FORMAT}" (an Onside trace)`, o.format);
  if (o.version !== TRACE_VERSION) {
    throw new Error(`trace: $.version: this build reads version ${TRACE_VERSION}, the file is version ${JSON.stringify(o.version)}`);
  }
  const tickRate = num(r.at('tickRate'), o.tickRate);
  if (tickRate <= 0) r.at('tickRate').fail('a positive number', tickRate);
  const ticks = int(r.at('ticks'), o.ticks, 1);
  const pitchIn = obj(r.at('pitch'), o.pitch);
  const pitch = { length: num(r.at('pitch').at('length'), pitchIn.length), width: num(r.at('pitch').at('width'), pitchIn.width) };
  if (typeof o.offside !== 'boolean') r.at('offside').fail('true or false', o.offside);
  const endZone = o.endZone === undefined ? undefined : num(r.at('endZone'), o.endZone);
  const paramsIn = obj(r.at('params'), o.params);
  const params: Record<string, number> = {};
  for (const [k, v] of Object.entries(paramsIn)) put(params, k, num(r.at('params').at(k), v));
  const agents: TraceAgent[] = arr(r.at('agents'), o.agents).map((v, i) => {
    const ar = r.at('agents').at(i);
    const a = obj(ar, v);
    return {
      id: str(ar.at('id'), a.id),
      team: str(ar.at('team'), a.team, TEAMS) as TraceAgent['team'],
      role: str(ar.at('role'), a.role, ROLES) as TraceAgent['role'],
      label: str(ar.at('label'), a.label),
    };
  });
  const ids = new Map<string, number>();
  agents.forEach((a, i) => {
    if (ids.has(a.id)) r.at('agents').at(i).at('id').fail('an id not used before', a.id);
    ids.set(a.id, i);
  });
  const events = arr(r.at('events'), o.events).map((v, i) => {
    const er = r.at('events').at(i);
    const e = obj(er, v);
    int(er.at('tick'), e.tick, 0, ticks - 1);
    num(er.at('t'), e.t);
    str(er.at('type'), e.type, EVENT_TYPES);
    num(er.at('x'), e.x);
    num(er.at('y'), e.y);
    checkEventDetails(er, e, ticks, ids);
    return structuredClone(e) as unknown as DrillEvent;
  });
  const or = r.at('outcome');
  const oc = obj(or, o.outcome);
  str(or.at('result'), oc.result, OUTCOMES);
  int(or.at('tick'), oc.tick, 0, ticks - 1);
  num(or.at('t'), oc.t);
  optional(or, oc, 'agent', (v) => typeof v === 'string' && ids.has(v), 'the id of an agent in the trace');
  optional(or, oc, 'marginM', isNum, 'a number');
  optional(or, oc, 'afterControl', (v) => v === true, 'true (tackled after control)');

  const stride = frameStride(agents.length);
  const frames = new Float64Array(ticks * stride);
  const owner = new Int16Array(ticks);
  const line = new Float64Array(ticks);
  const fr = r.at('frames');
  arr(fr, o.frames, ticks).forEach((v, k) => {
    const kr = fr.at(k);
    const f = obj(kr, v);
    if (f.tick !== k) kr.at('tick').fail(`${k} (frames in tick order)`, f.tick);
    num(kr.at('t'), f.t);
    const base = k * stride;
    const ball = obj(kr.at('ball'), f.ball);
    BALL_KEYS.forEach((key, m) => { frames[base + m] = num(kr.at('ball').at(key), ball[key]); });
    const as = obj(kr.at('agents'), f.agents);
    agents.forEach((a, i) => {
      const ar = kr.at('agents').at(a.id);
      const s = obj(ar, own(as, a.id) ? as[a.id] : undefined);
      AGENT_KEYS.forEach((key, m) => { frames[agentOffset(stride, k, i) + m] = num(ar.at(key), s[key]); });
    });
    if (f.owner === null) owner[k] = -1;
    else owner[k] = ids.get(str(kr.at('owner'), f.owner, [...ids.keys()]))!;
    line[k] = num(kr.at('line'), f.line);
  });

  return {
    scenario: str(r.at('scenario'), o.scenario),
    seed: int(r.at('seed'), o.seed, 0),
    tickRate, ticks, params, pitch,
    offside: o.offside as boolean,
    ...(endZone !== undefined ? { endZone } : {}),
    agents, stride, frames, owner, line, events,
    outcome: structuredClone(oc) as unknown as Outcome,
  };
}

// ---- CSV: frames only ----

export const CSV_HEADER = 'tick,t,entity,team,role,x,y,z,vx,vy,vz,shirt';
/** The header before the shirt column was added (files written then still read). */
const CSV_HEADER_V1 = 'tick,t,entity,team,role,x,y,z,vx,vy,vz';

/** The number or role on a player's disc, as one CSV cell (no comma, quote or line break). */
function csvLabel(label: string): string {
  return label.replace(/[,"\r\n]/g, ' ');
}

/** Shortest text that parses back to exactly the same double (−0 kept). */
function csvNum(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

/** One row per tick per entity: the ball (team "ball"), then the agents in trace order, each
 *  with the number on its disc (`shirt`) besides its id. */
export function traceToCSV(trace: Trace): string {
  const f = trace.frames;
  const rows = [CSV_HEADER];
  for (let k = 0; k < trace.ticks; k++) {
    const o = k * trace.stride;
    const head = `${k},${csvNum(k / trace.tickRate)},`;
    rows.push(`${head}ball,ball,ball,${csvNum(f[o])},${csvNum(f[o + 1])},${csvNum(f[o + 2])},${csvNum(f[o + 3])},${csvNum(f[o + 4])},${csvNum(f[o + 5])},`);
    trace.agents.forEach((a, i) => {
      const p = agentOffset(trace.stride, k, i);
      rows.push(`${head}${a.id},${a.team},${a.role},${csvNum(f[p])},${csvNum(f[p + 1])},,${csvNum(f[p + 2])},${csvNum(f[p + 3])},,${csvLabel(a.label)}`);
    });
  }
  return rows.join('\n') + '\n';
}

export interface CsvFrames {
  ticks: number;
  times: Float64Array; // s, per tick
  agents: Pick<TraceAgent, 'id' | 'team' | 'role'>[];
  stride: number;
  frames: Float64Array; // the layout of Trace.frames
}

/** The frames of a trace CSV (as traceToCSV writes it); throws naming the line and column. */
export function traceFramesFromCSV(text: string): CsvFrames {
  const lines = text.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== CSV_HEADER && lines[0] !== CSV_HEADER_V1) throw new Error(`trace CSV: line 1: expected the header "${CSV_HEADER}", got ${JSON.stringify(lines[0]?.slice(0, 60) ?? '')}`);
  const cols = lines[0].split(',');
  const cells = lines.slice(1).map((l, n) => {
    const c = l.split(',');
    if (c.length !== cols.length) throw new Error(`trace CSV: line ${n + 2}: expected ${cols.length} columns, got ${c.length}`);
    return c;
  });
  const fail = (n: number, col: number, expected: string): never => {
    throw new Error(`trace CSV: line ${n + 2}, column ${cols[col]}: expected ${expected}, got ${JSON.stringify(cells[n][col])}`);
  };
  const number = (n: number, col: number): number => {
    const s = cells[n][col];
    const v = s.trim() === '' ? NaN : Number(s);
    return Number.isFinite(v) ? v : fail(n, col, 'a number');
  };
  // Entities of tick 0 fix the layout: the ball, then the agents.
  let per = 0;
  while (per < cells.length && cells[per][0] === '0') per++;
  if (per === 0 || cells[0][3] !== 'ball') throw new Error('trace CSV: line 2: expected the ball row of tick 0');
  const agents = cells.slice(1, per).map((c) => ({ id: c[2], team: c[3] as TraceAgent['team'], role: c[4] as TraceAgent['role'] }));
  if (cells.length % per !== 0) throw new Error(`trace CSV: expected ${per} rows per tick, got ${cells.length} rows in all`);
  const ticks = cells.length / per;
  const stride = frameStride(agents.length);
  const frames = new Float64Array(ticks * stride);
  const times = new Float64Array(ticks);
  for (let n = 0; n < cells.length; n++) {
    const k = Math.floor(n / per), e = n % per;
    const c = cells[n];
    if (c[0] !== String(k)) fail(n, 0, `tick ${k}`);
    times[k] = number(n, 1);
    const want = e === 0 ? ['ball', 'ball', 'ball'] : [agents[e - 1].id, agents[e - 1].team, agents[e - 1].role];
    for (let m = 0; m < 3; m++) if (c[2 + m] !== want[m]) fail(n, 2 + m, JSON.stringify(want[m]));
    const o = k * stride;
    if (e === 0) {
      for (let m = 0; m < BALL_FIELDS; m++) frames[o + m] = number(n, 5 + m);
    } else {
      const p = agentOffset(stride, k, e - 1);
      frames[p] = number(n, 5);
      frames[p + 1] = number(n, 6);
      frames[p + 2] = number(n, 8);
      frames[p + 3] = number(n, 9);
      if (c[7] !== '' || c[10] !== '') fail(n, c[7] !== '' ? 7 : 10, 'an empty cell (players have no height)');
    }
  }
  return { ticks, times, agents, stride, frames };
}
