import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// design.md: core is pure and deterministic; dependencies point one way.
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function code(p: string): string {
  // Strip comments so that prose mentioning Math.random does not count.
  return readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const FORBIDDEN_IN_CORE: Array<[RegExp, string]> = [
  [/from ['"]pixi\.js['"]/, 'pixi.js'],
  [/Math\.random\s*\(/, 'Math.random'],
  [/Date\.now\s*\(/, 'Date.now'],
  [/new Date\s*\(/, 'new Date'],
  [/performance\.now\s*\(/, 'performance.now'],
  [/\b(window|document|navigator|localStorage|requestAnimationFrame)\b/, 'the DOM'],
  [/from ['"]node:/, 'Node built-ins'],
  // Not correctly rounded, so not the same bits in every engine: use src/core/detmath.ts.
  [/Math\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|cbrt|hypot)\s*\(/, 'Math functions that differ between engines'],
  [/from ['"]\.\.\/(scenario|analysis|render|ui|cli)\//, 'an outer layer'],
];

const LAYERS: Record<string, string[]> = {
  scenario: ['render', 'ui', 'cli', 'analysis'],
  analysis: ['render', 'ui', 'cli'],
  render: ['ui', 'cli', 'scenario', 'analysis'],
};

describe('architecture', () => {
  it('src/core touches no DOM, pixi.js, Math.random, Date.now or outer layer', () => {
    const bad: string[] = [];
    for (const f of files('src/core')) {
      const c = code(f);
      for (const [re, what] of FORBIDDEN_IN_CORE) if (re.test(c)) bad.push(`${f} uses ${what}`);
    }
    expect(bad).toEqual([]);
  });

  it('the check itself catches a violation', () => {
    const sample = "import { Application } from 'pixi.js';\nconst r = Math.random() + Math.exp(1);";
    expect(FORBIDDEN_IN_CORE.filter(([re]) => re.test(sample)).map(([, w]) => w)).toEqual(['pixi.js', 'Math.random', 'Math functions that differ between engines']);
  });

  for (const [layer, banned] of Object.entries(LAYERS)) {
    it(`src/${layer} does not import ${banned.join(', ')}`, () => {
      let dir: string[];
      try {
        dir = files(`src/${layer}`);
      } catch {
        dir = [];
      }
      const bad = dir.filter((f) => banned.some((b) => new RegExp(`from ['"](\\.\\./)+${b}/`).test(code(f))));
      expect(bad).toEqual([]);
    });
  }
});
