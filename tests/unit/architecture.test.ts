import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseSync, Visitor } from 'vite';
import { describe, expect, it } from 'vitest';
import { circleName, circles, resolveImport, type Graph } from './import-graph';

// design.md: core is pure and deterministic; dependencies point one way:
// core ← scenario ← analysis ← view ← render ← ui and analysis ← cli; only bin/ starts the cli.
// The cli may also read view (pure display facts, no DOM) to draw the pictures the viewer draws (--plot).
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(m|c)?[jt]sx?$/.test(p) ? [p] : [];
  });
}

/** The code without its comments (prose mentioning Math.random does not count), cut where the parser
 * finds them, so a string such as '../*.json' does not start one. */
function code(text: string, name = 'x.ts'): string {
  let out = text;
  for (const c of [...parseSync(name, text).comments].reverse()) out = out.slice(0, c.start) + out.slice(c.end);
  return out;
}

const FORBIDDEN_IN_CORE: Array<[RegExp, string]> = [
  [/Math\.random\s*\(/, 'Math.random'],
  [/Date\.now\s*\(/, 'Date.now'],
  [/new Date\s*\(/, 'new Date'],
  [/performance\.now\s*\(/, 'performance.now'],
  [/\b(window|document|navigator|localStorage|requestAnimationFrame)\b/, 'the DOM'],
  // Not correctly rounded, so not the same bits in every engine: use src/core/detmath.ts.
  [/Math\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|cbrt|hypot)\s*\(/, 'Math functions that differ between engines'],
];

/** The src/ layers each layer may import (besides itself). A new folder in src/ must be added here. */
const MAY_IMPORT: Record<string, string[]> = {
  core: [],
  scenario: ['core'],
  analysis: ['core', 'scenario'],
  view: ['core', 'scenario', 'analysis'],
  render: ['core', 'scenario', 'analysis', 'view'],
  ui: ['core', 'scenario', 'analysis', 'view', 'render'],
  cli: ['core', 'scenario', 'analysis', 'view'],
};
/** Packages only some layers may use: the drawing library, and Node's built-ins. */
const PACKAGE_LAYERS: Array<[(spec: string) => boolean, string, string[]]> = [
  [(s) => s === 'pixi.js' || s.startsWith('pixi.js/'), 'pixi.js', ['render', 'ui']],
  // The declarative panels: only the browser app builds DOM.
  [(s) => s === 'preact' || s.startsWith('preact/') || s.startsWith('@preact/'), 'preact', ['ui']],
  // scenario and analysis run in the browser too (the sweep's Web Workers): only the cli may.
  [(s) => s.startsWith('node:') || builtinModules.includes(s.split('/')[0]), 'Node built-ins', ['cli']],
];

type Spec = { spec: string | null; kind: string };

/** A string the bundler can read statically: a literal, a template with no `${}`, or an array of them (a glob). */
function literal(n: any): string[] | null {
  if (n?.type === 'Literal' && typeof n.value === 'string') return [n.value];
  if (n?.type === 'TemplateLiteral' && n.expressions.length === 0) return [n.quasis[0].value.cooked];
  if (n?.type === 'ArrayExpression') {
    const all = n.elements.map(literal);
    return all.every(Boolean) ? all.flat() : null;
  }
  return null;
}
const isImportMeta = (n: any) => n?.type === 'MetaProperty' && n.meta.name === 'import' && n.property.name === 'meta';

/** Every module a file depends on, static or not: import/export … from, import(), import x = require(),
 * require(), typeof import(), import.meta.glob() and new URL(…, import.meta.url). null: computed. */
function importsOf(text: string, name = 'x.ts'): Spec[] {
  const parsed = parseSync(name, text);
  if (parsed.errors.length) throw new Error(`${name}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const out: Spec[] = [];
  const add = (kind: string, n: any) => {
    const s = literal(n);
    if (s) for (const spec of s) out.push({ spec, kind });
    else out.push({ spec: null, kind });
  };
  new Visitor({
    ImportDeclaration: (n: any) => add('import', n.source),
    ExportNamedDeclaration: (n: any) => { if (n.source) add('export from', n.source); },
    ExportAllDeclaration: (n: any) => add('export from', n.source),
    ImportExpression: (n: any) => add('dynamic import()', n.source),
    TSImportType: (n: any) => add('import() type', n.source),
    TSExternalModuleReference: (n: any) => add('import = require()', n.expression),
    CallExpression: (n: any) => {
      const c = n.callee;
      if (c.type === 'Identifier' && c.name === 'require') add('require()', n.arguments[0]);
      if (c.type === 'MemberExpression' && isImportMeta(c.object) && c.property.name === 'glob') add('import.meta.glob()', n.arguments[0]);
    },
    NewExpression: (n: any) => {
      const [what, base] = n.arguments;
      if (n.callee.type === 'Identifier' && n.callee.name === 'URL' && base?.type === 'MemberExpression' && isImportMeta(base.object)) add('new URL(…, import.meta.url)', what);
    },
  }).visit(parsed.program);
  return out;
}

const ROOT = resolve('.');
const SRC = resolve('src');

/** Where a specifier lands: the src/ layer it resolves into, 'outside' (assets/, package.json…), or a package name. */
function target(file: string, spec: string): { layer: string } | { outside: string } | { pkg: string } {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return { pkg: spec };
  const abs = spec.startsWith('/') ? join(ROOT, spec) : resolve(dirname(resolve(file)), spec);
  const rel = relative(SRC, abs);
  if (rel.startsWith('..') || rel === '') return { outside: relative(ROOT, abs) };
  return { layer: rel.split(sep)[0] };
}

/** The rule broken by one dependency of a file in src/<layer>, or null. */
function violation(layer: string, file: string, s: Spec): string | null {
  if (s.spec === null) return `${file}: a computed ${s.kind} that cannot be checked`;
  const t = target(file, s.spec);
  if ('layer' in t) {
    if (t.layer === layer || MAY_IMPORT[layer].includes(t.layer)) return null;
    if (!(t.layer in MAY_IMPORT)) return `${file}: ${s.kind} '${s.spec}' lands in src/${t.layer}, not a known layer`;
    return `${file}: ${s.kind} '${s.spec}' reaches src/${t.layer}, which src/${layer} may not use`;
  }
  if ('pkg' in t) {
    for (const [is, what, who] of PACKAGE_LAYERS) if (is(t.pkg) && !who.includes(layer)) return `${file}: ${s.kind} '${s.spec}': ${what} in src/${layer}`;
  }
  return null;
}

function intoCli(file: string, spec: string): boolean {
  const t = target(file, spec);
  return 'layer' in t && t.layer === 'cli';
}

function layerViolations(layer: string): string[] {
  return files(`src/${layer}`).flatMap((f) => importsOf(readFileSync(f, 'utf8'), f).map((s) => violation(layer, f, s)).filter((v): v is string => v !== null));
}

/** The import graph of a set of sources (path relative to the root, '/'-separated → text): edges only between them. */
function graphOf(sources: Map<string, string>): Graph {
  const g: Graph = new Map();
  for (const [f, text] of sources) {
    const to = importsOf(text, f).flatMap((s) => (s.spec === null ? [] : [resolveImport(f, s.spec, (p) => sources.has(p))]));
    g.set(f, [...new Set(to.filter((t): t is string => t !== null))]);
  }
  return g;
}

/** Every source file of src/, every layer, with its text. */
function srcSources(): Map<string, string> {
  return new Map(files('src').map((f) => [f.split(sep).join('/'), readFileSync(f, 'utf8')]));
}


describe('architecture', () => {
  it('every folder of src/ is a layer with rules', () => {
    const dirs = readdirSync('src').filter((d) => statSync(join('src', d)).isDirectory());
    expect(dirs.sort()).toEqual(Object.keys(MAY_IMPORT).sort());
    expect(readdirSync('src').filter((d) => !statSync(join('src', d)).isDirectory())).toEqual([]); // no file outside a layer
  });

  it('src/core touches no DOM, Math.random, Date.now or engine-dependent Math', () => {
    const bad: string[] = [];
    for (const f of files('src/core')) {
      const c = code(readFileSync(f, 'utf8'), f);
      for (const [re, what] of FORBIDDEN_IN_CORE) if (re.test(c)) bad.push(`${f} uses ${what}`);
    }
    expect(bad).toEqual([]);
  });

  it('src/view touches no DOM and no Math.random: what it works out is the same in a test as on the page', () => {
    const fences = FORBIDDEN_IN_CORE.filter(([, what]) => what === 'Math.random' || what === 'the DOM');
    // '../analysis/window' is a path and 'In the window' a coach's words, not the DOM: quoted text is blanked
    const bare = (f: string) => code(readFileSync(f, 'utf8'), f).replace(/'(?:[^'\\\n]|\\.)*'/g, "''");
    const bad = files('src/view').flatMap((f) => fences.filter(([re]) => re.test(bare(f))).map(([, w]) => `${f} uses ${w}`));
    expect(bad).toEqual([]);
  });

  it('src/analysis uses no engine-dependent Math either: a sweep cell in the browser is the one in Node, to the bit', () => {
    const engineMath = FORBIDDEN_IN_CORE.at(-1)!;
    const bad = files('src/analysis').filter((f) => engineMath[0].test(code(readFileSync(f, 'utf8'), f)));
    expect(bad).toEqual([]);
  });

  it('the code check itself catches a violation, and not one in a comment', () => {
    const found = (text: string) => FORBIDDEN_IN_CORE.filter(([re]) => re.test(code(text))).map(([, w]) => w);
    expect(found("const r = Math.random() + Math.exp(1) + Date.now();\ndocument.title = '';")).toEqual(['Math.random', 'Date.now', 'the DOM', 'Math functions that differ between engines']);
    expect(found('// not Math.random() but detmath.exp\n/* Date.now() */ const x = 1;')).toEqual([]);
    expect(found("const g = '../*.json';\nconst r = Math.random(); // */")).toEqual(['Math.random']); // a string is no comment
  });

  for (const [layer, may] of Object.entries(MAY_IMPORT)) {
    it(`src/${layer} imports only ${may.length ? may.join(', ') : 'itself'}${layer === 'cli' ? '' : ', and no Node built-ins'}${layer === 'render' || layer === 'ui' ? '' : ', no pixi.js'}`, () => {
      expect(layerViolations(layer)).toEqual([]);
    });
  }

  it('nothing imports src/cli but src/cli itself and bin/ (tests may)', () => {
    const importers = ['src', 'bench', 'tools', 'bin'].flatMap((d) => files(d)).filter((f) => !f.startsWith(join('src', 'cli')));
    const bad = importers.flatMap((f) => importsOf(readFileSync(f, 'utf8'), f)
      .filter((s) => s.spec !== null && intoCli(f, s.spec))
      .map((s) => `${f}: ${s.kind} '${s.spec}'`));
    expect(bad.filter((b) => !b.startsWith(`bin${sep}`))).toEqual([]);
    expect(bad.some((b) => b.startsWith(`bin${sep}onside.js`)), 'bin/onside.js starts the cli (else this check sees nothing)').toBe(true);
  });

  it('no import circles anywhere in src/ (types count too: a circle of types is a circle of meaning)', () => {
    expect(circles(graphOf(srcSources())).map(circleName)).toEqual([]);
  });

  it('the circle check itself finds a made-up circle, through types, folders, indexes and extensions', () => {
    const tree = new Map([
      ['src/core/a.ts', "import { b } from './b';"],
      ['src/core/b.ts', "import type { C } from './deep/c.js';"],
      ['src/core/deep/c.ts', "export * from '../a';"],
      ['src/core/lone.ts', "import { a } from './a'; import './lone';"], // itself: a circle of one
      ['src/ui/p.tsx', "import { q } from './q'; export const P = () => <div />;"],
      ['src/ui/q/index.ts', "const m = await import('../p');"],
      ['src/ui/r.ts', "import { p } from './p'; import x from 'preact';"], // leads into a circle: not in it
    ]);
    expect(circles(graphOf(tree)).map(circleName)).toEqual([
      'src/core/a.ts ↔ src/core/b.ts ↔ src/core/deep/c.ts',
      'src/core/lone.ts',
      'src/ui/p.tsx ↔ src/ui/q/index.ts',
    ]);
    tree.set('src/core/deep/c.ts', 'export const c = 1;');
    tree.set('src/core/lone.ts', "import { a } from './a';");
    tree.set('src/ui/q/index.ts', "import { r } from '../r';"); // a longer way round
    expect(circles(graphOf(tree)).map(circleName)).toEqual(['src/ui/p.tsx ↔ src/ui/q/index.ts ↔ src/ui/r.ts']);
  });

  it('the layer check itself finds a made-up breach in a tree of files, as the real check reads them', () => {
    const tree = new Map([
      ['src/core/world.ts', "import { sweep } from '../analysis/sweep';"],
      ['src/analysis/sweep.ts', "import type { World } from '../core/world';"],
      ['src/ui/panel.tsx', "import { world } from '../core/world'; export const P = () => <b />;"],
    ]);
    const bad = [...tree].flatMap(([f, text]) => importsOf(text, f).map((s) => violation(f.split('/')[1], f, s)).filter(Boolean));
    expect(bad).toEqual(["src/core/world.ts: import '../analysis/sweep' reaches src/analysis, which src/core may not use"]);
    expect(circles(graphOf(tree)).map(circleName)).toEqual(['src/analysis/sweep.ts ↔ src/core/world.ts']);
  });

  // The checks on a sample of each way in: any depth, dynamic, re-exports, types, globs, URLs.
  const cases: Array<[string, string, string | null]> = [
    ['src/core/behaviours/zone.ts', "import { resolveDrill } from '../../scenario/resolve';", "reaches src/scenario"],
    ['src/core/behaviours/zone.ts', "import type { Trace } from '../trace';", null],
    ['src/core/behaviours/zone.ts', "import { v } from '../../core/vec';", null],
    ['src/core/a/b/c.ts', "export * from '../../../render/scene';", 'reaches src/render'],
    ['src/core/sim.ts', "const p = await import('pixi.js');", 'pixi.js in src/core'],
    ['src/core/sim.ts', "const f = await import(`./${name}`);", 'computed dynamic import()'],
    ['src/core/sim.ts', "const u = await import('../ui/main');", 'reaches src/ui'],
    ['src/core/sim.ts', "type S = typeof import('../analysis/sweep');", 'reaches src/analysis'],
    ['src/core/sim.ts', "import fs = require('node:fs');", 'Node built-ins in src/core'],
    ['src/core/sim.ts', "import { readFileSync } from 'fs';", 'Node built-ins in src/core'],
    ['src/core/sim.ts', "// import('../ui/main')\nconst s = \"import('../cli/main')\";", null],
    ['src/core/sim.ts', "import '/src/render/scene';", 'reaches src/render'],
    ['src/core/sim.ts', "import x from '../stray';", 'not a known layer'],
    ['src/scenario/load.ts', "import { run } from '../cli/run';", 'reaches src/cli'],
    ['src/analysis/sweep.ts', "import { resolveDrill } from '../scenario/resolve';", null],
    ['src/analysis/sweep.ts', "const w = new URL('../ui/sweep-worker.ts', import.meta.url);", 'reaches src/ui'],
    ['src/render/scene.ts', "import { Application } from 'pixi.js';", null],
    ['src/render/scene.ts', "import { verdicts } from '../view/verdicts';", null],
    ['src/render/scene.ts', "import { store } from '../ui/state/store';", 'reaches src/ui'],
    ['src/view/race.ts', "import { Graphics } from 'pixi.js';", 'pixi.js in src/view'],
    ['src/view/race.ts', "import { drawPitch } from '../render/pitch-markings';", 'reaches src/render'],
    ['src/view/race.ts', "import { h } from 'preact';", 'preact in src/view'],
    ['src/render/scene.ts', "import { signal } from '@preact/signals';", 'preact in src/render'],
    ['src/ui/app.ts', "const FILES = import.meta.glob('../../scenarios/*.json');", null],
    ['src/ui/app.ts', "const m = await import('../cli/main');", 'reaches src/cli'],
    ['src/cli/run.ts', "import { sweep } from '../analysis/sweep';", null],
    ['src/cli/run.ts', "import schema from '../../assets/offside-snapshot.schema.json';", null],
    ['src/cli/run.ts', "import { Application } from 'pixi.js';", 'pixi.js in src/cli'],
    ['src/cli/run.ts', "import { scene } from '../render/scene';", 'reaches src/render'],
  ];
  it.each(cases)('%s: %s → %s', (file, text, want) => {
    const layer = file.split('/')[1];
    const got = importsOf(text, file).map((s) => violation(layer, file, s)).filter(Boolean);
    if (want === null) expect(got).toEqual([]);
    else expect(got.length === 1 && got[0]!.includes(want), got.join(' | ')).toBe(true);
  });
});
