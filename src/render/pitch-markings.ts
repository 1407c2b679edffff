import type { Graphics } from 'pixi.js';
import {
  CIRCLE_RADIUS, CORNER_ARC_RADIUS, GOAL_AREA_DEPTH, GOAL_AREA_WIDTH, GOAL_WIDTH, PENALTY_AREA_DEPTH,
  PENALTY_AREA_WIDTH, PENALTY_SPOT, POST_RADIUS, type Pitch,
} from '../core/pitch';
import type { Metres } from '../core/units';
import { px, screenAngle, screenLength, toScreen, type Px, type ViewTransform } from './coords';
import type { Theme } from './palette';

// The field of play to scale, with every marking of Law 1, both ends, and the goals with nets.

const NET_DEPTH: Metres = 2;
const STRIPES = 18; // mown bands along the length

/** Marking line width on screen: the real 12 cm, never thinner than 2 px. */
export function markingWidth(t: ViewTransform, pale = false): Px {
  // On the pale pitch a thin line vanishes on a washed-out projector: never under 3 px there.
  return px(Math.max(pale ? 3 : 2, screenLength(t, 0.12)));
}

function rectM(g: Graphics, t: ViewTransform, x0: Metres, y0: Metres, x1: Metres, y1: Metres): Graphics {
  const a = toScreen(t, x0, y0), b = toScreen(t, x1, y1);
  return g.rect(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y));
}

function lineM(g: Graphics, t: ViewTransform, x0: Metres, y0: Metres, x1: Metres, y1: Metres): Graphics {
  const a = toScreen(t, x0, y0), b = toScreen(t, x1, y1);
  return g.moveTo(a.x, a.y).lineTo(b.x, b.y);
}

function circleM(g: Graphics, t: ViewTransform, x: Metres, y: Metres, r: number): Graphics {
  const c = toScreen(t, x, y);
  return g.circle(c.x, c.y, r);
}

/** Arc centred at (cx, cy) m, radius r m, between world angles a0 and a1 (counter-clockwise in the world). */
function arcM(g: Graphics, t: ViewTransform, cx: Metres, cy: Metres, r: Metres, a0: number, a1: number): Graphics {
  // The transform is a rotation with a flip of y: world counter-clockwise is screen clockwise.
  const c = toScreen(t, cx, cy), sr = screenLength(t, r);
  const s0 = screenAngle(t, a0), s1 = screenAngle(t, a1);
  g.moveTo(c.x + sr * Math.cos(s0), c.y + sr * Math.sin(s0));
  return g.arc(c.x, c.y, sr, s0, s1, true);
}

function end(g: Graphics, t: ViewTransform, p: Pitch, side: 0 | 1): void {
  const goalX = side ? p.length : 0;
  const dir = side ? -1 : 1; // into the field
  const cy = p.width / 2;
  rectM(g, t, goalX, cy - PENALTY_AREA_WIDTH / 2, goalX + dir * PENALTY_AREA_DEPTH, cy + PENALTY_AREA_WIDTH / 2);
  rectM(g, t, goalX, cy - GOAL_AREA_WIDTH / 2, goalX + dir * GOAL_AREA_DEPTH, cy + GOAL_AREA_WIDTH / 2);
  // Penalty arc: the part of the 9.15 m circle round the spot that lies outside the area.
  const spotX = goalX + dir * PENALTY_SPOT;
  const half = Math.acos((PENALTY_AREA_DEPTH - PENALTY_SPOT) / CIRCLE_RADIUS);
  const mid = side ? Math.PI : 0;
  arcM(g, t, spotX, cy, CIRCLE_RADIUS, mid - half, mid + half);
  // Corner arcs.
  arcM(g, t, goalX, 0, CORNER_ARC_RADIUS, side ? Math.PI / 2 : 0, side ? Math.PI : Math.PI / 2);
  arcM(g, t, goalX, p.width, CORNER_ARC_RADIUS, side ? Math.PI : -Math.PI / 2, side ? (3 * Math.PI) / 2 : 0);
}

