import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs tool script, no types
import { generate } from '../../tools/gen-validator.mjs';

describe('the precompiled drill validator', () => {
  it('is exactly what tools/gen-validator.mjs makes from the current schema (run it after editing the schema)', () => {
    expect(readFileSync('src/scenario/schema-validator.generated.js', 'utf8')).toBe(generate());
  });

  it('needs nothing at run time: no require(), no imports, no code generation', () => {
    const code = readFileSync('src/scenario/schema-validator.generated.js', 'utf8');
    expect(code).not.toMatch(/\brequire\(|^import |new Function|\beval\(/m);
  });
});
