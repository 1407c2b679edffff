import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { readText } from '../../src/cli/io';
import { simulate } from '../../src/core/simulate';
import { clip, clipList } from '../../src/scenario/bounded-text';
import { MAX_DRILL_BYTES, parseDecimal } from '../../src/scenario/input-limits';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { validateScenario } from '../../src/scenario/validate';
import type { ScenarioFile } from '../../src/scenario/types';

// Each class of hostile input the fuzzing found, by the message it must now get: infinities,
// deep nesting, prototype names, unbounded messages, endless reading, a ball put where no drill
// said, duplicate keys, an end zone deeper than the pitch allows. Most run in-process through
// main(), the function bin/onside.js calls; a few as real processes, as a user would.

const dir = mkdtempSync(join(tmpdir(), 'onside-hostile-'));
let n = 0;
type Drill = Record<string, any>;
const BASE: Drill = {
  id: 'hostile', title: 'A drill to attack',
  params: { t: { label: 'Time', unit: 's', min: 0, max: 3, step: 0.1, default: 1 } },
  ball: { with: 'C' },
  agents: [
    { id: 'C', team: 'neutral', role: 'server', start: { x: 66, y: 34 } },
    { id: 'F', team: 'attack', role: 'attacker', start: { x: 78, y: 30 } },
  ],
  script: [{ do: 'pass', at: '$t', agent: 'C', to: { agent: 'F' }, speed: 15 }],
};
const drill = (change: (d: Drill) => void): Drill => { const d = structuredClone(BASE); change(d); return d; };
const problems = (change: (d: Drill) => void) => validateScenario(drill(change)).map((p) => `${p.path}: ${p.message}`);

/** A file with this text, and what `onside ARGS… FILE` says of it, in-process. */
function cli(args: string[], text?: string): { file: string; code: number; out: string[]; err: string[] } {
  const file = join(dir, `f${n++}.json`);
  if (text !== undefined) writeFileSync(file, text);
  const out: string[] = [], err: string[] = [];
  const code = main(args.map((a) => (a === 'FILE' ? file : a)), { out: (l) => out.push(...l.split('\n')), err: (l) => err.push(...l.split('\n')) });
  if (typeof code !== 'number') throw new Error('main answered later: in-process, with no threads given, every command answers at once');
  return { file, code, out, err };
}

