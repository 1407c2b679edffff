import type { ChoiceRule } from '../core/events';
import { DEFAULT_PITCH } from '../core/pitch';
import { BEHAVIOUR_DEFAULTS, defaultKind } from '../core/behaviours/defaults';
import { DEFAULT_PROFILES, type Profile, type Role } from '../core/profile';
import type { Action, AgentSpec, Behaviour, DrillSpec, Target } from '../core/spec';
import type { Point } from '../core/units';
import type { BehaviourIn, Num, OptionIn, PointIn, Problem, ScenarioFile } from './types';
import { clip, clipList } from './bounded-text';

// Parameters in, numbers out: a validated scenario file becomes the DrillSpec the engine runs.

export type ParamValues = Record<string, number>;

// The schema's own pattern (definitions.num): a short name, a small offset; always finite.
const REF = /^\$([A-Za-z_][A-Za-z0-9_]{0,39})(?: *([-+]) *([0-9]{1,4}(?:\.[0-9]{1,6})?))?$/;
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The name a reference ("$runStart + 0.5") uses, or null if it is not one. */
export function refName(ref: string): string | null {
  return REF.exec(ref)?.[1] ?? null;
}

/** Value of "$name" or "$name ± number" (parsed by pattern, never evaluated as code); NaN if unknown. */
export function evalRef(ref: string, values: ParamValues): number {
  const m = REF.exec(ref);
  if (!m || !own(values, m[1])) return NaN;
  const off = m[3] ? Number(m[3]) * (m[2] === '-' ? -1 : 1) : 0;
  return values[m[1]] + off;
}

/** Problems with parameter values given from outside (CLI --set, sliders, links). */
export function checkParamValues(s: ScenarioFile, values: ParamValues): Problem[] {
  const out: Problem[] = [];
  const defs = s.params ?? {};
  for (const [name, v] of Object.entries(values)) {
    const p = own(defs, name) ? defs[name] : undefined;
    if (!p) {
      out.push({ path: `$.params`, message: `unknown parameter "${clip(name)}" (parameters: ${clipList(Object.keys(defs))})` });
    } else if (!Number.isFinite(v) || v < p.min || v > p.max) {
      out.push({ path: `$.params.${name}`, message: `${name} = ${v} is outside its range ${p.min}–${p.max} ${p.unit}`.trim() });
    }
  }
  return out;
}

/** Defaults, then the variation's stage values, then the given values. */
export function paramValues(s: ScenarioFile, given: ParamValues = {}, variation?: string): ParamValues {
  const out: ParamValues = Object.create(null); // names come from files: no inherited keys
  for (const [name, p] of Object.entries(s.params ?? {})) out[name] = p.default;
  const v = s.variations?.find((x) => x.id === variation);
  // Only declared names: a stage's or caller's "__proto__" or "toString" sets nothing.
  for (const from of [v?.set ?? {}, given]) {
    for (const [name, x] of Object.entries(from)) if (own(out, name)) out[name] = x;
  }
  return out;
}

const centre = (p: { length: number; width: number }): Point => ({ x: p.length / 2, y: p.width / 2 });

