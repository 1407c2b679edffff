import { describe, expect, it } from 'vitest';
import { agentAt, ballAt } from '../../src/core/trace';
import { chainDrill, find, mate, runChain, story } from './chain-drills';

// Script lines on triggers: each kind fires when its event or condition happens (plus its delay,
// at the earliest the next tick), and plays chain: a one-two, a third-man run, first time.

const A = mate('A', 60, 34), B = mate('B', 72, 44), C = mate('C', 70, 20);
const passAB = { do: 'pass' as const, at: 0.5, agent: 'A', to: { agent: 'B' }, speed: 14 };

/** Ticks from one event to another. */
const gap = (from: { tick: number } | undefined, to: { tick: number } | undefined): number => {
  if (!from || !to) throw new Error(`missing event: ${JSON.stringify({ from, to })}`);
  return to.tick - from.tick;
};

describe('each trigger kind fires on its event, by its player, plus its delay', () => {
  // A run needs no ball, so it starts exactly when due: the cleanest witness of a trigger.
  const runOf = (id: string) => ({ agent: id, path: [{ x: 95, y: 30 }] });

  it('after a control, by a given player, with a delay of 0.3 s: 15 ticks later', () => {
    const t = runChain(chainDrill([A, B, C], [passAB, { do: 'run', at: { after: 'control', by: 'B', delay: 0.3 }, ...runOf('C') }]));
    expect(gap(find(t, 'control', 'B'), find(t, 'run', 'C'))).toBe(15);
  });

  it('after a pass (no delay): on the next tick, the earliest a line can follow what happened in a tick', () => {
    const t = runChain(chainDrill([A, B, C], [passAB, { do: 'run', at: { after: 'pass', by: 'A' }, ...runOf('C') }]));
    expect(gap(find(t, 'pass', 'A'), find(t, 'run', 'C'))).toBe(1);
  });

  it('after a cross, by anyone (no "by")', () => {
    const t = runChain(chainDrill([A, C], [
      { do: 'cross', at: 0.4, agent: 'A', to: { point: { x: 98, y: 30 } } },
      { do: 'run', at: { after: 'cross', delay: 0.1 }, ...runOf('C') },
    ]));
    expect(gap(find(t, 'cross', 'A'), find(t, 'run', 'C'))).toBe(5);
  });

  it('after a shot', () => {
    const t = runChain(chainDrill([mate('A', 88, 34), C], [
      { do: 'shoot', at: 0.3, agent: 'A', to: { point: { x: 105, y: 36 } }, speed: 20 },
      { do: 'run', at: { after: 'shot', by: 'A' }, ...runOf('C') },
    ]));
    expect(gap(find(t, 'shot', 'A'), find(t, 'run', 'C'))).toBe(1);
  });

  it('after a run: runs chain off each other', () => {
    const t = runChain(chainDrill([A, B, C], [
      { do: 'run', at: 0.2, ...runOf('B') },
      { do: 'run', at: { after: 'run', by: 'B', delay: 0.5 }, ...runOf('C') },
    ]));
    expect(gap(find(t, 'run', 'B'), find(t, 'run', 'C'))).toBe(25);
  });

  it('after the nth touch: B\'s second touch is his pass on, after his control', () => {
    const t = runChain(chainDrill([A, B, C], [
      passAB,
      { do: 'pass', at: { after: 'control', by: 'B', delay: 0.2 }, agent: 'B', to: { agent: 'C' }, speed: 12 },
      { do: 'run', at: { after: 'touch', by: 'B', nth: 2 }, agent: 'A', path: [{ x: 95, y: 30 }] },
    ]));
    expect(gap(find(t, 'pass', 'B'), find(t, 'run', 'A'))).toBe(1);
    expect(find(t, 'run', 'A')!.tick).toBeGreaterThan(find(t, 'control', 'B')!.tick + 1); // not the first touch
  });

  it('when a player reaches a circle: on the tick after he is first within r of its centre', () => {
    const t = runChain(chainDrill([A, B, C], [
      { do: 'run', at: 0, agent: 'C', path: [{ x: 90, y: 20 }] },
      { do: 'run', at: { when: 'C', reaches: { x: 80, y: 20, r: 1.5 } }, ...runOf('B') },
    ]));
    const k = find(t, 'run', 'B')!.tick;
    const at = (tick: number) => agentAt(t, tick, 2); // C
    expect(Math.hypot(at(k - 1).x - 80, at(k - 1).y - 20)).toBeLessThanOrEqual(1.5);
    expect(Math.hypot(at(k - 2).x - 80, at(k - 2).y - 20)).toBeGreaterThan(1.5);
  });

  it('when a player reaches a rectangle, and when the ball does, each with a delay', () => {
    const t = runChain(chainDrill([A, C, B], [
      { do: 'run', at: 0, agent: 'C', path: [{ x: 90, y: 20 }] },
      { do: 'pass', at: { when: 'C', reaches: { x: [78, 105], y: [0, 68] } }, agent: 'A', to: { agent: 'C' }, speed: 16 },
      { do: 'run', at: { when: 'ball', reaches: { x: [75, 105], y: [0, 68] }, delay: 0.2 }, ...runOf('B') },
    ]));
    const pass = find(t, 'pass', 'A')!;
    expect(agentAt(t, pass.tick - 1, 1).x).toBeGreaterThanOrEqual(78); // C was in the zone the tick before
    expect(agentAt(t, pass.tick - 2, 1).x).toBeLessThan(78);
    const run = find(t, 'run', 'B')!;
    expect(ballAt(t, run.tick - 10).x).toBeGreaterThanOrEqual(75); // the ball, 0.2 s before
    expect(ballAt(t, run.tick - 11).x).toBeLessThan(75);
  });
});

