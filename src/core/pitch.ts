import type { Metres } from './units';

// Pitch geometry per the Laws of the Game. x: 0 = own goal line, length = attacked goal line.
export interface Pitch {
  length: Metres;
  width: Metres;
}

export const DEFAULT_PITCH: Pitch = { length: 105, width: 68 };

export const GOAL_WIDTH: Metres = 7.32;
export const GOAL_HEIGHT: Metres = 2.44;
export const POST_RADIUS: Metres = 0.06; // 12 cm posts
export const PENALTY_AREA_DEPTH: Metres = 16.5;
export const PENALTY_AREA_WIDTH: Metres = 40.32;
export const GOAL_AREA_DEPTH: Metres = 5.5;
export const GOAL_AREA_WIDTH: Metres = 18.32;
export const PENALTY_SPOT: Metres = 11;
export const CIRCLE_RADIUS: Metres = 9.15;
export const CORNER_ARC_RADIUS: Metres = 1;

export function halfway(p: Pitch): Metres {
  return p.length / 2;
}

/** y of the near (low-y) and far (high-y) post centres of the attacked goal. */
export function postY(p: Pitch, side: -1 | 1): Metres {
  return p.width / 2 + side * (GOAL_WIDTH / 2);
}

/** Is (y, z) inside the goal mouth, allowing for the ball's radius? */
export function inGoalMouth(p: Pitch, y: Metres, z: Metres, ballRadius: Metres): boolean {
  const half = GOAL_WIDTH / 2 - POST_RADIUS - ballRadius;
  return Math.abs(y - p.width / 2) <= half && z <= GOAL_HEIGHT - POST_RADIUS - ballRadius;
}