describe('infinities and unbounded numbers', () => {
  it('a parameter of 1e999 is refused by validate, so run never meets Infinity (once exit 3)', () => {
    const text = JSON.stringify(BASE).replace('"max":3', '"max":1e999').replace('"default":1', '"default":1e999');
    const v = cli(['validate', 'FILE'], text);
    expect(v.code).toBe(1);
    expect(v.out).toEqual([`${v.file}: $.params.t.max: expected a value ≤ 10000, got Infinity`, `${v.file}: $.params.t.default: expected a value ≤ 10000, got Infinity`]);
    const r = cli(['run', 'FILE', '--trace', join(dir, 'inf.json')], text);
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe(`${r.file}: $.params.t.max: expected a value ≤ 10000, got Infinity`);
  });
  it('an action time has a lower limit: a range down to -1e999 through "$t" is refused', () => {
    const text = JSON.stringify(BASE).replace('"min":0', '"min":-1e999');
    expect(cli(['validate', 'FILE'], text).out[0]).toMatch(/: \$\.params\.t\.min: expected a value ≥ -10000, got -Infinity$/);
    expect(problems((d) => { d.params.t.min = -100; })).toEqual(['$.params.t: range -100–3 s goes outside what $.script[0].at allows (-60 ≤ at ≤ 60 s)']);
    expect(problems((d) => { d.script[0].at = -61; })).toEqual(['$.script[0].at: expected a value ≥ -60, got -61']);
  });
  it('an expression is short and its numbers plain, never one that reads as Infinity', () => {
    expect(problems((d) => { d.script[0].at = `$t + ${'9'.repeat(400)}`; })).toEqual([`$.script[0].at: expected a number or an expression of at most 200 characters, got "$t + ${'9'.repeat(35)}"… (405 characters)`]);
    expect(problems((d) => { d.script[0].at = `$t + ${'9'.repeat(100)}`; })).toEqual([`$.script[0].at: expected a number or an expression like "$runStart + 0.5": expected a number of at most 1000000000 in size, got ${'9'.repeat(24)} at character 6 of "$t + ${'9'.repeat(55)}…"`]);
    // In range for the parser, out of range for the field: the field's own limit says so.
    expect(problems((d) => { d.script[0].at = '$t + 1e5'; })).toEqual(['$.params.t: range 0–3 s makes $.script[0].at ("$t + 1e5") 100000–100003, outside what it allows (-60 ≤ at ≤ 60 s)']);
    expect(problems((d) => { d.script[0].at = '$t + 0.25'; })).toEqual([]);
  });
  it('--set, --seed and --vary take plain finite numbers only', () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify(BASE));
    for (const v of ['1e999', 'Infinity', '-Infinity', 'NaN', '0x1', '1_0', '']) {
      const r = cli(['run', file, '--set', `t=${v}`]);
      expect({ v, code: r.code, err: r.err[0] }).toEqual({ v, code: 2, err: `onside run: --set t=${v}: expected a number after "=", got ${JSON.stringify(v)}` });
    }
    expect(cli(['run', file, '--seed', '9'.repeat(400)]).err[0]).toBe(`onside run: --seed ${'9'.repeat(40)}… (400 characters): expected a whole number 0–4294967295`);
    expect(cli(['sweep', file, '--vary', 't=0:1e999:0.5']).err[0]).toBe('onside sweep: --vary t=0:1e999:0.5: expected NAME=FROM:TO:STEP, e.g. --vary runStart=0:4:0.1');
    expect(parseDecimal('2.5')).toBe(2.5);
    expect([parseDecimal('1e999'), parseDecimal('Infinity'), parseDecimal('0x10'), parseDecimal('1'.repeat(33))]).toEqual([null, null, null, null]);
  });
});

describe('nesting, size and reading', () => {
  it('5000 [ is "nested deeper than 64", not a stack overflow (once exit 3)', () => {
    for (const text of ['['.repeat(5000), '['.repeat(5000) + ']'.repeat(5000), '{"a":'.repeat(3000)]) {
      const r = cli(['validate', 'FILE'], text);
      expect(r.code).toBe(1);
      expect(r.out).toEqual([`${r.file}: $: nested deeper than 64 levels at line 1, column ${text[0] === '[' ? 65 : 321}: expected JSON nested at most 64 deep`]);
    }
  });
  it('brackets inside strings are text, not nesting; 64 levels pass and 65 do not', () => {
    expect(problems((d) => { d.title = '['.repeat(70); })).toEqual([]);
    const r = cli(['validate', 'FILE'], `{"description": "${'{'.repeat(200)}", ${JSON.stringify(BASE).slice(1)}`);
    expect(r.out).toEqual([`${r.file}: ok`]);
    const nest = (k: number) => JSON.stringify(BASE).replace('"script":', `"x": ${'['.repeat(k - 1)}${']'.repeat(k - 1)}, "script":`);
    expect(cli(['validate', 'FILE'], nest(64)).out[0]).toMatch(/: \$: unknown field "x"$/);
    expect(cli(['validate', 'FILE'], nest(65)).out[0]).toMatch(/: \$: nested deeper than 64 levels at line 1, column \d+: expected JSON nested at most 64 deep$/);
  });
  it('a file over 2 MB is refused by its size, before it is read', () => {
    const r = cli(['validate', 'FILE'], ' '.repeat(3 * 1024 * 1024) + JSON.stringify(BASE));
    expect(r.out).toEqual([`${r.file}: $: larger than 2 MB (3 MB): expected a drill file of at most 2 MB`]);
    expect(() => parseScenario(' '.repeat(MAX_DRILL_BYTES + 1), 'big.json')).toThrow('big.json: $: larger than 2 MB (2 MB): expected a drill file of at most 2 MB');
  });
  it('a device is refused at once instead of read without end (once 3.6 GB in 8 s)', () => {
    expect(readText('/dev/zero')).toEqual({ problem: '/dev/zero: $: expected a file, got a device' });
    expect(readText(dir)).toEqual({ problem: `${dir}: $: expected a file, got a directory` });
  });
});

