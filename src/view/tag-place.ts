// Where to put a tag beside a point so that it covers as little as possible: of eight places
// around the point (above first), the one whose box is furthest from the things to keep clear
// (players' discs, the ball, other tags) and inside the canvas. Pure: screen pixels in and out.

export interface Spot {
  x: number;
  y: number;
}

/**
 * The centre for a tag of half-size (hw, hh) beside `at`, at least `gap` px from it, clear of
 * `avoid` (centres of round things of radius `r`), inside a w × h canvas.
 */
export function clearestSpot(at: Spot, hw: number, hh: number, gap: number, avoid: readonly Spot[], r: number, w: number, h: number): Spot {
  let best: Spot & { score: number } = { x: at.x, y: at.y - gap - hh, score: -Infinity };
  for (let k = 0; k < 8; k++) {
    const a = (k * Math.PI) / 4 - Math.PI / 2; // up first, then clockwise
    const cx = at.x + Math.cos(a) * (gap + hw), cy = at.y + Math.sin(a) * (gap + hh);
    let score = 1e6; // clearance from the box's edge to the nearest thing's rim (finite: the edge penalty must count)
    for (const p of avoid) score = Math.min(score, Math.max(Math.abs(p.x - cx) - hw, Math.abs(p.y - cy) - hh) - r);
    if (cx - hw < 0 || cx + hw > w || cy - hh < 0 || cy + hh > h) score -= 1e4;
    if (score > best.score + 0.5) best = { x: cx, y: cy, score };
  }
  return { x: best.x, y: best.y };
}

/** About half the size of a one-line tag of `text` at `fontPx` (bold, with its padding). */
export function tagHalfSize(text: string, fontPx: number): { hw: number; hh: number } {
  return { hw: fontPx * 0.3 * text.length + fontPx * 0.3, hh: fontPx * 0.7 };
}
