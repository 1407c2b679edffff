import type { Graphics } from 'pixi.js';
import type { Px, ScreenPoint } from './coords';

// Screen-space drawing helpers: everything here is already in pixels.

export interface Ink {
  color: number;
  width: Px;
  alpha?: number;
}

/** A polyline broken into dashes of `dash` px with `gap` px between them. */
export function dashedPolyline(g: Graphics, pts: readonly ScreenPoint[], dash: Px, gap: Px, ink: Ink): void {
  let on = true;
  let drew = false;
  let left = dash as number;
  for (let k = 1; k < pts.length; k++) {
    let x = pts[k - 1].x as number;
    let y = pts[k - 1].y as number;
    const tx = pts[k].x, ty = pts[k].y;
    let seg = Math.hypot(tx - x, ty - y);
    if (seg === 0) continue;
    const ux = (tx - x) / seg, uy = (ty - y) / seg;
    while (seg > 0) {
      const d = Math.min(left, seg);
      const nx = x + ux * d, ny = y + uy * d;
      if (on) {
        g.moveTo(x, y).lineTo(nx, ny);
        drew = true;
      }
      x = nx; y = ny; seg -= d; left -= d;
      if (left <= 1e-9) {
        on = !on;
        left = on ? dash : gap;
      }
    }
  }
  // (a stroke with an empty path would repaint the previous shape: Pixi reuses its path)
  if (drew) g.stroke({ color: ink.color, width: ink.width, alpha: ink.alpha ?? 1, cap: 'butt' });
}

export function polyline(g: Graphics, pts: readonly ScreenPoint[], ink: Ink): void {
  if (pts.length < 2) return;
  g.moveTo(pts[0].x, pts[0].y);
  for (let k = 1; k < pts.length; k++) g.lineTo(pts[k].x, pts[k].y);
  g.stroke({ color: ink.color, width: ink.width, alpha: ink.alpha ?? 1, cap: 'round', join: 'round' });
}

/** A filled arrowhead at `tip`, pointing away from `from`. */
export function arrowHead(g: Graphics, from: ScreenPoint, tip: ScreenPoint, size: Px, color: number, alpha = 1): void {
  const dx = tip.x - from.x, dy = tip.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len, uy = dy / len;
  const bx = tip.x - ux * size, by = tip.y - uy * size;
  const w = size * 0.55;
  g.poly([tip.x, tip.y, bx - uy * w, by + ux * w, bx + uy * w, by - ux * w], true).fill({ color, alpha });
}

/** Points along a quadratic curve that bows to the left of the straight line by `bow` px. */
export function bowedPath(a: ScreenPoint, b: ScreenPoint, bow: Px, steps = 16): ScreenPoint[] {
  const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
  const dx = b.x - a.x, dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const cx = mx - (dy / len) * bow, cy = my + (dx / len) * bow;
  const out: ScreenPoint[] = [];
  for (let k = 0; k <= steps; k++) {
    const t = k / steps, s = 1 - t;
    out.push({ x: (s * s * a.x + 2 * s * t * cx + t * t * b.x) as Px, y: (s * s * a.y + 2 * s * t * cy + t * t * b.y) as Px });
  }
  return out;
}

/** Shorten a path's end by `by` px (so an arrowhead does not overlap a disc). */
export function trimEnd(pts: readonly ScreenPoint[], by: Px): ScreenPoint[] {
  if (pts.length < 2) return [...pts];
  const out = pts.slice(0, -1);
  const a = pts[pts.length - 2], b = pts[pts.length - 1];
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  const k = len > by ? (len - by) / len : 0.01;
  out.push({ x: (a.x + (b.x - a.x) * k) as Px, y: (a.y + (b.y - a.y) * k) as Px });
  return out;
}
