import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';

// Corner with a back-post run (back-post guide: set pieces). The corner is taken at 2.5 s; the
// 5's run to the back post is the main timing. No offside from a corner kick.
const DRILL = 'corner-back-post';

describe('corner-back-post', () => {
  // Known faults, kept failing on purpose until fixed (issue 15 is open for them): the near-post
  // defender now reaches a too-early runner on every seed, but in 7 of 50 his header drops loose to
  // the 5 (0.86 of the 0.9 asked); and a quicker corner moves the window about a second, but 1.75 s
  // sits on its new late edge (45% lost, 70% asked). `it.fails` turns red when they pass.
  it.fails('gone too soon (0.25 s): the near-post defender picks him up and heads clear', () => {
    const ts = runs(DRILL, { runStart: 0.25 });
    expect(shareOf(ts, (t) => t.outcome.agent === 'D' && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.9);
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

  it.fails('a quicker corner moves the window a second earlier with it', () => {
    expect(share(atValue(DRILL, 'runStart', 0.75, { variation: 'short-corner-time', seeds: 20 }), 'works')).toBeGreaterThanOrEqual(0.7);
    expect(share(atValue(DRILL, 'runStart', 1.75, { variation: 'short-corner-time', seeds: 20 }), 'lost')).toBeGreaterThanOrEqual(0.7);
  });
});
