import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noStack, onside } from './cli-process';
import { OUTCOMES } from '../../src/core/events';

// onside sweep end to end, through the real bin, as a user runs it.

const dir = mkdtempSync(join(tmpdir(), 'onside-sweep-'));

// A small drill of our own, so these tests do not follow edits to the shipped drills.
const DRILL = {
  id: 'sweep-drill',
  title: 'Through pass (sweep test)',
  duration: 6,
  seed: 4,
  offside: true,
  params: {
    runStart: { label: 'Run start', unit: 's', min: 0, max: 3, step: 0.05, default: 0.5 },
    passTime: { label: 'Pass time', unit: 's', min: 0, max: 3, step: 0.05, default: 1 },
    passSpeed: { label: 'Pass speed', unit: 'm/s', min: 8, max: 22, step: 0.5, default: 16 },
  },
  ball: { with: 'C' },
  agents: [
    { id: 'C', team: 'attack', role: 'attacker', start: { x: 66, y: 34 }, behaviour: { kind: 'stand' } },
    { id: 'F', team: 'attack', role: 'attacker', start: { x: 78, y: 30 } },
    { id: 'D', team: 'defence', role: 'defender', start: { x: 80, y: 36 }, behaviour: { kind: 'line', group: 'back', x: 80 } },
    { id: 'GK', team: 'defence', role: 'goalkeeper', start: { x: 103.8, y: 34 } },
  ],
  script: [
    { do: 'run', at: '$runStart', agent: 'F', path: [{ x: 97, y: 34 }] },
    { do: 'pass', at: '$passTime', agent: 'C', to: { agent: 'F', lead: { x: 8, y: 1 } }, speed: '$passSpeed' },
  ],
  variations: [{ id: 'quick', title: 'Quick pass', set: { passSpeed: 20 } }],
};
const drillFile = join(dir, 'drill.json');
writeFileSync(drillFile, JSON.stringify(DRILL, null, 2));

const MARGINS = ['offsideMarginM', 'raceMarginS', 'separationM', 'controlT', 'shotT'];

