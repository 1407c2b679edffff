import type { ActionIn, Problem, ScenarioFile } from './types';
import { evalNum } from './num';
import { paramValues } from './resolve';
import { clip, clipList } from './bounded-text';

// Warnings, not errors: script lines that will be skipped as the file is written, read at the
// parameters' defaults. A pass, cross or shot by the clock is played only by a player who has
// the ball then: the one who starts with it, or one an earlier line plays it to (a ball played
// to a spot may reach any attacker, one with options any of them; a striker may give it to the team-mate he supports). A line
// on a trigger waits for its player's own control or touch, or for the ball to come to him from
// some line of the script. (Whether he keeps it until then is the run's to say: `skipped`.)

type BallLine = Extract<ActionIn, { do: 'pass' | 'cross' | 'shoot' }>;
const isBall = (a: ActionIn): a is BallLine => a.do === 'pass' || a.do === 'cross' || a.do === 'shoot';
const VERB = { pass: 'pass', cross: 'cross', shoot: 'shot' } as const;

/** Who a line gives the ball to: its target, or any of its options, or every attacker for a ball played to a spot. */
function receivers(s: ScenarioFile, a: BallLine): string[] {
  if (a.do === 'shoot') return [];
  const targets = a.to.options ?? [a.to]; // which option is picked is the run's to say
  const named = targets.flatMap((t) => (t.agent !== undefined ? [t.agent] : []));
  if (named.length === targets.length) return named;
  return s.agents.filter((x) => x.team === 'attack').map((x) => x.id);
}

/** Add the team-mates strikers in `holders` support (they may square it to them). */
function withSupport(s: ScenarioFile, holders: Set<string>): Set<string> {
  for (const x of s.agents) {
    const b = x.behaviour;
    if (b?.kind === 'striker' && b.supportOf !== undefined && holders.has(x.id)) holders.add(b.supportOf);
  }
  return holders;
}

export function scriptWarnings(s: ScenarioFile): Problem[] {
  const start = s.ball?.with;
  if (start === undefined) return []; // a loose ball at the start may be anyone's
  const values = paramValues(s);
  const timeOf = (a: ActionIn): number | null => (typeof a.at === 'object' ? null : evalNum(a.at, values));
  const byTrigger = new Set<string>();
  for (const a of s.script) if (isBall(a) && typeof a.at === 'object') receivers(s, a).forEach((r) => byTrigger.add(r));
  // Who may have the ball before time t: the holder at the start, anyone a line on a trigger
  // plays it to, and anyone a possible earlier line by the clock plays it to.
  const timed = s.script.map((a) => ({ a, t: timeOf(a) })).filter((x): x is { a: BallLine; t: number } => isBall(x.a) && x.t !== null).sort((x, y) => x.t - y.t);
  const holdersBefore = (t: number): Set<string> => {
    const h = new Set([start, ...byTrigger]);
    for (const x of timed) {
      if (x.t >= t) break;
      if (withSupport(s, new Set(h)).has(x.a.agent)) receivers(s, x.a).forEach((r) => h.add(r)); // a line that can happen
    }
    return h;
  };
  const out: Problem[] = [];
  s.script.forEach((a, k) => {
    if (!isBall(a)) return;
    const t = timeOf(a);
    const what = `${clip(a.agent)}'s ${VERB[a.do]}`;
    if (t === null) {
      const at = a.at as Exclude<ActionIn['at'], number | string>;
      const own = 'after' in at && at.by === a.agent && (at.after === 'control' || at.after === 'touch');
      const ever = new Set([start, ...byTrigger]);
      for (const b of s.script) if (isBall(b)) receivers(s, b).forEach((r) => ever.add(r));
      if (!own && !withSupport(s, ever).has(a.agent)) {
        out.push({ path: `$.script[${k}]`, message: `${what} cannot happen: ${clip(a.agent)} does not start with the ball (${clip(start)} does) and no line of the script plays it to him` });
      }
      return;
    }
    const holders = holdersBefore(t);
    if (withSupport(s, holders).has(a.agent)) return;
    const earlier = [...holders].filter((h) => h !== start);
    out.push({
      path: `$.script[${k}].at`,
      message: `${what} at ${Number(t.toFixed(2))} s cannot happen as written: ${clip(a.agent)} does not start with the ball (${clip(start)} does)` +
        (earlier.length ? ` and no earlier line plays it to him (only to ${clipList(earlier)})` : ' and no earlier line plays it to him') +
        ' — give it to him first, or play it on a trigger: { "after": "control", "by": "' + clip(a.agent) + '" }',
    });
  });
  return out;
}