describe('names are own names only, and each key is given once', () => {
  for (const name of ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf']) {
    it(`a stage setting "${name}" is an unknown parameter, and a run's params never hold it`, () => {
      const text = JSON.stringify(BASE).replace(/}$/, `,"variations":[{"id":"s","title":"S","set":{"${name}":5}}]}`);
      const r = cli(['validate', 'FILE'], text);
      expect(r.out).toEqual([`${r.file}: $.variations[0].set.${name}: unknown parameter "${name}" (parameters: t)`]);
      const s = JSON.parse(JSON.stringify(BASE)) as ScenarioFile;
      const values = paramValues(s, JSON.parse(`{"${name}":5}`), undefined);
      expect(Object.keys(values)).toEqual(['t']);
      expect(Object.hasOwn(values, name)).toBe(false);
    });
  }
  it('"$toString" in a field is an unknown parameter, not Object.prototype.toString', () => {
    expect(problems((d) => { d.script[0].at = '$toString'; })).toEqual(['$.script[0].at: unknown parameter "$toString" (parameters: t)']);
  });
  it('a key given twice is refused with both places', () => {
    const text = '{\n  "id": "hostile",\n  "title": "A",\n  "id": "again",\n  "agents": [{ "id": "C", "start": { "x": 1, "x": 2 } }]\n}';
    const r = cli(['validate', 'FILE'], text);
    expect(r.out).toEqual([
      `${r.file}: $.id: expected each field once, "id" is given twice (line 2, column 3 and line 4, column 3)`,
      `${r.file}: $.agents[0].start.x: expected each field once, "x" is given twice (line 5, column 38 and line 5, column 46)`,
    ]);
  });
});

describe('messages are bounded', () => {
  const longest = (lines: string[]) => Math.max(...lines.map((l) => l.length));
  it('an unknown field of 10 kB is named in 40 characters and a count', () => {
    const r = cli(['validate', 'FILE'], JSON.stringify(drill((d) => { d.agents[0]['k'.repeat(10_000)] = 1; })));
    expect(r.out).toEqual([`${r.file}: $.agents[0]: unknown field "${'k'.repeat(40)}… (10000 characters)"`]);
  });
  it('unknown agents, groups and references are clipped; lists of names end "… and N more"', () => {
    expect(problems((d) => { d.script[0].agent = 'Z'.repeat(5000); })).toEqual([`$.script[0].agent: unknown agent "${'Z'.repeat(40)}… (5000 characters)" (agents: C, F)`]);
    const many = problems((d) => {
      for (let k = 0; k < 39; k++) d.params[`p${k}`] = { label: 'P', unit: '', min: 0, max: 1, step: 0.1, default: 0 };
      d.script[0].at = '$nope';
    });
    expect(many).toEqual(['$.script[0].at: unknown parameter "$nope" (parameters: t, p0, p1, p2, p3, p4, p5, p6, … and 32 more)']);
    expect(clip('a'.repeat(41))).toBe(`${'a'.repeat(40)}… (41 characters)`);
    expect(clipList(['a', 'b'])).toBe('a, b');
  });
  it('a file with hundreds of problems gets twenty lines and a count', () => {
    const r = cli(['validate', 'FILE'], JSON.stringify(drill((d) => { for (let k = 0; k < 22; k++) d.agents.push({ id: `x${k}`, team: 'x', role: 'x', start: { x: 0, y: 0 } }); })));
    expect(r.out.length).toBe(21);
    expect(r.out[20]).toMatch(/: \$: … and \d+ more problems$/);
    expect(longest(r.out)).toBeLessThan(300);
  });
  it('a command line of 10 kB names gets lines under 300 characters', () => {
    for (const args of [['x'.repeat(10_000)], ['help', 'x'.repeat(10_000)], ['validate', `--${'x'.repeat(10_000)}`, 'a.json'], ['validate', 'x'.repeat(10_000)]]) {
      const r = cli(args);
      expect({ args: args.map((a) => a.slice(0, 20)), code: r.code }).toEqual({ args: args.map((a) => a.slice(0, 20)), code: args[0] === 'validate' && !args[1].startsWith('--') ? 1 : 2 });
      expect(longest([...r.out, ...r.err])).toBeLessThan(300);
    }
  });
});

