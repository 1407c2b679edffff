import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomeClass } from '../../src/analysis/outcome-class';
import { boxesOverlap, boxOverDisc, LabelBoard, numberBox, type Disc } from '../../src/view/label-place';
import { outcomeWords } from '../../src/view/outcome-words';
import { FLAG, runClass, verdictColour, verdictMark, verdictTeaches } from '../../src/view/outcome-style';
import { paramHelp, paramValueText, timingStrip } from '../../src/view/param-words';
import { raceWords } from '../../src/view/race-words';
import { CLASS_STYLE } from '../../src/view/timing-classes';
import type { Race } from '../../src/view/race';
import type { ParamDef } from '../../src/scenario/types';

// The lesson readable (issue 16): label placement, one colour language, one message per run,
// a player's words for the timings and the race.

describe('label placement', () => {
  it('never puts two labels over each other, over a number or off the canvas (any crowd of players)', () => {
    const disc = fc.record({ x: fc.integer({ min: 0, max: 800 }), y: fc.integer({ min: 0, max: 500 }) });
    fc.assert(fc.property(fc.array(disc, { minLength: 1, maxLength: 22 }), fc.array(fc.nat(21), { minLength: 1, maxLength: 8 }), (spots, anchors) => {
      const discs: Disc[] = spots.map((s) => ({ ...s, r: 18 }));
      const board = new LabelBoard(800, 500, discs);
      for (const [k, a] of anchors.entries()) board.place(`l${k}`, 'Offside by 0.6 m', spots[a % spots.length], 70, 13, 20);
      const p = board.placed;
      for (let i = 0; i < p.length; i++) {
        const b = p[i].box;
        expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= 800 && b.y + b.h <= 500).toBe(true);
        for (let j = i + 1; j < p.length; j++) expect(boxesOverlap(b, p[j].box)).toBe(false);
        for (const d of discs) expect(boxesOverlap(b, numberBox(d))).toBe(false);
      }
    }), { numRuns: 300 });
  });

  it('puts a label right beside its point when there is room, clear of the disc, with no leader line', () => {
    const board = new LabelBoard(800, 500, [{ x: 400, y: 250, r: 18 }]);
    const p = board.place('v', 'Onside by 0.7 m', { x: 400, y: 250 }, 60, 12, 24)!;
    expect(p.leader).toBe(false);
    expect(boxOverDisc(p.box, { x: 400, y: 250, r: 18 })).toBe(false);
    const cx = p.box.x + p.box.w / 2, cy = p.box.y + p.box.h / 2;
    expect(Math.hypot(cx - 400, cy - 250)).toBeLessThan(24 + 60 + 12 + 1);
  });

  it('moves a second label away from the first, with a leader line when it has to go further out', () => {
    // A ring of players round the point leaves room only further out.
    const ring: Disc[] = Array.from({ length: 12 }, (_, k) => ({ x: 400 + 60 * Math.cos((k * Math.PI) / 6), y: 250 + 60 * Math.sin((k * Math.PI) / 6), r: 18 }));
    const board = new LabelBoard(800, 500, [{ x: 400, y: 250, r: 18 }, ...ring]);
    const a = board.place('a', 'first', { x: 400, y: 250 }, 50, 12, 22)!;
    const b = board.place('b', 'second', { x: 400, y: 250 }, 50, 12, 22)!;
    expect(boxesOverlap(a.box, b.box)).toBe(false);
    expect(a.leader || b.leader).toBe(true);
  });

  it('leaves a label out when there is no room at all', () => {
    const board = new LabelBoard(100, 40, [{ x: 50, y: 20, r: 18 }]);
    expect(board.place('big', 'far too long a label', { x: 50, y: 20 }, 80, 12, 10)).toBeNull();
    expect(board.placed).toEqual([]);
  });
});

