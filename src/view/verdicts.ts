import type { Trace } from '../core/trace';
import type { Metres, Tick } from '../core/units';

// The offside verdict for the intended receiver at each play of the ball, read from the
// judgment the engine recorded with the pass (Law 11 is judged when the ball is played).

export interface Verdict {
  tick: Tick; // the judgment frame
  receiver: string; // agent id
  receiverIndex: number;
  offside: boolean; // in an offside position (an offence if they then play the ball)
  exempt: boolean; // received directly from a throw-in, goal kick or corner
  marginM: Metres; // distance from the line, always ≥ 0
  lineX: Metres;
  text: string;
}

/** "0.4 m", with two decimals below 10 cm so that a near-level call never reads "0.0 m". */
export function formatMargin(m: Metres): string {
  const a = Math.abs(m);
  return `${a < 0.1 ? a.toFixed(2) : a.toFixed(1)} m`;
}

export function verdictText(offside: boolean, marginM: Metres, exempt: boolean): string {
  if (exempt) return `Onside: received from a restart`;
  if (!offside && Math.abs(marginM) < 0.005) return 'Onside: level';
  return `${offside ? 'Offside' : 'Onside'} by ${formatMargin(marginM)}`;
}

/**
 * Who the ball was meant for: the named receiver, or for a ball played into space (a cross to a
 * point) the team-mate who next touches it, if one does.
 */
function receiverOf(trace: Trace, k: number): string | undefined {
  const e = trace.events[k];
  if (e.other) return e.other;
  const ids = new Set(e.judgment?.players.map((p) => p.id));
  for (const n of trace.events.slice(k + 1)) {
    if (n.type === 'run') continue;
    return n.agent !== undefined && ids.has(n.agent) ? n.agent : undefined;
  }
  return undefined;
}

function verdictOf(trace: Trace, k: number): Verdict | null {
  const e = trace.events[k];
  if ((e.type !== 'pass' && e.type !== 'cross') || !e.judgment) return null;
  const receiver = receiverOf(trace, k);
  const v = receiver !== undefined ? e.judgment.players.find((p) => p.id === receiver) : undefined;
  if (!v || receiver === undefined) return null;
  const receiverIndex = trace.agents.findIndex((a) => a.id === receiver);
  const exempt = e.judgment.restartExempt;
  return {
    tick: e.tick,
    receiver,
    receiverIndex,
    offside: v.offsidePosition && !exempt,
    exempt,
    marginM: Math.abs(v.marginM),
    lineX: e.judgment.offsideLine,
    text: verdictText(v.offsidePosition && !exempt, v.marginM, exempt),
  };
}

/** All verdicts of a run, in tick order; none when the drill plays without offside. */
export function verdicts(trace: Trace): Verdict[] {
  if (!trace.offside) return [];
  const out: Verdict[] = [];
  for (let k = 0; k < trace.events.length; k++) {
    const v = verdictOf(trace, k);
    if (v) out.push(v);
  }
  return out;
}

/** The verdict on show at a tick: the latest one judged at or before it, for `holdTicks`. */
export function verdictAt(list: readonly Verdict[], tick: number, holdTicks: number): Verdict | null {
  let found: Verdict | null = null;
  for (const v of list) if (v.tick <= tick && tick - v.tick <= holdTicks) found = v;
  return found;
}