describe('the ball starts where the drill says', () => {
  it('a drill that gives neither a holder nor a place is refused (once the default pitch centre)', () => {
    expect(problems((d) => { delete d.ball; })).toEqual(['$: expected field "ball": who starts with it ("with": an agent id) or where it lies ("at": a place on the pitch)']);
    expect(problems((d) => { d.ball = {}; })).toEqual(['$.ball: expected "with" (the agent who starts with the ball) or "at" (where it lies on the pitch)']);
  });
  it('a stage that leaves out the player on the ball is refused', () => {
    expect(problems((d) => { d.variations = [{ id: 'alone', title: 'Alone', without: ['F', 'C'] }]; }))
      .toEqual(['$.variations[0].without[1]: expected a player other than "C", who starts with the ball ($.ball.with): a stage cannot leave the ball with nobody']);
  });
  it('a player only in some stages: an unknown stage is named, and the player on the ball cannot be one', () => {
    expect(problems((d) => { d.variations = [{ id: 'two', title: 'Two' }]; d.agents[1].stages = ['two', 'three']; }))
      .toEqual(['$.agents[1].stages[1]: unknown stage "three" (stages: two)']);
    expect(problems((d) => { d.variations = [{ id: 'two', title: 'Two' }]; d.agents[0].stages = ['two']; }))
      .toEqual(['$.agents[0].stages: expected no "stages" for "C", who starts with the ball ($.ball.with): the drill without those stages would leave the ball with nobody']);
  });
  it('a player only in some stages plays there, with his lines, and nowhere else', () => {
    const s = drill((d) => {
      d.variations = [{ id: 'two', title: 'Two' }, { id: 'other', title: 'Other' }];
      d.agents.push({ id: 'G', team: 'attack', role: 'attacker', start: { x: 80, y: 40 }, stages: ['two'] });
      d.script.push({ do: 'run', at: 0.5, agent: 'G', path: [{ x: 90, y: 40 }] });
    }) as ScenarioFile;
    expect(validateScenario(s)).toEqual([]);
    for (const [stage, has] of [[undefined, false], ['other', false], ['two', true]] as const) {
      const r = resolveDrill(s, paramValues(s, {}, stage), stage);
      expect([stage, r.agents.some((a) => a.id === 'G'), r.actions.some((a) => a.kind === 'run' && a.agent === 'G')]).toEqual([stage, has, has]);
    }
  });
  it('ball.at lies on the pitch itself: 0.5 m behind the goal line is refused (it scored at tick 1)', () => {
    expect(problems((d) => { d.ball = { at: { x: 105.5, y: 34 } }; })).toEqual(['$.ball.at.x: expected a position on the pitch (0–105 m), got 105.5']);
    expect(problems((d) => { d.pitch = { length: 60, width: 40 }; d.ball = { at: { x: 30, y: 40.5 } }; d.agents[1].start.x = 50; d.agents[0].start = { x: 30, y: 20 }; }))
      .toEqual(['$.ball.at.y: expected a position on the pitch (0–40 m), got 40.5']);
  });
  it('the player on the ball starts with room for it before the goal line', () => {
    expect(problems((d) => { d.agents[0].start.x = 104.5; })).toEqual(['$.agents[0].start.x: expected a position on the pitch with room for the ball at their feet (0–104 m), got 104.5']);
  });
  it('on a 50 × 68 pitch the ball starts at ball.at, and the drill is not a goal at tick 1', () => {
    const s = drill((d) => { d.pitch = { length: 50, width: 68 }; d.ball = { at: { x: 20, y: 30 } }; d.agents[0].start.x = 10; d.agents[1].start.x = 30; d.script = []; }) as ScenarioFile;
    expect(validateScenario(s)).toEqual([]);
    const t = simulate(resolveDrill(s, paramValues(s)), 1);
    expect([t.frames[0], t.frames[1]]).toEqual([20, 30]);
    expect(t.outcome.result).toBe('timeout');
  });
});

