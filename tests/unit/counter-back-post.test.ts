import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';

// Counter-attack 3 v 2 with a sprint to the back post in transition (back-post guide: transition
// plays; striker clinic: counterattack). The 9 sprints at once; the winger's cross time is the
// main timing.
const DRILL = 'counter-back-post';

describe('counter-back-post', () => {
  it('crossed too soon (1 s): nobody at the back post, the keeper or the near-post defender has it', () => {
    const ts = runs(DRILL, { crossTime: 1 });
    expect(shareOf(ts, (t) => ['GK', 'D1'].includes(t.outcome.agent ?? '') && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.9);
  });

  it('crossed as the 9 arrives (2.75 s): a chance at the back post in at least 70% of 50 seeds', () => {
    expect(share(atValue(DRILL, 'crossTime', 2.75), 'works')).toBeGreaterThanOrEqual(0.7);
    const ts = runs(DRILL, { crossTime: 2.75 });
    expect(shareOf(ts, (t) => { const s = firstEvent(t, 'shot', 'B'); return s !== undefined && s.y < 34; })).toBeGreaterThanOrEqual(0.7); // at the far (left) side
  });

  it('carried too long (4.25 s): the chasing defender closes the winger down before the cross', () => {
    const ts = runs(DRILL, { crossTime: 4.25 });
    expect(shareOf(ts, (t) => t.outcome.agent === 'D2' && firstEvent(t, 'cross') === undefined)).toBeGreaterThanOrEqual(0.9);
  });

  it('the window is bounded on both sides', () => {
    const w = expectBounded(bands(DRILL, 'crossTime', 0.5, 5, 0.25), DRILL);
    expect(w.from).toBeGreaterThan(1);
    expect(w.to).toBeLessThan(4.25);
    expect(w.to - w.from).toBeGreaterThanOrEqual(0.5);
  });

  it('a late sprint (3 s) leaves the on-time cross to nobody', () => {
    expect(share(atValue(DRILL, 'crossTime', 2.75, { variation: 'late-sprint', seeds: 20 }), 'works')).toBeLessThan(0.2);
  });
});
