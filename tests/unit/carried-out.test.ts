import { describe, expect, it } from 'vitest';
import { BALL_RADIUS } from '../../src/core/ball';
import { simulate } from '../../src/core/simulate';
import type { Trace } from '../../src/core/trace';
import { agent, drill, runDrill } from './helpers';

// A ball at a player's feet goes out over a line (or in) like a free one: before, moveBall only
// placed it at his feet, so a striker could dribble on behind the goal and "score" from x = 107 m.

/** Ticks up to the outcome (the tail after it is for the eye) where an owned ball is off the pitch. */
function ownedOff(t: Trace): string[] {
  const out: string[] = [];
  for (let k = 0; k <= t.outcome.tick; k++) {
    if (t.owner[k] < 0) continue;
    const x = t.frames[k * t.stride], y = t.frames[k * t.stride + 1];
    if (x > t.pitch.length + BALL_RADIUS || Math.min(x, y, t.pitch.width - y) < -BALL_RADIUS) out.push(`tick ${k}: (${x.toFixed(2)}, ${y.toFixed(2)})`);
  }
  return out;
}

describe('a ball carried at the feet', () => {
  it('a carrier told to run on over the goal line, or the touchline, puts the ball out: it never leaves the pitch at his feet', () => {
    const carrier = { kind: 'carrier' as const, shootRange: 0 };
    for (const [to, result] of [[{ x: 110, y: 60 }, 'out'], [{ x: 90, y: 72 }, 'out']] as const) {
      const t = simulate(drill([agent('W', 'attack', 'attacker', 88, 60, carrier)], [{ kind: 'run', at: 0.2, agent: 'W', path: [to], pace: 1 }], { duration: 6 }), 1);
      expect(ownedOff(t), JSON.stringify(to)).toEqual([]);
      expect(t.outcome.result, JSON.stringify(to)).toBe(result);
      // He did carry it to the line first: at some tick it was his within a metre of it.
      let nearLine = false;
      for (let k = 0; k <= t.outcome.tick; k++) {
        const x = t.frames[k * t.stride], y = t.frames[k * t.stride + 1];
        if (t.owner[k] === 0 && (x > t.pitch.length - 1 || y > t.pitch.width - 1)) nearLine = true;
      }
      expect(nearLine, JSON.stringify(to)).toBe(true);
    }
  });

  it('nor in any of 100 seeds of through-pass, up to the outcome', () => {
    for (let seed = 1; seed <= 100; seed++) expect(ownedOff(runDrill('through-pass', {}, seed)), `seed ${seed}`).toEqual([]);
  });
});
