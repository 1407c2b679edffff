import { describe, expect, it } from 'vitest';
import { runDrill } from './helpers';

// A striker who chases a parried ball away from goal and controls it turns with it: his first
// touch is cushioned towards goal, not knocked 8 m/s across him where he cannot follow (before,
// seeds 68 and 74 of through-pass ran the ball away from him and out by the corner flag).

describe('controlling a rebound', () => {
  it('over 100 seeds of through-pass, a striker who controls a rebound plays the ball again within 2.5 s (or the drill ends first, the ball still in)', () => {
    let controls = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const t = runDrill('through-pass', {}, seed);
      for (const [k, e] of t.events.entries()) {
        if (e.type !== 'control' || e.agent !== 'F' || t.events[k - 1]?.type !== 'rebound') continue;
        controls++;
        // He plays it again (a shot, a pass, another control) within 2.5 s, unless the drill is over first.
        const next = t.events.find((x) => x.tick > e.tick && x.agent === 'F' && x.type !== 'run');
        const over = t.outcome.tick <= e.tick + 125;
        expect(next !== undefined && next.tick <= e.tick + 125 ? true : over && t.events.every((x) => x.tick <= e.tick || x.type !== 'out'), `seed ${seed}: after his control at tick ${e.tick} he never played the ball again`).toBe(true);
      }
    }
    expect(controls).toBeGreaterThanOrEqual(5); // rebounds controlled: not a vacuous loop
  });
});
