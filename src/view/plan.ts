import type { Action } from '../core/spec';
import type { Trace } from '../core/trace';
import type { Point, Tick } from '../core/units';
import { sampleAgent, sampleBall, type AgentSample, type BallSample } from './sample';

// The drill's plan as coaching-diagram arrows: dashed for runs, solid for passes and shots,
// bowed for crosses. Runs follow the resolved script waypoints from where the runner set off;
// passes go from where the ball was played to where it next met someone (the recorded trace).

export type ArrowKind = 'run' | 'pass' | 'cross' | 'shot';

export interface PlanArrow {
  kind: ArrowKind;
  agent: string;
  team: Trace['agents'][number]['team'];
  tick: Tick; // when it happens
  points: Point[]; // world metres, from start to tip
}

/**
 * Tick at which a scripted action fires: its recorded event when there is one (the first of its
 * kind by its player from its planned time that no earlier line has claimed). A line on a trigger
 * (its `at` is Infinity) is found by its event alone: chained plays are drawn too.
 */
function actionTick(trace: Trace, a: Action, claimed: Set<number>): Tick {
  const timed = Number.isFinite(a.at);
  const planned = timed ? Math.round(a.at * trace.tickRate) : 0;
  if (a.kind === 'line') return timed ? planned : trace.ticks;
  const type = a.kind === 'run' ? 'run' : a.kind;
  const k = trace.events.findIndex((x, j) => !claimed.has(j) && x.type === type && x.agent === a.agent && x.tick >= planned);
  if (k < 0) return timed ? planned : trace.ticks;
  claimed.add(k);
  return trace.events[k].tick;
}

export function planArrows(trace: Trace, actions: readonly Action[]): PlanArrow[] {
  const out: PlanArrow[] = [];
  const ag: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };
  const ball: BallSample = { x: 0, y: 0, z: 0 };
  const claimed = new Set<number>(); // events already drawn for an earlier line
  for (const a of actions) {
    if (a.kind === 'line') continue;
    const i = trace.agents.findIndex((x) => x.id === a.agent);
    if (i < 0) continue;
    const tick = actionTick(trace, a, claimed);
    if (tick >= trace.ticks) continue;
    const team = trace.agents[i].team;
    if (a.kind === 'run') {
      sampleAgent(trace, tick, i, ag);
      out.push({ kind: 'run', agent: a.agent, team, tick, points: [{ x: ag.x, y: ag.y }, ...a.path.map((p) => ({ x: p.x, y: p.y }))] });
      continue;
    }
    const played = trace.events.findIndex((e) => e.type === a.kind && e.agent === a.agent && e.tick === tick);
    if (played < 0) continue; // the passer never had the ball: nothing to draw
    // The ball's journey: from the play to the next thing that happens to it (a touch, a save,
    // the line), so the arrow shows the pass that was played, not only the one intended.
    const next = trace.events.slice(played + 1).find((e) => e.type !== 'run');
    sampleBall(trace, tick, ball);
    const from = { x: ball.x, y: ball.y };
    sampleBall(trace, next ? next.tick : trace.ticks - 1, ball);
    out.push({ kind: a.kind, agent: a.agent, team, tick, points: [from, { x: ball.x, y: ball.y }] });
  }
  return out;
}
