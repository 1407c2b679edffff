import { describe, expect, it } from 'vitest';
import { frameStride, TRACE_VERSION, type Trace } from '../../src/core/trace';
import {
  CSV_HEADER, traceFramesFromCSV, traceFromJSON, traceToCSV, traceToJSON, traceToJSONText,
} from '../../src/core/trace-io';
import { runDrill } from './helpers';

// Files out of a trace must come back as the same numbers, bit for bit: the analyst reproduces
// a run from its export, and the viewer plays an imported trace as if it had simulated it.

/** Same doubles, bit for bit (Object.is tells −0 from 0, unlike toEqual on typed arrays). */
function sameBits(a: ArrayLike<number>, b: ArrayLike<number>): string[] {
  const bad: string[] = [];
  if (a.length !== b.length) return [`length ${a.length} vs ${b.length}`];
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) bad.push(`[${k}] ${a[k]} vs ${b[k]}`);
  return bad.slice(0, 5);
}

const trace = runDrill('through-pass', {}, 7);

/** A small trace with the awkward values a real one rarely shows: −0, tiny and huge numbers. */
function awkward(): Trace {
  const t = structuredClone(trace);
  t.frames[3] = -0; // ball vx
  t.frames[7] = 5e-324; // smallest subnormal
  t.frames[8] = 0.1 + 0.2; // 0.30000000000000004
  t.frames[t.stride + 6] = -1.7976931348623157e308;
  t.line[0] = -0;
  return t;
}

function roundTrip(t: Trace): Trace {
  return traceFromJSON(JSON.parse(traceToJSONText(t)));
}