function spots(g: Graphics, t: ViewTransform, p: Pitch, theme: Theme): void {
  const r = Math.max(2.5, screenLength(t, 0.2));
  for (const x of [PENALTY_SPOT, p.length / 2, p.length - PENALTY_SPOT]) circleM(g, t, x, p.width / 2, r);
  g.fill({ color: theme.markings, alpha: theme.markingAlpha });
}

function goal(g: Graphics, t: ViewTransform, p: Pitch, side: 0 | 1, theme: Theme, w: Px): void {
  const x = side ? p.length : 0;
  const back = x + (side ? NET_DEPTH : -NET_DEPTH);
  const y0 = p.width / 2 - GOAL_WIDTH / 2, y1 = p.width / 2 + GOAL_WIDTH / 2;
  rectM(g, t, x, y0, back, y1).fill({ color: theme.markings, alpha: 0.18 });
  // Net mesh: a few lines so the goal reads as a goal from the back of a room.
  for (let k = 1; k < 6; k++) lineM(g, t, x, y0 + (k * GOAL_WIDTH) / 6, back, y0 + (k * GOAL_WIDTH) / 6);
  g.stroke({ color: theme.markings, width: 1, alpha: 0.45 });
  const a = toScreen(t, x, y0), b = toScreen(t, back, y0), c = toScreen(t, back, y1), d = toScreen(t, x, y1);
  g.moveTo(a.x, a.y).lineTo(b.x, b.y).lineTo(c.x, c.y).lineTo(d.x, d.y);
  g.stroke({ color: theme.markings, width: Math.max(1.5, w * 0.75), alpha: theme.markingAlpha });
  const pr = Math.max(3, screenLength(t, POST_RADIUS * 2));
  circleM(g, t, x, y0, pr);
  circleM(g, t, x, y1, pr).fill({ color: theme.markings });
}

/** The end-zone game's zones, shaded at both ends with their edge drawn. */
function endZones(g: Graphics, t: ViewTransform, p: Pitch, depth: Metres, theme: Theme, w: Px): void {
  rectM(g, t, 0, 0, depth, p.width);
  rectM(g, t, p.length - depth, 0, p.length, p.width).fill({ color: theme.offsideLine, alpha: 0.12 });
  lineM(g, t, depth, 0, depth, p.width);
  lineM(g, t, p.length - depth, 0, p.length - depth, p.width).stroke({ color: theme.offsideLine, width: w, alpha: 0.5 });
}

/** Draw grass, stripes, markings, goals and any end zones into `g` (cleared first). */
export function drawPitch(g: Graphics, t: ViewTransform, p: Pitch, theme: Theme, endZone?: Metres): void {
  g.clear();
  g.rect(0, 0, t.width, t.height).fill({ color: theme.surround });
  // Grass with a metre and a half of run-off round the lines.
  rectM(g, t, -1.5, -1.5, p.length + 1.5, p.width + 1.5).fill({ color: theme.pitch });
  const band = p.length / STRIPES;
  for (let k = 0; k < STRIPES; k += 2) rectM(g, t, k * band, 0, (k + 1) * band, p.width).fill({ color: theme.stripe });
  const w = markingWidth(t, theme.name === 'light');
  rectM(g, t, 0, 0, p.length, p.width);
  lineM(g, t, p.length / 2, 0, p.length / 2, p.width);
  circleM(g, t, p.length / 2, p.width / 2, screenLength(t, CIRCLE_RADIUS));
  end(g, t, p, 0);
  end(g, t, p, 1);
  g.stroke({ color: theme.markings, width: w, alpha: theme.markingAlpha });
  if (endZone !== undefined) endZones(g, t, p, endZone, theme, w);
  spots(g, t, p, theme);
  goal(g, t, p, 0, theme, w);
  goal(g, t, p, 1, theme, w);
}
