import { describe, expect, it } from 'vitest';
import { difficulty, EASY_SPEED } from '../../src/core/ball-contact';
import type { DrillEvent } from '../../src/core/events';
import { simulate } from '../../src/core/simulate';
import type { Action } from '../../src/core/spec';
import { ballAt, type Trace } from '../../src/core/trace';
import { agent, drill, eventTypes } from './helpers';

// A live ball until the play is over: an outfield defender in the way of a shot blocks it with his
// body or deflects it with a leg; one meeting a pass controls it (the attack is over), clears it
// when pressed, or miscontrols it and it runs loose. Blocks and deflections are no deliberate play
// (Law 11: the offside judgment of the attack's play stands); a miscontrol is one (it resets).
const stand = { kind: 'stand' as const };
const keeper = { kind: 'keeper' as const, holdSpeed: 16 };
const striker = { kind: 'striker' as const, shootRange: 14 };

function shotAt(y: number, speed = 24): Action {
  return { kind: 'shot', at: 0.1, agent: 'S', to: { point: { x: 105, y }, lead: { x: 0, y: 0 } }, speed, loft: 0 };
}

/** A shot from 20 m straight at goal with one defender standing 8 m out, `off` metres to the side of its line. */
function shotPast(off: number, seed = 1): Trace {
  return simulate(drill([
    agent('S', 'attack', 'attacker', 85, 34, stand),
    agent('D', 'defence', 'defender', 93, 34 + off, stand),
    agent('GK', 'defence', 'goalkeeper', 104, 34, keeper),
  ], [shotAt(34)], { offside: false, duration: 4 }), seed);
}

const heading = (t: Trace, tick: number) => { const b = ballAt(t, tick); return Math.atan2(b.vy, b.vx); };

describe('a shot meets a defender', () => {
  it('straight at his body: blocked, the ball comes back off him, and the play goes on', () => {
    const t = shotPast(0.1);
    const block = t.events.find((e) => e.type === 'block');
    expect(block?.agent).toBe('D');
    expect(block!.speed).toBeGreaterThan(20); // the shot's pace as it hit him
    const after = ballAt(t, block!.tick + 1);
    expect(after.vx).toBeLessThan(0); // back towards the shooter
    expect(Math.hypot(after.vx, after.vy)).toBeLessThan(0.5 * block!.speed!); // the body takes most of it
    // Not the end of the attack: the outcome comes later, and no 'intercepted' at the block.
    expect(t.outcome.tick).toBeGreaterThan(block!.tick);
    expect(t.events.filter((e) => e.type === 'shot')).toHaveLength(1);
  });

  it('a leg\'s reach to the side: deflected on towards goal, turned 6–28° away from him and slower, over 10 seeds', () => {
    let seen = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const t = shotPast(0.75, seed);
      const d = t.events.find((e) => e.type === 'deflection');
      expect(d?.agent, `seed ${seed}`).toBe('D');
      const before = heading(t, d!.tick - 1), after = heading(t, d!.tick + 1);
      const turned = Math.abs(after - before) * 180 / Math.PI;
      expect(turned, `seed ${seed}`).toBeGreaterThan(5);
      expect(turned, `seed ${seed}`).toBeLessThan(29);
      expect(ballAt(t, d!.tick + 1).vy, `seed ${seed}: away from D, who stands at y + 0.75`).toBeLessThan(0);
      const v0 = Math.hypot(ballAt(t, d!.tick - 1).vx, ballAt(t, d!.tick - 1).vy), v1 = Math.hypot(ballAt(t, d!.tick + 1).vx, ballAt(t, d!.tick + 1).vy);
      expect(v1 / v0).toBeGreaterThan(0.5);
      expect(v1 / v0).toBeLessThan(0.86);
      // Still a shot: it ends as a goal, a save or wide, never at D's touch.
      expect(['goal', 'saved', 'wide']).toContain(t.outcome.result);
      seen++;
    }
    expect(seen).toBe(10);
  });

  it('a defender two metres off its line never touches it', () => {
    const t = shotPast(2);
    expect(eventTypes(t).filter((e) => ['block', 'deflection'].includes(e))).toEqual([]);
  });
});

