import { describe, expect, it } from 'vitest';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf } from './drill-window';
import { readFileSync } from 'node:fs';
import { agentAt, type Trace } from '../../src/core/trace';
import type { EventType } from '../../src/core/events';
import { parseScenario } from '../../src/scenario/load';
import { cueWindows, type CueSpec } from '../../src/view/cue-schedule';

// Cut-back from the byline with a late run to the penalty spot: the winger pulls it back at
// about 2.6 s; the 8's run start is the main timing. Behind the ball, he is onside.
const DRILL = 'cut-back';

describe('cut-back', () => {
  // Early, the zone defender picks him up and steps in front of him, into the cut-back's path.
  // Down to 0 s: a runner two seconds early, standing on the spot waiting for the ball, is marked
  // too (before, he stood 5.5 m from the zone's spot, was picked up only as he came to rest and,
  // marked goal-side, stepped up to the ball ahead of his marker).
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    it(`early (${v} s): the zone defender has picked him up and wins the ball, no chance, in at least 90% of 50 seeds`, () => {
      const ts = runs(DRILL, { runStart: v });
      expect(shareOf(ts, (t) => t.outcome.agent === 'D' && ['tackled', 'intercepted', 'cleared'].includes(t.outcome.result) && !firstEvent(t, 'shot'))).toBeGreaterThanOrEqual(0.9);
    });
  }

  // The coach's call for it shows whichever way the defender wins it: a tackle, an interception or a clearance.
  const file = parseScenario(readFileSync(`scenarios/${DRILL}.json`, 'utf8'), DRILL);
  const eventCues: CueSpec[] = (file.cues ?? []).filter((c) => c.at.event !== undefined).map((c) => ({ text: c.text, at: { event: c.at.event as EventType, agent: c.at.agent }, for: c.for }));
  const called = (t: Trace) => cueWindows(t, eventCues).some((w) => w.text === 'Too early: he picked you up');
  it('"Too early: he picked you up" is called in at least 90% of early runs (0, 0.5 and 1 s), and hardly ever arriving with the ball (1.9 s)', () => {
    for (const v of [0, 0.5, 1]) expect(shareOf(runs(DRILL, { runStart: v }), called), `${v} s`).toBeGreaterThanOrEqual(0.9);
    // A cue answers an event, not the timing: an on-time run the defender still clears (1 in 50
    // here) gets it too, so "hardly ever" rather than never.
    expect(shareOf(runs(DRILL, { runStart: 1.9 }), called)).toBeLessThanOrEqual(0.1);
  });

  it('standing on the spot (0 s): he is there before the cut-back and the defender is in front of him, ball-side, when it is played', () => {
    const t = runs(DRILL, { runStart: 0 })[0];
    const back = firstEvent(t, 'pass', 'W')!;
    const ids = t.agents.map((a) => a.id);
    const r = agentAt(t, back.tick, ids.indexOf('R')), d = agentAt(t, back.tick, ids.indexOf('D'));
    expect(Math.hypot(r.x - 93.5, r.y - 34)).toBeLessThan(0.5); // on the spot the cut-back is aimed at
    expect(Math.hypot(r.vx, r.vy)).toBeLessThan(0.5); // standing
    // Nearer the winger (the ball's side) than the runner is, and within 2 m of him.
    const w = agentAt(t, back.tick, ids.indexOf('W'));
    expect(Math.hypot(d.x - w.x, d.y - w.y)).toBeLessThan(Math.hypot(r.x - w.x, r.y - w.y));
    expect(Math.hypot(d.x - r.x, d.y - r.y)).toBeLessThan(2);
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
    // The slider's whole range: lost from 0 s, not only from 0.5 s.
    const bs = bands(DRILL, 'runStart', 0, 4, 0.25);
    const w = expectBounded(bs, DRILL);
    expect(bs.filter((b) => b.class === 'works')).toHaveLength(1);
    expect(bs[0].from).toBe(0);
    expect(bs[0].class).toBe('lost');
    expect(w.from).toBeGreaterThan(1);
    expect(w.to).toBeLessThan(3);
    expect(w.to - w.from).toBeGreaterThanOrEqual(0.5);
  });

  it('a softer cut-back: the later run still arrives with it', () => {
    expect(share(atValue(DRILL, 'runStart', 2.3, { variation: 'softer-cut-back', seeds: 20 }), 'works')).toBeGreaterThanOrEqual(0.7);
  });
});
