// One placement pass for the text on the pitch: each label, most important first, goes to the
// nearest place beside its point where its box overlaps no other label, no player's disc (so it
// never covers a shirt number) and stays on the canvas. Further out it gets a leader line back
// to its point; with no room at all it is left out (never drawn over something). Pure: screen
// pixels in and out, the same for the viewer, the exported picture and the video.

export interface Spot {
  x: number;
  y: number;
}

/** A box by its top-left corner and size (px). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Something round to keep clear: a player's disc, the ball (centre and radius, px). */
export interface Disc {
  x: number;
  y: number;
  r: number;
}

export interface Placed {
  id: string;
  text: string;
  box: Box;
  anchor: Spot;
  leader: boolean; // drawn away from its point: a line joins them
}

const DIRECTIONS = 16; // places tried round each ring, above first, then clockwise
const RINGS = 6; // rings tried, each further out
const MARGIN = 2; // px kept between two labels, and between a label and a disc
/** The part of a disc the number takes (share of the radius): the last thing a label may cover. */
export const NUMBER_SHARE = 0.7;

/** Distance from a box to a point (0 inside). */
function boxDistance(b: Box, p: Spot): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.w));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.h));
  return Math.hypot(dx, dy);
}

/** Whether two boxes overlap, with `gap` px kept between them. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** Whether a box covers any of a disc (within `gap` px of its rim). */
export function boxOverDisc(b: Box, d: Disc, gap = 0): boolean {
  return boxDistance(b, d) < d.r + gap;
}

/** The square a disc's number takes (centre ± NUMBER_SHARE of the radius). */
export function numberBox(d: Disc): Box {
  const s = d.r * NUMBER_SHARE;
  return { x: d.x - s, y: d.y - s, w: 2 * s, h: 2 * s };
}

export class LabelBoard {
  readonly placed: Placed[] = [];
  readonly discs: Disc[];

  /** A w × h canvas with these discs on it (players first: numbers are never covered). */
  constructor(readonly w: number, readonly h: number, discs: readonly Disc[]) {
    this.discs = [...discs];
  }

  /** Something more drawn on the frame (a mark) that labels must leave visible. */
  keepClear(d: Disc): void {
    this.discs.push(d);
  }

  /**
   * Place a label of half-size (hw, hh) beside `anchor`, at least `gap` px from it: the centre of
   * its box, or null when there is no free place within reach (the label is then not drawn).
   */
  place(id: string, text: string, anchor: Spot, hw: number, hh: number, gap: number): Placed | null {
    const step = 2 * hh + MARGIN * 2;
    for (const strict of [true, false]) {
      for (let ring = 0; ring < RINGS; ring++) {
        const d = gap + ring * step;
        let best: { box: Box; clear: number } | null = null;
        for (let k = 0; k < DIRECTIONS; k++) {
          const a = (k * 2 * Math.PI) / DIRECTIONS - Math.PI / 2;
          const cx = anchor.x + Math.cos(a) * (d + hw), cy = anchor.y + Math.sin(a) * (d + hh);
          const box = { x: cx - hw, y: cy - hh, w: 2 * hw, h: 2 * hh };
          const clear = this.clearance(box, strict);
          if (clear === null) continue;
          if (!best || clear > best.clear + 0.5) best = { box, clear };
        }
        if (best) {
          const p: Placed = { id, text, box: best.box, anchor: { ...anchor }, leader: boxDistance(best.box, anchor) > gap + step * 0.5 };
          this.placed.push(p);
          return p;
        }
      }
    }
    return null;
  }

  /**
   * How far a box stays from everything (px), or null where it may not go: off the canvas, over
   * another label, over a disc (strict) or at least over a number.
   */
  private clearance(b: Box, strict: boolean): number | null {
    if (b.x < MARGIN || b.y < MARGIN || b.x + b.w > this.w - MARGIN || b.y + b.h > this.h - MARGIN) return null;
    let clear = Infinity;
    for (const p of this.placed) {
      if (boxesOverlap(b, p.box, MARGIN)) return null;
    }
    for (const d of this.discs) {
      if (strict ? boxOverDisc(b, d, MARGIN) : boxesOverlap(b, numberBox(d), MARGIN)) return null;
      clear = Math.min(clear, boxDistance(b, d) - d.r);
    }
    return Math.min(clear, 200);
  }
}
