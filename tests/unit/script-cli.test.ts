import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { validateScenario } from '../../src/scenario/validate';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { scriptWarnings } from '../../src/scenario/script-check';
import type { ScenarioFile } from '../../src/scenario/types';
import { chainDrill, mate } from './chain-drills';

// The script and its expressions through the files and the command line: validate's warnings,
// skipped lines in `onside run`, expressions over several parameters through resolve and --set.

const dir = mkdtempSync(join(tmpdir(), 'onside-script-'));
let n = 0;

function cli(args: string[], s?: unknown): { file: string; code: number; out: string[]; err: string[] } {
  const file = join(dir, `d${n++}.json`);
  if (s !== undefined) writeFileSync(file, typeof s === 'string' ? s : JSON.stringify(s, null, 2));
  const out: string[] = [], err: string[] = [];
  const code = main(args.map((a) => (a === 'FILE' ? file : a)), { out: (l) => out.push(...l.split('\n')), err: (l) => err.push(...l.split('\n')) });
  if (typeof code !== 'number') throw new Error('main answered later: in-process, with no threads given, every command answers at once');
  return { file, code, out, err };
}

const A = mate('A', 60, 34), B = mate('B', 72, 44), C = mate('C', 70, 20);
const PARAMS: ScenarioFile['params'] = {
  runStart: { label: 'Run start', unit: 's', min: 0, max: 2, step: 0.1, default: 0.5 },
  delay: { label: 'Delay', unit: 's', min: 0, max: 1, step: 0.1, default: 0.2 },
};

describe('onside validate warns about lines that cannot happen as written', () => {
  it('a timed pass by a player who never gets the ball first: a warning line, exit 0', () => {
    const s = chainDrill([A, B, C], [
      { do: 'pass', at: 0.5, agent: 'A', to: { agent: 'B' } },
      { do: 'pass', at: 0.4, agent: 'B', to: { agent: 'C' } }, // before A's pass reaches him
      { do: 'pass', at: 2, agent: 'C', to: { agent: 'A' } }, // nobody plays it to C
    ]);
    const r = cli(['validate', 'FILE'], s);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      `${r.file}: ok`,
      `warning: ${r.file}: $.script[1].at: B's pass at 0.4 s cannot happen as written: B does not start with the ball (A does) and no earlier line plays it to him — give it to him first, or play it on a trigger: { "after": "control", "by": "B" }`,
      `warning: ${r.file}: $.script[2].at: C's pass at 2 s cannot happen as written: C does not start with the ball (A does) and no earlier line plays it to him (only to B) — give it to him first, or play it on a trigger: { "after": "control", "by": "C" }`,
    ]);
  });

  it('at most twenty warnings a file, then how many more', () => {
    const s = chainDrill([A, B, C], Array.from({ length: 30 }, (_, k) => ({ do: 'pass' as const, at: 1 + k / 10, agent: 'C', to: { agent: 'B' } })));
    const r = cli(['validate', 'FILE'], s);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(22);
    expect(r.out[21]).toBe(`warning: ${r.file}: $.script: … and 10 more warnings`);
  });

  it('no warning for a line by a player one of an earlier pass\'s options names; a warning for one none names', () => {
    const D = mate('D', 74, 30);
    const s = chainDrill([A, B, C, D], [
      { do: 'pass', at: 0.5, agent: 'A', to: { options: [{ agent: 'B' }, { agent: 'C' }], choose: 'unmarked' } },
      { do: 'pass', at: 3, agent: 'C', to: { agent: 'A' } }, // C may be the one chosen
      { do: 'pass', at: 3, agent: 'D', to: { agent: 'A' } }, // no option names D
    ]);
    expect(scriptWarnings(s).map((w) => w.path)).toEqual(['$.script[2].at']);
  });

  it('a line on a trigger whose player the ball never reaches', () => {
    const s = chainDrill([A, B, C], [{ do: 'pass', at: { after: 'pass', by: 'A' }, agent: 'C', to: { agent: 'B' } }]);
    expect(scriptWarnings(s)).toEqual([{ path: '$.script[0]', message: 'C\'s pass cannot happen: C does not start with the ball (A does) and no line of the script plays it to him' }]);
  });

  it('no warning for a chain that hands the ball on: after a control, or after an earlier pass to him', () => {
    const s = chainDrill([A, B, C], [
      { do: 'pass', at: 0.5, agent: 'A', to: { agent: 'B' } },
      { do: 'pass', at: { after: 'control', by: 'B' }, agent: 'B', to: { agent: 'C' } },
      { do: 'pass', at: 3, agent: 'B', to: { agent: 'A' } },
      { do: 'shoot', at: { after: 'control', by: 'C' }, firstTime: true, agent: 'C', to: { point: { x: 105, y: 34 } } },
    ]);
    expect(scriptWarnings(s)).toEqual([]);
  });
});

