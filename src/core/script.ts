import { BX, BY } from './ball';
import { gather } from './behaviours/carry';
import { choose } from './choose';
import { crossSpeed } from './cross-flight';
import type { DrillEvent, EventType } from './events';
import { aimAt } from './aim';
import { emit, holdAtFoot, judgeAtFrame, release } from './plays';
import type { Action, Trigger, Zone } from './spec';
import { DONE, NOT_YET, PENDING, SKIPPED } from './script-state';
import { ATTACK, DEFENCE, ranksFirst, setLineHeight, type World } from './world';
import { len } from './vec';

// The drill's script as it runs: each line at its clock time or when its trigger fires (an event,
// or a player or the ball reaching a zone), then played, or recorded as `skipped` with why.
// Per tick this reads flat arrays and the new events only, and nothing at all before the next line
// is due or while no trigger is armed; it allocates only when a line is played or skipped (its
// reason is text). (Playing a line was simulate.ts's doAction; a pass or cross may choose among
// options (choose.ts), and a carrier plays his touch ahead within a stride (carry.ts's gather).)

/** For a ball played to a spot: the team-mate striker nearest to it is the one meant to get there. */
function nearestStriker(w: World, x: number, y: number): number {
  let best = -1, bestD = Infinity;
  for (let j = 0; j < w.n; j++) {
    if (w.team[j] !== ATTACK || w.agents[j].behaviour.kind !== 'striker') continue;
    const d = len(w.px[j] - x, w.py[j] - y);
    if (d < bestD || (d === bestD && ranksFirst(w, j, best))) { best = j; bestD = d; }
  }
  return best;
}

const secs = (w: World, tick: number): string => String(Number((tick * w.dt).toFixed(2)));

function skip(w: World, k: number, reason: string): void {
  const s = w.script, a = s.actions[k];
  s.state[k] = SKIPPED;
  emit(w, {
    type: 'skipped', ...(a.kind !== 'line' ? { agent: a.agent } : {}), x: w.ball[BX], y: w.ball[BY], action: a.index!, reason: `${lineName(a)}: ${reason}`,
  });
}

/** "script[3], W's pass" — how a line is named in a reason. */
function lineName(a: Action): string {
  const what = a.kind === 'line' ? `the "${a.group}" line's move` : `${a.agent}'s ${a.kind}${a.firstTime ? ' (first time)' : ''}`;
  return `script[${a.index}], ${what}`;
}

/** Why player i cannot play the ball now. */
function noBall(w: World, i: number): string {
  const holder = w.owner >= 0 ? w.owner : w.possessor;
  const now = `at ${secs(w, w.tick)} s`;
  if (holder >= 0) return `${w.agents[i].id} did not have the ball ${now} (${w.agents[holder].id} had it)`;
  if (w.kicker >= 0 && w.kickKind !== 'touch') return `${w.agents[i].id} did not have the ball ${now} (it was on its way from ${w.agents[w.kicker].id}'s ${w.kickKind})`;
  return `${w.agents[i].id} did not have the ball ${now} (it was loose)`;
}

/** Is player i on a dribble (a run given with the ball, under way), his own touch running ahead? */
function dribbling(w: World, i: number): boolean {
  const path = w.path[i];
  return path !== null && !w.runDone[i] && w.runSeen[i] === path && w.dribble[i] === 1
    && w.owner < 0 && w.possessor === i && w.kicker === i && w.kickKind === 'touch';
}

/** Why a carrier cannot play the ball now: his touch is more than a stride beyond his reach. */
function touchAhead(w: World, i: number): string {
  const d = len(w.ball[BX] - w.px[i], w.ball[BY] - w.py[i]);
  return `${w.agents[i].id}'s touch was ${d.toFixed(1)} m ahead of him at ${secs(w, w.tick)} s, more than a stride beyond his reach (${(w.profiles[i].reach + 1).toFixed(1)} m)`;
}

