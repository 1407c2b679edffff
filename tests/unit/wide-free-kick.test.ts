import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';

// A wide free kick against a defensive line (back-post guide: set pieces; striker clinic: the
// golden rule). The kick is struck at 2 s; the 5's run off the line is the main timing.
const DRILL = 'wide-free-kick';

describe('wide-free-kick', () => {
  it('leaving the line early (1.25 s): beyond it when the kick is struck, flagged: a free kick is not exempt', () => {
    const ts = runs(DRILL, { runStart: 1.25 });
    expect(shareOf(ts, (t) => t.outcome.result === 'offside' && t.outcome.agent === 'R')).toBeGreaterThanOrEqual(0.9);
    const t = ts[0];
    const kick = firstEvent(t, 'cross', 'X')!;
    expect(kick.judgment!.restartExempt).toBe(false);
    expect(firstEvent(t, 'offside')!.judgedAt).toBe(kick.tick);
  });

  it('holding, then attacking the ball as it is struck (2 s): onside and a chance in at least 70% of 50 seeds', () => {
    const c = atValue(DRILL, 'runStart', 2);
    expect(share(c, 'works')).toBeGreaterThanOrEqual(0.7);
    expect(share(c, 'offside')).toBeLessThan(0.15); // the odd flag comes later, from a rebound
  });

  it('watching the flight (3 s): the defenders turn and win it', () => {
    const ts = runs(DRILL, { runStart: 3 });
    expect(shareOf(ts, (t) => ['D1', 'D2', 'D3', 'GK'].includes(t.outcome.agent ?? '') && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.9);
  });

  it('the window is bounded on both sides: offside, a chance, then lost', () => {
    const bs = bands(DRILL, 'runStart', 0.5, 3.5, 0.125);
    const w = expectBounded(bs, DRILL);
    expect(bs[0].class).toBe('offside');
    expect(w.to - w.from).toBeGreaterThanOrEqual(0.5);
  });
});
