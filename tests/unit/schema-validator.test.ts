import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs tool script, no types
import { generate } from '../../tools/gen-validator.mjs';
// @ts-expect-error: a plain .mjs tool script, no types
import { generateTypes, type as typeOf, TYPES_FILE } from '../../tools/gen-types.mjs';

describe('the precompiled drill validator', () => {
  it('is exactly what tools/gen-validator.mjs makes from the current schema (run it after editing the schema)', () => {
    expect(readFileSync('src/scenario/schema-validator.generated.js', 'utf8')).toBe(generate());
  });

  it('needs nothing at run time: no require(), no imports, no code generation', () => {
    const code = readFileSync('src/scenario/schema-validator.generated.js', 'utf8');
    expect(code).not.toMatch(/\brequire\(|^import |new Function|\beval\(/m);
  });

  it('the drill file\'s types are exactly what tools/gen-types.mjs makes from the current schema (run tools/gen-validator.mjs after editing it)', () => {
    expect(TYPES_FILE).toBe('src/scenario/scenario-file.generated.ts');
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(generateTypes());
  });

  it('types an if/then on one property as a union on it, and a branch that only narrows limits adds nothing', () => {
    const node = {
      type: 'object', required: ['do'], properties: { do: { enum: ['run', 'pass', 'cross'] }, at: { type: 'number' } },
      allOf: [
        { if: { properties: { do: { const: 'run' } } }, then: { additionalProperties: false, required: ['path'], properties: { do: true, at: true, path: { type: 'array', items: { $ref: '#/definitions/point' } } } } },
        { if: { properties: { do: { enum: ['pass', 'cross'] } } }, then: { additionalProperties: false, properties: { do: true, speed: { allOf: [{ $ref: '#/definitions/num' }], maximum: 40 } } } },
        { if: { properties: { do: { const: 'cross' } } }, then: { properties: { speed: { minimum: 10 } } } },
      ],
    };
    expect(typeOf(node).replace(/\s+/g, ' ').trim()).toBe("| { do: 'run'; at?: number; path: PointIn[]; } | { do: 'pass' | 'cross'; speed?: Num; }");
    expect(typeOf({ type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 })).toBe('[number, number]');
    expect(() => typeOf({ $ref: '#/definitions/nowhere' })).toThrow('gen-types: no type name for #/definitions/nowhere');
  });
});
