import { Container, Graphics } from 'pixi.js';
import type { Trace } from '../core/trace';
import { px, toScreen, type Px, type ViewTransform } from './coords';
import { discRadius } from './sizes';
import type { Theme } from './palette';
import { dashedPolyline } from './shapes';
import { sampleAgent, sampleLine, type AgentSample } from '../view/sample';
import { verdictAt, type Verdict } from '../view/verdicts';
import type { LabelBoard } from '../view/label-place';
import { colourNumber, verdictColour, verdictMark, verdictTeaches } from '../view/outcome-style';
import { TagPool } from './tag-pool';

// The live offside line across the width, and at each pass the verdict for the intended
// receiver: a ghost of where they stood at the judgment frame, the margin drawn as a bar from
// the line, and a tag "Offside by 0.6 m".

export const VERDICT_HOLD_SECONDS = 2.5;

export class OffsideLayer {
  readonly view = new Container();
  private readonly g = new Graphics();
  private readonly tags = new TagPool();
  /** What the tag says now ('' when none): read by the UI and the tests. */
  shown: Verdict | null = null;
  private readonly receiver: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };

  constructor() {
    this.view.addChild(this.g, this.tags.view);
  }

  /** `board`: the frame's label placement (the verdict is placed first: it matters most). */
  /** `margins`: the receiver's ring and the margin bar (the line and the tag are always drawn). */
  draw(trace: Trace, list: readonly Verdict[], tick: number, t: ViewTransform, theme: Theme, labelPx: Px, flash: number, board: LabelBoard, margins = true): void {
    const g = this.g;
    g.clear();
    this.tags.begin();
    this.shown = null;
    if (!trace.offside) return;
    const lineX = sampleLine(trace, tick);
    const a = toScreen(t, lineX, 0), b = toScreen(t, lineX, trace.pitch.width);
    const w = Math.max(3, labelPx * 0.18);
    if (flash > 0) g.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke({ color: theme.offsideLine, width: w * 8, alpha: 0.35 * flash, cap: 'butt' });
    g.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke({ color: theme.offsideLine, width: w, alpha: 0.95, cap: 'butt' });

    this.offence(trace, tick, t, labelPx, board);
    const v = verdictAt(list, tick, VERDICT_HOLD_SECONDS * trace.tickRate);
    if (!v || v.receiverIndex < 0 || !verdictTeaches(v)) return; // a clear onside is no lesson
    this.shown = v;
    sampleAgent(trace, v.tick, v.receiverIndex, this.receiver); // where they stood at the judgment
    const at = toScreen(t, this.receiver.x, this.receiver.y);
    const accent = colourNumber(verdictColour(v.offside));
    const r = discRadius(labelPx);
    // Ghost of the receiver at the judgment, and the margin as a bar from the judged line.
    if (margins) this.marginBar(v, at, accent, r, t, labelPx);
    this.tags.place(board, 'verdict', verdictMark(v) + v.text, at, r * 1.3, { fontPx: labelPx, fill: theme.tagText, bg: theme.tagBg, edge: accent });
  }

  private marginBar(v: Verdict, at: { x: number; y: number }, accent: number, r: number, t: ViewTransform, labelPx: Px): void {
    const g = this.g;
    dashedPolyline(g, ring(at.x, at.y, r * 1.25), px(6), px(4), { color: accent, width: px(3) });
    const ry = this.receiver.y, rm = r / t.scale; // disc radius in metres
    const onLine = toScreen(t, v.lineX, ry);
    g.moveTo(onLine.x, onLine.y).lineTo(at.x, at.y).stroke({ color: accent, width: Math.max(3, labelPx * 0.2) });
    const t0 = toScreen(t, v.lineX, ry - rm), t1 = toScreen(t, v.lineX, ry + rm);
    g.moveTo(t0.x, t0.y).lineTo(t1.x, t1.y).stroke({ color: accent, width: 3 });
  }

  /** Once the flag is up: where the offence was, a ring and a flag on the player who committed it. */
  private offence(trace: Trace, tick: number, t: ViewTransform, labelPx: Px, board: LabelBoard): void {
    const o = trace.outcome;
    if (o.result !== 'offside' || tick < o.tick || !o.agent) return;
    const i = trace.agents.findIndex((a) => a.id === o.agent);
    if (i < 0) return;
    sampleAgent(trace, o.tick, i, this.receiver);
    const at = toScreen(t, this.receiver.x, this.receiver.y);
    const r = discRadius(labelPx), flag = colourNumber(verdictColour(true));
    this.g.circle(at.x, at.y, r * 1.5).stroke({ color: 0x000000, width: 7 }).circle(at.x, at.y, r * 1.5).stroke({ color: flag, width: 4 });
    // The flag: a pole up from the ring's top right, a pennant at its head.
    const bx = at.x + r * 1.05, by = at.y - r * 1.05, top = by - r * 1.6;
    this.g.moveTo(bx, by).lineTo(bx, top).stroke({ color: 0x000000, width: 4 });
    this.g.poly([bx, top, bx + r * 1.1, top + r * 0.4, bx, top + r * 0.8], true).fill({ color: flag }).stroke({ color: 0x000000, width: 2 });
    board.keepClear({ x: bx + r * 0.4, y: top + r * 0.5, r: r * 0.7 });
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
