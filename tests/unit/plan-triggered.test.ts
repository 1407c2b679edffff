import { describe, expect, it } from 'vitest';
import { ballAt } from '../../src/core/trace';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { planArrows } from '../../src/view/plan';
import { chainDrill, find, mate, runChain } from './chain-drills';

// The plan draws every line that was played, on a trigger as well as by the clock: a one-two's
// return pass (after B's control) and A's run (after his own pass) are arrows from the tick they
// happened; a line whose trigger never fired (skipped) has none.
const A = mate('A', 70, 34), B = mate('B', 78, 40);
const script = [
  { do: 'pass' as const, at: 0.2, agent: 'A', to: { agent: 'B' }, speed: 12 },
  { do: 'run' as const, at: { after: 'pass' as const, by: 'A' }, agent: 'A', path: [{ x: 88, y: 30 }] },
  { do: 'pass' as const, at: { after: 'control' as const, by: 'B', delay: 0.2 }, agent: 'B', to: { agent: 'A' }, speed: 14 },
  { do: 'shoot' as const, at: { after: 'control' as const, by: 'GK' }, agent: 'B', to: { point: { x: 105, y: 34 } }, speed: 20 }, // never fires
];

describe('plan arrows for lines on a trigger', () => {
  const s = chainDrill([A, B], script);
  const t = runChain(s);
  const arrows = planArrows(t, resolveDrill(s, paramValues(s)).actions);

  it('draws the clock pass, the triggered run and the triggered return pass, each at its event\'s tick', () => {
    expect(arrows.map((a) => `${a.kind} ${a.agent}`)).toEqual(['pass A', 'run A', 'pass B']);
    expect(arrows[1].tick).toBe(find(t, 'run', 'A')!.tick);
    expect(arrows[2].tick).toBe(find(t, 'pass', 'B')!.tick);
  });

  it('the return pass goes from where B played it to where A met it; the run ends at its last waypoint', () => {
    const back = arrows[2], pass = find(t, 'pass', 'B')!, control = find(t, 'control', 'A')!;
    expect(back.points[0].x).toBeCloseTo(pass.x, 9);
    expect(back.points[1].x).toBeCloseTo(ballAt(t, control.tick).x, 9);
    expect(arrows[1].points.at(-1)).toEqual({ x: 88, y: 30 });
  });

  it('a line whose trigger never fired is skipped and has no arrow', () => {
    expect(t.events.some((e) => e.type === 'skipped' && e.action === 3)).toBe(true);
    expect(arrows.some((a) => a.kind === 'shot')).toBe(false);
  });
});
