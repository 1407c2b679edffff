import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';
import { agentX, type Trace } from '../../src/core/trace';

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

  // Too late: the wall pass goes into the space behind before he is there; the centre-back turns
  // with him and is goal-side of him (nearer the goal line) when the defence takes the ball, and
  // nobody shoots.
  const lostInBehind = (t: Trace) => {
    if (!['tackled', 'intercepted', 'cleared'].includes(t.outcome.result) || !['CB', 'CB2', 'GK'].includes(t.outcome.agent ?? '') || firstEvent(t, 'shot')) return false;
    const ids = t.agents.map((a) => a.id);
    return agentX(t, t.outcome.tick, ids.indexOf('CB')) > agentX(t, t.outcome.tick, ids.indexOf('A'));
  };

  it('admiring the pass (1.5 s): the centre-back turns with him, goal-side, and the defence has the ball', () => {
    expect(shareOf(runs(DRILL, { runStart: 1.5 }), lostInBehind)).toBeGreaterThanOrEqual(0.7);
  });

  it('the window is bounded on both sides: offside, a chance, then lost', () => {
    // The slider's whole range, 0–2.5 s: a run so late that the wall pass comes before he has
    // moved is lost too (the ball goes into the space behind, where the centre-back is first).
    const bs = bands(DRILL, 'runStart', 0, 2.5, 0.125);
    const w = expectBounded(bs, DRILL);
    expect(bs[0].class).toBe('offside');
    expect(bs.at(-1)!.class).toBe('lost');
    expect(bs.filter((b) => b.class === 'works')).toHaveLength(1);
    expect(w.from).toBeGreaterThan(0);
    expect(w.to).toBeLessThan(1.5);
  });

  it('setting off after the wall pass (2 s, 2.5 s): lost in behind, never a shot, in at least 90% of 50 seeds', () => {
    // Before, a wall pass played to his feet gave a standing 8 the ball in front of the line, and he
    // sometimes dribbled round both centre-backs for a shot seconds later.
    for (const v of [2, 2.5]) expect(shareOf(runs(DRILL, { runStart: v }), lostInBehind), `runStart ${v}`).toBeGreaterThanOrEqual(0.9);
  });

  it('a quicker wall pass moves the window: going at once now works', () => {
    expect(share(atValue(DRILL, 'runStart', 0, { variation: 'first-time-wall', seeds: 20 }), 'works')).toBeGreaterThanOrEqual(0.7);
  });
});
