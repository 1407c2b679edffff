import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';

// Full-back overlap (session plan, related session 22): the winger holds the ball at the
// defender, the full-back overlaps, the winger slips him in and he crosses first time. The slip
// pass's time is the main timing; the defender presses the winger from the moment he moves.
const DRILL = 'overlap';

describe('overlap', () => {
  // With the live ball the defender's touch on the cross need not end the play: he clears it,
  // or it comes off him loose (a miscontrol or a deflection) and the centre-back, the touchline
  // or an offside 9 ends it. What the lesson needs is that he gets to it first and no chance follows.
  it('slipped early (1 s): the defender has not committed, drops off and gets to the ball first, no chance', () => {
    const ts = runs(DRILL, { passTime: 1 });
    const DEFENDING = ['interception', 'clearance', 'miscontrol', 'deflection', 'block', 'tackle'];
    const firstTouch = (t: (typeof ts)[number]) => t.events.find((e) => DEFENDING.includes(e.type));
    expect(shareOf(ts, (t) => firstTouch(t)?.agent === 'D' && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.9);
    // The pass was played: it is the defender's read of it that loses it, not the winger's touch.
    expect(shareOf(ts, (t) => firstEvent(t, 'pass', 'W') !== undefined)).toBe(1);
  });

  it('slipped on time (1.75 s): the full-back crosses and the 9 gets a chance in at least 70% of 50 seeds', () => {
    const c = atValue(DRILL, 'passTime', 1.75);
    expect(share(c, 'works')).toBeGreaterThanOrEqual(0.7);
    const ts = runs(DRILL, { passTime: 1.75 });
    expect(shareOf(ts, (t) => firstEvent(t, 'cross', 'FB') !== undefined && firstEvent(t, 'shot', 'S') !== undefined)).toBeGreaterThanOrEqual(0.7);
  });

  it('held too long (2.25 s): the defender tackles the winger before the ball is slipped', () => {
    const ts = runs(DRILL, { passTime: 2.25 });
    expect(shareOf(ts, (t) => t.outcome.result === 'tackled' && t.outcome.agent === 'D' && firstEvent(t, 'pass', 'W') === undefined)).toBeGreaterThanOrEqual(0.9);
  });

  it('the window is bounded on both sides', () => {
    const w = expectBounded(bands(DRILL, 'passTime', 0.5, 2.5, 0.125), DRILL);
    expect(w.from).toBeGreaterThan(1);
    expect(w.to).toBeLessThan(2.25);
  });

  it('the full-back going a second late loses it even with the slip on time', () => {
    expect(share(atValue(DRILL, 'runStart', 1, { seeds: 20 }), 'works')).toBeLessThan(0.2);
  });
});