describe('plays that chain', () => {
  it('a one-two: A plays it to B and runs; B gives it back into A\'s run after his control', () => {
    const t = runChain(chainDrill([A, B], [
      passAB,
      { do: 'run', at: { after: 'pass', by: 'A' }, agent: 'A', path: [{ x: 88, y: 30 }] },
      { do: 'pass', at: { after: 'control', by: 'B', delay: 0.2 }, agent: 'B', to: { agent: 'A' }, speed: 14 },
    ]));
    expect(story(t).slice(0, 5)).toEqual(['pass A→B', 'run A', 'control B', 'pass B→A', 'control A']);
    // Not before 0.2 s after his control; later only while his touch runs to his feet.
    expect(gap(find(t, 'control', 'B'), find(t, 'pass', 'B'))).toBeGreaterThanOrEqual(10);
    expect(gap(find(t, 'control', 'B'), find(t, 'pass', 'B'))).toBeLessThan(40);
    expect(t.events.some((e) => e.type === 'skipped')).toBe(false);
  });

  it('first time: the return ball is played as it comes, with no control by B', () => {
    const t = runChain(chainDrill([A, B], [
      passAB,
      { do: 'run', at: { after: 'pass', by: 'A' }, agent: 'A', path: [{ x: 88, y: 30 }] },
      { do: 'pass', at: { after: 'control', by: 'B' }, firstTime: true, agent: 'B', to: { agent: 'A' }, speed: 14 },
    ]));
    expect(story(t).slice(0, 4)).toEqual(['pass A→B', 'run A', 'pass B→A', 'control A']);
    expect(find(t, 'control', 'B')).toBeUndefined();
    expect(find(t, 'pass', 'B')!.firstTime).toBe(true);
  });

  it('a first-time shot is a shot marked first-time, with no control', () => {
    const t = runChain(chainDrill([A, mate('S', 90, 30)], [
      { do: 'pass', at: 0.3, agent: 'A', to: { agent: 'S' }, speed: 16 },
      { do: 'shoot', at: { after: 'control', by: 'S' }, firstTime: true, agent: 'S', to: { point: { x: 105, y: 36 } }, speed: 22 },
    ]));
    const shot = find(t, 'shot', 'S')!;
    expect(shot).toMatchObject({ finish: 'first-time', firstTime: true });
    expect(find(t, 'control', 'S')).toBeUndefined();
  });

  it('a third-man run: C goes on B\'s control, and B slips him in', () => {
    const t = runChain(chainDrill([A, B, C], [
      passAB,
      { do: 'run', at: { after: 'control', by: 'B' }, agent: 'C', path: [{ x: 90, y: 26 }] },
      { do: 'pass', at: { after: 'control', by: 'B', delay: 0.4 }, agent: 'B', to: { agent: 'C', lead: { x: 2, y: 0 } }, speed: 15 },
    ]));
    expect(story(t).slice(0, 5)).toEqual(['pass A→B', 'control B', 'run C', 'pass B→C', 'control C']);
    expect(gap(find(t, 'control', 'B'), find(t, 'run', 'C'))).toBe(1);
  });

  it('an overlap: the full-back goes round when the winger has it, the winger slips him in when he is past', () => {
    const W = mate('W', 70, 60), FB = mate('FB', 62, 62);
    const t = runChain(chainDrill([A, W, FB], [
      { do: 'pass', at: 0.3, agent: 'A', to: { agent: 'W' }, speed: 15 },
      { do: 'run', at: { after: 'control', by: 'W' }, agent: 'FB', path: [{ x: 80, y: 64 }, { x: 95, y: 62 }] },
      { do: 'pass', at: { when: 'FB', reaches: { x: [76, 105], y: [50, 68] } }, agent: 'W', to: { agent: 'FB' }, speed: 14 },
      { do: 'cross', at: { after: 'control', by: 'FB', delay: 0.3 }, agent: 'FB', to: { point: { x: 99, y: 32 } } },
    ], { duration: 10 }));
    expect(story(t).slice(0, 5)).toEqual(['pass A→W', 'control W', 'run FB', 'pass W→FB', 'control FB']);
    expect(gap(find(t, 'control', 'FB'), find(t, 'cross', 'FB'))).toBeGreaterThanOrEqual(15);
  });

  it('the same chain, the same seed: the same events, bit for bit', () => {
    const s = chainDrill([A, B, C], [
      passAB,
      { do: 'run', at: { after: 'control', by: 'B' }, agent: 'C', path: [{ x: 90, y: 26 }] },
      { do: 'pass', at: { after: 'control', by: 'B', delay: 0.4 }, agent: 'B', to: { agent: 'C' }, speed: 15 },
    ]);
    expect(JSON.stringify(runChain(s, {}, 5).events)).toBe(JSON.stringify(runChain(s, {}, 5).events));
    expect(Array.from(runChain(s, {}, 5).frames)).toEqual(Array.from(runChain(s, {}, 5).frames));
  });
});