describe('one colour language, one message per run', () => {
  it('offside is the flag\'s orange with a flag mark; onside the green of a chance', () => {
    expect(verdictColour(true)).toBe(CLASS_STYLE.offside.colour);
    expect(verdictColour(false)).toBe(CLASS_STYLE.works.colour);
    expect(verdictColour(true)).not.toBe(verdictColour(false));
    expect(verdictMark({ offside: true })).toBe(`${FLAG} `);
    expect(verdictMark({ offside: false })).toBe('');
  });

  it('a pass played to a runner standing offside and then cut out is offside in the class and the words', () => {
    expect(outcomeClass('intercepted', false, true, true)).toBe('offside');
    expect(outcomeClass('intercepted', false, true, false)).toBe('lost');
    expect(outcomeClass('goal', false, true, true)).toBe('works'); // a chance stays a chance (another player scored)
    const o = { tick: 200, t: 4, result: 'intercepted' as const, agent: 'CB1' };
    expect(outcomeWords(o, () => 'defender', 2.5)).toBe('Offside by 2.5 m, pass cut out');
    expect(outcomeWords(o, () => 'defender', -0.4)).toBe('Defender won the race');
    expect(outcomeWords(o, () => 'defender')).toBe('Defender won the race');
  });

  it('a verdict is on the pitch when it teaches: offside, a restart, or a close onside call', () => {
    expect(verdictTeaches({ offside: true, exempt: false, marginM: 9 })).toBe(true);
    expect(verdictTeaches({ offside: false, exempt: false, marginM: 0.7 })).toBe(true);
    expect(verdictTeaches({ offside: false, exempt: false, marginM: 3 })).toBe(true);
    expect(verdictTeaches({ offside: false, exempt: false, marginM: 9.5 })).toBe(false); // the back-post run
    expect(verdictTeaches({ offside: false, exempt: true, marginM: 9.5 })).toBe(true);
  });

  it('the badge takes the band\'s class when the band has one, else the run\'s own', () => {
    const o = { tick: 200, t: 4, result: 'intercepted' as const, agent: 'CB1' };
    expect(runClass(o, false, false, 'early')).toBe('early');
    expect(runClass(o, false, true, null)).toBe('offside');
    expect(runClass(o, false, false, null)).toBe('late');
    expect(runClass({ ...o, result: 'goal' }, true, false, null)).toBe('works');
    expect(runClass({ ...o, result: 'out' }, false, false, null)).toBe('lost');
  });
});

describe('words for players', () => {
  const def = (label: string, unit: string, description?: string): ParamDef => ({ label, unit, min: 0, max: 4, step: 0.1, default: 2, ...(description ? { description } : {}) }) as ParamDef;

  it('every slider says what it changes, and its value with the unit in words', () => {
    expect(paramHelp('runStart', def('Run start', 's', 'When the striker sets off.'))).toBe('When the striker sets off.');
    expect(paramHelp('passSpeed', def('Pass speed', 'm/s'))).toMatch(/How hard the pass is hit/);
    expect(paramHelp('oddOne', def('Odd one', 'm'))).toBe('Odd one, in m.');
    expect(paramValueText(2, 's')).toBe('2 seconds');
    expect(paramValueText(1, 's')).toBe('1 second');
    expect(paramValueText(19.5, 'm/s')).toBe('19.5 metres per second');
    expect(paramValueText(-1, 'm')).toBe('-1 metre');
  });

  it('the projector strip names the first two timings in seconds', () => {
    const defs = { runStart: def('Run start', 's'), passSpeed: def('Pass speed', 'm/s'), passTime: def('Pass time', 's') };
    expect(timingStrip(defs, { runStart: 2, passTime: 1.55, passSpeed: 19 })).toBe('Run 2.0 s · Pass 1.6 s');
  });

  it('the race in words: who gets there, by how much, before whom', () => {
    const entry = (index: number, t: number) => ({ index, t, x: 0, y: 0 });
    const race = { winner: entry(0, 2.1), rival: entry(1, 2.4), marginS: 0.3 } as unknown as Race;
    const labelOf = (i: number) => ['9', '4'][i];
    expect(raceWords(race, labelOf)).toBe('9 gets there 0.3 s before 4');
    expect(raceWords({ ...race, rival: null, marginS: null } as Race, labelOf)).toBe('9 gets there unchallenged');
    // A margin that rounds to 0.0 s is no "before": the two get there together.
    expect(raceWords({ ...race, marginS: 0.049 } as Race, labelOf)).toBe('9 and 4 get there together');
    expect(raceWords({ ...race, marginS: 0.05 } as Race, labelOf)).toBe('9 gets there 0.1 s before 4');
  });
});
