import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';

// A one-two to get in behind a centre-back (session plan, 2 v 1: the forwards combine; striker
// clinic, pass and run combinations). The main timing is the 8's run after his pass, against
// the 9's wall pass a second after his control.
const DRILL = 'one-two';

describe('one-two', () => {
  it('gone at once: beyond the centre-back when the wall pass is played, and flagged', () => {
    const ts = runs(DRILL, { runStart: 0 });
    expect(shareOf(ts, (t) => t.outcome.result === 'offside' && t.outcome.agent === 'A')).toBeGreaterThanOrEqual(0.9);
    const t = ts[0];
    const wall = firstEvent(t, 'pass', 'B')!;
    expect(wall.judgment!.players.find((p) => p.id === 'A')!.marginM).toBeGreaterThan(0.2);
  });

  it('a pause, then go (0.45 s): onside at the wall pass and a chance in at least 70% of 50 seeds', () => {
    const c = atValue(DRILL, 'runStart', 0.45);
    expect(share(c, 'works')).toBeGreaterThanOrEqual(0.7);
    expect(share(c, 'offside')).toBe(0);
    // The one-two as drawn: the 9's wall pass is played, and the 8 shoots.
    const ts = runs(DRILL, { runStart: 0.45 });
    expect(shareOf(ts, (t) => firstEvent(t, 'pass', 'B') !== undefined && firstEvent(t, 'shot', 'A') !== undefined)).toBeGreaterThanOrEqual(0.7);
  });

  it('admiring the pass (1.5 s): the centre-back turns and wins the ball', () => {
    const ts = runs(DRILL, { runStart: 1.5 });
    expect(shareOf(ts, (t) => ['tackled', 'intercepted'].includes(t.outcome.result) && ['CB', 'CB2'].includes(t.outcome.agent ?? '') && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.7);
  });

  it('the window is bounded on both sides: offside, a chance, then lost', () => {
    const bs = bands(DRILL, 'runStart', 0, 1.5, 0.125); // past 1.6 s a run so late that the defence has dropped off can still end in a shot, long after
    const w = expectBounded(bs, DRILL);
    expect(bs[0].class).toBe('offside');
    expect(w.from).toBeGreaterThan(0);
    expect(w.to).toBeLessThan(1.5);
  });

  it('a quicker wall pass moves the window: going at once now works', () => {
    expect(share(atValue(DRILL, 'runStart', 0, { variation: 'first-time-wall', seeds: 20 }), 'works')).toBeGreaterThanOrEqual(0.7);
  });
});