describe('nothing silent: a line that cannot happen is a skipped event with why', () => {
  it('a timed pass by a player without the ball: skipped at its time, with its index and who had it', () => {
    const t = runChain(chainDrill([A, C], [{ do: 'pass', at: 1, agent: 'C', to: { agent: 'A' }, speed: 16 }]));
    expect(find(t, 'skipped')).toMatchObject({ t: 1, agent: 'C', action: 0, reason: 'script[0], C\'s pass: C did not have the ball at 1 s (A had it)' });
  });

  it('a trigger that never fires: skipped at the end, saying which trigger and how the drill ended', () => {
    const t = runChain(chainDrill([A, C], [
      { do: 'run', at: 0.2, agent: 'A', path: [{ x: 70, y: 34 }] },
      { do: 'pass', at: { after: 'control', by: 'C' }, agent: 'A', to: { agent: 'C' }, speed: 16 },
    ], { duration: 2 }));
    const s = find(t, 'skipped')!;
    expect(s).toMatchObject({ agent: 'A', action: 1, reason: 'script[1], A\'s pass: its trigger (after C\'s control) never happened before the drill ended (timeout at 2 s)' });
    expect(story(t).slice(-2)).toEqual(['skipped A', 'end']);
  });

  it('a pass to a player left out of the stage: skipped, naming him', () => {
    const s = chainDrill([A, B, C], [passAB], { variations: [{ id: 'no-b', title: 'Without B', without: ['B'] }] });
    const t = runChain(s, {}, 1, 'no-b');
    expect(find(t, 'skipped')).toMatchObject({ action: 0, reason: 'script[0], A\'s pass: its target B is not on the pitch in this stage' });
    expect(find(t, 'pass')).toBeUndefined();
  });

  it('a trigger waiting for a player left out of the stage: skipped at the end, saying he is not there', () => {
    const s = chainDrill([A, B, C], [
      { do: 'run', at: { after: 'control', by: 'B' }, agent: 'C', path: [{ x: 90, y: 20 }] },
    ], { duration: 2, variations: [{ id: 'no-b', title: 'Without B', without: ['B'] }] });
    const t = runChain(s, {}, 1, 'no-b');
    expect(find(t, 'skipped')!.reason).toBe('script[0], C\'s run: its trigger (after B\'s control) never happened before the drill ended (timeout at 2 s) (B is not on the pitch in this stage)');
  });

  it('a ball line due after the outcome, within the recorded tail: skipped, the play was over', () => {
    const t = runChain(chainDrill([{ id: 'A', team: 'attack', role: 'attacker', start: { x: 100, y: 34 }, behaviour: { kind: 'stand' } }], [
      { do: 'shoot', at: 0.1, agent: 'A', to: { point: { x: 105, y: 36 } }, speed: 25 },
      { do: 'pass', at: { after: 'shot', by: 'A', delay: 0.6 }, agent: 'A', to: { point: { x: 90, y: 30 } } },
    ]));
    expect(t.outcome.result).toBe('goal');
    expect(find(t, 'skipped')!.reason).toBe(`script[1], A's pass: the play was over (goal at ${t.outcome.t} s)`);
  });

  it('every line of a run is either played or skipped: none disappears', () => {
    const s = chainDrill([A, B, C], [
      passAB,
      { do: 'pass', at: 0.6, agent: 'C', to: { agent: 'A' } },
      { do: 'run', at: { when: 'B', reaches: { x: 10, y: 10, r: 1 } }, agent: 'C', path: [{ x: 80, y: 20 }] },
      { do: 'pass', at: { after: 'control', by: 'B', delay: 0.2 }, agent: 'B', to: { agent: 'C' } },
    ]);
    for (let seed = 1; seed <= 8; seed++) {
      const t = runChain(s, {}, seed);
      const played = t.events.filter((e) => (e.type === 'pass' || e.type === 'run') && e.agent !== undefined).length;
      const skipped = t.events.filter((e) => e.type === 'skipped').map((e) => e.action);
      expect(skipped).toContain(1);
      expect(skipped).toContain(2);
      expect(played + skipped.length).toBeGreaterThanOrEqual(4);
    }
  });
});
