import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noStack, onside, type Result } from './cli-process';
import { EVENT_TYPES, OUTCOMES } from '../../src/core/events';
import { simulate } from '../../src/core/simulate';
import { traceFramesFromCSV, traceFromJSON } from '../../src/core/trace-io';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { frameBytes } from './helpers';

// The command line end to end, through the real bin (node bin/onside.js), as a user runs it.

const dir = mkdtempSync(join(tmpdir(), 'onside-cli-'));

// A small drill of our own, so these tests do not follow edits to the shipped drills.
const DRILL = {
  id: 'cli-drill',
  title: 'Through pass (CLI test)',
  duration: 6,
  offside: false,
  params: {
    runStart: { label: 'Run start', unit: 's', min: 0, max: 3, step: 0.05, default: 0.5 },
    passTime: { label: 'Pass time', unit: 's', min: 0, max: 3, step: 0.05, default: 1 },
    passSpeed: { label: 'Pass speed', unit: 'm/s', min: 8, max: 22, step: 0.5, default: 16 },
  },
  ball: { with: 'C' },
  agents: [
    { id: 'C', team: 'neutral', role: 'server', start: { x: 66, y: 34 } },
    { id: 'F', team: 'attack', role: 'attacker', start: { x: 78, y: 30 } },
    { id: 'GK', team: 'defence', role: 'goalkeeper', start: { x: 103.8, y: 34 } },
  ],
  script: [
    { do: 'run', at: '$runStart', agent: 'F', path: [{ x: 97, y: 34 }] },
    { do: 'pass', at: '$passTime', agent: 'C', to: { agent: 'F', lead: { x: 10, y: 1 } }, speed: '$passSpeed' },
  ],
  variations: [{ id: 'early', title: 'Early pass', set: { passTime: 0.4 } }],
};
const drillFile = join(dir, 'drill.json');
writeFileSync(drillFile, JSON.stringify(DRILL, null, 2));
const unseeded = join(dir, 'unseeded.json');
writeFileSync(unseeded, JSON.stringify(DRILL));
const seeded = join(dir, 'seeded.json');
writeFileSync(seeded, JSON.stringify({ ...DRILL, seed: 99 }));

