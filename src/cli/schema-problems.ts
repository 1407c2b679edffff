import type { ErrorObject } from 'ajv';
import { jsonPath } from '../scenario/validate';

// Ajv errors as "FILE: <JSON path>: <what was expected>" lines, one per place and problem.

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? 'nothing' : s.length > 40 ? s.slice(0, 37) + '...' : s;
}

function valueAt(root: unknown, pointer: string): unknown {
  let v: unknown = root;
  for (const s of pointer.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[s.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

function expected(e: ErrorObject, got: unknown): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': return `expected field "${p.missingProperty}"`;
    case 'additionalProperties': return `unknown field "${p.additionalProperty}"`;
    case 'type': return `expected a${/^[aeiou]/.test(String(p.type)) ? 'n' : ''} ${p.type}, got ${show(got)}`;
    case 'enum': return `expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${show(got)}`;
    case 'minimum': return `expected a value ≥ ${p.limit}, got ${show(got)}`;
    case 'maximum': return `expected a value ≤ ${p.limit}, got ${show(got)}`;
    case 'minItems': return `expected at least ${p.limit} item(s)`;
    case 'maxItems': return `expected at most ${p.limit} items`;
    case 'minLength': return `expected text of at least ${p.limit} character(s)`;
    case 'maxLength': return `expected text of at most ${p.limit} characters`;
    default: return `expected the value to ${(e.message ?? 'be valid').replace(/^must /, '')}`;
  }
}

export function schemaProblems(file: string, errors: ErrorObject[], data: unknown): string[] {
  const lines = errors.map((e) => `${file}: ${jsonPath(e.instancePath)}: ${expected(e, valueAt(data, e.instancePath))}`);
  return [...new Set(lines)];
}
