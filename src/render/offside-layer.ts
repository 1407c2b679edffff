import { Container, Graphics, Text } from 'pixi.js';
import type { Trace } from '../core/trace';
import { px, toScreen, type Px, type ViewTransform } from './coords';
import { LABEL_FONT } from './agents-layer';
import { discRadius } from './sizes';
import type { Theme } from './palette';
import { dashedPolyline } from './shapes';
import { sampleAgent, sampleLine, type AgentSample } from '../view/sample';
import { verdictAt, type Verdict } from '../view/verdicts';

// The live offside line across the width, and at each pass the verdict for the intended
// receiver: a ghost of where they stood at the judgment frame, the margin drawn as a bar from
// the line, and a tag "Offside by 0.6 m".

export const VERDICT_HOLD_SECONDS = 2.5;

export class OffsideLayer {
  readonly view = new Container();
  private readonly g = new Graphics();
  private readonly tagBg = new Graphics();
  private readonly tag = new Text({ text: '', style: { fontFamily: LABEL_FONT, fontWeight: '700', fontSize: 16 } });
  /** What the tag says now ('' when none): read by the UI and the tests. */
  shown: Verdict | null = null;
  private readonly receiver: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };

  constructor() {
    this.tag.anchor.set(0.5);
    this.view.addChild(this.g, this.tagBg, this.tag);
  }

  draw(trace: Trace, list: readonly Verdict[], tick: number, t: ViewTransform, theme: Theme, labelPx: Px, flash: number): void {
    const g = this.g;
    g.clear();
    this.tagBg.clear();
    this.tag.visible = false;
    this.shown = null;
    if (!trace.offside) return;
    const lineX = sampleLine(trace, tick);
    const a = toScreen(t, lineX, 0), b = toScreen(t, lineX, trace.pitch.width);
    const w = Math.max(3, labelPx * 0.18);
    if (flash > 0) g.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke({ color: theme.offsideLine, width: w * 8, alpha: 0.35 * flash, cap: 'butt' });
    g.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke({ color: theme.offsideLine, width: w, alpha: 0.95, cap: 'butt' });

    const v = verdictAt(list, tick, VERDICT_HOLD_SECONDS * trace.tickRate);
    if (!v || v.receiverIndex < 0) return;
    this.shown = v;
    sampleAgent(trace, v.tick, v.receiverIndex, this.receiver); // where they stood at the judgment
    const at = toScreen(t, this.receiver.x, this.receiver.y);
    const accent = v.offside ? theme.offside : theme.onside;
    const r = discRadius(labelPx);
    // Ghost of the receiver at the judgment, and the margin as a bar from the judged line.
    dashedPolyline(g, ring(at.x, at.y, r * 1.25), px(6), px(4), { color: accent, width: px(3) });
    const ry = this.receiver.y, rm = r / t.scale; // disc radius in metres
    const onLine = toScreen(t, v.lineX, ry);
    g.moveTo(onLine.x, onLine.y).lineTo(at.x, at.y).stroke({ color: accent, width: Math.max(3, labelPx * 0.2) });
    const t0 = toScreen(t, v.lineX, ry - rm), t1 = toScreen(t, v.lineX, ry + rm);
    g.moveTo(t0.x, t0.y).lineTo(t1.x, t1.y).stroke({ color: accent, width: 3 });

    this.tag.text = v.text;
    this.tag.style.fontSize = labelPx;
    this.tag.style.fill = theme.tagText;
    this.tag.visible = true;
    const pad = labelPx * 0.35;
    const tw = this.tag.width + pad * 2, th = this.tag.height + pad;
    // Above the ghost, kept on the canvas.
    const cx = Math.min(t.width - tw / 2 - 4, Math.max(tw / 2 + 4, at.x));
    let cy = at.y - r * 2.2 - th / 2;
    if (cy - th / 2 < 4) cy = at.y + r * 2.2 + th / 2;
    this.tag.position.set(cx, cy);
    this.tagBg.roundRect(cx - tw / 2, cy - th / 2, tw, th, 6).fill({ color: theme.tagBg, alpha: 0.92 })
      .stroke({ color: accent, width: 3 });
  }
}

function ring(cx: number, cy: number, r: number): { x: Px; y: Px }[] {
  const out: { x: Px; y: Px }[] = [];
  for (let k = 0; k <= 32; k++) {
    const a = (k / 32) * Math.PI * 2;
    out.push({ x: px(cx + r * Math.cos(a)), y: px(cy + r * Math.sin(a)) });
  }
  return out;
}
