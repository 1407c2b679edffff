// Numeric fields of a drill may be small expressions over its parameters: "$runStart + 0.4",
// "($passTime + $delay) * 1", "-$lean / 2". A recursive-descent parser over a closed grammar
// (numbers, $names, + − × ÷, unary signs, parentheses); nothing is ever evaluated as code.
//
//   sum     := product (("+" | "-") product)*
//   product := unary (("*" | "/") unary)*
//   unary   := ("+" | "-") unary | atom
//   atom    := number | "$" name | "(" sum ")"
//
// "×", "÷" and "−" (as a coach may paste them) read as *, / and -.

export type Expr =
  | { kind: 'num'; value: number; at: number }
  | { kind: 'param'; name: string; at: number }
  | { kind: 'neg'; arg: Expr; at: number }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr; at: number };

/** A parse error: `at` is the 0-based index of the character at fault. */
export interface ExprError { message: string; at: number }

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: ExprError };

export const MAX_EXPRESSION_LENGTH = 200; // characters: a drill's expression is a line, not a program
export const MAX_EXPRESSION_DEPTH = 32; // nested parentheses and signs
const MAX_LITERAL = 1e9; // no field of a drill needs a larger number

const OPS: Record<string, '+' | '-' | '*' | '/'> = { '+': '+', '-': '-', '−': '-', '*': '*', '×': '*', '/': '/', '÷': '/' };
const NUMBER = /\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly s: string) {}

  parse(): Expr {
    const e = this.sum();
    this.space();
    if (this.i < this.s.length) {
      const c = this.s[this.i];
      throw this.fail(c === ')' ? 'expected an operator or the end, got an unmatched ")"' : `expected an operator (+ - * /) or the end, got "${c}"`);
    }
    return e;
  }

  private fail(message: string, at = this.i): ExprError {
    return { message, at };
  }

  private space(): void {
    while (this.i < this.s.length && (this.s[this.i] === ' ' || this.s[this.i] === '\t')) this.i++;
  }

  private op(allowed: string): '+' | '-' | '*' | '/' | null {
    this.space();
    const o = OPS[this.s[this.i]];
    return o !== undefined && allowed.includes(o) ? o : null;
  }

  private sum(): Expr {
    let left = this.product();
    for (let o = this.op('+-'); o; o = this.op('+-')) {
      const at = this.i++;
      left = { kind: 'bin', op: o, left, right: this.product(), at };
    }
    return left;
  }

  private product(): Expr {
    let left = this.unary();
    for (let o = this.op('*/'); o; o = this.op('*/')) {
      const at = this.i++;
      left = { kind: 'bin', op: o, left, right: this.unary(), at };
    }
    return left;
  }

  private enter(at: number): void {
    if (++this.depth > MAX_EXPRESSION_DEPTH) throw this.fail(`expected an expression nested at most ${MAX_EXPRESSION_DEPTH} deep`, at);
  }

  private unary(): Expr {
    const o = this.op('+-');
    if (!o) return this.atom();
    const at = this.i++;
    this.enter(at);
    const arg = this.unary();
    this.depth--;
    return o === '-' ? { kind: 'neg', arg, at } : arg;
  }

  private atom(): Expr {
    this.space();
    const at = this.i, c = this.s[at];
    if (c === '(') {
      this.i++;
      this.enter(at);
      const e = this.sum();
      this.depth--;
      this.space();
      if (this.s[this.i] !== ')') throw this.fail(this.i >= this.s.length ? 'expected ")" before the end' : `expected ")", got "${this.s[this.i]}"`);
      this.i++;
      return e;
    }
    if (c === '$') {
      NAME.lastIndex = at + 1;
      const m = NAME.exec(this.s);
      if (!m) throw this.fail('expected a parameter name after "$" (a letter or _, then letters, digits or _)', at + 1);
      this.i = NAME.lastIndex;
      return { kind: 'param', name: m[0], at };
    }
    NUMBER.lastIndex = at;
    const m = NUMBER.exec(this.s);
    if (m) {
      const value = Number(m[0]);
      if (!(Math.abs(value) <= MAX_LITERAL)) throw this.fail(`expected a number of at most ${MAX_LITERAL} in size, got ${m[0].slice(0, 24)}`);
      this.i = NUMBER.lastIndex;
      return { kind: 'num', value, at };
    }
    if (at >= this.s.length) throw this.fail('expected a number, a $parameter or "(" before the end');
    throw this.fail(`expected a number, a $parameter or "(", got "${[...this.s.slice(at)][0]}"`);
  }
}

/** Parse an expression; never throws, never recurses deeper than MAX_EXPRESSION_DEPTH. */
export function parseExpression(text: string): ParseResult {
  if (text.length > MAX_EXPRESSION_LENGTH) return { ok: false, error: { message: `expected an expression of at most ${MAX_EXPRESSION_LENGTH} characters, got ${text.length}`, at: MAX_EXPRESSION_LENGTH } };
  try {
    return { ok: true, expr: new Parser(text).parse() };
  } catch (e) {
    if (e && typeof e === 'object' && 'at' in e) return { ok: false, error: e as ExprError };
    throw e;
  }
}

/** The error as one line that points at the character: `… at character 5 of "$a +"`. */
export function describeError(text: string, e: ExprError): string {
  const shown = text.length > 60 ? text.slice(0, 60) + '…' : text;
  return `${e.message} at character ${e.at + 1} of ${JSON.stringify(shown)}`;
}

/** Every parameter an expression names, in order of appearance, each once. */
export function namesIn(e: Expr, out: string[] = []): string[] {
  if (e.kind === 'param') { if (!out.includes(e.name)) out.push(e.name); }
  else if (e.kind === 'neg') namesIn(e.arg, out);
  else if (e.kind === 'bin') { namesIn(e.left, out); namesIn(e.right, out); }
  return out;
}

/** The value with the given parameters (NaN where a name has no own value). */
export function evaluate(e: Expr, values: Readonly<Record<string, number>>): number {
  switch (e.kind) {
    case 'num': return e.value;
    case 'param': return Object.prototype.hasOwnProperty.call(values, e.name) ? values[e.name] : NaN;
    case 'neg': return -evaluate(e.arg, values);
    case 'bin': {
      const a = evaluate(e.left, values), b = evaluate(e.right, values);
      return e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : a / b;
    }
  }
}

/** [lowest, highest] an expression can take over its parameters' ranges (interval arithmetic);
 * a division by a range that holds 0 has no bound: [−∞, ∞]. */
export function rangeOf(e: Expr, range: (name: string) => readonly [number, number]): [number, number] {
  switch (e.kind) {
    case 'num': return [e.value, e.value];
    case 'param': { const [lo, hi] = range(e.name); return [lo, hi]; }
    case 'neg': { const [lo, hi] = rangeOf(e.arg, range); return [-hi, -lo]; }
    case 'bin': {
      const [a, b] = rangeOf(e.left, range), [c, d] = rangeOf(e.right, range);
      if (e.op === '+') return [a + c, b + d];
      if (e.op === '-') return [a - d, b - c];
      if (e.op === '/' && c <= 0 && d >= 0) return [-Infinity, Infinity];
      const q = e.op === '*' ? [a * c, a * d, b * c, b * d] : [a / c, a / d, b / c, b / d];
      return [Math.min(...q), Math.max(...q)];
    }
  }
}
