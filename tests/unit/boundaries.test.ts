import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SweepError, sweepAxes } from '../../src/analysis/grid';
import { MAX_SEED, parseSets, parseWhole } from '../../src/cli/options';
import { parseScenario } from '../../src/scenario/load';
import { checkParamValues } from '../../src/scenario/resolve';
import type { ScenarioFile } from '../../src/scenario/types';
import { validateScenario } from '../../src/scenario/validate';
import { formatAddress, formatNumber, parseAddress, type Drill } from '../../src/view/address';
import { onside } from './cli-process';

// Every range a user can give, at its edges: for each parameter of each shipped drill, the values
// min − step, min, max, max + step, NaN and text, through every door a value comes in by: the
// address (a shared link), --set, --vary and the drill file's own default and stages; and the
// seed and frame, in the address and on the command line. (The slider, a browser control, is
// tested in tests/browser/boundaries.test.ts.)

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json'));
const scenarios: ScenarioFile[] = files.map((f) => parseScenario(readFileSync(`scenarios/${f}`, 'utf8'), f));
const drills: Drill[] = scenarios.map((s) => ({ id: s.id, scenario: s }));

/** A number as a person would type it: 0.45, not 0.44999999999999996. */
const typed = (v: number) => Number(v.toFixed(9));

type Case = { what: string; text: string; value: number; ok: boolean };

interface ParamRow { drill: ScenarioFile; name: string; min: number; max: number; step: number; unit: string; label: string; cases: Case[] }

const rows: ParamRow[] = scenarios.flatMap((s) => Object.entries(s.params ?? {}).map(([name, p]) => ({
  drill: s, name, min: p.min, max: p.max, step: p.step, unit: p.unit, label: p.label,
  cases: [
    { what: 'min − step', value: typed(p.min - p.step), ok: false },
    { what: 'min', value: p.min, ok: true },
    { what: 'max', value: p.max, ok: true },
    { what: 'max + step', value: typed(p.max + p.step), ok: false },
    { what: 'NaN', value: NaN, ok: false },
    { what: 'text', value: NaN, ok: false },
  ].map((c) => ({ ...c, text: c.what === 'NaN' ? 'NaN' : c.what === 'text' ? 'fast' : formatNumber(c.value) })),
})));

it('there are parameters to test in every drill (the tables below are not empty)', () => {
  expect(scenarios.length).toBe(files.length);
  for (const s of scenarios) expect(Object.keys(s.params ?? {}).length, s.id).toBeGreaterThan(0);
  expect(rows.every((r) => r.step > 0 && r.min < r.max)).toBe(true);
});

