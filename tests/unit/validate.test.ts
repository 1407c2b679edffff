import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { onside, type Result } from './cli-process';
import { locateJsonError } from '../../src/scenario/json-text';
import { validateScenario } from '../../src/scenario/validate';
import { evalNum } from '../../src/scenario/num';
import { LINK_KEYS } from '../../src/scenario/references';
import { FIELD_UNITS } from '../../src/scenario/field-limits';
import { RESERVED } from '../../src/view/address';
import type { ScenarioFile } from '../../src/scenario/types';
import schema from '../../assets/scenario.schema.json';

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
  ['too-deep.json', '['.repeat(20000) + ']'.repeat(20000), ['$: nested deeper than 64 levels at line 1, column 65: expected JSON nested at most 64 deep']],
  ['empty.json', '', ['$: expected valid JSON: line 1, column 1: expected a value (a number, "text", true, false, null, { or [), got the end of the file']],
  ['missing-field.json', (d) => { delete d.title; }, ['$: expected field "title"']],
  ['missing-nested.json', (d) => { delete d.agents[1].start.y; }, ['$.agents[1].start: expected field "y"']],
  ['wrong-type.json', (d) => { d.duration = 'long'; }, ['$.duration: expected a number, got "long"']],
  ['wrong-type-num.json', (d) => { d.script[0].speed = true; }, ['$.script[0].speed: expected a number or an expression like "$runStart + 0.5", got true']],
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
  // Physical limits on literal numbers: the schema's.
  ['standing-still.json', (d) => { d.agents[1].profile = { maxSpeed: 0 }; }, ['$.agents[1].profile.maxSpeed: expected a value ≥ 1, got 0']],
  ['backwards.json', (d) => { d.agents[1].profile = { maxSpeed: -5, accel: -1 }; }, [
    '$.agents[1].profile.maxSpeed: expected a value ≥ 1, got -5',
    '$.agents[1].profile.accel: expected a value ≥ 1, got -1',
  ]],
  ['asleep.json', (d) => { d.agents[1].profile = { reaction: 1e9, reach: -1, brake: 0 }; }, [
    '$.agents[1].profile.brake: expected a value ≥ 1, got 0',
    '$.agents[1].profile.reaction: expected a value ≤ 2, got 1000000000',
    '$.agents[1].profile.reach: expected a value ≥ 0.2, got -1',
  ]],
  ['tiny.json', (d) => { d.agents[1].profile = { maxSpeed: 1e-300, accel: 0.5, reach: 0.05 }; }, [
    '$.agents[1].profile.maxSpeed: expected a value ≥ 1, got 1e-300',
    '$.agents[1].profile.accel: expected a value ≥ 1, got 0.5',
    '$.agents[1].profile.reach: expected a value ≥ 0.2, got 0.05',
  ]],
  ['flat-cross.json', (d) => { d.script.push({ do: 'cross', at: 1, agent: 'F', to: { point: { x: 100, y: 30 } }, loft: 0 }); }, [
    '$.script[1].loft: expected a value ≥ 10, got 0',
  ]],
  ['faster-than-bolt.json', (d) => { d.agents[1].profile = { maxSpeed: 13.5, accel: 16 }; }, [
    '$.agents[1].profile.maxSpeed: expected a value ≤ 13, got 13.5',
    '$.agents[1].profile.accel: expected a value ≤ 15, got 16',
  ]],
  ['kicks.json', (d) => { d.script[0].speed = 0; d.script.push({ do: 'shoot', at: 2, agent: 'F', to: { point: { x: 105, y: 34 } }, speed: 41, loft: 85 }); }, [
    '$.script[0].speed: expected a value > 0, got 0',
    '$.script[1].speed: expected a value ≤ 40, got 41',
    '$.script[1].loft: expected a value ≤ 80, got 85',
  ]],
  ['pace.json', (d) => { d.script.push({ do: 'run', at: 0, agent: 'F', path: [{ x: 90, y: 30 }], pace: 0 }, { do: 'run', at: 1, agent: 'F', path: [{ x: 95, y: 30 }], pace: 1.5 }); }, [
    '$.script[1].pace: expected a value > 0, got 0',
    '$.script[2].pace: expected a value ≤ 1, got 1.5',
  ]],
  // 1e400 is valid JSON and parses to Infinity.
  ['infinite.json', JSON.stringify({ ...VALID, script: [{ ...VALID.script[0], speed: 'INF' }] }).replace('"INF"', '1e400'), ['$.script[0].speed: expected a value ≤ 40, got Infinity']],
  // A parameter reference: every value of the range must be allowed where it is used.
  ['wide-pass-speed.json', (d) => {
    d.params.passSpeed = { label: 'Pass speed', unit: 'm/s', min: -500, max: 26, step: 0.5, default: 15 };
    d.script[0].speed = '$passSpeed';
  }, ['$.params.passSpeed: range -500–26 m/s goes outside what $.script[0].speed allows (0 < speed ≤ 40 m/s)']],
  ['param-profile.json', (d) => {
    d.params.sprint = { label: 'Top speed', unit: 'm/s', min: 6, max: 14, step: 0.5, default: 9 };
    d.params.wake = { label: 'Reaction', unit: 's', min: 0, max: 1.5, step: 0.1, default: 0.5 };
    d.agents[1].profile = { maxSpeed: '$sprint', reaction: '$wake + 0.8', accel: '$wake - 0.5' };
  }, [
    '$.params.sprint: range 6–14 m/s goes outside what $.agents[1].profile.maxSpeed allows (1 ≤ maxSpeed ≤ 13 m/s)',
    '$.params.wake: range 0–1.5 s makes $.agents[1].profile.reaction ("$wake + 0.8") 0.8–2.3, outside what it allows (0 ≤ reaction ≤ 2 s)',
    '$.params.wake: range 0–1.5 s makes $.agents[1].profile.accel ("$wake - 0.5") -0.5–1, outside what it allows (1 ≤ accel ≤ 15 m/s²)',
  ]],
  ['param-loft-pace.json', (d) => {
    d.params.lift = { label: 'Loft', unit: '°', min: 10, max: 90, step: 1, default: 25 };
    d.script.push({ do: 'cross', at: 1, agent: 'F', to: { point: { x: 100, y: 30 } }, loft: '$lift' });
    d.script.push({ do: 'run', at: 0, agent: 'F', path: [{ x: 90, y: 30 }], pace: '$passTime' });
  }, [
    '$.params.lift: range 10–90° goes outside what $.script[1].loft allows (10 ≤ loft ≤ 60°)',
    '$.params.passTime: range 0–3 s goes outside what $.script[2].pace allows (0 < pace ≤ 1)',
  ]],
  ['param-start.json', (d) => {
    d.params.depth = { label: 'Depth', unit: 'm', min: 60, max: 500, step: 1, default: 78 };
    d.agents[1].start.x = '$depth';
    d.agents[0].start.y = '$passTime + 67';
  }, [
    // C starts with the ball: on the pitch exactly, with no metre's allowance.
    '$.params.passTime: range 0–3 s makes $.agents[0].start.y ("$passTime + 67") 67–70, outside what it allows (on the pitch: 0–68 m)',
    '$.params.depth: range 60–500 m goes outside what $.agents[1].start.x allows (on the pitch: 0–105 m, give or take 1 m)',
  ]],
  ['param-start-own-pitch.json', (d) => {
    d.pitch = { length: 70, width: 46 };
    d.params.depth = { label: 'Depth', unit: 'm', min: 60, max: 80, step: 1, default: 66 };
    d.agents[1].start.x = '$depth';
    d.agents[0].start.x = 30;
  }, ['$.params.depth: range 60–80 m goes outside what $.agents[1].start.x allows (on the pitch: 0–70 m, give or take 1 m)']],
  ['ball-off-pitch.json', (d) => { delete d.ball.with; d.ball.at = { x: 52.5, y: -3 }; }, ['$.ball.at.y: expected a position on the pitch (0–68 m), got -3']],
  // Names a link needs for itself, and stages named twice.
  ['link-key-params.json', (d) => {
    d.params.seed = { label: 'Seed', unit: '', min: 0, max: 9, step: 1, default: 1 };
    d.params.tick = { label: 'Tick', unit: '', min: 0, max: 9, step: 1, default: 1 };
  }, [
    '$.params.seed: expected a parameter name other than drill, stage, seed, tick, renderer, theme, present, bench (a link uses those for itself, so "seed" could not be shared in one)',
    '$.params.tick: expected a parameter name other than drill, stage, seed, tick, renderer, theme, present, bench (a link uses those for itself, so "tick" could not be shared in one)',
  ]],
  ['twin-stages.json', (d) => {
    d.variations = [{ id: 'early', title: 'Early', set: { passTime: 0.5 } }, { id: 'late', title: 'Late' }, { id: 'early', title: 'Early again' }];
  }, ['$.variations[2].id: variation (stage) id "early" is used twice']],
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

