import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/ui/state/drill-library';
import { snap } from '../../src/view/slider-grid';

// The drill list: every bundled file, the session's order, broken files kept with their error.

const good = readFileSync('scenarios/through-pass.json', 'utf8');

describe('drill library', () => {
  it('bundles every file in scenarios/', () => {
    const lib = loadLibrary();
    const onDisk = readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort();
    expect(lib.map((e) => e.file).sort()).toEqual(onDisk);
    expect(lib.filter((e) => e.error).map((e) => e.error)).toEqual([]); // the shipped drills all load
    expect(lib[0].id).toBe('through-pass'); // the session starts with stage 1
  });

  it('keeps a broken file in the list with its error, in theme and session order', () => {
    const lib = loadLibrary({
      '../../scenarios/zzz.json': good.replace('"through-pass"', '"zzz"'),
      '../../scenarios/broken.json': '{ "id": "broken", ',
      '../../scenarios/bad-field.json': JSON.stringify({ id: 'bad-field', title: 'x', agents: [], script: [], speed: 3 }),
      '../../scenarios/through-pass.json': good,
    });
    // By theme first: zzz is a copy of through-pass (running in behind); broken files have no theme and come last.
    expect(lib.map((e) => e.id)).toEqual(['through-pass', 'zzz', 'bad-field', 'broken']);
    const broken = lib.find((e) => e.id === 'broken')!;
    expect(broken.scenario).toBeUndefined();
    expect(broken.error).toMatch(/^broken\.json: \$: expected valid JSON/);
    expect(lib.find((e) => e.id === 'bad-field')!.error).toMatch(/bad-field\.json: \$: unknown field "speed"/);
  });
});

describe('drill ids', () => {
  it('two files with the same id: the first by file name loads, the second is kept broken, saying why', () => {
    const lib = loadLibrary({
      '../../scenarios/through-pass.json': good,
      '../../scenarios/copy.json': good,
    });
    expect(lib.map((e) => [e.file, e.error ?? null])).toEqual([
      ['copy.json', null],
      ['through-pass.json', 'through-pass.json: $.id: expected an id no other drill has, but "through-pass" is copy.json\'s (a link names a drill by its id)'],
    ]);
    expect(lib[1].scenario).toBeUndefined();
  });
});

describe('slider values', () => {
  it.each([[0.6000000001, 0, 0.05, 0.6], [0.1 + 0.2, 0, 0.1, 0.3], [17.26, 8, 0.5, 17.5], [-11.74, -12, 0.5, -11.5]])('snap(%f, min %f, step %f) = %f', (v, min, step, out) => {
    expect(snap(v, min, step)).toBe(out);
  });
});
