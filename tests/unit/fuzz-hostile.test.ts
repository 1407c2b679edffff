import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { fuzzParams, fuzzTimeout, validDrill } from './fuzz-drills';

// Hostile files and command lines, mutated at random from valid drills, through main(): the
// very function bin/onside.js calls, in-process (a handful of real processes are spawned in
// hostile-input.test.ts). Whatever the input: exit 0, 1 or 2 (never 3, an internal error), at
// most MAX_PROBLEMS lines of bounded length, and no stack trace. Seeded like fuzz-engine.

const MAX_LINE = 400; // characters: a problem line names the file, a path and what was expected
const MAX_LINES = 22; // twenty problems, the "… and N more" line, and the usage hint
const dir = mkdtempSync(join(tmpdir(), 'onside-fuzz-'));
let n = 0;

interface Ran { code: number; out: string[]; err: string[] }
function cli(args: string[]): Ran {
  const out: string[] = [], err: string[] = [];
  const code = main(args, { out: (l) => out.push(...l.split('\n')), err: (l) => err.push(...l.split('\n')) });
  if (typeof code !== 'number') throw new Error('main answered later: in-process, with no threads given, every command answers at once');
  return { code, out, err };
}

/** What must hold of every answer to hostile input; `lines` are what it printed about it. */
function sane(r: Ran, lines: string[], what: string): void {
  const said = lines.join('\n');
  expect(r.code, `${what}: exit ${r.code}: ${said.slice(0, 300)}`).toBeLessThan(3);
  expect(lines.length, `${what}: ${lines.length} lines`).toBeLessThanOrEqual(MAX_LINES);
  const long = lines.find((l) => l.length > MAX_LINE);
  expect(long, `${what}: a line of ${long?.length} characters`).toBeUndefined();
  expect(said).not.toMatch(/\n\s+at .*\(|node:internal|internal error|(^|\W)[A-Z]\w*Error: /m);
}

const WEIRD_VALUES: unknown[] = [null, true, false, '', 'x', '$', '$nope', '$t0 + 99999', '$t0 * 2', 'x'.repeat(10_000), '__proto__', [], [[[]]], {}, { __proto__: null, toString: 1 },
  -1, 0, 1e308, -1e308, 5e-324, 123456789, 0.1, 1e21, Array.from({ length: 300 }, (_, k) => k), { x: 'a'.repeat(5000) }];
const WEIRD_KEYS = ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf', 'prototype', 'k'.repeat(5000), 'extra', '', '$ref', 'x'];
const NUMBER_TEXT = ['1e999', '-1e999', '1e-999', '99999999999999999999999', '-0', '0.0000000000000000000001', '1E400'];

type Json = Record<string, unknown> | unknown[];
/** Every place in a JSON tree: [parent, key]. */
function places(v: unknown, out: Array<[Json, string | number]> = []): Array<[Json, string | number]> {
  if (Array.isArray(v)) v.forEach((x, k) => { out.push([v, k]); places(x, out); });
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push([v as Json, k]); places(x, out); }
  return out;
}
function objects(v: unknown): Json[] {
  const out: Json[] = [v as Json];
  for (const [p, k] of places(v)) { const x = (p as Record<string | number, unknown>)[k]; if (x && typeof x === 'object') out.push(x as Json); }
  return out;
}

