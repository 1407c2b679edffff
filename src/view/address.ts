import type { ScenarioFile } from '../scenario/types';
import type { ParamValues } from '../scenario/resolve';
import { LINK_KEYS } from '../scenario/references';
import type { RendererName, ThemeName } from './display';

// The address holds what reproduces a frame exactly: drill, stage, parameters, seed, tick.
// It is read as untrusted text: anything malformed or out of range falls back to the default,
// with a notice that quotes the bad value (as text, clipped). Nothing in it is ever executed.

export interface LinkState {
  drill: string;
  variation?: string;
  seed: number;
  params: ParamValues; // only parameters given in the address
  tick?: number; // present: open paused on this frame
}

export interface DisplayFlags {
  renderer?: RendererName;
  theme?: ThemeName;
  presenter?: boolean;
}

export const RESERVED = LINK_KEYS; // a drill file may not name a parameter so (checked on load)
export const MAX_ADDRESS = 4000; // characters of query string we are willing to read
const NUMBER = /^-?\d{1,9}(\.\d{1,9})?$/; // plain decimals only: no exponents, hex, Infinity
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_SEED = 2 ** 32 - 1;

export interface Drill {
  id: string;
  scenario: ScenarioFile;
}

/** Clip a hostile value for a notice (shown with textContent, never as markup). */
export function quote(v: string): string {
  const s = v.replace(/[\u0000-\u001f\u007f]/g, '?');
  return `"${s.length > 32 ? s.slice(0, 32) + '…' : s}"`;
}

/** Read the address. `drills` are the loadable drills, the first being the default. */
export function parseAddress(search: string, drills: readonly Drill[]): { state: LinkState; flags: DisplayFlags; notices: string[] } {
  const notices: string[] = [];
  const fallback = drills[0];
  const state: LinkState = { drill: fallback.id, seed: fallback.scenario.seed ?? 1, params: {} };
  const flags: DisplayFlags = {};
  if (search.length > MAX_ADDRESS) {
    notices.push(`The link is too long (${search.length} characters) and was ignored; showing the default drill.`);
    return { state, flags, notices };
  }
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return { state, flags, notices: ['The link could not be read; showing the default drill.'] };
  }

  const r = q.get('renderer');
  if (r === 'webgl' || r === 'webgpu' || r === 'canvas') flags.renderer = r;
  const th = q.get('theme');
  if (th === 'light' || th === 'dark') flags.theme = th;
  if (q.get('present') === '1') flags.presenter = true;

  const drillId = q.get('drill');
  let drill = fallback;
  if (drillId !== null) {
    const found = ID.test(drillId) ? drills.find((d) => d.id === drillId) : undefined;
    if (found) drill = found;
    else notices.push(`Unknown drill ${quote(drillId)}: showing "${fallback.scenario.title}" instead.`);
  }
  state.drill = drill.id;
  state.seed = drill.scenario.seed ?? 1;
  const s = drill.scenario;

  const stage = q.get('stage');
  if (stage !== null) {
    if (s.variations?.some((v) => v.id === stage)) state.variation = stage;
    else notices.push(`Unknown stage ${quote(stage)} for this drill: showing the drill as written.`);
  }

  const seed = q.get('seed');
  if (seed !== null) {
    const n = /^\d{1,10}$/.test(seed) ? Number(seed) : NaN;
    if (Number.isInteger(n) && n <= MAX_SEED) state.seed = n;
    else notices.push(`Seed ${quote(seed)} is not a whole number from 0 to ${MAX_SEED}: using ${state.seed}.`);
  }

  const tick = q.get('tick');
  if (tick !== null) {
    if (/^\d{1,7}$/.test(tick)) state.tick = Number(tick);
    else notices.push(`Frame ${quote(tick)} is not a frame number: starting from the beginning.`);
  }

  const defs = s.params ?? {};
  for (const [name, raw] of q) {
    if ((RESERVED as readonly string[]).includes(name)) continue;
    const def = Object.prototype.hasOwnProperty.call(defs, name) ? defs[name] : undefined;
    if (!def) {
      notices.push(`Unknown setting ${quote(name)} ignored.`);
      continue;
    }
    const v = NUMBER.test(raw) ? Number(raw) : NaN;
    if (!Number.isFinite(v)) notices.push(`${def.label} ${quote(raw)} is not a number: using ${def.default} ${def.unit}.`);
    else if (v < def.min || v > def.max) notices.push(`${def.label} ${quote(raw)} is outside ${def.min}–${def.max} ${def.unit}: using the default.`);
    else state.params[name] = v;
  }
  return { state, flags, notices };
}

/** The query string for a state (parameters in the drill's order, then the frame). */
export function formatAddress(state: LinkState, allParams: ParamValues, flags: DisplayFlags = {}): string {
  const q = new URLSearchParams();
  q.set('drill', state.drill);
  if (state.variation) q.set('stage', state.variation);
  q.set('seed', String(state.seed));
  for (const [name, v] of Object.entries(allParams)) {
    if (!(RESERVED as readonly string[]).includes(name)) q.set(name, formatNumber(v));
  }
  if (state.tick !== undefined) q.set('tick', String(Math.round(state.tick)));
  if (flags.renderer) q.set('renderer', flags.renderer);
  if (flags.theme === 'light') q.set('theme', 'light');
  if (flags.presenter) q.set('present', '1');
  return '?' + q.toString();
}

/** Shortest plain decimal that reads back to the same slider value (no exponent). */
export function formatNumber(v: number): string {
  const s = String(Number(v.toFixed(9)));
  return /e/i.test(s) ? v.toFixed(9) : s;
}
