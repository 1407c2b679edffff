import { describe, expect, it } from 'vitest';
import { AGENT_FIELDS, BALL_FIELDS, type Trace } from '../../src/core/trace';
import { runDrill } from './helpers';
import { atValue, bands, expectBounded, firstEvent, runs, share, shareOf, SEEDS } from './drill-window';

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

  // The flick-on stage: the corner goes to the 10 (N) at the near post, who flicks it on first time
  // (a line after his control, played as the ball reaches him) to the 5 (R2) at the far post. The
  // corner is exempt; the flick is a new play by a team-mate, judged afresh on its own frame.
  describe('flick-on stage', () => {
    const FLICK = 'flick-on';
    const flickOf = (t: Trace) => t.events.find((e) => e.type === 'pass' && e.agent === 'N');
    /** The 5's margin beyond the offside line at the flick's frame, worked out here from the frame: the line is the second-last defender (keeper included) or the ball, whichever is nearer the goal line. */
    function marginAtFlick(t: Trace, tick: number): number {
      const o = tick * t.stride;
      const xs = t.agents.map((a, i) => ({ a, x: t.frames[o + BALL_FIELDS + AGENT_FIELDS * i] }));
      const defenders = xs.filter((p) => p.a.team === 'defence').map((p) => p.x).sort((a, b) => b - a);
      const line = Math.max(defenders[1], t.frames[o], t.pitch.length / 2);
      return xs.find((p) => p.a.id === 'R2')!.x - line;
    }

    it('never offside from the corner itself: its judgment is exempt, and every flag in the stage is judged at the flick', () => {
      for (const rs of [0, 1, 2]) {
        for (const t of SEEDS.slice(0, 20).map((seed) => runDrill(DRILL, { runStart: rs }, seed, FLICK))) {
          const corner = firstEvent(t, 'cross', 'X')!;
          const flick = flickOf(t);
          expect(corner.judgment!.restartExempt).toBe(true);
          expect(flick, `runStart ${rs}, seed ${t.seed}: the 10 flicks it on`).toBeDefined();
          expect(flick!.judgment!.restartExempt).toBe(false);
          for (const e of t.events.filter((e) => e.type === 'offside')) expect(e.judgedAt).toBe(flick!.tick);
        }
      }
    });

    it('the 5 is flagged exactly when he stood beyond the line at the flick and then played it; level or behind, never (run starts 0-3 s, 20 seeds each)', () => {
      let flagged = 0, onsidePlayed = 0;
      for (let rs = 0; rs <= 3; rs += 0.25) {
        for (const t of SEEDS.slice(0, 20).map((seed) => runDrill(DRILL, { runStart: rs }, seed, FLICK))) {
          const flick = flickOf(t)!;
          expect(flick, `runStart ${rs}, seed ${t.seed}: the 10 flicks it on`).toBeDefined();
          const m = marginAtFlick(t, flick.tick);
          const played = t.events.some((e) => e.tick > flick.tick && e.agent === 'R2' && ['shot', 'control', 'offside'].includes(e.type));
          const flag = t.events.find((e) => e.type === 'offside' && e.agent === 'R2');
          if (m > 0 && played) {
            expect(flag, `runStart ${rs}, seed ${t.seed}: ${m.toFixed(2)} m beyond at the flick`).toBeDefined();
            expect(flag!.marginM).toBeCloseTo(m, 9); // the engine's margin is the one read off its frame
            flagged++;
          } else {
            expect(flag, `runStart ${rs}, seed ${t.seed}: ${m.toFixed(2)} m at the flick`).toBeUndefined();
            if (played) onsidePlayed++;
          }
        }
      }
      // Both sides of the law are seen many times over, not once by chance (120 flagged and 140 onside who played it, measured).
      expect(flagged).toBeGreaterThanOrEqual(50);
      expect(onsidePlayed).toBeGreaterThanOrEqual(50);
    });

    it('gone before the flick (1 s): flagged at the flick in at least 90% of 50 seeds', () => {
      const ts = runs(DRILL, { runStart: 1 }, FLICK);
      expect(shareOf(ts, (t) => t.outcome.result === 'offside' && t.outcome.agent === 'R2')).toBeGreaterThanOrEqual(0.9);
    });

    it('held until the flick (2 s): onside at the flick, a chance at the far post in at least 70% of 50 seeds', () => {
      const ts = runs(DRILL, { runStart: 2 }, FLICK);
      expect(shareOf(ts, (t) => marginAtFlick(t, flickOf(t)!.tick) <= 0)).toBeGreaterThanOrEqual(0.9);
      expect(shareOf(ts, (t) => firstEvent(t, 'shot', 'R2') !== undefined)).toBeGreaterThanOrEqual(0.7);
    });

    it('its window is bounded: offside early, a chance, then the keeper or a defender late', () => {
      const bs = bands(DRILL, 'runStart', 0, 4, 0.25, { variation: FLICK });
      const w = expectBounded(bs, `${DRILL} ${FLICK}`);
      expect(bs[0].class).toBe('offside');
      expect(bs.at(-1)!.class).toBe('lost');
      expect(w.from).toBeGreaterThan(1);
      expect(w.to).toBeLessThan(3.5);
    });
  });
});