const DRILLS = readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort().map((f) => `scenarios/${f}`);
const drill = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as ScenarioFile;

/** The file with every expression over parameters written out as the number it gives at these values. */
function literal(s: ScenarioFile, values: Record<string, number>): unknown {
  const sub = (v: unknown, top: boolean): unknown => {
    if (typeof v === 'string' && v.includes('$')) return evalNum(v, values);
    if (Array.isArray(v)) return v.map((x) => sub(x, false));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, top && k === 'params' ? x : sub(x, false)]));
    return v;
  };
  return sub(s, true);
}

describe('physical limits and parameter ranges', () => {
  it('the shipped drills still validate (the six seed drills and the library)', async () => {
    expect(DRILLS.length).toBeGreaterThanOrEqual(6);
    const r = await onside('validate', ...DRILLS);
    expect(r.stdout).toBe(DRILLS.map((f) => `${f}: ok\n`).join(''));
    expect(r.code).toBe(0);
  });

  it('no value --set can give a shipped drill breaks a limit: each parameter at its min, default and max, written in as a number, passes the schema', () => {
    for (const f of DRILLS) {
      const s = drill(f);
      for (const [name, p] of Object.entries(s.params ?? {})) {
        for (const v of [p.min, p.default, p.max]) {
          const values = Object.fromEntries(Object.entries(s.params ?? {}).map(([n, q]) => [n, n === name ? v : q.default]));
          expect({ f, name, v, problems: validateScenario(literal(s, values)) }).toEqual({ f, name, v, problems: [] });
        }
      }
    }
  });

  it('the range check is what makes that so: a value just outside a field\'s limits, as a literal, is refused by the schema, and a range reaching it by the range check', () => {
    const s = drill('scenarios/through-pass.json');
    const at41 = literal(s, { ...Object.fromEntries(Object.entries(s.params!).map(([n, q]) => [n, q.default])), passSpeed: 41 });
    expect(validateScenario(at41)).toEqual([{ path: '$.script[1].speed', message: 'expected a value ≤ 40, got 41' }]);
    s.params!.passSpeed.max = 41;
    expect(validateScenario(s)).toEqual([{ path: '$.params.passSpeed', message: 'range 8–41 m/s goes outside what $.script[1].speed allows (0 < speed ≤ 40 m/s)' }]);
  });

  it('onside run cannot put a value outside a field\'s limits: --set is held to the range, and a file whose range reaches past the limits does not run', async () => {
    const s = drill('scenarios/through-pass.json');
    s.params!.passSpeed.max = 60;
    writeFileSync(file('fast-pass.json'), JSON.stringify(s));
    const [held, refused] = await Promise.all([
      onside('run', 'scenarios/through-pass.json', '--set', 'passSpeed=41'),
      onside('run', file('fast-pass.json'), '--set', 'passSpeed=41'),
    ]);
    expect(held.code).toBe(2);
    expect(held.stdout).toBe('');
    expect(held.stderr).toContain('onside run: --set passSpeed=41: passSpeed = 41 is outside its range 8–22 m/s');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr + refused.stdout).toContain(`${file('fast-pass.json')}: $.params.passSpeed: range 8–60 m/s goes outside what $.script[1].speed allows (0 < speed ≤ 40 m/s)`);
  });

  it('every field the schema limits has a unit for the messages', () => {
    const limited = new Set<string>();
    const visit = (v: unknown, key: string): void => {
      if (Array.isArray(v)) v.forEach((x) => visit(x, key));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (Array.isArray(o.allOf) && ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].some((k) => k in o)) limited.add(key);
        for (const [k, x] of Object.entries(o)) visit(x, k);
      }
    };
    visit(schema, '$');
    expect([...limited].filter((k) => !(k in FIELD_UNITS))).toEqual([]);
    expect(limited.size).toBeGreaterThan(15);
  });

  it('a parameter may not take any name a link keeps for itself, the same list the viewer\'s links use', () => {
    expect(RESERVED).toBe(LINK_KEYS);
    for (const name of LINK_KEYS) {
      const d = structuredClone(VALID) as Drill;
      d.params[name] = { label: name, unit: '', min: 0, max: 1, step: 0.5, default: 0 };
      expect(validateScenario(d)).toEqual([{ path: `$.params.${name}`, message: `expected a parameter name other than drill, stage, seed, tick, renderer, theme, present, bench (a link uses those for itself, so "${name}" could not be shared in one)` }]);
    }
  });
});