/** Play line k now; `firstTime`: the ball is met as it comes (no one has it at their feet). */
function play(w: World, k: number, firstTime: boolean): void {
  const s = w.script, a = s.actions[k];
  if (a.kind === 'line') {
    setLineHeight(w, a.group, a.x);
    s.state[k] = DONE;
    return;
  }
  const i = w.index.get(a.agent) ?? -1;
  if (a.kind === 'run') {
    w.path[i] = a.path;
    w.pathIdx[i] = 0;
    w.pathPace[i] = a.pace;
    w.runDone[i] = 0;
    if (w.runAt[i] > w.tick) w.runAt[i] = w.tick; // a run on a trigger: the receiver is no longer waiting for it
    s.state[k] = DONE;
    emit(w, { type: 'run', agent: a.agent, x: w.px[i], y: w.py[i] });
    return;
  }
  if (w.outcome) return skip(w, k, `the play was over (${w.outcome.result} at ${w.outcome.t} s)`);
  if (a.to.agent !== undefined && !w.index.has(a.to.agent)) return skip(w, k, `its target ${a.to.agent} is not on the pitch in this stage`);
  if (!firstTime && !gather(w, i)) {
    // Mid-dribble, the line is played at its time from his feet or his touch within a stride, or not at all.
    if (dribbling(w, i)) return skip(w, k, touchAhead(w, i));
    // His first touch is still running, beyond a stride: the line waits until he has it back.
    if (w.possessor === i) return;
    return skip(w, k, noBall(w, i));
  }
  s.state[k] = DONE;
  const pick = choose(w, a, i); // of several options, the one its rule picks now
  const aim = aimAt(w, a.kind, pick.to, a.speed, a.loft);
  const dx = aim.x - w.ball[BX], dy = aim.y - w.ball[BY];
  holdAtFoot(w);
  const elev = (a.loft * Math.PI) / 180;
  const speed = a.kind === 'cross' ? crossSpeed(w, len(dx, dy), elev) : a.speed;
  release(w, i, a.kind, dx, dy, speed, a.kind === 'pass' ? 0 : elev);
  w.receiver = pick.to.agent !== undefined ? w.index.get(pick.to.agent) ?? -1 : nearestStriker(w, aim.x, aim.y);
  // The intended receiver is named on the event even for a ball played to a spot.
  const ev = emit(w, {
    type: a.kind, agent: a.agent, ...(w.receiver >= 0 && a.kind !== 'shot' ? { other: w.agents[w.receiver].id } : {}),
    x: w.ball[BX], y: w.ball[BY], speed, to: { x: aim.x, y: aim.y },
    ...(a.kind === 'shot' ? { finish: firstTime ? 'first-time' as const : 'placed' as const } : {}), ...(firstTime ? { firstTime: true } : {}),
    ...(a.restart ? { restart: a.restart } : {}),
    ...(pick.chosen ? { chosen: pick.chosen } : {}),
  });
  if (w.team[i] !== DEFENCE) judgeAtFrame(w, i, ev, a.restart);
}

/** Play every line due by this tick, in order (at the start of the tick, before anyone thinks). */
export function runDueLines(w: World): void {
  const s = w.script;
  if (w.tick < s.nextDue) return;
  let next = NOT_YET;
  for (let k = 0; k < s.actions.length; k++) {
    if (s.state[k] !== PENDING) continue;
    if (s.due[k] <= w.tick) play(w, k, false);
    if (s.state[k] === PENDING && s.due[k] < next) next = s.due[k]; // not yet due, or waiting for the ball
  }
  s.nextDue = next;
}

// Any touch of the ball: a carrier's touches ahead on a dribble count as his touches too.
const TOUCHES: ReadonlySet<EventType> = new Set(['control', 'pass', 'cross', 'shot', 'interception', 'tackle', 'save', 'touch', 'block', 'deflection', 'miscontrol', 'clearance']);

function matches(t: Extract<Trigger, { kind: 'after' }>, e: DrillEvent): boolean {
  if (t.by !== undefined && e.agent !== t.by) return false;
  return t.event === 'touch' ? TOUCHES.has(e.type) : e.type === t.event;
}

function inZone(z: Zone, x: number, y: number): boolean {
  if (z.kind === 'circle') return len(x - z.x, y - z.y) <= z.r;
  return x >= Math.min(z.x0, z.x1) && x <= Math.max(z.x0, z.x1) && y >= Math.min(z.y0, z.y1) && y <= Math.max(z.y0, z.y1);
}