describe.each(rows.map((r) => [`${r.drill.id} ${r.name} (${r.min}–${r.max} by ${r.step})`, r] as const))('%s', (_, r) => {
  it('the address takes min and max, and refuses the rest with a notice that quotes it', () => {
    for (const c of r.cases) {
      const got = parseAddress(`?drill=${r.drill.id}&${r.name}=${encodeURIComponent(c.text)}`, drills);
      expect(got.state.drill).toBe(r.drill.id);
      if (c.ok) {
        expect(got.notices, c.what).toEqual([]);
        expect(got.state.params[r.name], c.what).toBe(c.value);
        // And a link written for it reads back the same.
        const again = parseAddress(formatAddress(got.state, got.state.params), drills);
        expect(again.state.params[r.name]).toBe(c.value);
      } else {
        expect(got.state.params, c.what).toEqual({});
        const why = Number.isFinite(Number(c.text)) ? `is outside ${r.min}–${r.max} ${r.unit}: using the default` : `is not a number: using`;
        expect(got.notices, c.what).toEqual([expect.stringContaining(`${r.label} "${c.text}" ${why}`)]);
      }
    }
  });

  it('--set takes min and max, and refuses the rest naming the parameter and its range', () => {
    for (const c of r.cases) {
      const arg = `${r.name}=${c.text}`;
      if (!Number.isFinite(Number(c.text))) {
        expect(() => parseSets('run', [arg]), c.what).toThrow(`run: --set ${arg}: expected a number after "=", got "${c.text}"`);
        continue;
      }
      const { values } = parseSets('run', [arg]);
      expect(values[r.name]).toBe(c.value);
      const problems = checkParamValues(r.drill, values);
      if (c.ok) expect(problems, c.what).toEqual([]);
      else expect(problems, c.what).toEqual([{ path: `$.params.${r.name}`, message: `${r.name} = ${c.value} is outside its range ${r.min}–${r.max} ${r.unit}`.trim() }]);
    }
  });

  it('--vary takes a range from min to max, and refuses one reaching past either end', () => {
    const axes = sweepAxes(r.drill, [{ name: r.name, from: r.min, to: r.max, step: r.step }], Infinity);
    expect(axes[0].values[0]).toBe(r.min);
    expect(axes[0].values.at(-1)).toBeLessThanOrEqual(r.max);
    expect(axes[0].values.at(-1)).toBeGreaterThan(r.max - r.step - 1e-9);
    for (const c of r.cases) {
      // One end at the case's value, the other just inside the range.
      const axis = c.value < r.min || c.what === 'min' ? { from: c.value, to: r.min } : { from: r.max, to: c.value };
      const attempt = () => sweepAxes(r.drill, [{ name: r.name, step: r.step, ...axis }]);
      if (c.ok) expect(attempt()[0].values, c.what).toEqual([c.value]);
      else if (Number.isNaN(c.value)) expect(attempt, c.what).toThrow(new SweepError(`${r.name}: FROM, TO and STEP must be numbers`, r.name));
      else expect(attempt, c.what).toThrow(new SweepError(`${r.name} = ${c.value} is outside its range ${r.min}–${r.max} ${r.unit}`.trim(), r.name));
    }
  });

  it('the drill file takes a default or a stage value of min or max, and refuses the rest by its JSON path', () => {
    for (const c of r.cases) {
      const raw = JSON.parse(readFileSync(`scenarios/${r.drill.id}.json`, 'utf8'));
      const json = c.what === 'text' ? 'fast' : Number.isNaN(c.value) ? null : c.value; // JSON has no NaN: null is its stand-in
      raw.params[r.name].default = json;
      // The edge stage first; the drill's own stages kept by name only (a player may play in them alone).
      raw.variations = [{ id: 'edge', title: 'Edge', set: { [r.name]: json } }, ...(raw.variations ?? []).map((v: { id: string; title: string }) => ({ id: v.id, title: v.title }))];
      const problems = validateScenario(raw).map((p) => `${p.path}: ${p.message}`);
      if (c.ok) {
        expect(problems, c.what).toEqual([]);
        continue;
      }
      expect(problems.some((p) => p.startsWith(`$.params.${r.name}.default: `)), `${c.what}: ${problems.join(' | ')}`).toBe(true);
      expect(problems.some((p) => p.startsWith(`$.variations[0].set.${r.name}: `)), `${c.what}: ${problems.join(' | ')}`).toBe(true);
      if (typeof json === 'number') {
        expect(problems).toContain(`$.params.${r.name}.default: expected a default within ${r.min}–${r.max}, got ${c.value}`);
        expect(problems).toContain(`$.variations[0].set.${r.name}: expected ${r.name} within ${r.min}–${r.max} ${r.unit}, got ${c.value}`);
      }
    }
  });
});