describe.concurrent('onside (top level)', () => {
  it('prints help with the commands and exits 0', async () => {
    const r = await onside('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: onside <command>/m);
    for (const c of ['validate FILE...', 'run FILE', 'offside FILE']) expect(r.stdout).toContain(c);
  });

  it('prints per-command help for "help run" and "run --help" alike', async () => {
    const [a, b] = await Promise.all([onside('help', 'run'), onside('run', '--help')]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).toMatch(/^Usage: onside run FILE \[--seed N\] \[--set NAME=VALUE\]\.\.\./);
  });

  it('with no command, shows the help on stderr and exits 2', async () => {
    const r = await onside();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: onside <command>');
  });

  it('names an unknown command and exits 2', async () => {
    const r = await onside('simulate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('onside: unknown command "simulate" (commands: validate, run, offside, sweep, migrate)');
    noStack(r);
  });

  it('runs as `npx onside` from the repository: npm runs the root package\'s own bin', async () => {
    // --offline: if npm did not find the local bin it must fail, not fetch a package by that name.
    const r = await new Promise<Result>((resolve) => {
      execFile('npx', ['--offline', 'onside', '--version'], { encoding: 'utf8' }, (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
      });
    });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('prints the package version', async () => {
    const r = await onside('--version');
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe.concurrent('onside run', () => {
  it('prints one JSON object with the run, its events and outcome', async () => {
    const r = await onside('run', drillFile);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ scenario: 'cli-drill', seed: 1, tickRate: 50, params: { runStart: 0.5, passTime: 1, passSpeed: 16 } });
    expect(Number.isInteger(out.ticks) && out.ticks > 0).toBe(true);
    for (const e of out.events) {
      expect(EVENT_TYPES).toContain(e.type);
      expect(Number.isInteger(e.tick) && e.tick >= 0 && e.tick < out.ticks).toBe(true);
      // t is tick / tickRate; 1e-9 s allows for computing it as tick × dt.
      expect(e.t).toBeCloseTo(e.tick / out.tickRate, 9);
    }
    // The coach's pass is played at passTime = 1 s = tick 50, to F, at the set speed.
    expect(out.events.find((e: any) => e.type === 'pass')).toMatchObject({ tick: 50, agent: 'C', other: 'F', speed: 16 });
    expect(OUTCOMES).toContain(out.outcome.result);
    expect(out.outcome.tick).toBeLessThan(out.ticks);
    expect(out.events.at(-1).type).toBe('end');
  });

  it('gives byte-identical output for the same seed, run twice', async () => {
    const [a, b] = await Promise.all([onside('run', drillFile, '--seed', '5'), onside('run', drillFile, '--seed', '5')]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('uses --seed, else the drill\'s seed, else 1', async () => {
    const [given, own, none] = await Promise.all([onside('run', seeded, '--seed', '42'), onside('run', seeded), onside('run', unseeded)]);
    expect(JSON.parse(given.stdout).seed).toBe(42);
    expect(JSON.parse(own.stdout).seed).toBe(99);
    expect(JSON.parse(none.stdout).seed).toBe(1);
  });

  it('applies --set and --variation, the --set value winning', async () => {
    const [set, vary, both] = await Promise.all([
      onside('run', drillFile, '--set', 'passSpeed=12', '--set', 'passTime=1.5'),
      onside('run', drillFile, '--variation', 'early'),
      onside('run', drillFile, '--variation', 'early', '--set', 'passTime=0.8'),
    ]);
    const s = JSON.parse(set.stdout);
    expect(s.params).toEqual({ runStart: 0.5, passTime: 1.5, passSpeed: 12 });
    expect(s.events.find((e: any) => e.type === 'pass')).toMatchObject({ tick: 75, speed: 12 });
    const v = JSON.parse(vary.stdout);
    expect(v.variation).toBe('early');
    expect(v.params.passTime).toBe(0.4);
    expect(v.events.find((e: any) => e.type === 'pass').tick).toBe(20);
    expect(JSON.parse(both.stdout).params.passTime).toBe(0.8);
  });

  it('refuses an unknown parameter, naming it and the parameters with their ranges (exit 2)', async () => {
    const r = await onside('run', drillFile, '--set', 'passSped=12');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('onside run: --set passSped=12: unknown parameter "passSped" (parameters: runStart 0–3 s, passTime 0–3 s, passSpeed 8–22 m/s)');
    noStack(r);
  });

  it('refuses a value outside its range, naming the range (exit 2)', async () => {
    const r = await onside('run', drillFile, '--set', 'passSpeed=30');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('onside run: --set passSpeed=30: passSpeed = 30 is outside its range 8–22 m/s');
  });

  it('refuses a malformed --set (no "=", not a number) with a clear message (exit 2)', async () => {
    const [noEq, nan, empty] = await Promise.all([
      onside('run', drillFile, '--set', 'passSpeed'),
      onside('run', drillFile, '--set', 'passSpeed=fast'),
      onside('run', drillFile, '--set', 'passSpeed='),
    ]);
    expect(noEq.code).toBe(2);
    expect(noEq.stderr).toContain('onside run: --set passSpeed: expected NAME=VALUE, e.g. --set runStart=1.2');
    expect(nan.code).toBe(2);
    expect(nan.stderr).toContain('onside run: --set passSpeed=fast: expected a number after "=", got "fast"');
    // An empty value must not silently become 0 (Number('') is 0).
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('expected a number after "=", got ""');
  });

  it('refuses a bad seed, an unknown variation, an unknown option and a wrong --trace extension (exit 2)', async () => {
    const [seed, vary, opt, ext] = await Promise.all([
      onside('run', drillFile, '--seed', '1.5'),
      onside('run', drillFile, '--variation', 'late'),
      onside('run', drillFile, '--speed', '3'),
      onside('run', drillFile, '--trace', join(dir, 'out.txt')),
    ]);
    for (const r of [seed, vary, opt, ext]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      noStack(r);
    }
    expect(seed.stderr).toContain('onside run: --seed 1.5: expected a whole number 0–4294967295');
    expect(vary.stderr).toContain('onside run: --variation late: unknown variation (variations: early)');
    expect(opt.stderr).toContain("onside run: unknown option '--speed'");
    expect(ext.stderr).toContain('expected a file name ending in .json or .csv');
    expect(readdirSync(dir)).not.toContain('out.txt');
  });

  it('prints the problems of an invalid drill and exits 1', async () => {
    const bad = join(dir, 'bad-run.json');
    writeFileSync(bad, JSON.stringify({ ...DRILL, tickRate: 'fast' }));
    const r = await onside('run', bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(`${bad}: $.tickRate: expected a whole number, got "fast"`);
  });

  it('exits 1 when the trace file cannot be written, naming it', async () => {
    const out = join(dir, 'no-such-folder', 't.json');
    const r = await onside('run', drillFile, '--trace', out);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`run: --trace ${out}: cannot write the file (its folder does not exist)`);
  });

  it('--trace OUT.json writes the exact trace the engine makes, and it parses back', async () => {
    const out = join(dir, 'trace.json');
    const r = await onside('run', drillFile, '--seed', '3', '--trace', out);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    const back = traceFromJSON(JSON.parse(readFileSync(out, 'utf8')));
    expect(back.ticks).toBe(printed.ticks);
    expect(back.events).toEqual(printed.events);
    // Another process (this one) simulating the same inputs gets the same frames, bit for bit.
    // (This compares the sources as loaded now with the sources the child loaded: it can only
    // fail spuriously if src/core is edited while the test runs.)
    const s = parseScenario(readFileSync(drillFile, 'utf8'), drillFile);
    const params = paramValues(s);
    const here = simulate(resolveDrill(s, params), 3, { scenario: s.id, params });
    expect(frameBytes(back).equals(frameBytes(here))).toBe(true);
  });

  it('--trace OUT.csv writes ticks × (agents + 1) rows that parse back', async () => {
    const out = join(dir, 'trace.csv');
    const r = await onside('run', drillFile, '--trace', out);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    const text = readFileSync(out, 'utf8');
    expect(text.trimEnd().split('\n')).toHaveLength(1 + printed.ticks * 4);
    const back = traceFramesFromCSV(text);
    expect(back.ticks).toBe(printed.ticks);
    expect(back.agents.map((a) => a.id)).toEqual(['C', 'F', 'GK']);
  });
});

describe.concurrent('the shipped drills', () => {
  const files = readdirSync('scenarios').filter((f) => f.endsWith('.json')).map((f) => `scenarios/${f}`);

  it('all validate', async () => {
    const r = await onside('validate', ...files);
    expect(r.stdout.trim().split('\n')).toEqual(files.map((f) => `${f}: ok`));
    expect(r.code).toBe(0);
  });
});

describe.concurrent('onside offside', () => {
  let n = 0;
  async function judge(snapshot: unknown): Promise<Result & { json?: any }> {
    const f = join(dir, `snapshot-${n++}.json`);
    writeFileSync(f, typeof snapshot === 'string' ? snapshot : JSON.stringify(snapshot));
    const r = await onside('offside', f);
    return { ...r, json: r.code === 0 ? JSON.parse(r.stdout) : undefined, stderr: r.stderr.replaceAll(f, 'FILE') };
  }
  const GK = { id: 'GK', x: 104, y: 34 };

  it('level with the second-last defender is onside (margin 0)', async () => {
    const r = await judge({ ball: { x: 60, y: 34 }, attackers: [{ id: '9', x: 80, y: 30 }], defenders: [{ id: '4', x: 80, y: 36 }, GK] });
    expect(r.code).toBe(0);
    expect(r.json).toEqual({ offsideLine: 80, restartExempt: false, players: [{ id: '9', offsidePosition: false, marginM: 0 }] });
  });

  it('beyond the second-last defender is offside, with a positive margin', async () => {
    const r = await judge({ ball: { x: 60, y: 34 }, attackers: [{ id: '9', x: 81.3, y: 30 }, { id: '11', x: 79.9, y: 50 }], defenders: [{ id: '4', x: 80, y: 36 }, { id: '5', x: 78, y: 20 }, GK] });
    const [nine, eleven] = r.json.players;
    expect(r.json.offsideLine).toBe(80);
    expect(nine.offsidePosition).toBe(true);
    // 81.3 − 80 in doubles is 1.2999999999999972: 1e-9 m is far below anything a referee sees.
    expect(nine.marginM).toBeCloseTo(1.3, 9);
    expect(eleven.offsidePosition).toBe(false);
    expect(eleven.marginM).toBeCloseTo(-0.1, 9);
  });

  it('the ball is the line when it is nearer the goal than the second-last defender', async () => {
    const r = await judge({ ball: { x: 88, y: 34 }, attackers: [{ id: '9', x: 86, y: 30 }, { id: '7', x: 89, y: 40 }], defenders: [{ id: '4', x: 80, y: 36 }, GK] });
    expect(r.json.offsideLine).toBe(88);
    expect(r.json.players.map((p: any) => [p.id, p.offsidePosition, p.marginM])).toEqual([['9', false, -2], ['7', true, 1]]);
  });

  it('nobody is offside in their own half: the halfway line is the line', async () => {
    const r = await judge({ ball: { x: 30, y: 34 }, attackers: [{ id: '9', x: 50, y: 30 }, { id: '10', x: 52.5, y: 30 }], defenders: [{ id: '4', x: 40, y: 36 }, { id: '5', x: 35, y: 36 }] });
    expect(r.json.offsideLine).toBe(52.5);
    // On the halfway line itself still counts as the own half.
    expect(r.json.players.map((p: any) => p.offsidePosition)).toEqual([false, false]);
  });

  it('uses the given pitch: halfway of a 90 m pitch is 45', async () => {
    const r = await judge({ pitch: { length: 90, width: 60 }, ball: { x: 30, y: 30 }, attackers: [{ id: '9', x: 46, y: 30 }], defenders: [{ id: '4', x: 40, y: 30 }, { id: '5', x: 35, y: 30 }] });
    expect(r.json.offsideLine).toBe(45);
    expect(r.json.players[0]).toEqual({ id: '9', offsidePosition: true, marginM: 1 });
  });

  it('with only the keeper back, the missing defender counts as on the goal line: the keeper is second-last', async () => {
    const r = await judge({ ball: { x: 70, y: 34 }, attackers: [{ id: '9', x: 100, y: 34 }, { id: '11', x: 104.5, y: 30 }], defenders: [GK] });
    expect(r.json.offsideLine).toBe(104);
    expect(r.json.players.map((p: { offsidePosition: boolean }) => p.offsidePosition)).toEqual([false, true]);
  });

  it('a throw-in, goal kick or corner exempts; a free kick does not', async () => {
    const at = { ball: { x: 70, y: 0 }, attackers: [{ id: '9', x: 90, y: 30 }], defenders: [{ id: '4', x: 85, y: 36 }, GK] };
    const rs = await Promise.all(['throw-in', 'goal-kick', 'corner-kick', 'free-kick'].map((restart) => judge({ ...at, restart })));
    expect(rs.map((r) => r.json.restartExempt)).toEqual([true, true, true, false]);
    // Exempt or not, the player is still in an offside position: the exemption is separate.
    expect(rs.every((r) => r.json.players[0].offsidePosition)).toBe(true);
  });

  it('refuses bad input with one line per problem naming file and JSON path (exit 1)', async () => {
    const r = await judge({ ball: { x: '60', y: 34 }, attackers: [{ id: '9', x: 80 }], defenders: [], restart: 'penalty', extra: 1 });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n').sort()).toEqual([
      'FILE: $.attackers[0]: expected field "y"',
      'FILE: $.ball.x: expected a number, got "60"',
      'FILE: $.restart: expected one of "throw-in", "goal-kick", "corner-kick", "free-kick", got "penalty"',
      'FILE: $: unknown field "extra"',
    ]);
    noStack(r);
  });

  it('refuses positions off the pitch, ids used twice, and broken JSON (exit 1)', async () => {
    const [off, twice, broken] = await Promise.all([
      judge({ ball: { x: 60, y: 34 }, attackers: [{ id: '9', x: 110, y: 30 }], defenders: [{ id: '4', x: 80, y: -2 }] }),
      judge({ ball: { x: 60, y: 34 }, attackers: [{ id: '9', x: 70, y: 30 }], defenders: [{ id: '9', x: 80, y: 2 }] }),
      judge('{"ball": {"x": 60 "y": 34}}'),
    ]);
    expect(off.code).toBe(1);
    expect(off.stderr.trim().split('\n')).toEqual([
      'FILE: $.attackers[0].x: expected a position on the pitch (0–105 m), got 110',
      'FILE: $.defenders[0].y: expected a position on the pitch (0–68 m), got -2',
    ]);
    expect(twice.stderr.trim()).toBe('FILE: $.defenders[0].id: expected a player id used once, "9" is used twice');
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim()).toBe('FILE: $: expected valid JSON: line 1, column 19: expected a comma before the next item, got "\\"y\\""');
  });

  it('names a missing snapshot file (exit 1)', async () => {
    const r = await onside('offside', join(dir, 'nope.json'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`${join(dir, 'nope.json')}: $: expected an existing file, but there is none`);
  });
});
