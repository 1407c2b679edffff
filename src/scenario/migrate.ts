import { applyEdits, modify, parse } from 'jsonc-parser';
import type { Problem } from './types';

// Drill files carry the version of their format; a file without one is version 1. Reading a file
// brings it up to the current version one step at a time, so that old files keep loading;
// `migrateText` does the same to the text, keeping its layout, to write a file back.
//
// Version 1 → 2: "at" may be a trigger as well as a time, numeric fields expressions as well as
// "$name ± n", a pass may be played first time. Everything a version-1 file says means the same
// in version 2 (its "$name + 0.5" is an expression, its times are times): only the number changes.

export const DRILL_VERSION = 2;

type Data = Record<string, unknown>;

/** Step k turns a version-k drill into a version-(k + 1) one, in place. */
const STEPS: Record<number, (d: Data) => void> = {
  1: () => {},
};

/** The version a file says it is (1 if it says none), or a problem with what it says. */
export function versionOf(data: unknown): number | Problem {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 1; // the schema says what is wrong
  const v = (data as Data).version;
  if (v === undefined) return 1;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { path: '$.version', message: `expected a format version 1–${DRILL_VERSION}, got ${JSON.stringify(v)?.slice(0, 40)}` };
  if (v > DRILL_VERSION) return { path: '$.version', message: `this Onside reads drill files up to version ${DRILL_VERSION}; the file is version ${v}, from a newer Onside` };
  return v;
}

/** The drill at the current version (a copy when it had to change), or the problem with its version. */
export function migrateData(data: unknown): { data: unknown; from: number } | { problem: Problem } {
  const from = versionOf(data);
  if (typeof from !== 'number') return { problem: from };
  if (from === DRILL_VERSION || data === null || typeof data !== 'object' || Array.isArray(data)) return { data, from };
  const d = structuredClone(data) as Data;
  for (let v = from; v < DRILL_VERSION; v++) STEPS[v](d);
  // "version" goes after "$schema", before the rest, as a coach would read it.
  const { $schema, ...rest } = d;
  delete rest.version;
  return { data: { ...($schema !== undefined ? { $schema } : {}), version: DRILL_VERSION, ...rest }, from };
}

/** The file's text at the current version, its layout kept (top-level fields that changed are rewritten in place). */
export function migrateText(text: string): { text: string; from: number } | { problem: Problem } {
  const before = parse(text) as unknown;
  const r = migrateData(before);
  if ('problem' in r) return r;
  if (r.from === DRILL_VERSION) return { text, from: r.from };
  const after = r.data as Data;
  const indent = /\n( +)"/.exec(text)?.[1].length ?? 2;
  const opts = { formattingOptions: { insertSpaces: true, tabSize: indent, eol: '\n' } };
  let out = text;
  for (const [k, v] of Object.entries(after)) {
    if (JSON.stringify((before as Data)[k]) === JSON.stringify(v)) continue;
    const keys = Object.keys(after);
    out = applyEdits(out, modify(out, [k], v, { ...opts, getInsertionIndex: () => keys.indexOf(k) }));
  }
  for (const k of Object.keys(before as Data)) {
    if (!(k in after)) out = applyEdits(out, modify(out, [k], undefined, opts));
  }
  return { text: out, from: r.from };
}