describe('the seed and the frame, the other numbers a user gives', () => {
  const s = drills[0].scenario;
  const own = s.seed ?? 1;
  it.each([
    ['-1', false], ['0', true], [String(MAX_SEED), true], [String(MAX_SEED + 1), false], ['NaN', false], ['fast', false], ['2.5', false],
  ] as const)('the address: seed=%s', (text, ok) => {
    const got = parseAddress(`?seed=${text}`, drills);
    if (ok) {
      expect(got.state.seed).toBe(Number(text));
      expect(got.notices).toEqual([]);
    } else {
      expect(got.state.seed).toBe(own);
      expect(got.notices).toEqual([`Seed "${text}" is not a whole number from 0 to ${MAX_SEED}: using ${own}.`]);
    }
  });

  it.each([['-1', false], ['0', true], ['9999999', true], ['10000000', false], ['NaN', false], ['fast', false], ['2.5', false]] as const)(
    'the address: tick=%s', (text, ok) => {
      const got = parseAddress(`?tick=${text}`, drills);
      if (ok) expect([got.state.tick, got.notices]).toEqual([Number(text), []]);
      else expect([got.state.tick, got.notices]).toEqual([undefined, [`Frame "${text}" is not a frame number: starting from the beginning.`]]);
    },
  );

  it.each([
    ['--seed', 0, MAX_SEED], ['--seeds', 1, 10_000],
  ] as const)('the command line: %s from %i to %i', (option, min, max) => {
    for (const [text, ok] of [[String(min - 1), false], [String(min), true], [String(max), true], [String(max + 1), false], ['NaN', false], ['fast', false], ['2.5', false]] as const) {
      if (ok) expect(parseWhole('sweep', option, text, min, max)).toBe(Number(text));
      else expect(() => parseWhole('sweep', option, text, min, max), text).toThrow(`sweep: ${option} ${text}: expected a whole number ${min}–${max}`);
    }
  });
});

describe('the command line, end to end, at the edges of one range', () => {
  // The in-process tables above cover every parameter; here the real bin shows the same refusals.
  const s = scenarios.find((x) => x.id === 'in-behind')!;
  const p = s.params!.runStart;
  const below = formatNumber(typed(p.min - p.step)), above = formatNumber(typed(p.max + p.step));

  it('--set and --vary below the minimum, above the maximum, NaN and text exit 2 with one message', async () => {
    const file = 'scenarios/in-behind.json';
    const runs = await Promise.all([
      onside('run', file, '--set', `runStart=${below}`),
      onside('run', file, '--set', 'runStart=NaN'),
      onside('sweep', file, '--vary', `runStart=${below}:${p.min}:${p.step}`),
      onside('sweep', file, '--vary', `runStart=${p.max}:${above}:${p.step}`),
      onside('sweep', file, '--vary', `runStart=NaN:${p.max}:${p.step}`),
      onside('sweep', file, '--vary', `runStart=fast:${p.max}:${p.step}`),
      onside('run', file, '--set', `runStart=${formatNumber(p.min)}`),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2, 2, 0]);
    expect(runs.slice(0, 6).map((r) => r.stdout)).toEqual(['', '', '', '', '', '']);
    expect(runs[0].stderr).toMatch(new RegExp(`^onside run: --set runStart=${below}: runStart = ${below} is outside its range ${p.min}–${p.max} s$`, 'm'));
    expect(runs[1].stderr).toMatch(/^onside run: --set runStart=NaN: expected a number after "=", got "NaN"$/m);
    expect(runs[2].stderr).toMatch(new RegExp(`^onside sweep: --vary runStart=${below}:${p.min}:${p.step}: runStart = ${below} is outside its range`, 'm'));
    expect(runs[3].stderr).toMatch(new RegExp(`^onside sweep: --vary runStart=${p.max}:${above}:${p.step}: runStart = ${above} is outside its range`, 'm'));
    expect(runs[4].stderr).toMatch(/^onside sweep: --vary runStart=NaN:.*: expected NAME=FROM:TO:STEP/m);
    expect(runs[5].stderr).toMatch(/^onside sweep: --vary runStart=fast:.*: expected NAME=FROM:TO:STEP/m);
    expect(JSON.parse(runs[6].stdout).params.runStart).toBe(p.min);
  });
});
