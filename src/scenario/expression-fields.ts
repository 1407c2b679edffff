import type { Expr } from './expression';
import { namesIn } from './expression';
import { parseNum } from './num';
import type { ParamDef, Problem, ScenarioFile } from './types';
import { clip, clipList } from './bounded-text';
import { pathOf } from './json-scan';

// Every numeric field written as text is an expression: find them all in a (schema-valid) drill,
// parse each, and say where one does not parse (pointing at the character) or names a parameter
// the drill does not declare.

export type Key = string | number;

/** The fields the schema lets take a number or an expression (definitions.num), by name. */
export const NUM_FIELDS: ReadonlySet<string> = new Set([
  'maxSpeed', 'accel', 'brake', 'reaction', 'reach', 'speed', 'loft', 'pace', 'at', 'time', 'depth', 'finishError',
  'touch', 'shootRange', 'gap', 'pickUp', 'delay', 'holdSpeed', 'x', 'y', 'r', 'from', 'to',
]);

export interface ExprField { keys: Key[]; text: string; expr: Expr | string } // string: the parse error

/** Every numeric field given as text, outside the parameter definitions (a zone's [from, to] items too). */
export function expressionFields(s: ScenarioFile): ExprField[] {
  const out: ExprField[] = [];
  const walk = (v: unknown, keys: Key[], field: string | null): void => {
    if (typeof v === 'string') {
      if (field !== null && NUM_FIELDS.has(field)) out.push({ keys, text: v, expr: parseNum(v) });
    } else if (Array.isArray(v)) v.forEach((x, k) => walk(x, [...keys, k], field));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (keys.length > 0 || (k !== 'params' && k !== '$schema')) walk(x, [...keys, k], k);
    }
  };
  walk(s, [], null);
  return out;
}

/** Expressions that do not parse, or name undeclared parameters. */
export function checkExpressions(s: ScenarioFile): Problem[] {
  const params: Record<string, ParamDef> = s.params ?? {};
  const out: Problem[] = [];
  for (const f of expressionFields(s)) {
    if (typeof f.expr === 'string') {
      out.push({ path: pathOf(f.keys), message: `expected a number or an expression like "$runStart + 0.5": ${f.expr}` });
      continue;
    }
    for (const name of namesIn(f.expr)) {
      if (!Object.prototype.hasOwnProperty.call(params, name)) {
        out.push({ path: pathOf(f.keys), message: `unknown parameter "$${clip(name)}" (parameters: ${clipList(Object.keys(params), 'none declared')})` });
      }
    }
  }
  return out;
}