describe('onside run prints the skipped lines among the events', () => {
  it('the skipped event with its index and reason, in the JSON output', () => {
    const r = cli(['run', 'FILE'], chainDrill([A, C], [{ do: 'pass', at: 1, agent: 'C', to: { agent: 'A' }, speed: 16 }]));
    expect(r.code).toBe(0);
    const events = JSON.parse(r.out.join('\n')).events as { type: string; action?: number; reason?: string }[];
    expect(events.filter((e) => e.type === 'skipped')).toEqual([
      { tick: 50, t: 1, type: 'skipped', agent: 'C', x: expect.any(Number), y: expect.any(Number), action: 0, reason: 'script[0], C\'s pass: C did not have the ball at 1 s (A had it)' },
    ]);
  });
});

describe('expressions in numeric fields', () => {
  const s = chainDrill([A, B, C], [
    { do: 'run', at: '$runStart + $delay', agent: 'C', path: [{ x: 90, y: 20 }] },
    { do: 'pass', at: '($runStart + 0.2) * 1', agent: 'A', to: { agent: 'C' }, speed: '$delay * 10 + 12' },
  ], { params: PARAMS });

  it('resolve evaluates them over the parameters, with precedence and parentheses', () => {
    expect(validateScenario(s)).toEqual([]);
    const spec = resolveDrill(s, paramValues(s, { runStart: 1, delay: 0.5 }));
    expect(spec.actions.map((a) => a.at)).toEqual([1.5, 1.2]);
    expect(spec.actions[1]).toMatchObject({ kind: 'pass', speed: 17 });
  });

  it('--set moves the fields that name the parameter: the run starts at runStart + delay', () => {
    const run = (...set: string[]) => JSON.parse(cli(['run', 'FILE', ...set.flatMap((v) => ['--set', v])], s).out.join('\n'));
    expect(run().events.find((e: { type: string; agent: string }) => e.type === 'run' && e.agent === 'C').t).toBe(0.7);
    expect(run('runStart=1.2', 'delay=0.6').events.find((e: { type: string; agent: string }) => e.type === 'run' && e.agent === 'C').t).toBe(1.8);
  });

  it('a parse error names the field and points at the character', () => {
    const bad = structuredClone(s);
    bad.script[0].at = '$runStart + * 2';
    const r = cli(['validate', 'FILE'], bad);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([`${r.file}: $.script[0].at: expected a number or an expression like "$runStart + 0.5": expected a number, a $parameter or "(", got "*" at character 13 of "$runStart + * 2"`]);
  });

  it('an unknown name is refused, named, with the parameters there are', () => {
    const bad = structuredClone(s);
    bad.script[1] = { ...bad.script[1], speed: '$delay * $pace' } as ScenarioFile['script'][number];
    expect(validateScenario(bad)).toEqual([{ path: '$.script[1].speed', message: 'unknown parameter "$pace" (parameters: runStart, delay)' }]);
  });

  it('a division by a range that holds 0 is refused: the field would have no bound', () => {
    const bad = structuredClone(s);
    bad.script[1] = { ...bad.script[1], speed: '12 / $delay' } as ScenarioFile['script'][number];
    expect(validateScenario(bad)).toEqual([{ path: '$.params.delay', message: 'range 0–1 s gives $.script[1].speed ("12 / $delay") no bound: it divides by a range that holds 0, or grows past any number (it must stay within 0 < speed ≤ 40 m/s)' }]);
  });

  it('the field limits hold over every value the ranges give: two parameters together', () => {
    const bad = structuredClone(s);
    bad.script[1] = { ...bad.script[1], speed: '$runStart * 20 + $delay' } as ScenarioFile['script'][number];
    expect(validateScenario(bad)).toEqual([{ path: '$.script[1].speed', message: '$runStart range 0–2 s and $delay range 0–1 s make $.script[1].speed ("$runStart * 20 + $delay") 0–41, outside what it allows (0 < speed ≤ 40 m/s)' }]);
  });

  it('a trigger\'s delay and zone take expressions too', () => {
    const t = chainDrill([A, B, C], [
      { do: 'run', at: { when: 'B', reaches: { x: '$runStart * 40', y: [10, '$delay + 50'] as never, r: 1 } as never }, agent: 'C', path: [{ x: 90, y: 20 }] },
    ], { params: PARAMS });
    expect(validateScenario(t).map((p) => p.path)).toEqual(['$.script[0].at.reaches.y']); // a circle's y is one number
    const ok = chainDrill([A, B, C], [
      { do: 'run', at: { after: 'pass', by: 'A', delay: '$delay * 2' }, agent: 'C', path: [{ x: 90, y: 20 }] },
      { do: 'run', at: { when: 'B', reaches: { x: ['$runStart + 70', 105], y: [0, 68] } }, agent: 'A', path: [{ x: 80, y: 34 }] },
    ], { params: PARAMS });
    expect(validateScenario(ok)).toEqual([]);
    const spec = resolveDrill(ok, paramValues(ok, { runStart: 1, delay: 0.3 }));
    expect(spec.actions[0].on).toEqual({ kind: 'after', event: 'pass', by: 'A', nth: 1, delay: 0.6 });
    expect(spec.actions[1].on).toEqual({ kind: 'reach', who: 'B', delay: 0, zone: { kind: 'rect', x0: 71, x1: 105, y0: 0, y1: 68 } });
  });
});

