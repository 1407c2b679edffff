import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { traceToCSV, traceToJSONText } from '../../src/core/trace-io';
import { verdicts } from '../../src/view/verdicts';
import { parseScenario } from '../../src/scenario/load';
import { readTraceText, recogniseTrace, recordingDrill } from '../../src/view/replay-loader';
import { runDrill } from './helpers';

// A trace file read back for replay: an exported run comes back the same, bit for bit, and is
// recognised as its drill; anything else is refused with one message saying where and why,
// before the viewer builds anything from it.

const trace = runDrill('in-behind', { passTime: 1.5 }, 4, 'deep-line');
const text = traceToJSONText(trace);
const inBehind = parseScenario(readFileSync('scenarios/in-behind.json', 'utf8'), 'in-behind.json');
const throughPass = parseScenario(readFileSync('scenarios/through-pass.json', 'utf8'), 'through-pass.json');

function edited(f: (o: any) => void): string {
  const o = JSON.parse(text);
  f(o);
  return JSON.stringify(o);
}

describe('reading a trace file', () => {
  it('an exported trace comes back the same', () => {
    const t = readTraceText('run.json', text);
    expect(t.frames).toEqual(trace.frames);
    expect(t.events).toEqual(trace.events);
    expect(t.seed).toBe(4);
  });

  it('is recognised as the drill, stage and settings that reproduce it bit for bit', () => {
    const t = readTraceText('run.json', text);
    const r = recogniseTrace(t, [throughPass, inBehind]);
    expect(r?.scenario).toBe(inBehind);
    // A stage that only sets parameters is the drill as written with those settings: either will do.
    expect([undefined, 'deep-line']).toContain(r?.variation);
    const other = readTraceText('run.json', edited((o) => { o.frames[50].agents.S.x += 1e-9; }));
    expect(recogniseTrace(other, [throughPass, inBehind])).toBeNull(); // one number off: a recording
    expect(recogniseTrace(t, [throughPass])).toBeNull();
  });

  it('a recording no drill reproduces replays with default profiles and its own verdicts', () => {
    const { scenario, spec } = recordingDrill(trace, 'run.json');
    expect(scenario.title).toBe('Recording: run.json');
    expect(spec.agents.map((a) => a.id)).toEqual(trace.agents.map((a) => a.id));
    expect(spec.agents.every((a) => a.profile.maxSpeed > 0)).toBe(true);
    expect(verdicts(trace).length).toBeGreaterThan(0);
  });

  it.each([
    ['another version', edited((o) => { o.version = 2; }), /version 1, the file is version 2/],
    ['not a trace', '{"title":"a drill"}', /\$\.format: expected "onside-trace"/],
    ['cut short', text.slice(0, text.length / 2), /expected valid JSON: line \d+, column \d+/],
    ['not JSON at all', '\u0000\u0001garbage', /expected valid JSON/],
    ['a frame missing', edited((o) => { o.frames.pop(); }), /\$\.frames: expected \d+ frames/],
    ['a huge tick count', edited((o) => { o.ticks = 1e12; }), /\$\.ticks: expected a whole number/],
    ['a number as text', edited((o) => { o.frames[3].ball.x = '60'; }), /\$\.frames\[3\]\.ball\.x: expected a number, got "60"/],
    ['a broken judgment', edited((o) => { o.events.find((e: any) => e.judgment).judgment.players = 'x'; }), /\$\.events\[\d+\]\.judgment: expected an offside judgment/],
    ['an event with a bad aim', edited((o) => { o.events[1].to = { x: 'a' }; }), /\$\.events\[1\]\.to: expected a point/],
    ['a pitch of no size', edited((o) => { o.pitch.length = 0; }), /\$\.pitch\.length: expected a pitch length/],
    ['an absurd tick rate', edited((o) => { o.tickRate = 1e9; }), /\$\.tickRate: expected a tick rate/],
    ['a label too long', edited((o) => { o.agents[0].label = 'x'.repeat(500); }), /\$\.agents\[0\]\.label: expected a label of 1–12 characters/],
    ['an outcome agent that is not text', edited((o) => { o.outcome.agent = { toString: 1 }; }), /\$\.outcome\.agent: expected the id of an agent in the trace/],
    ['a CSV trace', traceToCSV(trace), /CSV trace, which holds the frames only/],
  ])('refuses %s with a message saying where', (_, bad, message) => {
    expect(() => readTraceText('bad.json', bad)).toThrow(message);
  });

  it('markup in a file stays text: an id like "<img onerror>" is data, never run', () => {
    const t = readTraceText('x.json', edited((o) => { o.scenario = '<img src=x onerror=alert(1)>'; }));
    expect(t.scenario).toBe('<img src=x onerror=alert(1)>');
    expect(recordingDrill(t, 'x.json').scenario.description).toContain('"<img src=x onerror=alert(1)>"');
  });

  it('"__proto__" as a parameter name is an own key, not the prototype', () => {
    const t = readTraceText('x.json', edited((o) => { o.params = JSON.parse('{"__proto__": 3}'); }));
    expect(Object.getPrototypeOf(t.params)).toBe(Object.prototype);
    expect(Object.keys(t.params)).toEqual(['__proto__']);
    expect(recogniseTrace(t, [inBehind])).toBeNull();
  });
});