describe('other limits', () => {
  it('an end zone is at most half the pitch long (60 m was accepted on a 50 m pitch)', () => {
    expect(problems((d) => { d.pitch = { length: 50, width: 68 }; d.agents[0].start.x = 20; d.agents[1].start.x = 30; d.endZone = { depth: 60 }; }))
      .toEqual(["$.endZone.depth: expected a depth of at most half the pitch's length (25 m), got 60"]);
    expect(problems((d) => { d.params.t = { label: 'Zone', unit: 'm', min: 5, max: 60, step: 1, default: 10 }; d.script[0].at = 1; d.endZone = { depth: '$t' }; }))
      .toEqual(["$.params.t: range 5–60 m goes outside what $.endZone.depth allows (0 < depth ≤ 52.5 m, half the pitch's length)"]);
  });
  it('min > max is said once, without a word about the step', () => {
    expect(problems((d) => { d.params.t.min = 5; })).toEqual(['$.params.t: expected min < max, got min 5 and max 3']);
  });
});

/** A real `node bin/onside.js …`, or a shell line `sh` whose ONSIDE is that (for real pipes). */
function onsideProcess(args: string[], sh?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = sh !== undefined
      ? spawn('sh', ['-c', sh.replace('ONSIDE', `node bin/onside.js ${args.join(' ')}`)], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn('node', ['bin/onside.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('as a user runs it (real processes)', () => {
  it('/dev/zero, 5000 [, a pipe without end, and an infinity: exit 1, one line each, no stack', async () => {
    const deep = join(dir, 'deep.json');
    writeFileSync(deep, '['.repeat(5000));
    const inf = join(dir, 'inf.json');
    writeFileSync(inf, JSON.stringify(BASE).replace('"max":3', '"max":1e999'));
    const [zero, nested, piped, infinite] = await Promise.all([
      onsideProcess(['validate', '/dev/zero']),
      onsideProcess(['validate', deep]),
      onsideProcess(['validate', '/dev/stdin'], 'yes | ONSIDE'),
      onsideProcess(['run', inf, '--trace', join(dir, 'out.json')]),
    ]);
    expect(zero).toEqual({ code: 1, stdout: '/dev/zero: $: expected a file, got a device\n', stderr: '' });
    expect(nested).toEqual({ code: 1, stdout: `${deep}: $: nested deeper than 64 levels at line 1, column 65: expected JSON nested at most 64 deep\n`, stderr: '' });
    expect(piped).toEqual({ code: 1, stdout: '/dev/stdin: $: larger than 2 MB: expected a drill file of at most 2 MB\n', stderr: '' });
    expect(infinite).toEqual({ code: 1, stdout: '', stderr: `${inf}: $.params.t.max: expected a value ≤ 10000, got Infinity\n` });
  });
  it('a valid drill piped in is read like a file', async () => {
    const r = await onsideProcess(['validate', '/dev/stdin'], 'cat scenarios/through-pass.json | ONSIDE');
    expect(r).toEqual({ code: 0, stdout: '/dev/stdin: ok\n', stderr: '' });
  });
});