describe.concurrent('onside sweep: output', () => {
  it('prints JSON: the axes with units, then one cell per value, each with outcome, class and margins', async () => {
    const r = await onside('sweep', drillFile, '--vary', 'runStart=0:3:0.25');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.scenario).toBe('sweep-drill');
    expect(j.title).toBe('Through pass (sweep test)');
    expect(j.seed).toBe(4); // the drill's own seed
    expect(j.seeds).toBe(1);
    expect(j.params).toEqual({ passTime: 1, passSpeed: 16 });
    expect(j.axes).toEqual([{ name: 'runStart', unit: 's', values: [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3] }]);
    expect(j.cells).toHaveLength(13);
    for (const c of j.cells) {
      expect(Object.keys(c)).toEqual(['values', 'outcome', 'agent', 'played', ...MARGINS, 'class']);
      expect(OUTCOMES).toContain(c.outcome);
      expect(['offside', 'works', 'lost']).toContain(c.class);
      expect(c.played).toBe(true); // the coach's pass is played in every cell
      expect(typeof c.offsideMarginM).toBe('number'); // offside is on and the pass is to F
    }
    // One line per cell: the file diffs and greps line by line.
    expect(r.stdout.split('\n').filter((l) => l.trimStart().startsWith('{"values"'))).toHaveLength(13);
  });

  it('every cell is what `onside run` gives at those values and seed', async () => {
    const s = await onside('sweep', drillFile, '--vary', 'runStart=0:3:1', '--vary', 'passTime=0.5:1.5:0.5', '--seed', '17', '--set', 'passSpeed=14');
    expect(s.code).toBe(0);
    const cells = JSON.parse(s.stdout).cells;
    expect(cells).toHaveLength(4 * 3);
    const runs = await Promise.all(cells.map((c: { values: Record<string, number> }) =>
      onside('run', drillFile, '--seed', '17', '--set', 'passSpeed=14', '--set', `runStart=${c.values.runStart}`, '--set', `passTime=${c.values.passTime}`)));
    cells.forEach((c: Record<string, unknown>, k: number) => {
      const run = JSON.parse(runs[k].stdout);
      expect(c.outcome).toBe(run.outcome.result);
      expect(c.agent).toBe(run.outcome.agent ?? null);
      const pass = run.events.find((e: { type: string }) => e.type === 'pass');
      expect(c.offsideMarginM).toBe(pass.judgment.players.find((p: { id: string }) => p.id === 'F').marginM);
      const control = run.events.find((e: { type: string; agent?: string; tick: number }) => e.type === 'control' && e.agent === 'F' && e.tick > pass.tick);
      expect(c.controlT).toBe(control?.t ?? null);
    });
    expect(cells.map((c: { values: object }) => c.values).slice(0, 4)).toEqual([
      { runStart: 0, passTime: 0.5 }, { runStart: 0, passTime: 1 }, { runStart: 0, passTime: 1.5 }, { runStart: 1, passTime: 0.5 },
    ]); // row-major: the last --vary varies fastest
  });

  it('prints CSV with --csv: a header, then one row per cell, empty where a margin does not apply', async () => {
    const [csv, json] = await Promise.all([
      onside('sweep', drillFile, '--vary', 'runStart=0:2:0.5', '--vary', 'passTime=1:2:0.5', '--csv'),
      onside('sweep', drillFile, '--vary', 'runStart=0:2:0.5', '--vary', 'passTime=1:2:0.5'),
    ]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(['runStart', 'passTime', 'outcome', 'agent', 'class', ...MARGINS].join(','));
    expect(lines).toHaveLength(1 + 5 * 3);
    const cells = JSON.parse(json.stdout).cells;
    lines.slice(1).forEach((line, k) => {
      const f = line.split(',');
      expect(f).toHaveLength(10);
      const c = cells[k];
      expect(f.slice(0, 5)).toEqual([String(c.values.runStart), String(c.values.passTime), c.outcome, c.agent ?? '', c.class]);
      MARGINS.forEach((m, i) => expect(f[5 + i]).toBe(c[m] === null ? '' : String(c[m])));
    });
  });

  it('with --seeds K: the share of each outcome per cell, summing to 1', async () => {
    const [csv, json] = await Promise.all([
      onside('sweep', drillFile, '--vary', 'runStart=0:1:0.5', '--seeds', '6', '--csv'),
      onside('sweep', drillFile, '--vary', 'runStart=0:1:0.5', '--seeds', '6'),
    ]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(['runStart', 'outcome', 'class', ...OUTCOMES].join(','));
    for (const line of lines.slice(1)) {
      const shares = line.split(',').slice(3).map(Number);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      for (const s of shares) expect(Math.abs(s * 6 - Math.round(s * 6))).toBeLessThan(1e-9); // whole runs of 6
    }
    const j = JSON.parse(json.stdout);
    expect(j.seeds).toBe(6);
    for (const c of j.cells) expect(Object.keys(c)).toEqual(['values', 'outcome', 'shares', 'classes', 'class']);
  });

  it('sweeps a variation: its values are the fixed ones', async () => {
    const r = await onside('sweep', drillFile, '--vary', 'runStart=0:1:1', '--variation', 'quick');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.variation).toBe('quick');
    expect(j.params.passSpeed).toBe(20);
  });

  it('has help, and is listed in the top-level help', async () => {
    const [a, b, top] = await Promise.all([onside('sweep', '--help'), onside('help', 'sweep'), onside('--help')]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).toMatch(/^Usage: onside sweep FILE --vary NAME=FROM:TO:STEP/);
    expect(top.stdout).toMatch(/^ {2}sweep FILE {9}/m);
  });
});

