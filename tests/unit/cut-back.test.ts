import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';

// Cut-back from the byline with a late run to the penalty spot: the winger pulls it back at
// about 2.6 s; the 8's run start is the main timing. Behind the ball, he is onside.
const DRILL = 'cut-back';

describe('cut-back', () => {
  it('a second early (0.75 s): the defender has picked him up and wins the ball, no chance', () => {
    const ts = runs(DRILL, { runStart: 0.75 });
    expect(shareOf(ts, (t) => ['D', 'CB', 'GK'].includes(t.outcome.agent ?? '') && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.7);
  });

  it('arriving with the ball (1.9 s): a first-time chance in at least 70% of 50 seeds, always onside behind the ball', () => {
    const c = atValue(DRILL, 'runStart', 1.9);
    expect(share(c, 'works')).toBeGreaterThanOrEqual(0.7);
    for (const t of runs(DRILL, { runStart: 1.9 }).slice(0, 10)) {
      const back = firstEvent(t, 'pass', 'W')!;
      const r = back.judgment!.players.find((p) => p.id === 'R')!;
      expect(r.offsidePosition).toBe(false);
      expect(back.x).toBeGreaterThan(100); // pulled back from the byline: the ball is nearer the goal line than he is
    }
  });

  it('a second late (3 s): the ball is past the spot and the defence clears it', () => {
    const ts = runs(DRILL, { runStart: 3 });
    expect(shareOf(ts, (t) => ['D', 'CB', 'GK'].includes(t.outcome.agent ?? '') && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.9);
  });

  it('the window is bounded on both sides', () => {
    const w = expectBounded(bands(DRILL, 'runStart', 0.5, 4, 0.25), DRILL);
    expect(w.from).toBeGreaterThan(0.75);
    expect(w.to).toBeLessThan(3);
    expect(w.to - w.from).toBeGreaterThanOrEqual(0.5);
  });

  it('a softer cut-back: the later run still arrives with it', () => {
    expect(share(atValue(DRILL, 'runStart', 2.3, { variation: 'softer-cut-back', seeds: 20 }), 'works')).toBeGreaterThanOrEqual(0.7);
  });
});