describe('a defender meets a pass', () => {
  it('how hard a touch is: nothing under 8 m/s however far he stretches; rising with pace; harder at full stretch', () => {
    expect(difficulty(EASY_SPEED - 0.1, 1, false)).toBe(0);
    expect(difficulty(14, 0, false)).toBeGreaterThan(0);
    expect(difficulty(20, 0, false)).toBeGreaterThan(difficulty(14, 0, false));
    expect(difficulty(20, 1, false)).toBeGreaterThan(difficulty(20, 0, false));
    expect(difficulty(40, 1, false)).toBeLessThanOrEqual(0.9); // he always has some chance
  });

  it('a soft pass straight to him is intercepted: the attack ends at his touch', () => {
    const t = simulate(drill([
      agent('P', 'attack', 'attacker', 70, 34, stand), agent('A', 'attack', 'attacker', 90, 34, striker),
      agent('D', 'defence', 'defender', 78, 34, stand), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper),
    ], [{ kind: 'pass', at: 0.1, agent: 'P', to: { agent: 'A', lead: { x: 0, y: 0 } }, speed: 9, loft: 0 }], { offside: false }), 1);
    expect(t.outcome).toMatchObject({ result: 'intercepted', agent: 'D' });
    expect(eventTypes(t)).toContain('interception');
  });
});

/**
 * A hard pass through a defender D to A, who stands beyond the line (offside position) at the pass.
 * Over seeds D sometimes miscontrols it and it runs on loose to A: the defender's deliberate play
 * resets the judgment, so A plays on.
 */
function throughD(seed: number): Trace {
  return simulate(drill([
    agent('P', 'attack', 'attacker', 70, 34, stand), agent('A', 'attack', 'attacker', 92, 33, striker),
    agent('D', 'defence', 'defender', 86, 34, stand), agent('D2', 'defence', 'defender', 88, 20, stand),
    agent('GK', 'defence', 'goalkeeper', 104, 34, keeper),
  ], [{ kind: 'pass', at: 0.1, agent: 'P', to: { agent: 'A', lead: { x: 0, y: 0 } }, speed: 26, loft: 0 }]), seed);
}

const firstBy = (t: Trace, id: string, after: number, types: string[]): DrillEvent | undefined =>
  t.events.find((e) => e.tick > after && e.agent === id && types.includes(e.type));

describe('offside after a defender\'s touch (Law 11: a deliberate play resets, a deflection does not)', () => {
  it('A is in an offside position at the pass in every run (the precondition)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const pass = throughD(seed).events.find((e) => e.type === 'pass')!;
      expect(pass.judgment!.players.find((p) => p.id === 'A')!.offsidePosition).toBe(true);
    }
  });

  it('miscontrolled by D and loose to A: no offence; deflected by D to A: the offence stands', () => {
    let reset = 0, stood = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const t = throughD(seed);
      const touch = t.events.find((e) => e.agent === 'D' && ['miscontrol', 'deflection'].includes(e.type));
      if (!touch) continue;
      const a = firstBy(t, 'A', touch.tick, ['control', 'shot', 'offside']);
      if (!a || t.events.some((e) => e.tick > touch.tick && e.tick < a.tick && e.agent !== undefined && e.agent !== 'A' && e.type !== 'run')) continue; // someone else played it first
      if (touch.type === 'miscontrol') {
        expect(a.type, `seed ${seed}`).not.toBe('offside');
        reset++;
      } else {
        expect(a.type, `seed ${seed}`).toBe('offside');
        expect(a.judgedAt).toBe(t.events.find((e) => e.type === 'pass')!.tick);
        stood++;
      }
    }
    expect(reset, 'miscontrols that reached A').toBeGreaterThanOrEqual(1);
    expect(stood, 'deflections that reached A').toBeGreaterThanOrEqual(1);
  });

  it('a keeper\'s parry to the same kind of attacker, beyond the line at the shot, is an offence', () => {
    // Hard and wide of the keeper: parried; A stands beyond the second-last defender at the shot.
    const t = simulate(drill([
      agent('P', 'attack', 'attacker', 92, 34, stand), agent('A', 'attack', 'attacker', 99, 37, striker),
      agent('D', 'defence', 'defender', 96, 45, stand), agent('GK', 'defence', 'goalkeeper', 104, 34, keeper),
    ], [{ kind: 'shot', at: 0.1, agent: 'P', to: { point: { x: 105, y: 35.5 }, lead: { x: 0, y: 0 } }, speed: 26, loft: 0 }]), 1);
    const save = t.events.find((e) => e.type === 'save');
    expect(save?.hold).toBe(false);
    expect(t.outcome.result).toBe('offside');
    expect(t.outcome.agent).toBe('A');
    expect(t.events.find((e) => e.type === 'offside')!.judgedAt).toBe(t.events.find((e) => e.type === 'shot')!.tick);
  });
});
