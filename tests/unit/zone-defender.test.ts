import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import type { Action } from '../../src/core/spec';
import type { Point } from '../../src/core/units';
import { AGENT_FIELDS, BALL_FIELDS, type Trace } from '../../src/core/trace';
import { agent, drill } from './helpers';
import { roundPlayer } from '../../src/core/behaviours/steering';
import type { World } from '../../src/core/world';

// The zone defender on its own (src/core/behaviours/zone.ts, pickUp and mark): it holds its spot
// until an attacker comes within `pickUp` metres of it, then marks that attacker, goal-side and
// ball-side 1 m off, wherever they go; an attacker who stays out of the zone is left alone.
// No pass is played, so the defender never switches to chasing the ball.
const stand = { kind: 'stand' as const };
const striker = { kind: 'striker' as const, shootRange: 10 };
const SPOT = { x: 100, y: 30 };
const PICK_UP = 5;
const zone = { kind: 'zone' as const, spot: SPOT, pickUp: PICK_UP, front: false };
const GOAL = { x: 105, y: 34 };

function at(t: Trace, id: string, tick: number): { x: number; y: number; v: number } {
  const i = t.agents.findIndex((a) => a.id === id);
  const o = Math.min(tick, t.ticks - 1) * t.stride + BALL_FIELDS + AGENT_FIELDS * i;
  return { x: t.frames[o], y: t.frames[o + 1], v: Math.hypot(t.frames[o + 2], t.frames[o + 3]) };
}
const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const ticks = (t: Trace) => Array.from({ length: t.ticks }, (_, k) => k);

/** The server P holds the ball at (75, 34); R (from 85, 40) runs `path` at 70% pace from 0.2 s; Z guards SPOT. */
function run(path: Point[], zStart: Point = SPOT, extra: { start: Point; path: Point[]; at: number } | null = null): Trace {
  const agents = [agent('P', 'attack', 'server', 75, 34, stand), agent('R', 'attack', 'attacker', 85, 40, striker), agent('Z', 'defence', 'defender', zStart.x, zStart.y, zone)];
  const actions: Action[] = [{ kind: 'run', at: 0.2, agent: 'R', path, pace: 0.7 }];
  if (extra) {
    agents.push(agent('S', 'attack', 'attacker', extra.start.x, extra.start.y, striker));
    actions.push({ kind: 'run', at: extra.at, agent: 'S', path: extra.path, pace: 0.7 });
  }
  return simulate(drill(agents, actions, { duration: 8 }), 1);
}

// R cuts in to 3 m from the spot, then runs out of the zone towards the touchline and stops at (97, 20).
const THROUGH_ZONE = [{ x: 97, y: 31 }, { x: 97, y: 20 }];

/** Where the mark is: 1 m from the runner along (unit vector to the goal + ½ unit vector to the ball). */
function markPoint(r: Point, ball: Point): Point {
  const gl = dist(GOAL, r), bl = dist(ball, r);
  const ux = (GOAL.x - r.x) / gl + (0.5 * (ball.x - r.x)) / bl, uy = (GOAL.y - r.y) / gl + (0.5 * (ball.y - r.y)) / bl;
  const l = Math.hypot(ux, uy);
  return { x: r.x + ux / l, y: r.y + uy / l };
}

/** The front-post situation: the ball wide on the right at (96, 60); R runs from (88, 42) to the front post and stops there; Z guards the near post. */
function frontPost(front: boolean): Trace {
  const z = { kind: 'zone' as const, spot: { x: 102.5, y: 38 }, pickUp: 9, front };
  const agents = [agent('W', 'attack', 'server', 96, 60, stand), agent('R', 'attack', 'attacker', 88, 42, striker), agent('Z', 'defence', 'defender', 102.5, 38, z)];
  return simulate(drill(agents, [{ kind: 'run', at: 0.1, agent: 'R', path: [{ x: 100.5, y: 39 }], pace: 1 }], { duration: 5 }), 1);
}

