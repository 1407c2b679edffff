import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';

// Crossover run in front of a back four (session plan, related session 29): the 9 crosses in
// front of his partner out of the left centre-back's channel and goes in behind as the pass is
// played. The handover between the centre-backs decides it. Pass at 2 s; the run start varies.
const DRILL = 'crossover-run';

describe('crossover-run', () => {
  it('early (1 s, a second before the pass): the first centre-back still has him and wins the ball, or the flag goes up', () => {
    const ts = runs(DRILL, { runStart: 1 });
    expect(shareOf(ts, (t) => t.outcome.result === 'offside' || (t.outcome.agent === 'CB1' && !firstEvent(t, 'shot', 'S1')))).toBeGreaterThanOrEqual(0.7);
  });

  it('on time (just before the pass): through between the centre-backs, the 9 receives and gets a chance in at least 70% of 50 seeds', () => {
    const c = atValue(DRILL, 'runStart', 1.8);
    expect(share(c, 'works')).toBeGreaterThanOrEqual(0.7);
    // The crossover as drawn: the 9 himself receives the pass and shoots (not his partner).
    const ts = runs(DRILL, { runStart: 1.8 });
    expect(shareOf(ts, (t) => firstEvent(t, 'control', 'S1') !== undefined && firstEvent(t, 'shot', 'S1') !== undefined)).toBeGreaterThanOrEqual(0.7);
  });

  it('late (a second after the pass): picked up and beaten to the ball, no chance', () => {
    const c = atValue(DRILL, 'runStart', 3);
    expect(share(c, 'lost')).toBeGreaterThanOrEqual(0.9);
    const ts = runs(DRILL, { runStart: 3 });
    expect(shareOf(ts, (t) => ['CB1', 'CB2', 'GK', 'LB', 'RB'].includes(t.outcome.agent ?? ''))).toBeGreaterThanOrEqual(0.9);
  });

  it('the window is bounded on both sides', () => {
    const w = expectBounded(bands(DRILL, 'runStart', 0.5, 3.5, 0.25), DRILL);
    expect(w.from).toBeGreaterThanOrEqual(1.5);
    expect(w.to).toBeLessThanOrEqual(2.75);
  });
});

describe('crossover-run stages', () => {
  it('no partner to cross: the handover is clean and the on-time run makes no chance in most seeds', () => {
    const c = atValue(DRILL, 'runStart', 1.8, { variation: 'no-partner' });
    expect(share(c, 'works')).toBeLessThan(0.3);
  });

  it('a deeper line leaves no space behind: the keeper or a defender gets the ball whenever the 9 goes', () => {
    for (const runStart of [1.5, 1.8, 3]) expect(share(atValue(DRILL, 'runStart', runStart, { variation: 'deep-line', seeds: 10 }), 'works'), `runStart ${runStart}`).toBeLessThan(0.2);
  });
});
