import type { Metres, Radians } from '../core/units';

// World metres and screen pixels never mix: screen values carry the Px brand and are made only
// by the transform below (or px() for lengths that are pixels by nature, like a line width).
// Two orientations, chosen to fill the window: 'x-right' (attacking left to right, y up) and
// 'x-up' (attacking up the screen, y to the left): a rotation, never a mirror.

declare const pxBrand: unique symbol;
/** CSS pixels on the canvas (origin top-left, y down). */
export type Px = number & { readonly [pxBrand]: 'px' };

export function px(n: number): Px {
  return n as Px;
}

export interface ScreenPoint {
  x: Px;
  y: Px;
}

/** A rectangle of the pitch in metres. */
export interface WorldRect {
  x0: Metres;
  x1: Metres;
  y0: Metres;
  y1: Metres;
}

export type Orientation = 'x-right' | 'x-up';

/** Maps world metres to canvas pixels: uniform scale, a rotation, no mirror. */
export interface ViewTransform {
  readonly orientation: Orientation;
  readonly scale: number; // pixels per metre
  readonly ox: Px; // screen position of the world origin (0, 0)
  readonly oy: Px;
  readonly width: Px; // canvas size the transform was fitted to
  readonly height: Px;
}

/** The part of the pitch a drill shows, plus room for the goal net and the touchline. */
export function viewRect(view: { x: [number, number]; y: [number, number] } | undefined, pitch: { length: Metres; width: Metres }, margin: Metres = 3): WorldRect {
  const x = view?.x ?? [0, pitch.length];
  const y = view?.y ?? [0, pitch.width];
  return {
    x0: Math.min(x[0], x[1]) - margin,
    x1: Math.max(x[0], x[1]) + margin,
    y0: Math.min(y[0], y[1]) - margin,
    y1: Math.max(y[0], y[1]) + margin,
  };
}

function scaleFor(rect: WorldRect, width: number, height: number, o: Orientation): number {
  const along = rect.x1 - rect.x0, across = rect.y1 - rect.y0;
  return o === 'x-right' ? Math.min(width / along, height / across) : Math.min(width / across, height / along);
}

/** The orientation that shows the rectangle largest in a canvas of w × h (ties: x-right). */
export function bestOrientation(rect: WorldRect, width: number, height: number): Orientation {
  return scaleFor(rect, width, height, 'x-up') > scaleFor(rect, width, height, 'x-right') * 1.02 ? 'x-up' : 'x-right';
}

/** Largest uniform scale that shows the whole rectangle, centred in a canvas of w × h. */
export function fitView(rect: WorldRect, width: Px, height: Px, orientation: Orientation = bestOrientation(rect, width, height)): ViewTransform {
  const scale = Math.max(1e-6, scaleFor(rect, width, height, orientation));
  const along = (rect.x1 - rect.x0) * scale, across = (rect.y1 - rect.y0) * scale;
  if (orientation === 'x-right') {
    const padX = (width - along) / 2, padY = (height - across) / 2;
    return { orientation, scale, ox: px(padX - rect.x0 * scale), oy: px(padY + rect.y1 * scale), width, height };
  }
  const padX = (width - across) / 2, padY = (height - along) / 2;
  return { orientation, scale, ox: px(padX + rect.y1 * scale), oy: px(padY + rect.x1 * scale), width, height };
}

export function toScreen(t: ViewTransform, x: Metres, y: Metres): ScreenPoint {
  return t.orientation === 'x-right'
    ? { x: px(t.ox + x * t.scale), y: px(t.oy - y * t.scale) }
    : { x: px(t.ox - y * t.scale), y: px(t.oy - x * t.scale) };
}

export function toWorld(t: ViewTransform, sx: Px, sy: Px): { x: Metres; y: Metres } {
  return t.orientation === 'x-right'
    ? { x: (sx - t.ox) / t.scale, y: (t.oy - sy) / t.scale }
    : { x: (t.oy - sy) / t.scale, y: (t.ox - sx) / t.scale };
}

/** A length on the pitch drawn on screen. */
export function screenLength(t: ViewTransform, d: Metres): Px {
  return px(d * t.scale);
}

/** Screen angle (canvas convention, y down) of a world direction at angle `a` from +x. */
export function screenAngle(t: ViewTransform, a: Radians): Radians {
  return t.orientation === 'x-right' ? -a : -a - Math.PI / 2;
}

/** Screen direction (unit vector) of a world vector (dx, dy). */
export function screenDir(t: ViewTransform, dx: number, dy: number): { x: number; y: number } {
  const l = Math.hypot(dx, dy) || 1;
  return t.orientation === 'x-right' ? { x: dx / l, y: -dy / l } : { x: -dy / l, y: -dx / l };
}
