import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { onside, type Result } from './cli-process';
import { locateJsonError } from '../../src/scenario/json-text';

// `onside validate`: one line per problem, FILE: <JSON path>: <what was expected>, for every
// way a coach's hand-edited drill can be broken, and never a stack trace.


const VALID = {
  id: 'broken-on-purpose',
  title: 'A drill to break',
  params: { passTime: { label: 'Pass time', unit: 's', min: 0, max: 3, step: 0.1, default: 1 } },
  ball: { with: 'C' },
  agents: [
    { id: 'C', team: 'neutral', role: 'server', start: { x: 66, y: 34 } },
    { id: 'F', team: 'attack', role: 'attacker', start: { x: 78, y: 30 } },
  ],
  script: [{ do: 'pass', at: '$passTime', agent: 'C', to: { agent: 'F' }, speed: 15 }],
};
type Drill = Record<string, any>;

const dir = mkdtempSync(join(tmpdir(), 'onside-validate-'));
const file = (name: string) => join(dir, name);

/** Each broken file, and the exact lines `onside validate` must print for it. */
const CASES: Array<[name: string, content: string | ((d: Drill) => void), lines: string[]]> = [
  ['valid.json', () => {}, ['ok']],
  ['not-json.json', '{ "id": "x",\n  "title": }\n', ['$: expected valid JSON: line 2, column 12: expected a value (a number, "text", true, false, null, { or [), got "}"']],
  ['trailing-comma.json', '{ "agents": [1, 2,] }', ['$: expected valid JSON: line 1, column 19: expected a value (a number, "text", true, false, null, { or [), got "]"']],
  ['python-true.json', '{\n\n  "offside": True }', ['$: expected valid JSON: line 3, column 14: expected a JSON value, comma or bracket, got "True"']],
  ['single-quotes.json', "{ 'id': 'x' }", ['$: expected valid JSON: line 1, column 3: expected a string in double quotes, got "\'id\'"']],
  ['missing-comma.json', '{ "id": "x"\n  "title": "y" }', ['$: expected valid JSON: line 2, column 3: expected a comma before the next item, got "\\"title\\""']],
  // Valid JSON, but deep enough to overflow the stack of any recursive check after it.
  ['too-deep.json', '['.repeat(20000) + ']'.repeat(20000), ['$: expected JSON nested at most 64 levels deep']],
  ['empty.json', '', ['$: expected valid JSON: line 1, column 1: expected a value (a number, "text", true, false, null, { or [), got the end of the file']],
  ['missing-field.json', (d) => { delete d.title; }, ['$: expected field "title"']],
  ['missing-nested.json', (d) => { delete d.agents[1].start.y; }, ['$.agents[1].start: expected field "y"']],
  ['wrong-type.json', (d) => { d.duration = 'long'; }, ['$.duration: expected a number, got "long"']],
  ['wrong-type-num.json', (d) => { d.script[0].speed = true; }, ['$.script[0].speed: expected a number or a parameter reference like "$runStart", got true']],
  ['out-of-range.json', (d) => { d.tickRate = 5000; }, ['$.tickRate: expected a value ≤ 240, got 5000']],
  ['bad-enum.json', (d) => { d.agents[0].role = 'coach'; }, ['$.agents[0].role: expected one of "attacker", "defender", "goalkeeper", "server", got "coach"']],
  ['unknown-field.json', (d) => { d.agents[1].speed = 9; }, ['$.agents[1]: unknown field "speed"']],
  ['unknown-param.json', (d) => { d.script[0].at = '$passTme'; }, ['$.script[0].at: unknown parameter "$passTme" (parameters: passTime)']],
  ['unknown-agent.json', (d) => { d.script[0].to.agent = 'S'; }, ['$.script[0].to.agent: unknown agent "S" (agents: C, F)']],
  ['bad-default.json', (d) => { d.params.passTime.default = 4; }, ['$.params.passTime.default: expected a default within 0–3, got 4']],
  ['off-pitch.json', (d) => { d.agents[1].start.x = 130; }, ['$.agents[1].start.x: expected a position on the pitch (0–105 m), got 130']],
  ['two-problems.json', (d) => { d.script[0].agent = 'X'; d.ball.with = 'Y'; }, [
    '$.ball.with: unknown agent "Y" (agents: C, F)',
    '$.script[0].agent: unknown agent "X" (agents: C, F)',
  ]],
];

