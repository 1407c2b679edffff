import { describe, expect, it } from 'vitest';
import { CARRY_SHARE } from '../../src/core/behaviours/carry';
import { simulate } from '../../src/core/simulate';
import type { Action } from '../../src/core/spec';
import { agentAt, ballAt, type Trace } from '../../src/core/trace';
import { agent, drill } from './helpers';

// Carrying the ball: a run given to the player on the ball is a dribble along its path, at a
// carrying speed, with touches that put the ball ahead of the feet; a presser can tackle it.
const carrier = { kind: 'carrier' as const, shootRange: 12 };
const keeper = { kind: 'keeper' as const, holdSpeed: 16 };
const downTheLine: Action = { kind: 'run', at: 0.2, agent: 'FB', path: [{ x: 75, y: 64 }, { x: 92, y: 64 }], pace: 1 };

function pos(t: Trace, id: string, tick: number): { x: number; y: number; v: number } {
  const a = agentAt(t, tick, t.agents.findIndex((x) => x.id === id));
  return { x: a.x, y: a.y, v: Math.hypot(a.vx, a.vy) };
}

/** Distance from (x, y) to the polyline through pts. */
function offPath(x: number, y: number, pts: { x: number; y: number }[]): number {
  let best = Infinity;
  for (let k = 0; k + 1 < pts.length; k++) {
    const a = pts[k], b = pts[k + 1];
    const dx = b.x - a.x, dy = b.y - a.y;
    const s = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(a.x + s * dx - x, a.y + s * dy - y));
  }
  return best;
}