describe.concurrent('onside sweep: bad input exits 2 with one clear message', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['no --vary', [], /^onside sweep: expected --vary NAME=FROM:TO:STEP \(one or two of them\)$/m],
    ['a malformed --vary', ['--vary', 'runStart=0:3'], /^onside sweep: --vary runStart=0:3: expected NAME=FROM:TO:STEP, e\.g\. --vary runStart=0:4:0\.1$/m],
    ['a --vary with words', ['--vary', 'runStart=early:late:0.1'], /--vary runStart=early:late:0\.1: expected NAME=FROM:TO:STEP/],
    ['three --vary', ['--vary', 'runStart=0:1:1', '--vary', 'passTime=0:1:1', '--vary', 'passSpeed=8:9:1'], /^onside sweep: expected at most two --vary, got 3$/m],
    ['a value outside its range', ['--vary', 'runStart=0:5:0.5'], /^onside sweep: --vary runStart=0:5:0\.5: runStart = 5 is outside its range 0–3 s$/m],
    ['a step of 0', ['--vary', 'runStart=0:1:0'], /^onside sweep: --vary runStart=0:1:0: runStart: the step must be greater than 0, got 0$/m],
    ['a negative step', ['--vary', 'runStart=0:1:-0.1'], /the step must be greater than 0, got -0\.1$/m],
    ['FROM after TO', ['--vary', 'runStart=2:1:0.1'], /runStart: FROM \(2\) must not be greater than TO \(1\)$/m],
    ['an unknown parameter', ['--vary', 'runstart=0:1:0.5'], /^onside sweep: --vary runstart=0:1:0\.5: unknown parameter "runstart" \(parameters: runStart 0–3 s, passTime 0–3 s, passSpeed 8–22 m\/s\)$/m],
    ['too many cells', ['--vary', 'runStart=0:3:0.01', '--vary', 'passTime=0:3:0.01'], /^onside sweep: 301 values of runStart × 301 values of passTime make 90601 cells, more than the limit of 10000: use a larger step or a narrower range$/m],
    ['a --set out of range', ['--vary', 'runStart=0:1:1', '--set', 'passSpeed=30'], /^onside sweep: --set passSpeed=30: passSpeed = 30 is outside its range 8–22 m\/s$/m],
    ['a parameter both varied and set', ['--vary', 'runStart=0:1:1', '--set', 'runStart=1'], /^onside sweep: --vary runStart=0:1:1: runStart is both varied and set$/m],
    ['an unknown variation', ['--vary', 'runStart=0:1:1', '--variation', 'slow'], /^onside sweep: unknown variation "slow" \(variations: quick\)$/m],
    ['a bad seed', ['--vary', 'runStart=0:1:1', '--seed', '2.5'], /^onside sweep: --seed 2\.5: expected a whole number 0–4294967295$/m],
    ['zero seeds', ['--vary', 'runStart=0:1:1', '--seeds', '0'], /^onside sweep: --seeds 0: expected a whole number 1–10000$/m],
    ['too many runs', ['--vary', 'runStart=0:3:0.01', '--seeds', '500'], /^onside sweep: 301 cells × 500 seeds make 150500 runs, more than the limit of 100000$/m],
    ['an unknown option', ['--vary', 'runStart=0:1:1', '--json'], /^onside sweep: unknown option '--json'$/m],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const r = await onside('sweep', drillFile, ...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/\(see onside sweep --help\)\n$/);
      noStack(r); // refused, not run: how fast is measured in npm run bench (bench/refusal.ts)
    });
  }

  it('a missing drill file exits 1 naming it', async () => {
    const r = await onside('sweep', join(dir, 'nope.json'), '--vary', 'runStart=0:1:1');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.json: \$: expected an existing file, but there is none/);
    noStack(r);
  });

  it('no drill file, or two, exits 2', async () => {
    const [none, two] = await Promise.all([onside('sweep', '--vary', 'runStart=0:1:1'), onside('sweep', drillFile, drillFile, '--vary', 'runStart=0:1:1')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^onside sweep: expected one drill file, got 0$/m);
    expect(two.stderr).toMatch(/expected one drill file, got 2/);
  });
});
