import { describe, expect, it } from 'vitest';
import { BALL_RADIUS } from '../../src/core/ball';
import { runDrill } from './helpers';

// A ball at a player's feet goes out over a line (or in) like a free one: before, moveBall only
// placed it at his feet, so a striker could dribble on behind the goal and "score" from x = 107 m.

describe('a ball carried at the feet', () => {
  it('never leaves the pitch at a player\'s feet: a carrier who takes it over a line puts it out (through-pass, 100 seeds)', () => {
    let toTheLine = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const t = runDrill('through-pass', {}, seed);
      let near = false;
      for (let k = 0; k <= t.outcome.tick; k++) { // up to the outcome: the tail after it is for the eye
        if (t.owner[k] < 0) continue;
        const x = t.frames[k * t.stride], y = t.frames[k * t.stride + 1];
        expect(x, `seed ${seed} tick ${k}`).toBeLessThanOrEqual(t.pitch.length + BALL_RADIUS);
        expect(Math.min(x, y, t.pitch.width - y), `seed ${seed} tick ${k}`).toBeGreaterThanOrEqual(-BALL_RADIUS);
        if (x > t.pitch.length - 1 && t.agents[t.owner[k]].team === 'attack') near = true;
      }
      if (near) toTheLine++;
    }
    // Some carrier does take it to within a metre of the goal line, or the check above saw nothing.
    expect(toTheLine).toBeGreaterThanOrEqual(1);
  });
});