describe('expressions in the new roles\' fields and in the options of a target', () => {
  const D1: ScenarioFile['agents'][number] = { id: 'D1', team: 'defence', role: 'defender', start: { x: 85, y: 40 }, behaviour: { kind: 'pass-on', group: 'back', x: '$runStart + 84', zone: { from: '$delay * 10 + 30', to: 50 }, partner: 'D2', gap: '$delay + 0.5' } };
  const D2: ScenarioFile['agents'][number] = { id: 'D2', team: 'defence', role: 'defender', start: { x: 85, y: 25 }, behaviour: { kind: 'cover', of: 'D1', depth: '($delay + 1) * 3' } };
  const Car: ScenarioFile['agents'][number] = { ...A, behaviour: { kind: 'carrier', shootRange: '$runStart * 5' } };
  const s = chainDrill([Car, B, C, D1, D2], [
    { do: 'pass', at: 1, agent: 'A', to: { options: [{ agent: 'B', lead: { x: '$delay * 2', y: 0 } }, { point: { x: '$runStart + 90', y: 30 } }], choose: 'most-space' } },
  ], { params: PARAMS });

  it('resolve evaluates them over the parameters: behaviours, and the options\' points and leads', () => {
    expect(validateScenario(s)).toEqual([]);
    const spec = resolveDrill(s, paramValues(s, { runStart: 1, delay: 0.5 }));
    expect(spec.agents.find((a) => a.id === 'A')!.behaviour).toEqual({ kind: 'carrier', shootRange: 5 });
    expect(spec.agents.find((a) => a.id === 'D1')!.behaviour).toEqual({ kind: 'pass-on', group: 'back', x: 85, zone: [35, 50], partner: 'D2', gap: 1 });
    expect(spec.agents.find((a) => a.id === 'D2')!.behaviour).toEqual({ kind: 'cover', of: 'D1', depth: 4.5 });
    expect(spec.actions[0]).toMatchObject({ kind: 'pass', to: { options: [{ agent: 'B', lead: { x: 1, y: 0 } }, { point: { x: 91, y: 30 }, lead: { x: 0, y: 0 } }], choose: 'most-space' } });
  });

  it('a channel side, a depth or an option\'s point that does not parse, or names no parameter, is refused at its place', () => {
    const bad = structuredClone(s);
    (bad.agents[3].behaviour as { zone: { from: unknown } }).zone.from = '$delay * * 10';
    (bad.agents[4].behaviour as { depth: unknown }).depth = '$depth + 1';
    (bad.script[0] as { to: { options: { point?: { x: unknown } }[] } }).to.options[1].point!.x = '$runStart + $far';
    expect(validateScenario(bad)).toEqual([
      { path: '$.agents[3].behaviour.zone.from', message: 'expected a number or an expression like "$runStart + 0.5": expected a number, a $parameter or "(", got "*" at character 10 of "$delay * * 10"' },
      { path: '$.agents[4].behaviour.depth', message: 'unknown parameter "$depth" (parameters: runStart, delay)' },
      { path: '$.script[0].to.options[1].point.x', message: 'unknown parameter "$far" (parameters: runStart, delay)' },
    ]);
  });

  it('their ranges are held to the fields\' limits: a channel side past 100 m is refused', () => {
    const bad = structuredClone(s);
    (bad.agents[3].behaviour as { zone: { to: unknown } }).zone.to = '$runStart * 60';
    expect(validateScenario(bad)).toEqual([{ path: '$.params.runStart', message: 'range 0–2 s makes $.agents[3].behaviour.zone.to ("$runStart * 60") 0–120, outside what it allows (-10 ≤ to ≤ 100 m)' }]);
  });
});

