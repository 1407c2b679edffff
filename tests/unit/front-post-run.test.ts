import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';

// Front-post run on a driven cross (back-post guide: a back-post run becomes a front-post run;
// crosses from different angles). The cross goes at 2.5 s to the post a runner meets first; the
// 9's run to the front post is the main timing.
const DRILL = 'front-post-run';
const post = (t: ReturnType<typeof runs>[number]) => firstEvent(t, 'cross')!.chosen!.option;

describe('front-post-run', () => {
  // Known fault, kept failing on purpose until it is fixed (issue 15 is open for it): with players'
  // bodies that never overlap, the near-post defender marking goal-side cannot step across the 9,
  // so an early front-post run still meets the cross first. The fix is the zone defender's (mark
  // ball-side at the front post, or go round the runner), in src/core. `it.fails` turns red the
  // day the drill teaches its early side again: then make these plain tests.
  it.fails('early (0.1 s): the near-post defender steps across the 9 and wins the ball', () => {
    const ts = runs(DRILL, { runStart: 0.1 });
    expect(shareOf(ts, (t) => t.outcome.agent === 'D1' && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.9);
  });

  it('as the ball is driven in (0.8 s): the cross goes to the front post and the 9 gets a chance in at least 70% of 50 seeds', () => {
    expect(share(atValue(DRILL, 'runStart', 0.8), 'works')).toBeGreaterThanOrEqual(0.7);
    const ts = runs(DRILL, { runStart: 0.8 });
    expect(shareOf(ts, (t) => post(t) === 0 && firstEvent(t, 'shot', 'S1') !== undefined)).toBeGreaterThanOrEqual(0.7);
  });

  it('late (1.5 s): the driven ball is past the front post, to nobody at the back post', () => {
    const c = atValue(DRILL, 'runStart', 1.5);
    expect(share(c, 'lost')).toBeGreaterThanOrEqual(0.9);
  });

  it.fails('the window is bounded on both sides', () => {
    const w = expectBounded(bands(DRILL, 'runStart', 0, 2, 0.125), DRILL);
    expect(w.from).toBeGreaterThan(0.1);
    expect(w.to).toBeLessThan(1.5);
  });

  it('the runners decide the post: with a back-post run, the late front-post run sends the cross to the back post', () => {
    const ts = runs(DRILL, {}, 'two-runners');
    expect(shareOf(ts, (t) => post(t) === 1)).toBeGreaterThanOrEqual(0.9);
    expect(shareOf(ts, (t) => firstEvent(t, 'shot', 'S2') !== undefined)).toBeGreaterThanOrEqual(0.7);
    // And on time, the same cross goes to the front post even with the back-post runner there.
    expect(shareOf(runs(DRILL, { runStart: 0.8, farRun: 1 }).slice(0, 20), (t) => post(t) === 0)).toBeGreaterThanOrEqual(0.9);
  });
});
