import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/core/trace';
import { runDrill } from './helpers';
import { runs, shareOf } from './drill-window';

// Shooting and reacting (session plan, related session 71): the 9 shoots, the keeper parries,
// the 10 follows in. His follow-in run start is the main timing; the shot goes at about 2.1 s.
// Every shot is a chance for the 9, so the sweep's classes cannot tell this window: it is read
// from what happens to the parry instead.
const DRILL = 'shoot-and-react';

/** After the keeper's parry: the 10 plays it onside ('follow-in'), is flagged ('offside'), or an opponent gets it first ('lost'). */
function parry(t: Trace): 'follow-in' | 'offside' | 'lost' | 'no parry' {
  const shot = t.events.find((e) => e.type === 'shot' && e.agent === 'F1');
  const off = t.events.find((e) => e.type === 'offside' && e.agent === 'F2');
  if (off && shot && off.judgedAt === shot.tick) return 'offside'; // judged at the shot, as the law says
  const r = t.events.findIndex((e) => e.type === 'rebound' && e.by === 'save');
  if (r < 0) return 'no parry';
  const next = t.events.slice(r + 1).find((e) => ['shot', 'control', 'interception', 'tackle', 'save', 'offside'].includes(e.type));
  if (next && next.agent === 'F2' && next.type !== 'offside') return 'follow-in';
  return 'lost';
}

const mostly = (runStart: number, seeds = 8) => {
  const c: Record<string, number> = {};
  for (let s = 1; s <= seeds; s++) { const k = parry(runDrill(DRILL, { runStart }, s)); c[k] = (c[k] ?? 0) + 1; }
  return Object.entries(c).sort((a, b) => b[1] - a[1])[0][0];
};

describe('shoot-and-react', () => {
  it('too soon (0.5 s, 1.6 s before the shot): beyond the ball and the defender at the shot, flagged when he plays the parry', () => {
    const ts = runs(DRILL, { runStart: 0.5 });
    expect(shareOf(ts, (t) => parry(t) === 'offside')).toBeGreaterThanOrEqual(0.9);
    for (const t of ts.filter((x) => parry(x) === 'offside')) expect(t.outcome.result).toBe('offside');
  });

  it('on his way before the shot and level when it is struck (1.25 s): he plays the parry onside in at least 70% of 50 seeds', () => {
    const ts = runs(DRILL, { runStart: 1.25 });
    expect(shareOf(ts, (t) => parry(t) === 'follow-in')).toBeGreaterThanOrEqual(0.7);
    // Onside at the shot: the shot's judgment has him level or behind.
    for (const t of ts) {
      const shot = t.events.find((e) => e.type === 'shot' && e.agent === 'F1')!;
      expect(shot.judgment!.players.find((p) => p.id === 'F2')!.offsidePosition).toBe(false);
    }
  });

  it('waiting for the shot (2.25 s): the keeper gathers the parry or the defender clears it in most seeds', () => {
    const ts = runs(DRILL, { runStart: 2.25 });
    expect(shareOf(ts, (t) => parry(t) === 'lost')).toBeGreaterThanOrEqual(0.7);
  });

  it('the window is bounded on both sides: offside, then the follow-in, then lost', () => {
    const grid = Array.from({ length: 11 }, (_, k) => k * 0.25); // 0 … 2.5 s
    const seen = grid.map((v) => mostly(v));
    const words = grid.map((v, k) => `${v}: ${seen[k]}`).join(', ');
    const first = seen.indexOf('follow-in'), last = seen.lastIndexOf('follow-in');
    expect(first, words).toBeGreaterThan(0);
    expect(seen.slice(first, last + 1).every((x) => x === 'follow-in'), words).toBe(true);
    expect(seen.slice(0, first), words).toContain('offside');
    expect(seen.slice(last + 1).length, words).toBeGreaterThan(0);
    expect(seen.slice(last + 1).every((x) => x === 'lost'), words).toBe(true);
    expect(grid[last] - grid[first], words).toBeGreaterThanOrEqual(0.5); // a window with margins, not a knife-edge
  });

  it('without the defender (offside off) the early runner is not flagged: the stage to learn where the parry goes', () => {
    const ts = runs(DRILL, { runStart: 0.5 }, 'no-defender');
    expect(shareOf(ts, (t) => t.outcome.result === 'offside')).toBe(0);
    expect(shareOf(ts, (t) => parry(t) === 'follow-in')).toBeGreaterThanOrEqual(0.7);
  });
});
