import { describe, expect, it } from 'vitest';
import { offsideLineX, secondLastOpponentX } from '../../src/core/offside';
import { simulate } from '../../src/core/simulate';
import type { DrillEvent } from '../../src/core/events';
import { agentX, ballAt, type Trace } from '../../src/core/trace';
import { agent, drill } from './helpers';

// Offside judged with everyone moving: a striker sprinting in behind while the back line steps
// up. With players standing still it makes no difference when the judgment is taken; here a tick
// is 0.1–0.2 m of margin, so the judged margin must be exactly what the recorded frame of the
// play shows, and the verdict must flip at the run start the frames say it does.

const TICK_RATE = 50;
const PASS_AT = 1.2; // s
const STRIKER = { kind: 'striker' as const, shootRange: 14 };

/**
 * A striker level with a back line; the line steps up at 0.3 s and the pass comes at 1.2 s.
 * The passer stands 74 m out, 6 m behind where the line is as he plays (about 80.7 m), so the
 * ball never sets the line: a 20 m ground pass. From 60 m the measured ball (skid, then a long
 * roll) ran past the run's end at 100 m and the turning line or the keeper always got there
 * first. At 18 m/s with no lead it is aimed at where the striker's run takes him and he meets
 * it: every early run (offside) plays it and is flagged, every later one controls it and scores
 * (pass speed 16–19 m/s, lead ±1 m and the passer 72–76 m out all do the same).
 */
function stepUp(runStartTick: number): Trace {
  return simulate(drill([
    agent('P', 'attack', 'attacker', 74, 34, { kind: 'stand' }),
    agent('A', 'attack', 'attacker', 78, 30, STRIKER),
    agent('B', 'attack', 'attacker', 70, 44, { kind: 'stand' }), // a second team-mate, standing: judged too
    agent('D1', 'defence', 'defender', 82, 26, { kind: 'line', group: 'back', x: 82 }),
    agent('D2', 'defence', 'defender', 82.5, 40, { kind: 'line', group: 'back', x: 82.5 }),
    agent('GK', 'defence', 'goalkeeper', 103, 34, { kind: 'keeper', holdSpeed: 16 }),
  ], [
    { kind: 'line', at: 0.3, group: 'back', x: 76 }, // stepping up, towards the halfway line
    { kind: 'run', at: runStartTick / TICK_RATE, agent: 'A', path: [{ x: 100, y: 30 }], pace: 1 },
    { kind: 'pass', at: PASS_AT, agent: 'P', to: { agent: 'A', lead: { x: 0, y: 0 } }, speed: 18, loft: 0 }, // m/s, on the ground
  ], { tickRate: TICK_RATE }), 1);
}

function passOf(t: Trace): DrillEvent {
  const pass = t.events.find((e) => e.type === 'pass');
  if (!pass?.judgment) throw new Error('the drill played no judged pass');
  return pass;
}

/**
 * The frame the ball is played on: the frame recorded for the pass's own tick (the engine's one
 * convention for passes, shots and controls, plays.ts judgeAtFrame). On it the ball is still at
 * the spot it was kicked from (it leaves the foot on the next tick) and everyone stands where
 * that tick's move put them. Checked from the trace, not assumed: the ball sits at the event's
 * place on that frame and has moved on the next.
 */
function playFrame(t: Trace, pass: DrillEvent): number {
  const f = pass.tick;
  const at = ballAt(t, f), next = ballAt(t, f + 1);
  if (Math.abs(at.x - pass.x) > 1e-9 || Math.abs(at.y - pass.y) > 1e-9) throw new Error(`the ball is not at the pass's spot on its frame ${f}`);
  if (Math.hypot(next.x - at.x, next.y - at.y) < 0.1) throw new Error(`the ball has not left the foot on frame ${f + 1}`);
  return f;
}

/** Law 11's line worked out from one recorded frame (core's pure rule functions, no engine state). */
function lineInFrame(t: Trace, f: number): number {
  const defenders = t.agents.flatMap((a, i) => (a.team === 'defence' ? [agentX(t, f, i)] : []));
  return offsideLineX(t.pitch, ballAt(t, f).x, secondLastOpponentX(t.pitch, defenders));
}

