import type { ErrorObject } from 'ajv';
import { DEFAULT_PITCH } from '../core/pitch';
import { rangeOf, type Expr } from './expression';
import { expressionFields } from './expression-fields';
import { namesIn } from './expression';
import type { ParamDef, Problem, ScenarioFile } from './types';
import { validate as validateSchema } from './schema-validator.generated.js';
import { member, pathOf } from './json-scan';

// Every value a field can take must be one it allows. A literal number is the schema's to check;
// an expression ("$passSpeed", "$lineHeight - 0.6", "$a / $b") takes every value its parameters'
// ranges can give it (all that --set, a slider, a link or a sweep can give them), bounded by
// interval arithmetic (rangeOf), and that whole range must lie within the field's limits (a
// division by a range that holds 0 has no bound, and is refused). The limits are the schema's own, asked of
// it by putting ±1e300 in every referenced field. Some limits depend on the drill's own pitch:
// players start on it (give or take 1 m: a keeper on the goal line), the ball on it exactly (a
// ball behind the goal line would score at once), and an end zone is at most half its length.

type Key = string | number;
interface Bound { limit: number; open: boolean }
interface Limits { lo?: Bound; hi?: Bound; text: string }

const RUN_OFF = 1; // m a player's start may lie off the pitch (a keeper on the goal line)
const ROOM = 1; // m the player on the ball needs before the goal line: the ball starts ~0.5 m ahead

/** Units of the referenceable fields, by field name, for the messages. */
export const FIELD_UNITS: Record<string, string> = {
  maxSpeed: 'm/s', accel: 'm/s²', brake: 'm/s²', reaction: 's', reach: 'm', speed: 'm/s', loft: '°',
  pace: '', at: 's', time: 's', depth: 'm', finishError: 'm', touch: 'm', shootRange: 'm', gap: 'm',
  pickUp: 'm', delay: 's', holdSpeed: 'm/s', x: 'm', y: 'm', r: 'm', from: 'm', to: 'm', along: 'm', across: 'm',
};

