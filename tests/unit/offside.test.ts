import { describe, expect, it } from 'vitest';
import { judgeOffside, secondLastOpponentX, type PlayerAt, type Restart } from '../../src/core/offside';
import { newWatch, offenceOnTouch, opponentTouched, teamMatePlayed } from '../../src/core/offside-watch';

const pitch = { length: 105, width: 68 };
const P = (id: string, x: number, y = 34): PlayerAt => ({ id, x, y });
const GK = P('GK', 104);

// Each row: a moment, and what an assistant referee must say about attacker A.
const table: Array<{
  name: string; ball: number; a: number; defenders: PlayerAt[]; restart?: Restart;
  line: number; offsidePosition: boolean; margin: number;
}> = [
  { name: 'beyond the second-last defender', ball: 70, a: 90, defenders: [GK, P('D', 88)], line: 88, offsidePosition: true, margin: 2 },
  { name: 'level with the second-last defender is onside', ball: 70, a: 88, defenders: [GK, P('D', 88)], line: 88, offsidePosition: false, margin: 0 },
  { name: 'a centimetre beyond is offside', ball: 70, a: 88.01, defenders: [GK, P('D', 88)], line: 88, offsidePosition: true, margin: 0.01 },
  { name: 'behind the line', ball: 70, a: 85.5, defenders: [GK, P('D', 88)], line: 88, offsidePosition: false, margin: -2.5 },
  { name: 'the ball is the line when it is nearer the goal than the defenders', ball: 92, a: 91, defenders: [GK, P('D', 88)], line: 92, offsidePosition: false, margin: -1 },
  { name: 'beyond the ball and the defenders', ball: 92, a: 93, defenders: [GK, P('D', 88)], line: 92, offsidePosition: true, margin: 1 },
  { name: 'in his own half: never offside', ball: 30, a: 50, defenders: [P('GK', 60), P('D', 45)], line: 52.5, offsidePosition: false, margin: -2.5 },
  { name: 'on the halfway line itself: not in the opponents\' half', ball: 30, a: 52.5, defenders: [P('GK', 52), P('D', 40)], line: 52.5, offsidePosition: false, margin: 0 },
  { name: 'keeper out of goal: the outfield defender behind him is the last, the keeper second-last', ball: 60, a: 90, defenders: [P('GK', 85), P('D', 100)], line: 85, offsidePosition: true, margin: 5 },
  { name: 'the keeper counts like any other opponent', ball: 60, a: 99, defenders: [P('GK', 98), P('D1', 101), P('D2', 80)], line: 98, offsidePosition: true, margin: 1 },
  { name: 'a throw-in is exempt but still judged', ball: 70, a: 95, defenders: [GK, P('D', 88)], restart: 'throw-in', line: 88, offsidePosition: true, margin: 7 },
  { name: 'with one opponent the missing one stands on the goal line: the keeper is second-last', ball: 70, a: 100, defenders: [GK], line: 104, offsidePosition: false, margin: -4 },
  { name: 'with one defender up the pitch, he is the second-last: beyond him is offside', ball: 70, a: 95, defenders: [P('D', 80)], line: 80, offsidePosition: true, margin: 15 },
  { name: 'with no opponent at all the line is their goal line', ball: 70, a: 100, defenders: [], line: 105, offsidePosition: false, margin: -5 },
];

describe('Law 11 at one moment (judgeOffside)', () => {
  for (const row of table) {
    it(row.name, () => {
      const j = judgeOffside(pitch, { x: row.ball, y: 34 }, [P('A', row.a)], row.defenders, row.restart);
      expect(j.offsideLine).toBeCloseTo(row.line, 9);
      expect(j.players[0].offsidePosition).toBe(row.offsidePosition);
      expect(j.players[0].marginM).toBeCloseTo(row.margin, 9);
    });
  }

  it('restarts: throw-in, goal kick and corner are exempt; a free kick is not', () => {
    const ex = (r?: Restart) => judgeOffside(pitch, { x: 70, y: 34 }, [P('A', 95)], [GK, P('D', 88)], r).restartExempt;
    expect([ex('throw-in'), ex('goal-kick'), ex('corner-kick'), ex('free-kick'), ex()]).toEqual([true, true, true, false, false]);
  });

  it('the second-last opponent is found whatever the order', () => {
    expect(secondLastOpponentX(pitch, [70, 104, 88, 90])).toBe(90);
    expect(secondLastOpponentX(pitch, [104, 104])).toBe(104);
  });
});

describe('Law 11 over time (the offside watch)', () => {
  const judged = (restart?: Restart) => judgeOffside(pitch, { x: 70, y: 34 }, [P('A', 95), P('B', 80)], [GK, P('D', 88)], restart);
  type Step = 'pass' | 'save' | 'post' | 'deflection' | 'deliberate' | 'throw-in' | 'onside-pass';

  // A judged in an offside position at the pass; what follows; does A's touch then offend?
  const rows: Array<{ name: string; steps: Step[]; offence: boolean }> = [
    { name: 'touches the pass directly', steps: ['pass'], offence: true },
    { name: 'plays the rebound off the post', steps: ['pass', 'post'], offence: true },
    { name: 'plays the ball after a save', steps: ['pass', 'save'], offence: true },
    { name: 'plays a ball deflected off an opponent', steps: ['pass', 'deflection'], offence: true },
    { name: 'plays a ball an opponent deliberately played', steps: ['pass', 'deliberate'], offence: false },
    { name: 'a new team-mate play with A now onside judges afresh', steps: ['pass', 'onside-pass'], offence: false },
    { name: 'receives directly from a throw-in', steps: ['throw-in'], offence: false },
    { name: 'a save after a throw-in: still from the exempt restart', steps: ['throw-in', 'save'], offence: false },
    { name: 'no play yet: nothing to judge', steps: [], offence: false },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const w = newWatch();
      row.steps.forEach((s, tick) => {
        if (s === 'pass') teamMatePlayed(w, judged(), tick);
        else if (s === 'throw-in') teamMatePlayed(w, judged('throw-in'), tick);
        else if (s === 'onside-pass') teamMatePlayed(w, judgeOffside(pitch, { x: 96, y: 34 }, [P('A', 95)], [GK, P('D', 88)]), tick);
        else opponentTouched(w, s === 'deliberate');
      });
      const v = offenceOnTouch(w, 'A');
      expect(v !== null).toBe(row.offence);
      if (v) {
        expect(v.marginM).toBeCloseTo(7, 9);
        expect(w.judgedAt).toBe(0); // the offence refers back to the pass's tick
      }
    });
  }

  it('B, onside at the pass, may play a rebound off the post', () => {
    const w = newWatch();
    teamMatePlayed(w, judged(), 3);
    opponentTouched(w, false);
    expect(offenceOnTouch(w, 'B')).toBeNull();
  });
});