describe('offside judged while everyone moves', () => {
  it('the preconditions hold: at the play the striker sprints and the line steps up', () => {
    const t = stepUp(0);
    const f = playFrame(t, passOf(t));
    const speed = (id: string) => t.frames[f * t.stride + 6 + 4 * t.agents.findIndex((a) => a.id === id) + 2]; // vx, m/s
    expect(speed('A')).toBeGreaterThan(4); // running at goal
    expect(speed('D1')).toBeLessThan(-3); // stepping out, away from goal
    // So a tick either way moves the margin by (vA − vD)·dt > 0.14 m: far beyond the 1e-9 below.
    expect((speed('A') - speed('D1')) / TICK_RATE).toBeGreaterThan(0.14);
  });

  it('every judged margin and the line equal the positions in the frame the ball is played on', () => {
    let checked = 0;
    for (const r of [0, 3, 6, 12, 25]) {
      const t = stepUp(r);
      const pass = passOf(t);
      const f = playFrame(t, pass);
      const line = lineInFrame(t, f);
      expect(pass.judgment!.offsideLine, `run start tick ${r}: line`).toBeCloseTo(line, 9);
      for (const v of pass.judgment!.players) {
        const i = t.agents.findIndex((a) => a.id === v.id);
        expect(v.marginM, `run start tick ${r}: ${v.id}'s margin`).toBeCloseTo(agentX(t, f, i) - line, 9);
        expect(v.offsidePosition).toBe(agentX(t, f, i) > line && agentX(t, f, i) > t.pitch.length / 2);
        checked++;
      }
    }
    expect(checked).toBe(10); // A and B in each of the five runs: the passer is not judged
  });

  it('the verdict flips at the run-start tick where the frames put the striker beyond the line', () => {
    // Sprinting earlier takes him further: from some tick on he is level or behind. The right
    // tick is read from the frames; the engine's verdict must change exactly there.
    const rows = Array.from({ length: 41 }, (_, r) => { // run starts 0–0.8 s
      const t = stepUp(r);
      const pass = passOf(t);
      const f = playFrame(t, pass);
      const a = t.agents.findIndex((x) => x.id === 'A');
      const framesSay = agentX(t, f, a) > lineInFrame(t, f);
      const judged = pass.judgment!.players.find((p) => p.id === 'A')!.offsidePosition;
      return { r, framesSay, judged, outcome: t.outcome.result };
    });
    expect(rows.map((x) => x.judged)).toEqual(rows.map((x) => x.framesSay));
    const flip = rows.findIndex((x) => !x.framesSay);
    // Non-vacuous: offside for the earliest starts, onside for the later ones, one flip only.
    expect(flip).toBeGreaterThan(0);
    expect(rows.slice(0, flip).every((x) => x.framesSay)).toBe(true);
    expect(rows.slice(flip).every((x) => !x.framesSay)).toBe(true);
    expect(rows[0].outcome).toBe('offside'); // and the offence is called when he plays it
    expect(flip, `flip at run start tick ${flip}`).toBeLessThan(rows.length - 5); // well inside the range tried
  });

  it('the offside event carries the judgment made at the play, not one taken later', () => {
    const t = stepUp(0);
    const pass = passOf(t);
    const off = t.events.find((e) => e.type === 'offside');
    expect(off?.agent).toBe('A');
    const f = playFrame(t, pass);
    expect(off!.judgedAt).toBe(pass.tick);
    expect(off!.line).toBeCloseTo(lineInFrame(t, f), 9);
    expect(off!.marginM).toBeCloseTo(agentX(t, f, 1) - lineInFrame(t, f), 9);
    // By the time he touches it the line has moved on: a judgment at the touch would differ.
    expect(Math.abs(lineInFrame(t, off!.tick) - lineInFrame(t, f))).toBeGreaterThan(0.5);
  });
});