describe('the new defending roles name a team-mate', () => {
  const roles = (behaviour: object): ScenarioFile => ({
    ...VALID,
    agents: [...VALID.agents, { id: 'D', team: 'defence', role: 'defender', start: { x: 80, y: 34 }, behaviour }],
  }) as unknown as ScenarioFile;
  it('a cover of himself, or a partner who is himself, is refused at its place; an unknown one is named', () => {
    expect(validateScenario(roles({ kind: 'cover', of: 'D' }))).toEqual([{ path: '$.agents[2].behaviour.of', message: 'expected a team-mate of "D", not "D" himself (he covers the presser)' }]);
    expect(validateScenario(roles({ kind: 'pass-on', group: 'back', x: 80, zone: { from: 20, to: 34 }, partner: 'D' }))).toEqual([{ path: '$.agents[2].behaviour.partner', message: 'expected a team-mate of "D", not "D" himself (he passes runners on to his partner)' }]);
    expect(validateScenario(roles({ kind: 'cover', of: 'Z' }))).toEqual([{ path: '$.agents[2].behaviour.of', message: 'unknown agent "Z" (agents: C, F, D)' }]);
  });
  it('accepts each role as the schema documents it', () => {
    expect(validateScenario(roles({ kind: 'press' }))).toEqual([]);
    expect(validateScenario(roles({ kind: 'cover', of: 'F', depth: 4 }))).toEqual([]);
    expect(validateScenario(roles({ kind: 'carrier', shootRange: 12 }))).toEqual([]);
    expect(validateScenario(roles({ kind: 'pass-on', group: 'back', x: 80, zone: { from: 20, to: 34 }, partner: 'F' }))).toEqual([]);
  });
});
