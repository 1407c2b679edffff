import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';

// Corner with a back-post run (back-post guide: set pieces). The corner is taken at 2.5 s; the
// 5's run to the back post is the main timing. No offside from a corner kick.
const DRILL = 'corner-back-post';

describe('corner-back-post', () => {
  // Too soon, the 5 stands at the back post long before the ball: the near-post defender has picked
  // him up and meets the corner first in every run. His header is a touch of the live ball: from a
  // corner dropping at about 14.5 m/s, squarely in its path (0.1 m off it), ball-contact.ts'
  // difficulty makes it unclean (a deflection or a miscontrol) about 13% of the time, and then it
  // can drop to the 5 behind him. So "heads clear" cannot be asked of 90% of runs (the threshold
  // this test had when his touch was always clean); 80% of 50 seeds is (43 of 50 measured).
  it('gone too soon (0.25 s): the near-post defender picks him up, gets to the corner first and heads clear', () => {
    const ts = runs(DRILL, { runStart: 0.25 });
    const first = (t: ReturnType<typeof runs>[number]) => t.events.find((e) => e.tick > firstEvent(t, 'cross')!.tick && e.agent !== undefined && e.agent !== 'X');
    expect(shareOf(ts, (t) => first(t)?.agent === 'D')).toBeGreaterThanOrEqual(0.95);
    expect(shareOf(ts, (t) => t.outcome.agent === 'D' && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.8);
  });

  it('attacking the back post as it comes over (1.75 s): a chance in at least 70% of 50 seeds', () => {
    const c = atValue(DRILL, 'runStart', 1.75);
    expect(share(c, 'works')).toBeGreaterThanOrEqual(0.7);
    expect(c.shares.goal ?? 0).toBeGreaterThan(0.4);
  });

  it('ball-watching (3.25 s): the corner drops past him and is cleared', () => {
    expect(share(atValue(DRILL, 'runStart', 3.25), 'lost')).toBeGreaterThanOrEqual(0.9);
  });

  it('the window is bounded on both sides', () => {
    const w = expectBounded(bands(DRILL, 'runStart', 0, 4, 0.25), DRILL);
    expect(w.from).toBeGreaterThan(0.25);
    expect(w.to).toBeLessThan(3.25);
    expect(w.to - w.from).toBeGreaterThanOrEqual(0.5);
  });

  it('no offside from the corner itself: its judgment is marked exempt', () => {
    const t = runs(DRILL, { runStart: 0 })[0];
    const corner = firstEvent(t, 'cross', 'X')!;
    expect(corner.judgment!.restartExempt).toBe(true);
    expect(t.events.some((e) => e.type === 'offside' && e.judgedAt === corner.tick)).toBe(false);
  });

  // The window at a corner taken at 2.5 s is 0.5-2.75 s wide: a corner only a second earlier
  // leaves the usual run (1.75 s) on its new late edge. A second and a half earlier (the stage, at
  // 1 s), the early run works and the run that worked is half a second late.
  it('a quicker corner (1 s) moves the window earlier with it: the run that worked is now late', () => {
    expect(share(atValue(DRILL, 'runStart', 0.25, { variation: 'short-corner-time', seeds: 20 }), 'works')).toBeGreaterThanOrEqual(0.7);
    expect(share(atValue(DRILL, 'runStart', 1.75, { variation: 'short-corner-time', seeds: 20 }), 'lost')).toBeGreaterThanOrEqual(0.7);
    expect(share(atValue(DRILL, 'runStart', 1.75), 'works')).toBeGreaterThanOrEqual(0.7); // the same run, at the usual corner
  });
});
