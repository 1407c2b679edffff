import type { ChoiceRule } from '../core/events';
import { DEFAULT_PITCH } from '../core/pitch';
import { BEHAVIOUR_DEFAULTS, defaultKind } from '../core/behaviours/defaults';
import { DEFAULT_PROFILES, type Profile, type Role } from '../core/profile';
import type { Action, AgentSpec, Behaviour, DrillSpec, Target, Trigger } from '../core/spec';
import type { Point } from '../core/units';
import type { BehaviourIn, Num, OptionIn, PointIn, Problem, ScenarioFile, TriggerIn } from './types';
import { clip, clipList } from './bounded-text';
import { evalNum, type ParamValues } from './num';

// Parameters in, numbers out: a validated scenario file becomes the DrillSpec the engine runs.

export type { ParamValues };

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The value of a numeric field's expression (the viewer's cue times use it); NaN if it names an unknown parameter. */
export function evalRef(text: string, values: ParamValues): number {
  return evalNum(text, values);
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
  const num = (v: Num | undefined, fallback: number): number => (v === undefined ? fallback : evalNum(v, values));
  const pt = (p: PointIn): Point => ({ x: num(p.x, 0), y: num(p.y, 0) });
  const vary = s.variations?.find((x) => x.id === variation);
  // Left out of this stage: those it names, and those who play only in other stages.
  const without = new Set([...(vary?.without ?? []), ...s.agents.filter((a) => a.stages && !(vary && a.stages.includes(vary.id))).map((a) => a.id)]);

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
      case 'zone': return { kind: 'zone', spot: pt(b.spot), pickUp: num(b.pickUp, D.zone.pickUp), front: b.front ?? D.zone.front };
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
  const trigger = (t: TriggerIn): Trigger => {
    if ('after' in t) return { kind: 'after', event: t.after, ...(t.by !== undefined ? { by: t.by } : {}), nth: t.nth ?? 1, delay: num(t.delay, 0) };
    const z = t.reaches;
    return {
      kind: 'reach', ...(t.when !== 'ball' ? { who: t.when } : {}), delay: num(t.delay, 0),
      zone: 'r' in z ? { kind: 'circle', x: num(z.x, 0), y: num(z.y, 0), r: num(z.r, 0) }
        : { kind: 'rect', x0: num(z.x[0], 0), x1: num(z.x[1], 0), y0: num(z.y[0], 0), y1: num(z.y[1], 0) },
    };
  };

  const actions: Action[] = [];
  s.script.forEach((a, index) => {
    if (a.do !== 'line' && without.has(a.agent)) return; // left out of this stage with its player
    const on = typeof a.at === 'object' ? trigger(a.at) : undefined;
    const at = on ? Infinity : num(a.at as Num, 0); // a line on a trigger is never due by the clock
    const line = { index, ...(on ? { on } : {}) };
    if (a.do === 'run') actions.push({ ...line, kind: 'run', at, agent: a.agent, path: a.path.map(pt), pace: num(a.pace, 1) });
    else if (a.do === 'line') actions.push({ ...line, kind: 'line', at, group: a.group, x: num(a.x, 0) });
    else {
      actions.push({
        ...line, ...(a.firstTime ? { firstTime: true } : {}),
        kind: a.do === 'shoot' ? 'shot' : a.do, at, agent: a.agent,
        to: {
          ...target(a.to),
          ...options(a.to.options, a.to.choose),
        },
        speed: num(a.speed, a.do === 'shoot' ? 24 : 15), loft: num(a.loft, a.do === 'cross' ? 25 : 0),
        ...(a.restart ? { restart: a.restart } : {}),
      });
    }
  });

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
