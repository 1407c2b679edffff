import type { ErrorObject } from 'ajv';
import type { Problem, ScenarioFile } from './types';
import { checkReferences } from './references';
import { checkFieldLimits } from './field-limits';
import { checkExpressions } from './expression-fields';
import { validate as validateSchema } from './schema-validator.generated.js';
import { clip } from './bounded-text';
import { pruneUnions } from './union-errors';

// Schema validation (Ajv, compiled ahead of time by tools/gen-validator.mjs so that no code is
// generated at run time) turned into one plain sentence per problem, then the checks a schema
// cannot express (references to agents and parameters, ranges that depend on each other, and
// every value a parameter's range can put in a field).

/** JSON pointer (/agents/1/start/x) to a JSON path ($.agents[1].start.x). */
export function jsonPath(pointer: string): string {
  if (!pointer) return '$';
  return '$' + pointer.split('/').slice(1).map((s) => {
    const k = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(k) ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) && k.length <= 40 ? `.${k}` : `[${JSON.stringify(clip(k))}]`;
  }).join('');
}

function show(v: unknown): string {
  if (typeof v === 'number') return String(v); // 1e400 parses to Infinity, which JSON would write as null
  if (typeof v === 'string' && v.length > 40) return `${JSON.stringify(v.slice(0, 40))}… (${v.length} characters)`;
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : clip(s);
}

function describe(e: ErrorObject, data: unknown): string | null {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': return `expected field "${p.missingProperty}"`;
    case 'additionalProperties': return `unknown field "${clip(String(p.additionalProperty))}"`;
    case 'type': {
      const t = Array.isArray(p.type) ? p.type : [p.type];
      if (t.includes('number') && t.includes('string')) return `expected a number or an expression like "$runStart + 0.5", got ${show(data)}`;
      return `expected ${t.map((x) => (x === 'integer' ? 'a whole number' : `a${/^[aeiou]/.test(String(x)) ? 'n' : ''} ${x}`)).join(' or ')}, got ${show(data)}`;
    }
    case 'pattern':
      if (String(p.pattern).startsWith('^[-+*/()$')) return `expected a number or an expression like "$runStart + 0.5" (numbers, $names, + - * / and parentheses), got ${show(data)}`;
      return `expected text matching ${p.pattern}, got ${show(data)}`;
    case 'enum': return `expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${show(data)}`;
    case 'const': return `expected ${JSON.stringify(p.allowedValue)}`;
    case 'minimum': return `expected a value ≥ ${p.limit}, got ${show(data)}`;
    case 'maximum': return `expected a value ≤ ${p.limit}, got ${show(data)}`;
    case 'exclusiveMinimum': return `expected a value > ${p.limit}, got ${show(data)}`;
    case 'exclusiveMaximum': return `expected a value < ${p.limit}, got ${show(data)}`;
    case 'minItems': return `expected at least ${p.limit} item(s)`;
    case 'maxItems': return `expected at most ${p.limit} item(s)`;
    case 'minLength': return `expected text of at least ${p.limit} character(s)`;
    case 'maxLength':
      if (e.schemaPath.startsWith('#/definitions/num')) return `expected a number or an expression of at most ${p.limit} characters, got ${show(data)}`;
      return `expected text of at most ${p.limit} characters`;
    case 'propertyNames': return null; // reported by the nested pattern error
    case 'if': return null; // the branch's own errors say what is wrong
    case 'trigger': return e.message ?? null; // union-errors.ts: a line's `at` that is neither a time nor a trigger
    default: return e.message ? `expected the value to ${e.message.replace(/^must /, '')}` : 'invalid value';
  }
}

function valueAt(root: unknown, pointer: string): unknown {
  let v: unknown = root;
  for (const s of pointer.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[s.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

/** Ajv's errors as one plain sentence per place and problem (also used for other schemas). */
export function ajvProblems(errors: readonly ErrorObject[], data: unknown): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of pruneUnions(errors, (p) => valueAt(data, p))) {
    if (e.keyword === 'propertyNames') continue; // its nested pattern error says it
    if (e.keyword === 'pattern' && e.propertyName !== undefined) {
      out.push({ path: jsonPath(e.instancePath), message: `expected a parameter name of letters, digits and _ (not __proto__, constructor or prototype), got ${show(e.propertyName)}` });
      continue;
    }
    const message = describe(e, valueAt(data, e.instancePath));
    if (!message) continue;
    // A number-or-reference field fails both "type" and "pattern": say it once.
    const key = `${e.instancePath}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: jsonPath(e.instancePath), message });
  }
  return out;
}

/** All problems with a parsed scenario; empty when it is valid. */
export function validateScenario(data: unknown): Problem[] {
  if (!validateSchema(data)) return ajvProblems(validateSchema.errors ?? [], data);
  const s = data as ScenarioFile;
  const exprs = checkExpressions(s);
  // Limits are judged over the parameters' ranges, which needs expressions that parse and names that exist.
  return [...exprs, ...checkReferences(s), ...(exprs.length ? [] : checkFieldLimits(s))];
}
