import type { Action } from '../core/spec';
import type { Trace } from '../core/trace';
import type { Point, Tick } from '../core/units';
import { sampleAgent, sampleBall, type AgentSample, type BallSample } from './sample';

// The drill's plan as coaching-diagram arrows: dashed for runs, solid for passes and shots,
// bowed for crosses. Runs follow the resolved script waypoints from where the runner set off;
// passes go from where the ball was played to where it next met someone (the recorded trace).
// Lines on a trigger are drawn as well as lines by the clock, from the tick they were played.

export type ArrowKind = 'run' | 'pass' | 'cross' | 'shot';

export interface PlanArrow {
  kind: ArrowKind;
  agent: string;
  team: Trace['agents'][number]['team'];
  tick: Tick; // when it happens
  points: Point[]; // world metres, from start to tip
}

const typeOf = (a: Exclude<Action, { kind: 'line' }>): string => (a.kind === 'run' ? 'run' : a.kind);

/**
 * The recorded event of each scripted line (index in trace.events, −1 none): lines by the clock
 * first, each the first unclaimed event of its kind by its player from its time on; then lines on
 * a trigger (an event or a place: `at` is Infinity), each the first unclaimed one at any time. A
 * line the engine skipped (a `skipped` event names its index) has none.
 */
function lineEvents(trace: Trace, actions: readonly Action[]): number[] {
  const skipped = new Set(trace.events.flatMap((e) => (e.type === 'skipped' && e.action !== undefined ? [e.action] : [])));
  const claimed = new Set<number>();
  const out = actions.map(() => -1);
  for (const triggered of [false, true]) {
    actions.forEach((a, k) => {
      if (a.kind === 'line' || (a.on !== undefined) !== triggered || skipped.has(a.index ?? k)) return;
      const from = triggered ? 0 : Math.round(a.at * trace.tickRate);
      const type = typeOf(a);
      const e = trace.events.findIndex((x, m) => !claimed.has(m) && x.type === type && x.agent === a.agent && x.tick >= from);
      if (e < 0) return;
      claimed.add(e);
      out[k] = e;
    });
  }
  return out;
}

/** The arrows of the lines that were played, by the clock or on a trigger, at the tick each happened. */
export function planArrows(trace: Trace, actions: readonly Action[]): PlanArrow[] {
  const out: PlanArrow[] = [];
  const ag: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };
  const ball: BallSample = { x: 0, y: 0, z: 0 };
  const events = lineEvents(trace, actions);
  actions.forEach((a, k) => {
    if (a.kind === 'line' || events[k] < 0) return; // a line move has no arrow; a line never played, none either
    const i = trace.agents.findIndex((x) => x.id === a.agent);
    if (i < 0) return;
    const played = events[k];
    const tick = trace.events[played].tick;
    const team = trace.agents[i].team;
    if (a.kind === 'run') {
      sampleAgent(trace, tick, i, ag);
      out.push({ kind: 'run', agent: a.agent, team, tick, points: [{ x: ag.x, y: ag.y }, ...a.path.map((p) => ({ x: p.x, y: p.y }))] });
      return;
    }
    // The ball's journey: from the play to the next thing that happens to it (a touch, a save,
    // the line), so the arrow shows the pass that was played, not only the one intended.
    const next = trace.events.slice(played + 1).find((e) => e.type !== 'run' && e.type !== 'skipped');
    sampleBall(trace, tick, ball);
    const from = { x: ball.x, y: ball.y };
    sampleBall(trace, next ? next.tick : trace.ticks - 1, ball);
    out.push({ kind: a.kind, agent: a.agent, team, tick, points: [from, { x: ball.x, y: ball.y }] });
  });
  return out;
}
