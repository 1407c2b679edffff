import { describeError, evaluate, namesIn, parseExpression, type Expr } from './expression';

// A drill's numeric field: a number, or an expression over its parameters ("$runStart + $delay").
// Parsed once per text (the parse is cached: a sweep resolves the same texts thousands of times).

export type ParamValues = Record<string, number>;

const cache = new Map<string, Expr | string>(); // text → tree, or the parse error's sentence
const MAX_CACHED = 2000;

/** The expression tree of a field's text, or the error sentence that points at the character. */
export function parseNum(text: string): Expr | string {
  let v = cache.get(text);
  if (v === undefined) {
    const r = parseExpression(text);
    v = r.ok ? r.expr : describeError(text, r.error);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, v);
  }
  return v;
}

/** The parameters a field's text names (none when it does not parse). */
export function namesInNum(text: string): string[] {
  const e = parseNum(text);
  return typeof e === 'string' ? [] : namesIn(e);
}

/** The value of a numeric field with these parameter values: NaN if it does not parse or names an unknown one. */
export function evalNum(v: number | string, values: Readonly<ParamValues>): number {
  if (typeof v === 'number') return v;
  const e = parseNum(v);
  return typeof e === 'string' ? NaN : evaluate(e, values);
}