describe('a dribble along the run', () => {
  const t = simulate(drill([agent('FB', 'attack', 'attacker', 60, 62, carrier), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [downTheLine], { duration: 6 }), 1);
  const path = [{ x: 60, y: 62 }, ...downTheLine.path];

  it('gets through: the carrier ends the run at its end, with the ball at his feet', () => {
    const end = pos(t, 'FB', t.ticks - 1);
    expect(Math.hypot(end.x - 92, end.y - 64)).toBeLessThan(1); // he stops on the run's end (arrive within 1 m)
    expect(t.owner[t.ticks - 1]).toBe(0); // FB (agent 0) has it
    expect(t.outcome.result).toBe('timeout'); // nobody took it, and nothing else ended the drill
  });

  it('goes down the line: carrier and ball stay within 1.5 m of the path the whole way (he does not cut inside)', () => {
    for (let k = 0; k < t.ticks; k++) {
      const p = pos(t, 'FB', k);
      expect(offPath(p.x, p.y, path), `FB at ${k}`).toBeLessThan(1.5);
      const o = k * t.stride;
      expect(offPath(t.frames[o], t.frames[o + 1], path), `ball at ${k}`).toBeLessThan(1.5);
    }
  });

  it('touches the ball ahead of his feet and meets it again: several touches, the ball free in between', () => {
    const touches = t.events.filter((e) => e.type === 'touch' && e.agent === 'FB');
    expect(touches.length).toBeGreaterThanOrEqual(3);
    // Between touches the ball is loose (owner −1) and ahead of him along the run, up to a few metres.
    let loose = 0, maxLead = 0;
    for (let k = touches[0].tick + 1; k < touches[1].tick; k++) {
      if (t.owner[k] !== -1) continue;
      loose++;
      maxLead = Math.max(maxLead, t.frames[k * t.stride] - pos(t, 'FB', k).x);
    }
    expect(loose).toBeGreaterThan(5);
    expect(maxLead).toBeGreaterThan(0.8); // ahead of the feet, not glued to them
    expect(maxLead).toBeLessThan(4); // still his: within a stride or two
  });

  it('runs at a carrying speed: never faster than 0.85 of his top speed while dribbling, and near it on the straight', () => {
    const vmax = 9; // the attacker's default top speed (profile.ts)
    let top = 0;
    const lastTouch = t.events.filter((e) => e.type === 'touch').at(-1)!.tick;
    for (let k = 0; k <= lastTouch; k++) top = Math.max(top, pos(t, 'FB', k).v);
    expect(top).toBeLessThanOrEqual(CARRY_SHARE * vmax + 1e-9);
    expect(top).toBeGreaterThan(0.95 * CARRY_SHARE * vmax);
  });

  it('a run to get the ball is no dribble: a runner who receives mid-run plays on as his behaviour says', () => {
    // Same file, the same run given to a player without the ball: no touches are his.
    const u = simulate(drill([agent('P', 'neutral', 'server', 50, 30, { kind: 'stand' }), agent('FB', 'attack', 'attacker', 60, 62, carrier)], [downTheLine], { duration: 3 }), 1);
    expect(u.events.some((e) => e.type === 'touch')).toBe(false);
  });
});

describe('a dribble over many seeds', () => {
  it('each touch runs free past his reach and is met again within a few metres (down the line, seeds 1–10)', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const t = simulate(drill([agent('FB', 'attack', 'attacker', 60, 62, carrier), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [downTheLine], { duration: 6 }), seed);
      const touches = t.events.filter((e) => e.type === 'touch' && e.agent === 'FB').map((e) => e.tick);
      expect(touches.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
      for (let n = 0; n < touches.length; n++) {
        let lead = 0, k = touches[n] + 1;
        for (; k < t.ticks && t.owner[k] === -1; k++) {
          const p = pos(t, 'FB', k), o = k * t.stride;
          lead = Math.max(lead, Math.hypot(t.frames[o] - p.x, t.frames[o + 1] - p.y));
        }
        expect(t.owner[k], `seed ${seed}, touch ${n}: met again`).toBe(0);
        expect(lead, `seed ${seed}, touch ${n}`).toBeGreaterThan(1.0); // beyond his reach (1 m, profile.ts): the ball was free
        expect(lead, `seed ${seed}, touch ${n}`).toBeLessThan(4);
      }
    }
  });

  it('round a sharp bend he slows and takes the ball with him: carrier and ball within 1.5 m of the run, touches on the new leg', () => {
    const bends = [[{ x: 75, y: 40 }, { x: 75, y: 60 }], [{ x: 70, y: 40 }, { x: 60, y: 50 }]]; // 90° and 135°
    for (const legs of bends) {
      const path = [{ x: 50, y: 40 }, ...legs];
      for (let seed = 1; seed <= 10; seed++) {
        const run: Action = { kind: 'run', at: 0.2, agent: 'W', path: legs, pace: 1 };
        const t = simulate(drill([agent('W', 'attack', 'attacker', 50, 40, carrier), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [run], { duration: 8 }), seed);
        const at = `bend to ${legs[1].x},${legs[1].y}, seed ${seed}`;
        for (let k = 0; k < t.ticks; k++) {
          const p = pos(t, 'W', k), o = k * t.stride;
          expect(offPath(p.x, p.y, path), `W at ${k}, ${at}`).toBeLessThan(1.5);
          expect(offPath(t.frames[o], t.frames[o + 1], path), `ball at ${k}, ${at}`).toBeLessThan(1.5);
        }
        const corner = legs[0];
        const after = t.events.filter((e) => e.type === 'touch' && offPath(e.x, e.y, legs) < 1 && Math.hypot(e.x - corner.x, e.y - corner.y) > 2);
        expect(after.length, at).toBeGreaterThanOrEqual(1); // he pushes on again once round
        const end = pos(t, 'W', t.ticks - 1);
        expect(Math.hypot(end.x - legs[1].x, end.y - legs[1].y), at).toBeLessThan(1);
        expect(t.owner[t.ticks - 1], at).toBe(0);
      }
    }
  });
});

describe('a dribble that is tackled', () => {
  it('a presser in the way closes the carrier down and tackles him; the tackle is after control', () => {
    const t = simulate(drill([agent('FB', 'attack', 'attacker', 60, 62, carrier), agent('D', 'defence', 'defender', 80, 60, { kind: 'press' }), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [downTheLine], { duration: 6 }), 1);
    expect(t.outcome.result).toBe('tackled');
    expect(t.outcome.agent).toBe('D');
    const tackle = t.events.find((e) => e.type === 'tackle')!;
    expect(tackle.other).toBe('FB');
    expect(tackle.afterControl).toBe(true);
    // The press set off only once the carrier had set off (0.2 s) plus the defender's 0.5 s reaction.
    for (let k = 0; k < Math.round((0.2 + 0.5) * 50); k++) expect(pos(t, 'D', k).v, `tick ${k}`).toBe(0);
    expect(t.events.filter((e) => e.type === 'touch').length).toBeGreaterThanOrEqual(1);
  });
});

describe('the carrier plays on', () => {
  it('a cross due while the ball is between touches is still played, from the ball where it is', () => {
    // Crosses at 2.0 s: mid-dribble (touches at 0.48, 1.38, 1.92 s: the ball is ahead of his feet then).
    const cross: Action = { kind: 'cross', at: 2.0, agent: 'FB', speed: 0, loft: 25, to: { point: { x: 99, y: 34 }, lead: { x: 0, y: 0 } } };
    const t = simulate(drill([agent('FB', 'attack', 'attacker', 60, 62, carrier), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [downTheLine, cross], { duration: 6 }), 1);
    const k = Math.round(2.0 * 50);
    expect(t.owner[k - 1]).toBe(-1); // the ball was a touch ahead just before
    const ev = t.events.find((e) => e.type === 'cross');
    expect(ev?.tick).toBe(k);
    expect(ev?.agent).toBe('FB');
  });

  it('a cross due at any moment of an out-and-back dribble is played on its tick: his touch never runs more than a stride beyond his reach', () => {
    // Out and back (75 then 62 m). A cross is due at each 0.1 s of the run. The carrier keeps his
    // touches within his reach + a 1 m stride (he plans each one against the ball's own roll and
    // takes none into the turn), so every one is played on its tick; a line due while a touch had
    // run further would be skipped, saying how far (script.ts, touchAhead), but a dribble as
    // planned never leaves it there.
    const back: Action = { ...downTheLine, index: 0, path: [{ x: 75, y: 64 }, { x: 62, y: 64 }] };
    let played = 0;
    for (let due = 5; due <= 45; due++) {
      const at = due / 10, k = Math.round(at * 50);
      const cross: Action = { kind: 'cross', index: 1, at, agent: 'FB', speed: 0, loft: 25, to: { point: { x: 99, y: 34 }, lead: { x: 0, y: 0 } } };
      const t = simulate(drill([agent('FB', 'attack', 'attacker', 60, 62, carrier), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [back, cross], { duration: 6 }), 1);
      const b = ballAt(t, k - 1), fb = pos(t, 'FB', k - 1);
      const ahead = Math.hypot(b.x - fb.x, b.y - fb.y); // m, ball from his centre as the tick began
      const made = t.events.filter((e) => e.type === 'cross');
      expect(t.events.filter((e) => e.type === 'skipped'), `cross at ${at} s`).toEqual([]);
      expect(made.length, `cross at ${at} s`).toBe(1);
      expect(made[0].tick).toBe(k);
      expect(ahead, `cross at ${at} s`).toBeLessThanOrEqual(2.0 + 1e-9); // reach 1 m + a stride
      played++;
    }
    expect(played).toBe(41);
  });

  it('his touches ahead are touches to a trigger: a run on his second touch starts the tick after it', () => {
    const overlap: Action = { kind: 'run', index: 1, at: Infinity, on: { kind: 'after', event: 'touch', by: 'FB', nth: 2, delay: 0 }, agent: 'S', path: [{ x: 95, y: 40 }], pace: 1 };
    const striker = { kind: 'striker' as const, shootRange: 1 };
    const t = simulate(drill([agent('FB', 'attack', 'attacker', 60, 62, carrier), agent('S', 'attack', 'attacker', 70, 40, striker), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [{ ...downTheLine, index: 0 }, overlap], { duration: 6 }), 1);
    const touches = t.events.filter((e) => e.type === 'touch' && e.agent === 'FB');
    expect(touches.length).toBeGreaterThanOrEqual(2);
    expect(t.events.find((e) => e.type === 'run' && e.agent === 'S')?.tick).toBe(touches[1].tick + 1);
  });

  it('shoots when his run brings him within range with an angle, and not before', () => {
    const inside: Action = { kind: 'run', at: 0.2, agent: 'C', path: [{ x: 100, y: 36 }], pace: 1 };
    const t = simulate(drill([agent('C', 'attack', 'attacker', 75, 36, carrier), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper)], [inside], { duration: 6 }), 1);
    const shot = t.events.find((e) => e.type === 'shot');
    expect(shot?.agent).toBe('C');
    const d = Math.hypot(105 - shot!.x, 34 - shot!.y);
    expect(d).toBeLessThanOrEqual(12 + 1); // the ball is up to a metre ahead of him
    expect(d).toBeGreaterThan(10); // at the edge of his range: he shot as soon as he was in it
    expect(t.events.filter((e) => e.type === 'touch').length).toBeGreaterThanOrEqual(2); // he carried it there
    // No touch ran loose into the penalty area (16.5 m deep, 40.32 m wide): the keeper would come for it.
    for (let k = 0; k < shot!.tick; k++) {
      const o = k * t.stride;
      if (t.owner[k] === -1) expect(t.frames[o] < 105 - 16.5 || Math.abs(t.frames[o + 1] - 34) > 20.16, `ball loose in the box at ${k}`).toBe(true);
    }
  });
});