export function resolveDrill(s: ScenarioFile, values: ParamValues, variation?: string): DrillSpec {
  const num = (v: Num | undefined, fallback: number): number =>
    v === undefined ? fallback : typeof v === 'number' ? v : evalRef(v, values);
  const pt = (p: PointIn): Point => ({ x: num(p.x, 0), y: num(p.y, 0) });
  const vary = s.variations?.find((x) => x.id === variation);
  const without = new Set(vary?.without ?? []);

  const D = BEHAVIOUR_DEFAULTS;
  const behaviour = (b: BehaviourIn | undefined, role: Role): Behaviour => {
    switch (b?.kind ?? defaultKind(role)) {
      case 'striker': {
        const s = b as Extract<BehaviourIn, { kind: 'striker' }> | undefined;
        return {
          kind: 'striker', shootRange: num(s?.shootRange, D.striker.shootRange),
          ...(s?.supportOf !== undefined ? { supportOf: s.supportOf } : {}),
          ...(s?.shoulder ? { shoulder: { of: s.shoulder.of, gap: num(s.shoulder.gap, D.striker.shoulderGap) } } : {}),
        };
      }
      case 'keeper': return { kind: 'keeper', holdSpeed: num((b as Extract<BehaviourIn, { kind: 'keeper' }> | undefined)?.holdSpeed, D.keeper.holdSpeed) };
    }
    switch (b?.kind) {
      case 'line': return { kind: 'line', group: b.group, x: num(b.x, 0) };
      case 'track': return { kind: 'track', target: b.target, gap: num(b.gap, D.track.gap) };
      case 'zone': return { kind: 'zone', spot: pt(b.spot), pickUp: num(b.pickUp, D.zone.pickUp) };
      case 'recover': return { kind: 'recover', delay: num(b.delay, D.recover.delay) };
      case 'carrier': return { kind: 'carrier', shootRange: num(b.shootRange, D.carrier.shootRange) };
      case 'press': return { kind: 'press' };
      case 'cover': return { kind: 'cover', of: b.of, depth: num(b.depth, D.cover.depth) };
      case 'pass-on': return { kind: 'pass-on', group: b.group, x: num(b.x, 0), zone: [num(b.zone.from, 0), num(b.zone.to, 0)], partner: b.partner, gap: num(b.gap, D['pass-on'].gap) };
      default: return { kind: 'stand' };
    }
  };

  const agents: AgentSpec[] = s.agents.filter((a) => !without.has(a.id)).map((a) => {
    const base = DEFAULT_PROFILES[a.role];
    const profile: Profile = {
      maxSpeed: num(a.profile?.maxSpeed, base.maxSpeed),
      accel: num(a.profile?.accel, base.accel),
      brake: num(a.profile?.brake, base.brake),
      reaction: num(a.profile?.reaction, base.reaction),
      reach: num(a.profile?.reach, base.reach),
    };
    return { id: a.id, team: a.team, role: a.role, label: a.label ?? a.id.slice(0, 3), start: pt(a.start), profile, behaviour: behaviour(a.behaviour, a.role) };
  });

  const target = (t: OptionIn): Target => ({
    ...(t.agent !== undefined ? { agent: t.agent } : {}),
    ...(t.point ? { point: pt(t.point) } : {}),
    lead: t.lead ? pt(t.lead) : { x: 0, y: 0 },
  });
  // A stage without a player drops the options that name him (a choice of the one left is no choice).
  const options = (opts: OptionIn[] | undefined, rule: ChoiceRule | undefined): Pick<Target & { options?: Target[]; choose?: ChoiceRule }, 'options' | 'choose'> => {
    const kept = (opts ?? []).filter((o) => o.agent === undefined || !without.has(o.agent));
    return kept.length ? { options: kept.map(target), choose: rule ?? 'first-to-arrive' } : {};
  };
  const actions: Action[] = [];
  for (const a of s.script) {
    if (a.do !== 'line' && without.has(a.agent)) continue;
    const at = num(a.at, 0);
    if (a.do === 'run') actions.push({ kind: 'run', at, agent: a.agent, path: a.path.map(pt), pace: num(a.pace, 1) });
    else if (a.do === 'line') actions.push({ kind: 'line', at, group: a.group, x: num(a.x, 0) });
    else {
      actions.push({
        kind: a.do === 'shoot' ? 'shot' : a.do, at, agent: a.agent,
        to: {
          ...target(a.to),
          ...options(a.to.options, a.to.choose),
        },
        speed: num(a.speed, a.do === 'shoot' ? 24 : 15), loft: num(a.loft, a.do === 'cross' ? 25 : 0),
        ...(a.restart ? { restart: a.restart } : {}),
      });
    }
  }

  const ballWith = s.ball?.with;
  return {
    id: s.id,
    pitch: s.pitch ?? DEFAULT_PITCH,
    tickRate: s.tickRate ?? 50,
    duration: s.duration ?? 10,
    offside: vary?.offside ?? s.offside ?? true,
    ...(s.endZone ? { endZone: num(s.endZone.depth, 10) } : {}),
    // validate refuses a drill that gives neither, or a stage without the holder; were one to
    // get here unchecked, the ball lies at the centre of its own pitch, not of the default one.
    ballAt: ballWith !== undefined && !without.has(ballWith) ? ballWith : s.ball?.at ? pt(s.ball.at) : centre(s.pitch ?? DEFAULT_PITCH),
    agents,
    actions,
    finishError: num(s.finishError, 0.8),
    touch: num(s.touch, 1.2),
  };
}