describe('zone defender', () => {
  it('told to front the runner (front): ends 1 m from him on his ball side, in the way of the cross; goal-side otherwise', () => {
    const ball = { x: 96, y: 60 };
    for (const front of [true, false]) {
      const t = frontPost(front);
      expect(t.outcome.result).toBe('timeout'); // no pass: the zone defender only marks
      const end = t.ticks - 1;
      const r = at(t, 'R', end), z = at(t, 'Z', end);
      expect(dist(r, { x: 100.5, y: 39 })).toBeLessThan(0.3); // R stands at the front post
      expect(Math.abs(dist(z, r) - 1)).toBeLessThan(0.1); // 1 m off him, settled
      // Nearer the ball than R by most of the gap (fronting), or further from it (goal-side).
      if (front) expect(dist(r, ball) - dist(z, ball)).toBeGreaterThan(0.8);
      else expect(dist(GOAL, r) - dist(GOAL, z)).toBeGreaterThan(0.5);
    }
  });

  // roundPlayer (steering.ts) on its own: agent 0 at the origin wants (4, 0); agent 1 stands at (2, dy).
  it.each([
    { dy: 0.2, tx: 2, ty: -0.65, arrive: 0, why: 'across the way, a little left of it: passed on the right, 0.85 m off his centre' },
    { dy: -0.2, tx: 2, ty: 0.65, arrive: 0, why: 'a little right of it: passed on the left' },
    { dy: 0, tx: 2, ty: -0.85, arrive: 0, why: 'dead ahead: one side, the same each time' },
    { dy: 0.9, tx: 4, ty: 0, arrive: 1, why: 'off the way by more than a body and the margin (0.85 m): straight on' },
  ])('round the runner: $why', ({ dy, tx, ty, arrive }) => {
    const w = { px: Float64Array.of(0, 2), py: Float64Array.of(0, dy), tx: Float64Array.of(4, 0), ty: Float64Array.of(0, 0), arrive: Float64Array.of(1, 0) };
    roundPlayer(w as unknown as World, 0, 1);
    expect(w.tx[0]).toBeCloseTo(tx, 9);
    expect(w.ty[0]).toBeCloseTo(ty, 9);
    expect(w.arrive[0]).toBe(arrive);
  });

  it('round the runner: one behind him or beyond the target is no obstacle', () => {
    for (const [rx, tx] of [[-1, 4], [5, 4]]) {
      const w = { px: Float64Array.of(0, rx), py: Float64Array.of(0, 0), tx: Float64Array.of(tx, 0), ty: Float64Array.of(0, 0), arrive: Float64Array.of(1, 0) };
      roundPlayer(w as unknown as World, 0, 1);
      expect([w.tx[0], w.ty[0], w.arrive[0]]).toEqual([tx, 0, 1]);
    }
  });

  it('holds its spot until a runner enters the zone, then marks him out of it, goal-side and 1 m off', () => {
    const t = run(THROUGH_ZONE);
    expect(t.outcome.result).toBe('timeout'); // nothing else happened: no pass, no touch
    const entered = ticks(t).find((k) => dist(at(t, 'R', k), SPOT) < PICK_UP)!;
    expect(entered).toBeGreaterThan(0);
    // Until then Z has not moved at all (it started on its spot); it sets off on the next tick (picked up at once).
    for (let k = 0; k < entered; k++) expect(dist(at(t, 'Z', k), SPOT)).toBe(0);
    expect(dist(at(t, 'Z', entered + 2), SPOT)).toBeGreaterThan(0);
    // At the end R has stood at (97, 20), 10 m from the spot, for 3 s (from 5.4 s to 8.6 s), and Z has followed him there.
    const end = t.ticks - 1;
    const r = at(t, 'R', end), z = at(t, 'Z', end);
    expect(dist(r, { x: 97, y: 20 })).toBeLessThan(0.3); // the run's last waypoint (a run ends within 0.3 m of it)
    expect(r.v).toBeLessThan(0.01);
    expect(z.v).toBeLessThan(0.01); // settled
    expect(dist(z, SPOT)).toBeGreaterThan(8); // left its zone to stay with him
    expect(Math.abs(dist(z, r) - 1)).toBeLessThan(0.1); // the 1 m marking gap (1.05 here: arriving stops a few cm short)
    expect(dist(GOAL, r) - dist(GOAL, z)).toBeGreaterThan(0.5); // goal-side: nearer the goal than R (0.94 m here)
    const ball = { x: t.frames[end * t.stride], y: t.frames[end * t.stride + 1] };
    expect(dist(z, markPoint(r, ball))).toBeLessThan(0.1); // on the mark to within the arrival tolerance (0.05 m here)
  });

  it('ignores a runner who passes 8 m from the spot, 3 m outside the zone: walks back to its spot and stays', () => {
    const start = { x: 97, y: 32 }; // 3.6 m off its spot, so holding the spot is something it does
    const t = run([{ x: 95, y: 38 }, { x: 104, y: 38 }], start);
    expect(t.outcome.result).toBe('timeout');
    const closest = Math.min(...ticks(t).map((k) => dist(at(t, 'R', k), SPOT)));
    expect(closest).toBeGreaterThan(PICK_UP + 2.5); // 8.08 m: well outside the zone
    expect(closest).toBeLessThan(PICK_UP + 3.5); // but passing by, not far away
    // Never drawn towards R: Z only closes on its spot, and ends there (arriving stops within 0.05 m).
    for (const k of ticks(t)) expect(dist(at(t, 'Z', k), SPOT)).toBeLessThanOrEqual(dist(start, SPOT) + 1e-9);
    const z = at(t, 'Z', t.ticks - 1);
    expect(dist(z, SPOT)).toBeLessThan(0.1);
    expect(z.v).toBeLessThan(0.01);
    expect(dist(z, at(t, 'R', t.ticks - 1))).toBeGreaterThan(8);
  });

  it('keeps the first runner it picked up when a second one then stands on its spot', () => {
    // S sets off at 2.5 s and comes into the zone at 4.3 s, after R has left it (at 4.0 s); S stops 1.5 m from the spot.
    const t = run(THROUGH_ZONE, SPOT, { start: { x: 88, y: 36 }, path: [{ x: 99, y: 31 }], at: 2.5 });
    const rIn = ticks(t).find((k) => dist(at(t, 'R', k), SPOT) < PICK_UP)!;
    const sIn = ticks(t).find((k) => dist(at(t, 'S', k), SPOT) < PICK_UP)!;
    expect(rIn).toBeLessThan(sIn);
    expect(dist(at(t, 'R', sIn), SPOT)).toBeGreaterThan(PICK_UP); // R already out when S comes in
    const end = t.ticks - 1;
    const r = at(t, 'R', end), s = at(t, 'S', end), z = at(t, 'Z', end);
    expect(dist(s, SPOT)).toBeLessThan(2); // S well inside the zone (1.5 m from the spot)
    expect(Math.abs(dist(z, r) - 1)).toBeLessThan(0.1); // still on R, 1 m off
    expect(dist(z, s)).toBeGreaterThan(8);
  });
});