describe('trace JSON', () => {
  it('has the documented top level and readable per-tick records', () => {
    const j = traceToJSON(trace);
    expect(Object.keys(j)).toEqual([
      'format', 'version', 'scenario', 'seed', 'tickRate', 'ticks', 'params', 'pitch', 'offside',
      'agents', 'events', 'outcome', 'frames',
    ]);
    expect(j.format).toBe('onside-trace');
    expect(j.version).toBe(TRACE_VERSION);
    expect(j.frames).toHaveLength(trace.ticks);
    const f = j.frames[10];
    expect(f.tick).toBe(10);
    expect(f.t).toBe(10 / trace.tickRate);
    // The record reads the flat array at the documented offsets: ball first, then agents in order.
    const o = 10 * trace.stride;
    expect(f.ball).toEqual({ x: trace.frames[o], y: trace.frames[o + 1], z: trace.frames[o + 2], vx: trace.frames[o + 3], vy: trace.frames[o + 4], vz: trace.frames[o + 5] });
    const F = trace.agents.findIndex((a) => a.id === 'F');
    expect(f.agents.F).toEqual({ x: trace.frames[o + 6 + 4 * F], y: trace.frames[o + 7 + 4 * F], vx: trace.frames[o + 8 + 4 * F], vy: trace.frames[o + 9 + 4 * F] });
    // The coach holds the ball at tick 0: the owner is named by id.
    expect(j.frames[0].owner).toBe(trace.agents[trace.owner[0]].id);
  });

  it('round-trips through JSON text bit for bit', () => {
    const back = roundTrip(trace);
    expect(sameBits(back.frames, trace.frames)).toEqual([]);
    expect(sameBits(back.line, trace.line)).toEqual([]);
    expect(Array.from(back.owner)).toEqual(Array.from(trace.owner));
    expect(back.stride).toBe(trace.stride);
    const { frames: _f, line: _l, owner: _o, ...rest } = back;
    const { frames: _f2, line: _l2, owner: _o2, ...want } = trace;
    expect(rest).toEqual(want);
  });

  it('writes one line per agent, event and frame, so that trace files diff and grep well', () => {
    const lines = traceToJSONText(trace).split('\n');
    expect(lines.filter((l) => l.startsWith('{"tick":'))).toHaveLength(trace.events.length + trace.ticks);
    expect(lines.filter((l) => l.startsWith('{"id":'))).toHaveLength(trace.agents.length);
    expect(lines[1]).toBe('"format": "onside-trace",');
  });

  it('keeps −0, subnormals and extremes exactly (JSON.stringify alone would turn −0 into 0)', () => {
    const t = awkward();
    expect(Object.is(t.line[0], -0)).toBe(true); // the precondition: there is a −0 to keep
    const back = roundTrip(t);
    expect(sameBits(back.frames, t.frames)).toEqual([]);
    expect(Object.is(back.line[0], -0)).toBe(true);
  });

  it('accepts agent ids that are also Object.prototype names', () => {
    const t = structuredClone(trace);
    const names = new Map(t.agents.map((a, i) => [a.id, ['__proto__', 'constructor', 'toString'][i] ?? a.id]));
    const rename = (id: string | undefined) => (id === undefined ? id : names.get(id) ?? id);
    t.agents = t.agents.map((a) => ({ ...a, id: rename(a.id)! }));
    // the events name the same players by their new ids (a trace must be consistent to load)
    t.events = t.events.map((e) => ({
      ...e, agent: rename(e.agent), other: rename(e.other),
      ...(e.judgment ? { judgment: { ...e.judgment, players: e.judgment.players.map((p) => ({ ...p, id: rename(p.id)! })) } } : {}),
    }));
    if (t.outcome.agent) t.outcome.agent = rename(t.outcome.agent);
    const back = roundTrip(t);
    expect(back.agents.map((a) => a.id)).toEqual(t.agents.map((a) => a.id));
    expect(sameBits(back.frames, t.frames)).toEqual([]);
  });

  it('refuses a different version, another format and corrupted files, naming the place', () => {
    const good = () => JSON.parse(traceToJSONText(trace));
    const refuse = (edit: (j: any) => void) => {
      const j = good();
      edit(j);
      return () => traceFromJSON(j);
    };
    expect(refuse((j) => { j.version = TRACE_VERSION + 1; })).toThrow(`trace: $.version: this build reads version ${TRACE_VERSION}, the file is version ${TRACE_VERSION + 1}`);
    expect(refuse((j) => { j.format = 'kloppy'; })).toThrow('trace: $.format: expected "onside-trace" (an Onside trace), got "kloppy"');
    expect(() => traceFromJSON([1, 2])).toThrow('trace: $: expected an object, got [1,2]');
    expect(refuse((j) => { j.frames.pop(); })).toThrow(`trace: $.frames: expected ${trace.ticks} items, got "${trace.ticks - 1} items"`);
    expect(refuse((j) => { j.frames[5].ball.vx = 'fast'; })).toThrow('trace: $.frames[5].ball.vx: expected a number, got "fast"');
    expect(refuse((j) => { j.frames[5].ball.vx = null; })).toThrow('trace: $.frames[5].ball.vx: expected a number, got null');
    expect(refuse((j) => { delete j.frames[9].agents.F; })).toThrow('trace: $.frames[9].agents.F: expected an object, got nothing');
    expect(refuse((j) => { j.frames[3].tick = 4; })).toThrow('trace: $.frames[3].tick: expected 3 (frames in tick order), got 4');
    expect(refuse((j) => { j.frames[2].owner = 'nobody'; })).toThrow('trace: $.frames[2].owner: expected one of C, F, GK, got "nobody"');
    expect(refuse((j) => { j.events[0].type = 'dive'; })).toThrow(/^trace: \$\.events\[0\]\.type: expected one of run, pass, .*, got "dive"$/);
    expect(refuse((j) => { j.outcome.tick = trace.ticks; })).toThrow(`trace: $.outcome.tick: expected a whole number in 0–${trace.ticks - 1}, got ${trace.ticks}`);
    expect(refuse((j) => { j.agents[1].id = j.agents[0].id; })).toThrow('trace: $.agents[1].id: expected an id not used before, got "C"');
  });

  it('refuses to write a non-finite number rather than let it become null', () => {
    const t = structuredClone(trace);
    t.frames[4] = NaN;
    expect(() => traceToJSONText(t)).toThrow('trace: vy: cannot write NaN (expected finite numbers)');
  });
});

