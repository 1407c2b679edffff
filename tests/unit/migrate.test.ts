import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { simulate } from '../../src/core/simulate';
import { parseScenario } from '../../src/scenario/load';
import { DRILL_VERSION, migrateData, migrateText } from '../../src/scenario/migrate';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';

// Drill files carry a format version; version-1 files (no "version") keep loading, migrated by
// code, and `onside migrate` writes the version in without touching the rest of the layout.

const V1 = 'tests/fixtures/through-pass-v1.json';
const dir = mkdtempSync(join(tmpdir(), 'onside-migrate-'));

function cli(args: string[]): { code: number; out: string[] } {
  const out: string[] = [];
  const code = main(args, { out: (l) => out.push(...l.split('\n')), err: (l) => out.push(...l.split('\n')) });
  if (typeof code !== 'number') throw new Error('main answered later: in-process, with no threads given, every command answers at once');
  return { code, out };
}

describe('drill format versions', () => {
  it('the fixture is a version-1 file: no version field', () => {
    expect(JSON.parse(readFileSync(V1, 'utf8'))).not.toHaveProperty('version');
  });

  it('a version-1 file loads as version 2 and runs exactly as its migrated copy does', () => {
    const old = parseScenario(readFileSync(V1, 'utf8'), V1);
    const now = parseScenario(readFileSync('scenarios/through-pass.json', 'utf8'), 'through-pass.json');
    expect(old.version).toBe(DRILL_VERSION);
    expect(old).toEqual(now);
    const run = (s: typeof old) => simulate(resolveDrill(s, paramValues(s)), 7);
    const [a, b] = [run(old), run(now)];
    expect(a.events).toEqual(b.events);
    expect(Array.from(a.frames)).toEqual(Array.from(b.frames));
  });

  it('migrateData puts the version after $schema and changes nothing else; a current file is left as it is', () => {
    const d = { $schema: 'x.json', id: 'a', title: 'A', agents: [], script: [] };
    const r = migrateData(d);
    expect(r).toEqual({ from: 1, data: { $schema: 'x.json', version: 2, id: 'a', title: 'A', agents: [], script: [] } });
    expect(Object.keys((r as { data: object }).data)).toEqual(['$schema', 'version', 'id', 'title', 'agents', 'script']);
    expect(d).not.toHaveProperty('version'); // a copy: the caller's data is not changed
    const cur = { version: 2, id: 'a' };
    expect(migrateData(cur)).toEqual({ from: 2, data: cur });
    expect(migrateData({ version: 1, id: 'a' })).toEqual({ from: 1, data: { version: 2, id: 'a' } });
  });

  it('a version newer than this build, or not a version at all, is refused with a message', () => {
    expect(migrateData({ version: 3 })).toEqual({ problem: { path: '$.version', message: 'this Onside reads drill files up to version 2; the file is version 3, from a newer Onside' } });
    expect(migrateData({ version: '2' })).toEqual({ problem: { path: '$.version', message: 'expected a format version 1–2, got "2"' } });
    expect(migrateData({ version: 1.5 })).toEqual({ problem: { path: '$.version', message: 'expected a format version 1–2, got 1.5' } });
    const file = join(dir, 'future.json');
    writeFileSync(file, JSON.stringify({ version: 3, id: 'a', title: 'A', agents: [], script: [] }));
    const r = cli(['validate', file]);
    expect(r).toEqual({ code: 1, out: [`${file}: $.version: this Onside reads drill files up to version 2; the file is version 3, from a newer Onside`] });
  });

  it('migrateText keeps the layout: the only change is one line, "version": 2, after "$schema"', () => {
    const text = readFileSync(V1, 'utf8');
    const r = migrateText(text);
    if ('problem' in r) throw new Error(r.problem.message);
    const before = text.split('\n'), after = r.text.split('\n');
    expect(after.length).toBe(before.length + 1);
    expect(after[2]).toBe('  "version": 2,');
    expect(after.filter((_, k) => k !== 2)).toEqual(before);
    expect(r.text).toBe(readFileSync('scenarios/through-pass.json', 'utf8')); // how the drill was migrated
  });

  it('onside migrate writes the version into a copy, then says it is current', () => {
    const file = join(dir, 'through-pass.json');
    copyFileSync(V1, file);
    expect(cli(['migrate', file])).toEqual({ code: 0, out: [`${file}: version 1 → 2`] });
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(2);
    expect(cli(['migrate', file])).toEqual({ code: 0, out: [`${file}: already version 2`] });
    expect(cli(['validate', file])).toEqual({ code: 0, out: [`${file}: ok`] });
  });

  it('onside migrate leaves an invalid file as it is, with its problems', () => {
    const file = join(dir, 'bad.json');
    const text = '{ "id": "bad", "title": "B", "agents": [], "script": [] }';
    writeFileSync(file, text);
    const r = cli(['migrate', file]);
    expect(r.code).toBe(1);
    expect(r.out[0]).toBe(`${file}: $.agents: expected at least 1 item(s)`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('the six shipped drills are at the current version', () => {
    for (const f of ['back-post-cross', 'defender-recovery', 'end-zone-game', 'in-behind', 'through-pass', 'two-v-one']) {
      expect(JSON.parse(readFileSync(`scenarios/${f}.json`, 'utf8')).version, f).toBe(DRILL_VERSION);
    }
  });
});