let all: Result;
beforeAll(async () => {
  for (const [name, content] of CASES) {
    if (typeof content === 'string') writeFileSync(file(name), content);
    else {
      const d = structuredClone(VALID) as Drill;
      content(d);
      writeFileSync(file(name), JSON.stringify(d, null, 2));
    }
  }
  mkdirSync(file('a-folder.json'));
  all = await onside('validate', ...CASES.map(([n]) => file(n)), file('missing.json'), file('a-folder.json'));
});

describe('onside validate', () => {
  for (const [name, , lines] of CASES) {
    it(`${name}: ${lines.join(' / ')}`, () => {
      const mine = all.stdout.split('\n').filter((l) => l.startsWith(file(name) + ':'));
      // Each problem line holds the file name, the JSON path and what was expected.
      expect(mine.map((l) => l.slice(file(name).length + 2))).toEqual(lines);
    });
  }

  it('names a missing file and a folder', () => {
    expect(all.stdout).toContain(`${file('missing.json')}: $: expected an existing file, but there is none\n`);
    expect(all.stdout).toContain(`${file('a-folder.json')}: $: expected a file, got a directory\n`);
  });

  it('exits 1 when any file has a problem, and nothing goes to stderr (no stack trace)', () => {
    expect(all.code).toBe(1);
    expect(all.stderr).toBe('');
    expect(all.stdout).not.toMatch(/\n\s+at |Error:/);
  });

  it('exits 0 for valid files only', async () => {
    const r = await onside('validate', file('valid.json'), file('valid.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${file('valid.json')}: ok\n${file('valid.json')}: ok\n`);
  });

  it('exits 2 with no file', async () => {
    const r = await onside('validate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('onside validate: expected at least one drill file');
  });
});

describe('the JSON syntax locator', () => {
  // It only explains JSON.parse's refusals, so it must never disagree with JSON.parse.
  it('finds an error exactly when JSON.parse refuses, over 5000 mutated drills', () => {
    const base = JSON.stringify({ ...VALID, n: [-0.5, 1e3, 0, true, false, null, 'a\\"\\u00e9\\n'] }, null, 2);
    const alphabet = '{}[]":,0123456789-+.eE tfnrul\\\n\tx\'';
    let seed = 12345;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    let refused = 0;
    for (let k = 0; k < 5000; k++) {
      let s = base;
      for (let m = 1 + rand(3); m > 0; m--) {
        const at = rand(s.length + 1);
        const op = rand(3);
        const c = alphabet[rand(alphabet.length)];
        s = op === 0 ? s.slice(0, at) + s.slice(at + 1) : op === 1 ? s.slice(0, at) + c + s.slice(at) : s.slice(0, at) + c + s.slice(at + 1);
      }
      let ok = true;
      try { JSON.parse(s); } catch { ok = false; refused++; }
      // Where JSON.parse refuses, the locator must find the place (it may be stricter, never laxer).
      if (!ok) expect({ s, found: locateJsonError(s) !== null }).toEqual({ s, found: true });
      if (ok) expect({ s, found: locateJsonError(s) }).toEqual({ s, found: null });
    }
    expect(refused).toBeGreaterThan(1000); // the mutations do break the syntax often
  });

  it('points at the offending character', () => {
    expect(locateJsonError('{\n  "a": 1,\n  "b": }\n')).toMatchObject({ line: 3, column: 8, expected: 'a value (a number, "text", true, false, null, { or [)', got: '"}"' });
    expect(locateJsonError('{"a": 1,}')).toMatchObject({ line: 1, column: 9, expected: 'a property name in double quotes' });
    expect(locateJsonError('{"a": 1} // note')).toMatchObject({ expected: 'no comment (JSON has none)' });
  });
});

describe('parameter names from files', () => {
  it('refuses __proto__ and other inherited names, which would silently vanish from the values', async () => {
    const { validateScenario } = await import('../../src/scenario/validate');
    const d = { ...VALID, params: JSON.parse('{"__proto__": {"label":"x","unit":"s","min":0,"max":1,"step":0.1,"default":0.5}}') };
    expect(validateScenario(d)).toEqual([{ path: '$.params', message: 'expected a parameter name of letters, digits and _ (not __proto__, constructor or prototype), got "__proto__"' }]);
  });
});