function pointerOf(keys: readonly Key[]): string {
  return keys.map((k) => '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Numbers as people write them: 61.4, not 61.400000000000006. */
function fmt(v: number): string {
  return String(Number(v.toPrecision(12)));
}

function withUnit(text: string, unit: string): string {
  return unit === '' ? text : unit === '°' ? text + unit : `${text} ${unit}`;
}

interface Ref { keys: Key[]; ref: string; expr: Expr; names: string[]; ps: ParamDef[] }

/** Every expression over declared parameters that parses, outside the parameter definitions. */
function references(s: ScenarioFile): Ref[] {
  const params = s.params ?? {};
  const out: Ref[] = [];
  for (const f of expressionFields(s)) {
    if (typeof f.expr === 'string') continue; // reported by checkExpressions
    const names = namesIn(f.expr);
    if (!names.every((n) => Object.prototype.hasOwnProperty.call(params, n))) continue;
    out.push({ keys: f.keys, ref: f.text, expr: f.expr, names, ps: names.map((n) => params[n]) });
  }
  return out;
}

/**
 * The bounds the schema sets on each of these fields, found by trying ±1e300 in all of them (a
 * field not written yet is made, with the objects on its way; one under a value that is no
 * object cannot be, and gets no bounds).
 */
function schemaBounds(s: ScenarioFile, fields: readonly { keys: readonly Key[] }[], side: 1 | -1): Map<string, Bound> {
  const d = structuredClone(s) as unknown as Record<Key, unknown>;
  next: for (const r of fields) {
    let o = d;
    for (const k of r.keys.slice(0, -1)) {
      if (o[k] === undefined) o[k] = {};
      if (typeof o[k] !== 'object' || o[k] === null) continue next;
      o = o[k] as Record<Key, unknown>;
    }
    o[r.keys[r.keys.length - 1]] = side * 1e300;
  }
  const out = new Map<string, Bound>();
  if (validateSchema(d)) return out;
  const want = side > 0 ? ['maximum', 'exclusiveMaximum'] : ['minimum', 'exclusiveMinimum'];
  for (const e of (validateSchema.errors ?? []) as ErrorObject[]) {
    if (want.includes(e.keyword)) out.set(e.instancePath, { limit: Number(e.params.limit), open: e.keyword.startsWith('exclusive') });
  }
  return out;
}

interface PitchField { keys: Key[]; value: unknown; limits: Limits; expected: string }

/** Limits of a start along one axis: the pitch's extent, widened by `off` (narrowed at the far end by `room`). */
function positionLimits(size: number, off: number, room = 0): Limits {
  const hi = room ? size - room : size + off;
  return {
    lo: { limit: -off, open: false }, hi: { limit: hi, open: false },
    text: room ? `on the pitch with room for the ball at their feet: 0–${hi} m` : off ? `on the pitch: 0–${size} m, give or take ${off} m` : `on the pitch: 0–${size} m`,
  };
}

/** Fields whose limits depend on the drill's pitch: start positions, the ball's, the end zone. */
function pitchFields(s: ScenarioFile): PitchField[] {
  const pitch = s.pitch ?? DEFAULT_PITCH;
  const out: PitchField[] = [];
  const point = (p: { x: unknown; y: unknown } | undefined, keys: Key[], off: number, room = 0) => {
    if (!p) return;
    out.push(
      { keys: [...keys, 'x'], value: p.x, limits: positionLimits(pitch.length, off, room), expected: room ? `a position on the pitch with room for the ball at their feet (0–${pitch.length - room} m)` : `a position on the pitch (0–${pitch.length} m)` },
      { keys: [...keys, 'y'], value: p.y, limits: positionLimits(pitch.width, off), expected: `a position on the pitch (0–${pitch.width} m)` },
    );
  };
  point(s.ball?.at, ['ball', 'at'], 0);
  // The player on the ball starts on the pitch, short of the goal line: the ball is at their feet.
  s.agents.forEach((a, k) => (a.id === s.ball?.with ? point(a.start, ['agents', k, 'start'], 0, ROOM) : point(a.start, ['agents', k, 'start'], RUN_OFF)));
  if (s.endZone) {
    const half = pitch.length / 2;
    out.push({
      keys: ['endZone', 'depth'], value: s.endZone.depth, expected: `a depth of at most half the pitch's length (${half} m)`,
      limits: { lo: { limit: 0, open: true }, hi: { limit: half, open: false }, text: `0 < depth ≤ ${half} m, half the pitch's length` },
    });
  }
  return out;
}

/** "0 < r ≤ 60 m": a field's bounds in words, with its unit; null when it has none. */
function boundsText(field: string, lo: Bound | undefined, hi: Bound | undefined): string | null {
  if (!lo && !hi) return null;
  const text = (lo ? `${fmt(lo.limit)} ${lo.open ? '<' : '≤'} ` : '') + field + (hi ? ` ${hi.open ? '<' : '≤'} ${fmt(hi.limit)}` : '');
  return withUnit(text, Object.hasOwn(FIELD_UNITS, field) ? FIELD_UNITS[field] : '');
}

function outside(lo: number, hi: number, l: Limits): boolean {
  return !Number.isFinite(lo) || !Number.isFinite(hi) ||
    (l.lo !== undefined && (lo < l.lo.limit || (l.lo.open && lo === l.lo.limit))) ||
    (l.hi !== undefined && (hi > l.hi.limit || (l.hi.open && hi === l.hi.limit)));
}

export function checkFieldLimits(s: ScenarioFile): Problem[] {
  const out: Problem[] = [];
  const byPitch = pitchFields(s);
  // Literal values (a reference's whole range is checked below).
  for (const { keys, value, limits, expected } of byPitch) {
    if (typeof value === 'number' && outside(value, value, limits)) {
      out.push({ path: pathOf(keys), message: `expected ${expected}, got ${fmt(value)}` });
    }
  }
  const refs = references(s).filter((r) => r.ps.every((p) => p.min < p.max)); // else a range is reported as such
  if (!refs.length) return out;
  const his = schemaBounds(s, refs, 1);
  const los = schemaBounds(s, refs, -1);
  const pitchLimits = new Map(byPitch.map((f) => [pointerOf(f.keys), f.limits]));
  for (const r of refs) {
    const ptr = pointerOf(r.keys);
    const field = String(r.keys.findLast((k) => typeof k === 'string')); // a zone's [from, to] item: its axis
    let limits = pitchLimits.get(ptr);
    if (limits === undefined) {
      const lo = los.get(ptr), hi = his.get(ptr);
      // A field without limits of its own still takes only finite numbers.
      limits = { lo, hi, text: boundsText(field, lo, hi) ?? 'a finite number' };
    }
    const [lo, hi] = rangeOf(r.expr, (n) => { const p = r.ps[r.names.indexOf(n)]; return [p.min, p.max]; });
    if (!outside(lo, hi, limits)) continue;
    const where = pathOf(r.keys);
    const ranges = r.names.map((n, k) => withUnit(`${r.names.length > 1 ? `$${n} ` : ''}range ${fmt(r.ps[k].min)}–${fmt(r.ps[k].max)}`, r.ps[k].unit)).join(' and ');
    const unbounded = !Number.isFinite(lo) || !Number.isFinite(hi);
    out.push({
      path: r.names.length === 1 ? `$.params${member(r.names[0])}` : where,
      message: r.names.length === 0
        ? `${where} ("${r.ref}") is ${unbounded ? 'no finite number' : fmt(lo)}, outside what it allows (${limits.text})`
        : r.ref === `$${r.names[0]}`
        ? `${ranges} goes outside what ${where} allows (${limits.text})`
        : unbounded
          ? `${ranges} give${r.names.length > 1 ? "" : "s"} ${where} ("${r.ref}") no bound: it divides by a range that holds 0, or grows past any number (it must stay within ${limits.text})`
          : `${ranges} make${r.names.length > 1 ? '' : 's'} ${where} ("${r.ref}") ${fmt(lo)}–${fmt(hi)}, outside what it allows (${limits.text})`,
    });
  }
  return out;
}

/**
 * The limits the schema and the pitch set on one number field of this file, as text for the
 * editor's tooltips ("0 < r ≤ 60 m"): the schema's found by putting ±1e300 in the field (made
 * where it is not written yet), a start's or the ball's from the drill's pitch. Null when the
 * field has none, or the place is not in the file.
 */
export function limitsText(s: ScenarioFile, keys: readonly Key[]): string | null {
  const ptr = pointerOf(keys);
  const byPitch = pitchFields(s).find((f) => pointerOf(f.keys) === ptr);
  if (byPitch) return byPitch.limits.text;
  const field = String(keys.findLast((k) => typeof k === 'string'));
  return boundsText(field, schemaBounds(s, [{ keys }], -1).get(ptr), schemaBounds(s, [{ keys }], 1).get(ptr));
}
