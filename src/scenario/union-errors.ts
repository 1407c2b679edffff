import type { ErrorObject } from 'ajv';

// A script line's `at` is a time or a trigger, a trigger is an event or a place, a place is a
// circle or a rectangle. Ajv reports a value that fits none against every alternative; keep
// only the errors of the one the value was meant to be (an object is a trigger, a trigger with
// "after" an event one, a zone with "r" a circle), so each problem is said once, plainly.

const AT = /^\/script\/\d+\/at$/;
const REACHES = /^\/script\/\d+\/at\/reaches$/;

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const under = (path: string, root: string) => path === root || path.startsWith(root + '/');

export const NEITHER_TRIGGER = 'expected a time in seconds, or a trigger: { "after": an event, "by": a player } or { "when": a player or "ball", "reaches": a place }';

/** The errors worth telling, with the alternatives the value was not meant to be left out. */
export function pruneUnions(errors: readonly ErrorObject[], valueAt: (pointer: string) => unknown): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  const extra: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword !== 'anyOf' || !AT.test(e.instancePath)) continue;
    const p = e.instancePath, v = valueAt(p);
    drop.add(e);
    const trigger = isObj(v);
    const branch = trigger ? ('after' in v ? 0 : 'when' in v || 'reaches' in v ? 1 : -1) : -1;
    for (const f of errors) {
      if (!under(f.instancePath, p)) continue;
      // The time's errors are on the value itself, from outside the trigger's alternatives.
      const time = f.instancePath === p && f.keyword !== 'anyOf' && !f.schemaPath.startsWith('#/oneOf');
      const inReaches = under(f.instancePath, p + '/reaches');
      if (!trigger) { if (!time) drop.add(f); continue; }
      if (time) { drop.add(f); continue; }
      if (inReaches) continue; // the zone's own alternatives, below
      if (f.schemaPath === '#/oneOf' || (f.schemaPath.startsWith('#/oneOf/') && (branch < 0 || !f.schemaPath.startsWith(`#/oneOf/${branch}/`)))) drop.add(f);
    }
    if (trigger && branch < 0) extra.push({ ...e, keyword: 'trigger', params: {}, message: NEITHER_TRIGGER });
  }
  for (const e of errors) {
    if (e.keyword !== 'oneOf' || !REACHES.test(e.instancePath)) continue;
    const v = valueAt(e.instancePath);
    const branch = isObj(v) && 'r' in v ? 0 : 1;
    drop.add(e);
    const field = e.instancePath.length + 1; // where a field's name starts: reaches/x
    for (const f of errors) {
      if (!under(f.instancePath, e.instancePath) || f.instancePath === e.instancePath) {
        if (f.instancePath === e.instancePath && f.schemaPath.startsWith('#/oneOf/') && !f.schemaPath.startsWith(`#/oneOf/${branch}/`)) drop.add(f);
        continue;
      }
      const item = f.instancePath.indexOf('/', field) >= 0; // reaches/x/0: a rectangle's [from, to] item
      const other = f.schemaPath.startsWith(`#/oneOf/${1 - branch}/`);
      // A field's own errors come from the circle's number fields unless they are the rectangle's.
      const circleField = !item && !f.schemaPath.startsWith('#/oneOf/1/');
      if (other || (branch === 0 && item) || (branch === 1 && circleField)) drop.add(f);
    }
  }
  return [...errors.filter((e) => !drop.has(e)), ...extra];
}