function fire(w: World, k: number, delay: number): void {
  const s = w.script;
  s.due[k] = w.tick + Math.max(1, Math.round(delay / w.dt)); // the earliest is the next tick
  s.armed--;
  if (s.due[k] < s.nextDue) s.nextDue = s.due[k];
}

/** After the tick: match this tick's events and positions against the triggers still waiting. */
export function watchTriggers(w: World): void {
  const s = w.script;
  const from = s.scanned;
  s.scanned = w.events.length;
  if (s.armed === 0) return;
  for (let k = 0; k < s.actions.length; k++) {
    const t = s.actions[k].on;
    if (!t || s.state[k] !== PENDING || s.due[k] !== NOT_YET) continue;
    if (t.kind === 'after') {
      for (let m = from; m < s.scanned; m++) {
        if (!matches(t, w.events[m])) continue;
        // A first-time line is played by playFirstTime as the ball arrives, never after a control.
        if (++s.seen[k] === t.nth && !s.actions[k].firstTime) { fire(w, k, t.delay); break; }
      }
    } else {
      const i = t.who === undefined ? -1 : w.index.get(t.who) ?? -2;
      if (i === -2) continue; // not in this stage: reported at the end
      const x = i < 0 ? w.ball[BX] : w.px[i], y = i < 0 ? w.ball[BY] : w.py[i];
      if (inZone(t.zone, x, y)) fire(w, k, t.delay);
    }
  }
}

/**
 * Player j is about to take the ball as it comes: if a first-time line waits for his control (the
 * nth, as counted so far), play it now instead of a controlling touch. True if he did.
 */
export function playFirstTime(w: World, j: number): boolean {
  const s = w.script, id = w.agents[j].id;
  for (let k = 0; k < s.actions.length; k++) {
    const a = s.actions[k], t = a.on;
    if (!a.firstTime || s.state[k] !== PENDING || !t || t.kind !== 'after' || t.event !== 'control' || t.by !== id) continue;
    if (s.seen[k] + 1 !== t.nth) continue;
    s.seen[k]++;
    s.armed--; // its trigger has fired, as the ball arrived
    play(w, k, true);
    return s.state[k] === DONE;
  }
  return false;
}

function describeTrigger(t: Trigger): string {
  if (t.kind === 'after') return `after ${t.by !== undefined ? `${t.by}'s ` : 'a '}${t.event}${t.nth > 1 ? ` (number ${t.nth})` : ''}`;
  const z = t.zone.kind === 'circle' ? `within ${t.zone.r} m of (${t.zone.x}, ${t.zone.y})` : `the zone x ${t.zone.x0}–${t.zone.x1}, y ${t.zone.y0}–${t.zone.y1}`;
  return `when ${t.who ?? 'the ball'} reaches ${z}`;
}

/** At the end of the run: every line that waited for its trigger or its ball in vain is skipped, with why. */
export function skipLeftovers(w: World): void {
  const s = w.script;
  const end = w.outcome ? `${w.outcome.result} at ${w.outcome.t} s` : `at ${secs(w, w.tick)} s`;
  for (let k = 0; k < s.actions.length; k++) {
    if (s.state[k] !== PENDING) continue;
    const a = s.actions[k], t = a.on;
    if (a.kind !== 'line' && a.kind !== 'run' && w.possessor === w.index.get(a.agent) && s.due[k] <= w.tick) {
      skip(w, k, `${a.agent} never had the ball at his feet again after his touch before the drill ended (${end})`);
    } else if (t && s.due[k] === NOT_YET) {
      const absent = t.kind === 'after' ? t.by : t.who;
      const gone = absent !== undefined && !w.index.has(absent) ? ` (${absent} is not on the pitch in this stage)` : '';
      skip(w, k, `its trigger (${describeTrigger(t)}) never happened before the drill ended (${end})${gone}`);
    } else if (t) {
      skip(w, k, `its trigger fired, but the drill ended (${end}) before it was due at ${secs(w, s.due[k])} s`);
    }
    // A line by the clock due after the end is not skipped: the drill ran out of time first, as its time says.
  }
}
