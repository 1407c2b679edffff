import { describe, expect, it } from 'vitest';
import {
  describeError, evaluate, MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH, namesIn, parseExpression, rangeOf, type Expr,
} from '../../src/scenario/expression';

// Expressions in numeric fields: parsed by a grammar, evaluated from the tree, errors that point
// at the character. Tables of text → value (or → error), hostile input included.

function parsed(text: string): Expr {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(`expected "${text}" to parse, got: ${describeError(text, r.error)}`);
  return r.expr;
}

function errorOf(text: string): string {
  const r = parseExpression(text);
  if (r.ok) throw new Error(`expected "${text}" to be refused, it parsed`);
  return describeError(text, r.error);
}

const VALUES = { runStart: 1.5, passTime: 2, delay: 0.25, lean: -3 };

describe('expression values', () => {
  it.each([
    ['2', 2],
    ['$runStart', 1.5],
    ['$runStart + 0.4', 1.9],
    ['$runStart - 0.5', 1],
    ['$runStart + $delay', 1.75], // two parameters: refused by the old "one parameter ± constant" pattern
    ['($passTime + $delay) * 2', 4.5],
    ['$passTime + $delay * 2', 2.5], // × binds tighter than +
    ['$passTime - $delay - 0.25', 1.5], // left to right
    ['8 / 2 / 2', 2],
    ['-$lean / 2', 1.5],
    ['--$lean', -3],
    ['+$runStart', 1.5],
    ['$runStart × 2 − 1', 2], // the signs a coach may paste
    ['$passTime ÷ 4', 0.5],
    ['  ( $runStart )  ', 1.5],
    ['1.5e1', 15],
    ['.5 + 1.', 1.5],
  ])('%s = %d', (text, want) => {
    expect(evaluate(parsed(text), VALUES)).toBeCloseTo(want, 12);
  });

  it('names every parameter once, in order', () => {
    expect(namesIn(parsed('($passTime + $delay) * $passTime - $runStart'))).toEqual(['passTime', 'delay', 'runStart']);
    expect(namesIn(parsed('3 * 4'))).toEqual([]);
  });

  it('an unknown or inherited name evaluates to NaN, never to a prototype member', () => {
    expect(evaluate(parsed('$nope + 1'), VALUES)).toBeNaN();
    expect(evaluate(parsed('$toString'), VALUES)).toBeNaN();
    expect(evaluate(parsed('$constructor * 2'), VALUES)).toBeNaN();
    expect(evaluate(parsed('$__proto__'), VALUES)).toBeNaN();
  });
});

describe('expression errors point at the character', () => {
  it.each([
    ['$runStart +', 'expected a number, a $parameter or "(" before the end at character 12'],
    ['$runStart + * 2', 'expected a number, a $parameter or "(", got "*" at character 13'],
    ['($runStart + 1', 'expected ")" before the end at character 15'],
    ['$runStart + 1)', 'expected an operator or the end, got an unmatched ")" at character 14'],
    ['$runStart $delay', 'expected an operator (+ - * /) or the end, got "$" at character 11'],
    ['$ + 1', 'expected a parameter name after "$"'],
    ['$1x', 'expected a parameter name after "$"'],
    ['runStart', 'expected a number, a $parameter or "(", got "r" at character 1'],
    ['2 ** 3', 'got "*" at character 4'],
    ['$a.b', 'got "." at character 3'],
    ['Math.max(1)', 'got "M" at character 1'],
    ['alert(1)', 'got "a" at character 1'],
    ['"1"', 'got """ at character 1'],
    ['$a ? 1 : 2', 'got "?" at character 4'],
    ['', 'expected a number, a $parameter or "(" before the end at character 1'],
    ['1e999', 'expected a number of at most 1000000000 in size, got 1e999 at character 1'],
    ['2 + 99999999999', 'expected a number of at most 1000000000 in size'],
  ])('%j → %s', (text, want) => {
    expect(errorOf(text)).toContain(want);
  });

  it('refuses deep nesting with a message instead of overflowing the stack', () => {
    const deep = '('.repeat(MAX_EXPRESSION_DEPTH + 1) + '1' + ')'.repeat(MAX_EXPRESSION_DEPTH + 1);
    expect(deep.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
    expect(errorOf(deep)).toContain(`expected an expression nested at most ${MAX_EXPRESSION_DEPTH} deep at character ${MAX_EXPRESSION_DEPTH + 1}`);
    const ok = '('.repeat(MAX_EXPRESSION_DEPTH) + '1' + ')'.repeat(MAX_EXPRESSION_DEPTH);
    expect(evaluate(parsed(ok), {})).toBe(1);
    expect(errorOf('-'.repeat(MAX_EXPRESSION_DEPTH + 1) + '1')).toContain('nested at most');
  });

  it('refuses text longer than the limit before parsing it, and cuts the echo', () => {
    const long = '1+'.repeat(100_000) + '1';
    const msg = errorOf(long);
    expect(msg).toContain(`expected an expression of at most ${MAX_EXPRESSION_LENGTH} characters, got ${long.length}`);
    expect(msg.length).toBeLessThan(200);
    expect(msg).toContain('…');
  });

  it('never throws: 20 000 random strings of the alphabet', () => {
    const alphabet = ['$a', '$b', '1', '2.5', '+', '-', '*', '/', '(', ')', ' ', '×', 'e', '.', '$'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    let parsedCount = 0;
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const n = 1 + Math.floor(rnd() * 6);
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      const r = parseExpression(s);
      if (r.ok) {
        parsedCount++;
        const v = evaluate(r.expr, { a: 1, b: 2 });
        expect(typeof v).toBe('number');
      } else {
        expect(r.error.at).toBeGreaterThanOrEqual(0);
        expect(r.error.at).toBeLessThanOrEqual(s.length);
      }
    }
    expect(parsedCount).toBeGreaterThan(500); // the generator does make valid expressions too
  });
});

describe('expression ranges (for the limits of the fields they are used in)', () => {
  const R: Record<string, [number, number]> = { a: [1, 3], b: [-2, 4], pos: [0.5, 2] };
  const range = (n: string) => R[n];
  it.each([
    ['$a + 1', [2, 4]],
    ['$a - $b', [-3, 5]],
    ['-$a', [-3, -1]],
    ['$a * $b', [-6, 12]],
    ['$a / $pos', [0.5, 6]],
    ['$a / $b', [-Infinity, Infinity]], // $b can be 0
    ['($a + $a) / 2', [1, 3]],
  ])('%s ∈ %j', (text, want) => {
    expect(rangeOf(parsed(text), range)).toEqual(want);
  });
});
