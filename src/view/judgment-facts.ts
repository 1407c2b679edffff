import { secondLastOpponentX, type OffsideJudgment } from '../core/offside';
import { agentAt, agentX, ballAt, type Trace } from '../core/trace';
import type { Metres, Tick } from '../core/units';
import { verdicts } from './verdicts';

// The offside judgment of one play of the ball as a freeze frame: where everyone stood when the
// ball was played, the line and what set it, every attacker's margin, the passer and the
// intended receiver. Pure: read from the trace and the judgment the engine recorded.

export type LineSetBy =
  | { kind: 'defender'; id: string } // the second-last opponent (the keeper counts)
  | { kind: 'ball' }
  | { kind: 'halfway' }
  | { kind: 'goal-line' } // fewer than two opponents: the missing ones stand on their line
  | { kind: 'end-zone' } // the end-zone game: the zone's edge is the line
  | { kind: 'unknown' };

export interface JudgedPlayer {
  id: string;
  index: number; // in trace.agents
  x: Metres;
  y: Metres;
  marginM: Metres; // signed: positive beyond the line
  offsidePosition: boolean;
}

export interface JudgmentFacts {
  eventIndex: number; // in trace.events
  tick: Tick;
  t: number; // s
  play: 'pass' | 'cross';
  passer: string | null; // ids
  receiver: string | null; // the intended receiver, when known
  lineX: Metres;
  setBy: LineSetBy;
  setterIndex: number; // the defender setting the line (index in trace.agents), or −1
  restartExempt: boolean;
  ball: { x: Metres; y: Metres };
  players: JudgedPlayer[];
}

const SAME = 1e-6; // m: a line this close to a candidate was set by it

function setByAt(trace: Trace, tick: Tick, lineX: Metres, ballX: Metres): { setBy: LineSetBy; setterIndex: number } {
  if (trace.endZone !== undefined && Math.abs(trace.pitch.length - trace.endZone - lineX) < SAME) return { setBy: { kind: 'end-zone' }, setterIndex: -1 };
  const defenders = trace.agents
    .map((a, i) => ({ i, id: a.id, team: a.team, x: agentX(trace, tick, i) }))
    .filter((d) => d.team === 'defence');
  // The law's own second-last opponent (core/offside.ts); if no defender stands there, it is the
  // stand-in on the goal line for a missing one.
  const L = trace.pitch.length;
  const secondX = secondLastOpponentX(trace.pitch, defenders.map((d) => d.x));
  const second = defenders.find((d) => d.x === secondX);
  if (second && Math.abs(second.x - lineX) < SAME) return { setBy: { kind: 'defender', id: second.id }, setterIndex: second.i };
  if (Math.abs(ballX - lineX) < SAME) return { setBy: { kind: 'ball' }, setterIndex: -1 };
  if (Math.abs(L / 2 - lineX) < SAME) return { setBy: { kind: 'halfway' }, setterIndex: -1 };
  if (!second && Math.abs(L - lineX) < SAME) return { setBy: { kind: 'goal-line' }, setterIndex: -1 };
  return { setBy: { kind: 'unknown' }, setterIndex: -1 };
}

function factsOf(trace: Trace, k: number, j: OffsideJudgment, receiver: string | null): JudgmentFacts {
  const e = trace.events[k];
  const b = ballAt(trace, e.tick);
  const ball = { x: b.x, y: b.y };
  const players = j.players.flatMap((p): JudgedPlayer[] => {
    const index = trace.agents.findIndex((a) => a.id === p.id);
    if (index < 0) return [];
    const a = agentAt(trace, e.tick, index);
    return [{ id: p.id, index, x: a.x, y: a.y, marginM: p.marginM, offsidePosition: p.offsidePosition }];
  });
  return {
    eventIndex: k, tick: e.tick, t: e.tick / trace.tickRate, play: e.type === 'cross' ? 'cross' : 'pass',
    passer: e.agent ?? null, receiver, lineX: j.offsideLine, ...setByAt(trace, e.tick, j.offsideLine, ball.x),
    restartExempt: j.restartExempt, ball, players,
  };
}

/** Every judged play of the ball (passes and crosses), in tick order; none without offside. */
export function judgments(trace: Trace): JudgmentFacts[] {
  if (!trace.offside) return [];
  const receivers = new Map(verdicts(trace).map((v) => [v.tick, v.receiver]));
  const out: JudgmentFacts[] = [];
  trace.events.forEach((e, k) => {
    if ((e.type !== 'pass' && e.type !== 'cross') || !e.judgment) return;
    out.push(factsOf(trace, k, e.judgment, receivers.get(e.tick) ?? e.other ?? null));
  });
  return out;
}

/** "the second-last defender 4", "the ball", …: what set the line, in words. */
export function setByWords(s: LineSetBy, labelOf: (id: string) => string): string {
  switch (s.kind) {
    case 'defender': return `second-last opponent ${labelOf(s.id)}`;
    case 'ball': return 'the ball';
    case 'halfway': return 'the halfway line';
    case 'goal-line': return 'the goal line (fewer than two opponents)';
    case 'end-zone': return 'the edge of the end zone';
    case 'unknown': return 'the law (see the margins)';
  }
}
