// Unit aliases: they document what a number means; the arithmetic stays plain numbers.
export type Metres = number;
export type Seconds = number;
export type MetresPerSecond = number;
export type MetresPerSecond2 = number;
export type Radians = number;
export type Tick = number;
export type Hertz = number;

export interface Point {
  x: Metres;
  y: Metres;
}