describe('triggers in the file: what validate refuses', () => {
  const base = (at: unknown, extra: Record<string, unknown> = {}) =>
    chainDrill([A, B], [{ do: 'pass', at, agent: 'B', to: { agent: 'A' }, ...extra } as ScenarioFile['script'][number]]);
  const msgs = (s: ScenarioFile) => validateScenario(s).map((p) => `${p.path}: ${p.message}`);

  it('an unknown event, an unknown player, neither kind of trigger', () => {
    expect(msgs(base({ after: 'kick', by: 'B' }))).toEqual(['$.script[0].at.after: expected one of "control", "pass", "cross", "shot", "run", "touch", got "kick"']);
    expect(msgs(base({ after: 'control', by: 'Z' }))).toEqual(['$.script[0].at.by: unknown agent "Z" (agents: A, B, GK)']);
    expect(msgs(base({ when: 'Z', reaches: { x: 1, y: 2, r: 3 } }))).toEqual(['$.script[0].at.when: unknown agent "Z" (agents: A, B, GK)']);
    expect(msgs(base({ soon: true }))).toEqual(['$.script[0].at: expected a time in seconds, or a trigger: { "after": an event, "by": a player } or { "when": a player or "ball", "reaches": a place }']);
  });

  it('a zone: a circle needs r > 0, a rectangle [from, to] pairs', () => {
    expect(msgs(base({ when: 'ball', reaches: { x: 1, y: 2, r: 0 } }))).toEqual(['$.script[0].at.reaches.r: expected a value > 0, got 0']);
    expect(msgs(base({ when: 'ball', reaches: { x: [1], y: [2, 3] } }))).toEqual(['$.script[0].at.reaches.x: expected at least 2 item(s)']);
  });

  it('first time only on the player\'s own control, with no delay', () => {
    expect(msgs(base({ after: 'pass', by: 'A' }, { firstTime: true }))).toEqual(['$.script[0].at: expected { "after": "control", "by": "B" } with "firstTime": a first-time ball is played as it reaches B']);
    expect(msgs(base(2, { firstTime: true }))).toEqual(['$.script[0].at: expected { "after": "control", "by": "B" } with "firstTime": a first-time ball is played as it reaches B']);
    expect(msgs(base({ after: 'control', by: 'B', delay: 0.2 }, { firstTime: true }))).toEqual(['$.script[0].at.delay: expected no delay with "firstTime": a first-time ball is played as it arrives']);
  });

  it('"ball" in a zone trigger is the ball: an agent so named is refused there', () => {
    const s = base({ when: 'ball', reaches: { x: 80, y: 30, r: 2 } });
    s.agents.push({ id: 'ball', team: 'attack', role: 'attacker', start: { x: 50, y: 50 } });
    expect(msgs(s)).toEqual(['$.script[0].at.when: "ball" here is the ball: rename the agent called "ball" to watch him']);
  });
});

describe('the shipped drills', () => {
  it('have no warnings', () => {
    for (const f of ['back-post-cross', 'defender-recovery', 'end-zone-game', 'in-behind', 'through-pass', 'two-v-one']) {
      const s = JSON.parse(readFileSync(`scenarios/${f}.json`, 'utf8')) as ScenarioFile;
      expect(scriptWarnings(s), f).toEqual([]);
    }
  });
});