describe('trace CSV', () => {
  const csv = traceToCSV(trace);
  const rows = csv.trimEnd().split('\n');

  it('has one row per tick per entity (the ball and each agent) under the header', () => {
    expect(rows[0]).toBe(CSV_HEADER);
    expect(rows).toHaveLength(1 + trace.ticks * (trace.agents.length + 1));
    expect(rows[1].startsWith('0,0,ball,ball,ball,')).toBe(true);
    // Players have no height: their z and vz cells are empty, every row has 12 cells; the last
    // is the number on the player's disc (the ball has none).
    const fRow = rows.find((r) => r.startsWith('1,0.02,F,'))!;
    expect(fRow.split(',')).toHaveLength(12);
    expect(fRow.split(',')[7]).toBe('');
    expect(fRow.split(',')[10]).toBe('');
    expect(fRow.split(',')[11]).toBe(trace.agents.find((a) => a.id === 'F')!.label);
    expect(rows[1].split(',')).toHaveLength(12);
    expect(rows[1].split(',')[11]).toBe('');
  });

  it('reads a file written before the shirt column, to the same numbers', () => {
    const old = rows.map((r) => r.split(',').slice(0, 11).join(',')).join('\n');
    expect(old.startsWith('tick,t,entity,team,role,x,y,z,vx,vy,vz\n')).toBe(true);
    expect(sameBits(traceFramesFromCSV(old).frames, trace.frames)).toEqual([]);
  });

  it('parses back to the same numbers, bit for bit', () => {
    const back = traceFramesFromCSV(csv);
    expect(back.ticks).toBe(trace.ticks);
    expect(back.stride).toBe(frameStride(trace.agents.length));
    expect(back.agents).toEqual(trace.agents.map(({ id, team, role }) => ({ id, team, role })));
    expect(sameBits(back.frames, trace.frames)).toEqual([]);
    expect(back.times[100]).toBe(100 / trace.tickRate);
    const t = awkward();
    expect(sameBits(traceFramesFromCSV(traceToCSV(t)).frames, t.frames)).toEqual([]);
  });

  it('reads a file saved with Windows line endings', () => {
    expect(sameBits(traceFramesFromCSV(csv.replaceAll('\n', '\r\n')).frames, trace.frames)).toEqual([]);
  });

  it('refuses a broken CSV, naming the line and column', () => {
    expect(() => traceFramesFromCSV('a,b\n')).toThrow('trace CSV: line 1: expected the header');
    const cells = rows.map((r) => r.split(','));
    cells[6][8] = 'x'; // rows[6] is line 7 of the file
    expect(() => traceFramesFromCSV(cells.map((c) => c.join(',')).join('\n'))).toThrow('trace CSV: line 7, column vx: expected a number, got "x"');
    cells[6][8] = '';
    expect(() => traceFramesFromCSV(cells.map((c) => c.join(',')).join('\n'))).toThrow('trace CSV: line 7, column vx: expected a number, got ""');
    expect(() => traceFramesFromCSV(rows.slice(0, -1).join('\n'))).toThrow(`trace CSV: expected ${trace.agents.length + 1} rows per tick`);
  });
});

describe('end-zone traces', () => {
  it('carry the zone depth through JSON and back', async () => {
    const { runDrill } = await import('./helpers');
    const { traceFromJSON, traceToJSON } = await import('../../src/core/trace-io');
    const t = runDrill('end-zone-game', { zoneDepth: 12 });
    expect(t.endZone).toBe(12);
    expect(traceFromJSON(JSON.parse(JSON.stringify(traceToJSON(t)))).endZone).toBe(12);
    expect(runDrill('in-behind').endZone).toBeUndefined();
  });
});

describe('a hostile trace file', () => {
  it('is refused where an event detail is not what the viewer will read, naming the place', async () => {
    const { runDrill } = await import('./helpers');
    const { traceFromJSON, traceToJSON } = await import('../../src/core/trace-io');
    const good = traceToJSON(runDrill('in-behind')) as unknown as { events: Array<Record<string, unknown>>; outcome: Record<string, unknown> };
    const pass = good.events.findIndex((e) => e.type === 'pass');
    const broken = (f: (d: typeof good) => void) => { const d = structuredClone(good); f(d); return () => traceFromJSON(d); };
    expect(broken((d) => { d.events[pass].judgment = { offsideLine: 70, players: 'all' }; }))
      .toThrow(`trace: $.events[${pass}].judgment: expected an offside judgment`);
    expect(broken((d) => { d.events[pass].agent = '<img src=x onerror=alert(1)>'; }))
      .toThrow(`trace: $.events[${pass}].agent: expected the id of an agent in the trace`);
    expect(broken((d) => { d.events[pass].to = { x: '1' }; })).toThrow(`trace: $.events[${pass}].to: expected a point {x, y}`);
    expect(broken((d) => { d.outcome.marginM = 'far'; })).toThrow('trace: $.outcome.marginM: expected a number, got "far"');
    expect(() => traceFromJSON(structuredClone(good))).not.toThrow();
  });
});
