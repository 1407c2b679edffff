import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';

// Overload attacking, 3 v 2 (session plan, related session 49): the carrier draws the presser and
// releases the spare man. The release time is the main timing.
const DRILL = 'overload-3v2';

describe('overload-3v2', () => {
  it('released early (0.6 s): the presser is not committed, turns and wins the ball back, no chance', () => {
    const ts = runs(DRILL, { passTime: 0.6 });
    expect(shareOf(ts, (t) => firstEvent(t, 'pass', 'C') !== undefined && ['D1', 'D2'].includes(t.outcome.agent ?? '') && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.9);
  });

  it('released as the presser commits (1.4 s): the spare man gets a shot away in at least 70% of 50 seeds', () => {
    expect(share(atValue(DRILL, 'passTime', 1.4), 'works')).toBeGreaterThanOrEqual(0.7);
    const ts = runs(DRILL, { passTime: 1.4 });
    expect(shareOf(ts, (t) => firstEvent(t, 'shot', 'R') !== undefined)).toBeGreaterThanOrEqual(0.7);
  });

  it('held too long (1.9 s): the presser is on top of the carrier and the ball is his, no chance', () => {
    const ts = runs(DRILL, { passTime: 1.9 });
    expect(shareOf(ts, (t) => t.outcome.agent === 'D1' && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.9);
  });

  it('the window is bounded on both sides', () => {
    const w = expectBounded(bands(DRILL, 'passTime', 0.5, 2.5, 0.125), DRILL);
    expect(w.from).toBeGreaterThan(0.6);
    expect(w.to).toBeLessThan(1.9);
  });

  it('2 v 1 (no cover): the same release still makes a chance in most seeds', () => {
    expect(share(atValue(DRILL, 'passTime', 1.4, { variation: 'no-cover', seeds: 20 }), 'works')).toBeGreaterThanOrEqual(0.7);
  });
});
