import { Container, Graphics, Text } from 'pixi.js';
import { LABEL_FONT } from './agents-layer';
import type { LabelBoard, Placed, Spot } from '../view/label-place';

// Small text tags on the pitch (a distance, a margin): a box with a coloured edge, drawn as text
// only. Pooled, so that redrawing a frame makes no new display objects once warmed up.

export interface TagStyle {
  fontPx: number;
  fill: number; // text
  bg: number;
  edge: number;
}

export class TagPool {
  readonly view = new Container();
  private readonly boxes = new Graphics();
  private readonly texts: Text[] = [];
  private used = 0;

  constructor() {
    this.view.addChild(this.boxes);
  }

  begin(): void {
    this.boxes.clear();
    this.used = 0;
    for (const t of this.texts) t.visible = false;
  }

  /**
   * A tag beside `anchor`, where the frame's label board finds room for it (a leader line back to
   * the point when it sits further out); nothing when there is no room.
   */
  place(board: LabelBoard, id: string, text: string, anchor: Spot, gap: number, s: TagStyle): Placed | null {
    const t = this.text(text, s);
    const pad = s.fontPx * 0.3;
    const hw = t.width / 2 + pad, hh = t.height / 2 + pad / 2;
    const p = board.place(id, text, anchor, hw, hh, gap);
    if (!p) {
      t.visible = false;
      return null;
    }
    const cx = p.box.x + hw, cy = p.box.y + hh;
    t.position.set(cx, cy);
    if (p.leader) {
      // From the point to the nearest edge of the box.
      const ex = Math.min(p.box.x + p.box.w, Math.max(p.box.x, anchor.x)), ey = Math.min(p.box.y + p.box.h, Math.max(p.box.y, anchor.y));
      this.boxes.moveTo(anchor.x, anchor.y).lineTo(ex, ey).stroke({ color: s.edge, width: 2, alpha: 0.9 });
    }
    this.boxes.roundRect(p.box.x, p.box.y, p.box.w, p.box.h, 5).fill({ color: s.bg, alpha: 0.92 }).stroke({ color: s.edge, width: 2 });
    return p;
  }

  /** The next pooled text, set to `text` in the style. */
  private text(text: string, s: TagStyle): Text {
    let t = this.texts[this.used];
    if (!t) {
      t = new Text({ text: '', style: { fontFamily: LABEL_FONT, fontWeight: '700', fontSize: 16 } });
      t.anchor.set(0.5);
      this.texts.push(t);
      this.view.addChild(t);
    }
    this.used++;
    t.text = text;
    t.style.fontSize = s.fontPx;
    t.style.fill = s.fill;
    t.visible = true;
    return t;
  }

  /** A tag centred at (cx, cy), kept inside a canvas of w × h. */
  add(text: string, cx: number, cy: number, s: TagStyle, w: number, h: number): void {
    const t = this.text(text, s);
    const pad = s.fontPx * 0.3;
    const tw = t.width + pad * 2, th = t.height + pad;
    const x = Math.min(w - tw / 2 - 2, Math.max(tw / 2 + 2, cx));
    const y = Math.min(h - th / 2 - 2, Math.max(th / 2 + 2, cy));
    t.position.set(x, y);
    this.boxes.roundRect(x - tw / 2, y - th / 2, tw, th, 5).fill({ color: s.bg, alpha: 0.9 }).stroke({ color: s.edge, width: 2 });
  }
}