/** A mutation: the drill's data in, the file text out. `r` picks where and what. */
type Mutation = (d: Record<string, unknown>, r: () => number) => string;
const at = <T,>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)];
const MUTATIONS: Record<string, Mutation> = {
  value: (d, r) => { const [p, k] = at(places(d), r); (p as Record<string | number, unknown>)[k] = at(WEIRD_VALUES, r); return JSON.stringify(d); },
  remove: (d, r) => { const [p, k] = at(places(d), r); if (Array.isArray(p)) p.splice(k as number, 1); else delete p[k as string]; return JSON.stringify(d); },
  key: (d, r) => {
    const o = at(objects(d).filter((x) => !Array.isArray(x)), r) as Record<string, unknown>;
    Object.defineProperty(o, at(WEIRD_KEYS, r), { value: at(WEIRD_VALUES, r), enumerable: true, configurable: true, writable: true });
    return JSON.stringify(d);
  },
  stageSet: (d, r) => {
    d.variations = [{ id: 's', title: 'S', set: JSON.parse(`{"${at(WEIRD_KEYS.slice(0, 7), r)}": ${Math.floor(r() * 10)}}`) }];
    return JSON.stringify(d);
  },
  many: (d, r) => { const a = at(objects(d).filter(Array.isArray), r) as unknown[]; if (a.length) a.push(...Array.from({ length: 60 }, () => structuredClone(a[0]))); return JSON.stringify(d); },
  number: (d, r) => { const t = JSON.stringify(d, null, 1); const nums = [...t.matchAll(/-?\d+(\.\d+)?(e[-+]?\d+)?/gi)]; if (!nums.length) return t; const m = at(nums, r); return t.slice(0, m.index) + at(NUMBER_TEXT, r) + t.slice(m.index! + m[0].length); },
  truncate: (d, r) => { const t = JSON.stringify(d, null, 2); return t.slice(0, Math.floor(r() * t.length)); },
  insert: (d, r) => { const t = JSON.stringify(d, null, 2); const k = Math.floor(r() * t.length); return t.slice(0, k) + at(['{', '}', '[', ']', ',', ':', '"', '\\', '\u0000', '\uFEFF', "'", '//', 'NaN', '\u2028', '\ud800'], r) + t.slice(k); },
  duplicate: (d, r) => { const t = JSON.stringify(d, null, 2); const ks = [...t.matchAll(/\n( *)("[^"]+": [^\n{[]+?),?\n/g)]; if (!ks.length) return t; const m = at(ks, r); return t.slice(0, m.index! + 1) + m[1] + m[2] + ',\n' + t.slice(m.index! + 1); },
  deep: (_d, r) => { const k = 60 + Math.floor(r() * 5000); return '['.repeat(k) + ']'.repeat(Math.floor(r() * 2) ? k : 0); },
};

describe('hostile drill files through the command line (in-process)', () => {
  it('validate, then run what validates: exit 0, 1 or 2, bounded lines, no stack', () => {
    const seen: Record<string, number> = {};
    const codes = new Set<number>();
    fc.assert(fc.property(validDrill, fc.constantFrom(...Object.keys(MUTATIONS)), fc.integer({ min: 0, max: 2 ** 31 }), ({ s }, kind, pickSeed) => {
      let x = pickSeed;
      const r = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32); // picks within the case, from its seed
      const text = MUTATIONS[kind](structuredClone(s) as unknown as Record<string, unknown>, r);
      const file = join(dir, `case-${n++}.json`);
      writeFileSync(file, text);
      const v = cli(['validate', file]);
      sane(v, [...v.out, ...v.err], `${kind}: ${file}`);
      expect(v.code).toBeLessThan(2);
      if (v.code === 1) expect(v.out.filter((l) => !l.startsWith(`${file}: $`))).toEqual([]);
      seen[kind] = (seen[kind] ?? 0) + 1;
      codes.add(v.code);
      if (v.code === 0) {
        const run = cli(['run', file, '--trace', join(dir, 'trace.json')]);
        sane(run, run.err, `${kind}: run ${file}`);
        expect(run.code, run.err.join('\n')).toBe(0);
      }
    }), fuzzParams(1500, 20261202));
    // Every kind of mutation was tried, and both answers came up: this is no test of nothing.
    expect(Object.keys(seen).sort()).toEqual(Object.keys(MUTATIONS).sort());
    expect([...codes].sort()).toEqual([0, 1]);
  }, fuzzTimeout(1500));

  it('hostile offside snapshots: exit 0 or 1, bounded lines, no stack', () => {
    const snapshot = {
      pitch: { length: 105, width: 68 }, ball: { x: 60, y: 30 }, restart: 'free-kick',
      attackers: [{ id: 'A', x: 80, y: 30 }, { id: 'B', x: 70, y: 20 }], defenders: [{ id: 'D', x: 78, y: 34 }, { id: 'K', x: 104, y: 34 }],
    };
    const codes = new Set<number>();
    fc.assert(fc.property(fc.constantFrom(...Object.keys(MUTATIONS)), fc.integer({ min: 0, max: 2 ** 31 }), (kind, pickSeed) => {
      let x = pickSeed;
      const r = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
      const file = join(dir, `snap-${n++}.json`);
      writeFileSync(file, MUTATIONS[kind](structuredClone(snapshot) as Record<string, unknown>, r));
      const o = cli(['offside', file]);
      sane(o, o.err, `${kind}: offside ${file}`);
      expect(o.code).toBeLessThan(2);
      codes.add(o.code);
    }), fuzzParams(300, 20261204));
    expect([...codes].sort()).toEqual([0, 1]);
  }, fuzzTimeout(300));

  const optionText = fc.oneof(
    fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...NUMBER_TEXT, 'Infinity', 'NaN', '0x10', '1_000', ' ', '--', '-h1', 'x'.repeat(10_000)),
    fc.double().map(String), fc.integer().map(String),
  );
  it('hostile options on a valid drill: exit 1 or 2 (or 0), bounded lines, no stack', () => {
    const file = join(dir, 'valid.json');
    writeFileSync(file, JSON.stringify(fc.sample(validDrill, { numRuns: 1, seed: 7 })[0].s));
    const shapes: Array<(a: string, b: string) => string[]> = [
      (a, b) => ['run', file, '--set', `${a}=${b}`],
      (_a, b) => ['run', file, '--set', `t0=${b}`],
      (_a, b) => ['run', file, '--seed', b],
      (a) => ['run', file, '--variation', a],
      (a) => ['run', file, '--trace', a],
      (_a, b) => ['sweep', file, '--vary', `t0=${b}:3:0.5`],
      (a, b) => ['sweep', file, '--vary', `${a}=0:1:${b}`],
      (_a, b) => ['sweep', file, '--vary', 't0=0:3:1', '--seeds', b],
      (a) => [a, file],
      (a) => ['validate', `--${a}`, file],
      (a) => ['help', a],
      (a) => ['offside', a],
    ];
    fc.assert(fc.property(fc.integer({ min: 0, max: shapes.length - 1 }), optionText, optionText, (k, a, b) => {
      const r = cli(shapes[k](a, b));
      sane(r, r.err, `shape ${k} with ${JSON.stringify(a).slice(0, 60)} ${JSON.stringify(b).slice(0, 60)}`);
    }), fuzzParams(1000, 20261203));
  }, fuzzTimeout(1000));
});
