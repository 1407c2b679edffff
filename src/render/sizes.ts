import { px, type Px } from './coords';

// Sizes on screen that follow the label size (itself set from the window height), so that the
// whole drawing scales together and reads from the back of a room.

/** Disc radius for a label size: the label (up to three characters) must fit inside. */
export function discRadius(labelPx: Px): Px {
  return px(labelPx * 0.95);
}

const GROW = 0.18; // share of the ball's size added per metre of height

/** Ball radius on screen at height z (m): bigger as it rises. */
export function ballRadius(labelPx: Px, z: number): Px {
  return px(labelPx * 0.42 * (1 + GROW * Math.max(0, z)));
}

/** Label size: at least 2.5% of the window height (3% when presenting), never under 14 px. */
export function labelSize(windowHeight: number, presenting: boolean): Px {
  return px(Math.max(14, Math.round(windowHeight * (presenting ? 0.03 : 0.025))));
}
