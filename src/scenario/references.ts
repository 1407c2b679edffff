import type { ActionIn, Problem, ScenarioFile } from './types';
import { clip, clipList } from './bounded-text';
import { member } from './json-scan';

// Checks a schema cannot express: every name used refers to something declared (as an own name:
// "toString" is no parameter unless declared), names are not used twice nor taken by links,
// ranges agree, and the ball starts with someone or somewhere. (Values against field limits:
// field-limits.ts.) Names from the file are echoed clipped, lists of names cut with a count.

/** The keys a link (?drill=…&seed=…) uses for itself: a parameter so named could not be shared. */
export const LINK_KEYS = ['drill', 'stage', 'seed', 'tick', 'renderer', 'theme', 'present', 'bench'] as const;

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function checkParams(s: ScenarioFile, out: Problem[]): void {
  for (const [name, p] of Object.entries(s.params ?? {})) {
    const at = `$.params${member(name)}`;
    if ((LINK_KEYS as readonly string[]).includes(name)) {
      out.push({ path: at, message: `expected a parameter name other than ${LINK_KEYS.join(', ')} (a link uses those for itself, so "${name}" could not be shared in one)` });
    }
    if (p.min >= p.max) {
      out.push({ path: at, message: `expected min < max, got min ${p.min} and max ${p.max}` });
      continue; // the default and the step are judged against a range, and there is none
    }
    if (p.default < p.min || p.default > p.max) {
      out.push({ path: `${at}.default`, message: `expected a default within ${p.min}–${p.max}, got ${p.default}` });
    }
    if (p.step > p.max - p.min) out.push({ path: `${at}.step`, message: `expected a step no larger than the range (${p.max - p.min}), got ${p.step}` });
  }
}

/** The ball starts at its holder's feet or at a place the drill gives; never by default. */
function checkBall(s: ScenarioFile, out: Problem[]): void {
  const b = s.ball;
  if (b === undefined) out.push({ path: '$', message: 'expected field "ball": who starts with it ("with": an agent id) or where it lies ("at": a place on the pitch)' });
  else if (b.with === undefined && b.at === undefined) out.push({ path: '$.ball', message: 'expected "with" (the agent who starts with the ball) or "at" (where it lies on the pitch)' });
  else if (b.with !== undefined && b.at !== undefined) out.push({ path: '$.ball', message: 'expected either "with" or "at", not both' });
  const holder = b?.with;
  if (holder === undefined) return;
  (s.variations ?? []).forEach((v, k) => (v.without ?? []).forEach((id, m) => {
    if (id === holder) out.push({ path: `$.variations[${k}].without[${m}]`, message: `expected a player other than "${clip(id)}", who starts with the ball ($.ball.with): a stage cannot leave the ball with nobody` });
  }));
  s.agents.forEach((a, k) => {
    if (a.id === holder && a.stages) out.push({ path: `$.agents[${k}].stages`, message: `expected no "stages" for "${clip(a.id)}", who starts with the ball ($.ball.with): the drill without those stages would leave the ball with nobody` });
  });
}

/** A first-time ball is played as it reaches its player: on his control, with no delay. */
function checkFirstTime(at: ActionIn['at'], agent: string, path: string, out: Problem[]): void {
  const ok = typeof at === 'object' && 'after' in at && at.after === 'control' && at.by === agent;
  if (!ok) out.push({ path, message: `expected { "after": "control", "by": "${clip(agent)}" } with "firstTime": a first-time ball is played as it reaches ${clip(agent)}` });
  else if (at.delay !== undefined && at.delay !== 0) out.push({ path: `${path}.delay`, message: 'expected no delay with "firstTime": a first-time ball is played as it arrives' });
}

/** Who a trigger waits for must be in the drill ("ball" in "when" is the ball, never an agent). */
function checkTriggers(s: ScenarioFile, agentRef: (id: string | undefined, path: string) => void, out: Problem[]): void {
  s.script.forEach((a, k) => {
    const t = a.at;
    if (typeof t !== 'object') return;
    const at = `$.script[${k}].at`;
    if ('after' in t) return agentRef(t.by, `${at}.by`);
    if (t.when === 'ball') {
      if (s.agents.some((x) => x.id === 'ball')) out.push({ path: `${at}.when`, message: '"ball" here is the ball: rename the agent called "ball" to watch him' });
      return;
    }
    agentRef(t.when, `${at}.when`);
  });
}

