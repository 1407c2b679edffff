import { Container, Graphics } from 'pixi.js';
import type { Metres } from '../core/units';
import { px, toScreen, type Px, type ViewTransform } from './coords';
import type { Theme } from './palette';
import { dashedPolyline } from './shapes';
import { discRadius } from './sizes';
import { TagPool } from './tag-pool';

// The analyst's marks on the pitch: players picked in the inspector (a ring each, and the
// distance between every two), and the measuring tape (two ends, a line, the distance and the
// times to get there). Positions arrive already resolved for the shown frame, in metres.

export interface WorldPoint { x: Metres; y: Metres }

export interface MeasureDrawing {
  a: WorldPoint;
  b: WorldPoint | null; // null: the first end is placed, waiting for the second
  text: string; // the tag at the middle ('' while waiting)
}

export interface PairDrawing {
  a: WorldPoint;
  b: WorldPoint;
  text: string;
}

export interface AnalystMarks {
  selected: WorldPoint[]; // rings
  pairs: PairDrawing[];
  measure: MeasureDrawing | null;
}

export const TAPE_COLOUR = 0xffffff;

export class MeasureLayer {
  readonly view = new Container();
  private readonly g = new Graphics();
  private readonly tags = new TagPool();

  constructor() {
    this.view.addChild(this.g, this.tags.view);
  }

  draw(m: AnalystMarks | null | undefined, t: ViewTransform, theme: Theme, labelPx: Px): void {
    const g = this.g;
    g.clear();
    this.tags.begin();
    if (!m) return;
    const r = discRadius(labelPx);
    const style = { fontPx: Math.round(labelPx * 0.8), fill: theme.tagText, bg: theme.tagBg, edge: theme.offsideLine };
    for (const p of m.selected) {
      const c = toScreen(t, p.x, p.y);
      g.circle(c.x, c.y, r * 1.45).stroke({ color: theme.tagBg, width: 6, alpha: 0.8 }).circle(c.x, c.y, r * 1.45).stroke({ color: theme.offsideLine, width: 3 });
    }
    for (const p of m.pairs) {
      const a = toScreen(t, p.a.x, p.a.y), b = toScreen(t, p.b.x, p.b.y);
      dashedPolyline(g, [a, b], px(10), px(6), { color: theme.offsideLine, width: px(2.5) });
      this.tags.add(p.text, (a.x + b.x) / 2, (a.y + b.y) / 2, style, t.width, t.height);
    }
    const ms = m.measure;
    if (!ms) return;
    const a = toScreen(t, ms.a.x, ms.a.y);
    const cross = (x: number, y: number) => {
      const s = r * 0.6;
      g.moveTo(x - s, y - s).lineTo(x + s, y + s).moveTo(x - s, y + s).lineTo(x + s, y - s).stroke({ color: theme.outline, width: 6 });
      g.moveTo(x - s, y - s).lineTo(x + s, y + s).moveTo(x - s, y + s).lineTo(x + s, y - s).stroke({ color: TAPE_COLOUR, width: 3 });
    };
    cross(a.x, a.y);
    if (!ms.b) return;
    const b = toScreen(t, ms.b.x, ms.b.y);
    g.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke({ color: theme.outline, width: 7, alpha: 0.8 });
    g.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke({ color: TAPE_COLOUR, width: 3.5 });
    cross(b.x, b.y);
    if (ms.text) this.tags.add(ms.text, (a.x + b.x) / 2, (a.y + b.y) / 2 - labelPx * 1.1, { ...style, edge: TAPE_COLOUR, fontPx: Math.round(labelPx * 0.9) }, t.width, t.height);
  }
}
