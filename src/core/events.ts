import type { OffsideJudgment } from './offside';
import type { Metres, Seconds, Tick } from './units';

export const EVENT_TYPES = [
  'run', 'pass', 'cross', 'control', 'offside', 'interception', 'tackle', 'shot', 'save',
  'rebound', 'goal', 'wide', 'out', 'skipped', 'end',
  'touch', // a touch ahead while carrying the ball
  // a defender's touch of a free ball (ball-contact.ts): off his body, off a foot, deliberate and lost, or kicked away
  'block', 'deflection', 'miscontrol', 'clearance',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const OUTCOMES = [
  'goal', 'saved', 'wide', 'offside', 'intercepted', 'tackled', 'out', 'timeout',
  'cleared', // a defender kicked or headed it away
] as const;
export type Result = (typeof OUTCOMES)[number];

export type FinishKind = 'placed' | 'driven' | 'chip' | 'round-keeper' | 'first-time';

export interface DrillEvent {
  tick: Tick;
  t: Seconds;
  type: EventType;
  agent?: string; // who acted
  other?: string; // the other player involved (receiver, tackled player, …)
  x: Metres; // where (the ball, or the player for a run)
  y: Metres;
  speed?: number; // m/s of the ball played
  to?: { x: Metres; y: Metres }; // plays of the ball: where it was aimed (a cross: where it lands)
  finish?: FinishKind; // shots
  hold?: boolean; // saves: held (true) or parried
  by?: 'post' | 'crossbar' | 'save' | 'defender'; // rebounds
  restart?: string;
  /** Plays of the ball: the offside judgment made at this tick. */
  judgment?: OffsideJudgment;
  /** Offside offences: the tick of the judgment, the line and the margin. */
  judgedAt?: Tick;
  line?: Metres;
  marginM?: Metres;
  /** Offside offences: how the player became involved. */
  involvement?: 'played' | 'challenged' | 'obstructed';
  /** Passes and crosses to one of several options: which was chosen, by what rule, and why. */
  chosen?: { option: number; agent?: string; rule: ChoiceRule; why: string };
  /** Tackles: the attacker had the ball under control (a tackle, not a race lost). */
  afterControl?: boolean;
  /** Skipped script lines: the line's index in the file's script and why it could not happen. */
  action?: number;
  reason?: string;
  /** Plays of the ball: played first time, with no controlling touch. */
  firstTime?: boolean;
}

/** How a pass or cross picks one of its options at the moment it is played. */
export type ChoiceRule = 'first-to-arrive' | 'most-space' | 'unmarked';

export interface Outcome {
  result: Result;
  tick: Tick;
  t: Seconds;
  agent?: string;
  marginM?: Metres; // offside margin, when offside
  /** Tackled: the attacker had controlled the ball first (so the race was won, then the ball lost). */
  afterControl?: boolean;
}
