import { Graphics } from 'pixi.js';
import type { Trace } from '../core/trace';
import { px, toScreen, type Px, type ScreenPoint, type ViewTransform } from './coords';
import type { Theme } from './palette';
import type { PlanArrow } from '../view/plan';
import { arrowHead, bowedPath, dashedPolyline, polyline, trimEnd } from './shapes';

// The drill's plan in coaching-diagram style: runs dashed in the runner's colour, passes solid,
// crosses bowed. Arrows still to come are bold; played ones fade so the current one stands out.

const FADE_AFTER = 1; // seconds after an arrow's moment before it fades

export class PlanLayer {
  readonly view = new Graphics();
  private key = '';
  private arrows: readonly PlanArrow[] | null = null;

  draw(trace: Trace, arrows: readonly PlanArrow[], tick: number, t: ViewTransform, theme: Theme, labelPx: Px): void {
    // Redrawn only when an arrow fades or the view changes: the plan itself is fixed per run.
    const done = arrows.filter((a) => tick > a.tick + FADE_AFTER * trace.tickRate).length;
    const key = `${done}|${t.orientation}|${t.scale}|${t.ox}|${t.oy}|${theme.name}|${labelPx}`;
    if (key === this.key && arrows === this.arrows) return;
    this.key = key;
    this.arrows = arrows;
    const g = this.view;
    g.clear();
    const width = px(Math.max(2.5, labelPx * 0.2));
    const head = px(Math.max(10, labelPx * 0.9));
    for (const a of arrows) {
      const done = tick > a.tick + FADE_AFTER * trace.tickRate;
      const alpha = done ? 0.3 : 0.9;
      let pts: ScreenPoint[] = a.points.map((p) => toScreen(t, p.x, p.y));
      if (a.kind === 'cross') pts = bowedPath(pts[0], pts[pts.length - 1], px(Math.hypot(pts[1].x - pts[0].x, pts[1].y - pts[0].y) * 0.18));
      if (pts.length < 2) continue;
      const body = trimEnd(pts, px(head * 0.8));
      const colour = a.kind === 'run' ? theme.teams[a.team].fill : theme.arrow;
      if (a.kind === 'run') dashedPolyline(g, body, px(labelPx * 0.7), px(labelPx * 0.45), { color: colour, width, alpha });
      else polyline(g, body, { color: colour, width, alpha });
      arrowHead(g, pts[pts.length - 2], pts[pts.length - 1], head, colour, alpha);
    }
  }
}