export function checkReferences(s: ScenarioFile): Problem[] {
  const out: Problem[] = [];
  const params = s.params ?? {};
  const paramNames = () => clipList(Object.keys(params), 'none declared');
  const ids = new Set<string>();
  s.agents.forEach((a, k) => {
    if (ids.has(a.id)) out.push({ path: `$.agents[${k}].id`, message: `agent id "${a.id}" is used twice` });
    ids.add(a.id);
  });
  const agentRef = (id: string | undefined, path: string) => {
    if (id !== undefined && !ids.has(id)) out.push({ path, message: `unknown agent "${clip(id)}" (agents: ${clipList(ids, 'none declared')})` });
  };
  checkParams(s, out);
  checkBall(s, out);
  agentRef(s.ball?.with, '$.ball.with');
  const groups = new Set<string>();
  s.agents.forEach((a, k) => {
    const b = a.behaviour;
    const at = `$.agents[${k}].behaviour`;
    if (!b) return;
    if (b.kind === 'line' || b.kind === 'pass-on') groups.add(b.group);
    if (b.kind === 'cover') agentRef(b.of, `${at}.of`);
    if (b.kind === 'pass-on') agentRef(b.partner, `${at}.partner`);
    const mate = b.kind === 'cover' ? b.of : b.kind === 'pass-on' ? b.partner : undefined;
    if (mate !== undefined && mate === a.id) {
      out.push({ path: `${at}.${b.kind === 'cover' ? 'of' : 'partner'}`, message: `expected a team-mate of "${clip(a.id)}", not "${clip(a.id)}" himself (${b.kind === 'cover' ? 'he covers the presser' : 'he passes runners on to his partner'})` });
    }
    if (b.kind === 'track') agentRef(b.target, `${at}.target`);
    if (b.kind === 'striker') {
      agentRef(b.supportOf, `${at}.supportOf`);
      agentRef(b.shoulder?.of, `${at}.shoulder.of`);
    }
  });
  s.script.forEach((a, k) => {
    const at = `$.script[${k}]`;
    if (a.do === 'line') {
      if (!groups.has(a.group)) out.push({ path: `${at}.group`, message: `unknown line group "${clip(a.group)}" (groups: ${clipList(groups, 'none declared')})` });
      return;
    }
    agentRef(a.agent, `${at}.agent`);
    if (a.do === 'pass' || a.do === 'cross' || a.do === 'shoot') {
      agentRef(a.to.agent, `${at}.to.agent`);
      const opts = a.to.options;
      if (opts) {
        if (a.to.agent !== undefined || a.to.point !== undefined) out.push({ path: `${at}.to`, message: 'expected "options" or "agent"/"point", not both (the options are the places to choose from)' });
        opts.forEach((o, m) => {
          agentRef(o.agent, `${at}.to.options[${m}].agent`);
          if (o.agent === undefined && o.point === undefined) out.push({ path: `${at}.to.options[${m}]`, message: 'expected "agent" or "point" to aim at' });
        });
      } else if (a.to.agent === undefined && a.to.point === undefined) out.push({ path: `${at}.to`, message: 'expected "agent", "point" or "options" to aim at' });
      if (a.firstTime) checkFirstTime(a.at, a.agent, `${at}.at`, out);
    }
  });
  checkTriggers(s, agentRef, out);
  (s.cues ?? []).forEach((c, k) => {
    agentRef(c.at.agent, `$.cues[${k}].at.agent`);
    if (c.at.time === undefined && c.at.event === undefined) out.push({ path: `$.cues[${k}].at`, message: 'expected "time" or "event"' });
  });
  const stages = new Set<string>();
  (s.variations ?? []).forEach((v, k) => {
    if (stages.has(v.id)) out.push({ path: `$.variations[${k}].id`, message: `variation (stage) id "${clip(v.id)}" is used twice` });
    stages.add(v.id);
    (v.without ?? []).forEach((id, m) => agentRef(id, `$.variations[${k}].without[${m}]`));
  });
  s.agents.forEach((a, k) => (a.stages ?? []).forEach((id, m) => {
    if (!stages.has(id)) out.push({ path: `$.agents[${k}].stages[${m}]`, message: `unknown stage "${clip(id)}" (stages: ${clipList(stages, 'the drill declares none')})` });
  }));
  (s.variations ?? []).forEach((v, k) => {
    for (const [name, value] of Object.entries(v.set ?? {})) {
      const p = own(params, name) ? params[name] : undefined;
      const at = `$.variations[${k}].set${member(name)}`;
      if (!p) out.push({ path: at, message: `unknown parameter "${clip(name)}" (parameters: ${paramNames()})` });
      else if (value < p.min || value > p.max) out.push({ path: at, message: `expected ${name} within ${p.min}–${p.max} ${p.unit}, got ${value}`.replace(/ ,/, ',') });
    }
  });
  return out;
}
