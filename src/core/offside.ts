import type { Pitch } from './pitch';
import type { Metres } from './units';

// Law 11, as a pure function of one moment. Attackers attack the goal line at x = pitch.length.
export type Restart = 'throw-in' | 'goal-kick' | 'corner-kick' | 'free-kick';

/** Restarts from which a player receiving the ball directly commits no offside offence. */
export const EXEMPT_RESTARTS: readonly Restart[] = ['throw-in', 'goal-kick', 'corner-kick'];

export interface PlayerAt {
  id: string;
  x: Metres;
  y: Metres;
}

export interface OffsideVerdict {
  id: string;
  offsidePosition: boolean;
  /** Signed distance beyond the line (positive = nearer the goal line than the line). */
  marginM: Metres;
}

export interface OffsideJudgment {
  offsideLine: Metres;
  restartExempt: boolean;
  players: OffsideVerdict[];
}

/**
 * x of the second-last opponent, the goalkeeper counting like any other. With fewer than two
 * opponents the missing ones are taken to stand on their goal line: a lone opponent is then the
 * second-last, and with none the line is the goal line. With `at`, the opponents' x are
 * opponentXs[at[0]] … opponentXs[at[count − 1]] (the engine reads its players' x in place).
 */
export function secondLastOpponentX(
  pitch: Pitch, opponentXs: ArrayLike<number>, count = opponentXs.length, at?: ArrayLike<number>,
): Metres {
  let first = -Infinity;
  let second = -Infinity;
  // The opponents there are, then a stand-in on the goal line for each of the two that is missing.
  for (let i = 0; i < Math.max(count, 2); i++) {
    const x = i < count ? opponentXs[at === undefined ? i : at[i]] : pitch.length;
    if (x > first) {
      second = first;
      first = x;
    } else if (x > second) {
      second = x;
    }
  }
  return second;
}

/** The line drawn on screen: the furthest of second-last opponent, ball and halfway line. */
export function offsideLineX(pitch: Pitch, ballX: Metres, secondLast: Metres): Metres {
  return Math.max(secondLast, ballX, pitch.length / 2);
}

/**
 * In an offside position: in the opponents' half (the halfway line does not count) and strictly
 * nearer the goal line than the line. Level is onside.
 */
export function inOffsidePosition(pitch: Pitch, x: Metres, line: Metres): boolean {
  return x > pitch.length / 2 && x > line;
}

export function judgeOffside(
  pitch: Pitch,
  ball: { x: Metres; y: Metres },
  attackers: readonly PlayerAt[],
  defenders: readonly PlayerAt[],
  restart?: Restart,
): OffsideJudgment {
  const line = offsideLineX(pitch, ball.x, secondLastOpponentX(pitch, defenders.map((d) => d.x)));
  return {
    offsideLine: line,
    restartExempt: restart !== undefined && EXEMPT_RESTARTS.includes(restart),
    players: attackers.map((a) => ({
      id: a.id,
      offsidePosition: inOffsidePosition(pitch, a.x, line),
      marginM: a.x - line,
    })),
  };
}

/**
 * The end-zone game's rule, judged like offside: the line is the end zone's edge (or the ball,
 * if it is already deeper); a forward beyond it when a team-mate plays the ball entered early.
 */
export function judgeEndZone(
  pitch: Pitch, depth: Metres, ball: { x: Metres; y: Metres }, attackers: readonly PlayerAt[],
): OffsideJudgment {
  const line = Math.max(pitch.length - depth, ball.x);
  return {
    offsideLine: line,
    restartExempt: false,
    players: attackers.map((a) => ({ id: a.id, offsidePosition: a.x > line, marginM: a.x - line })),
  };
}
