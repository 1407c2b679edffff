import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';

// Third-man run in behind (striker clinic: in behind movement, pass and run combinations): the
// 6 plays into the 9, who lays it first time behind the line for the 8. The 8's run start is the
// main timing; the 6 passes at 0.8 s and the 9 lays it off at about 1.8 s.
const DRILL = 'third-man-run';

describe('third-man-run', () => {
  it('before the first pass (0.1 s): beyond the line at the lay-off, flagged', () => {
    const ts = runs(DRILL, { runStart: 0.1 });
    expect(shareOf(ts, (t) => t.outcome.result === 'offside' && t.outcome.agent === 'C')).toBeGreaterThanOrEqual(0.9);
    // Judged at the 9's lay-off, the play that found him.
    const t = ts[0];
    expect(firstEvent(t, 'offside')!.judgedAt).toBe(firstEvent(t, 'pass', 'B')!.tick);
  });

  it('as the ball travels into the 9 (0.9 s): level at the lay-off, through, a chance in at least 70% of 50 seeds', () => {
    const c = atValue(DRILL, 'runStart', 0.9);
    expect(share(c, 'works')).toBeGreaterThanOrEqual(0.7);
    expect(share(c, 'offside')).toBe(0);
  });

  it('waiting for the 9 (2 s): a centre-back gets to the through ball first', () => {
    const ts = runs(DRILL, { runStart: 2 });
    expect(shareOf(ts, (t) => ['CB1', 'CB2', 'GK'].includes(t.outcome.agent ?? '') && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.9);
  });

  it('the window is bounded on both sides: offside, a chance, then lost', () => {
    const bs = bands(DRILL, 'runStart', 0, 3, 0.125);
    const w = expectBounded(bs, DRILL);
    expect(bs[0].class).toBe('offside');
    expect(w.to - w.from).toBeGreaterThanOrEqual(0.5); // margins, not a knife-edge
  });

  it('the run is timed off the pass: a second later pass and a second later run still works', () => {
    expect(share(atValue(DRILL, 'runStart', 1.9, { variation: 'slow-feed', seeds: 20 }), 'works')).toBeGreaterThanOrEqual(0.7);
    expect(share(atValue(DRILL, 'runStart', 0.9, { variation: 'slow-feed', seeds: 20 }), 'offside')).toBeGreaterThanOrEqual(0.7);
  });
});
