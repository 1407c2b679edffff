import { Graphics } from 'pixi.js';
import type { Zone } from '../core/spec';
import type { Point } from '../core/units';
import { zoneHandle } from '../view/edit/trigger-place';
import { px, toScreen, type Px, type ScreenPoint, type ViewTransform } from './coords';
import type { Theme } from './palette';
import { dashedPolyline, polyline } from './shapes';
import { discRadius } from './sizes';

// What the editor adds to the picture: where each player's whole run went (so a drag shows the
// new run at once), the points of the scripted runs as handles, the selection, and a run being
// drawn. Drawn over the run's own layers; nothing here when not editing.

export interface EditDrawing {
  paths: { points: Point[]; team: 'attack' | 'defence' | 'neutral' }[]; // recorded, start to end
  ball: Point[]; // the ball's recorded path
  handles: { x: number; y: number; selected: boolean }[]; // run points that can be dragged
  ring: Point | null; // the selected player's start
  draft: Point[]; // a run or a ball being drawn: from its player to the pointer
  zones: { zone: Zone; selected: boolean }[]; // the places "when … reaches a place" triggers wait for
}

/** A trigger's place as a closed outline, in metres (a circle as 48 chords). */
function outline(z: Zone): Point[] {
  if (z.kind === 'rect') return [{ x: z.x0, y: z.y0 }, { x: z.x1, y: z.y0 }, { x: z.x1, y: z.y1 }, { x: z.x0, y: z.y1 }, { x: z.x0, y: z.y0 }];
  return Array.from({ length: 49 }, (_, k) => ({ x: z.x + z.r * Math.cos((k / 48) * 2 * Math.PI), y: z.y + z.r * Math.sin((k / 48) * 2 * Math.PI) }));
}

export class EditLayer {
  readonly view = new Graphics();
  private last: EditDrawing | null = null;
  private key = '';

  draw(d: EditDrawing | null | undefined, t: ViewTransform, theme: Theme, labelPx: Px): void {
    const key = `${t.orientation}|${t.scale}|${t.ox}|${t.oy}|${theme.name}|${labelPx}`;
    if (d === this.last && key === this.key) return;
    this.last = d ?? null;
    this.key = key;
    const g = this.view;
    g.clear();
    if (!d) return;
    const scr = (p: Point): ScreenPoint => toScreen(t, p.x, p.y);
    const w = px(Math.max(1.5, labelPx * 0.1));
    for (const p of d.paths) if (p.points.length > 1) polyline(g, p.points.map(scr), { color: theme.teams[p.team].fill, width: w, alpha: 0.45 });
    if (d.ball.length > 1) dashedPolyline(g, d.ball.map(scr), px(labelPx * 0.3), px(labelPx * 0.3), { color: theme.arrow, width: w, alpha: 0.55 });
    const r = px(Math.max(5, labelPx * 0.35));
    for (const { zone, selected } of d.zones) {
      const color = selected ? 0xffd400 : theme.arrow;
      dashedPolyline(g, outline(zone).map(scr), px(labelPx * 0.4), px(labelPx * 0.3), { color, width: px(w * 1.2), alpha: 0.85 });
      const c = scr(zoneHandle(zone));
      g.rect(c.x - r * 0.8, c.y - r * 0.8, r * 1.6, r * 1.6).fill({ color, alpha: 0.9 }).stroke({ color: theme.outline, width: 1.5 });
    }
    for (const h of d.handles) {
      const s = scr(h);
      g.circle(s.x, s.y, r).fill({ color: h.selected ? 0xffd400 : theme.arrow, alpha: 0.9 }).stroke({ color: theme.outline, width: 1.5 });
    }
    if (d.ring) {
      const s = scr(d.ring);
      g.circle(s.x, s.y, discRadius(labelPx) * 1.35).stroke({ color: 0xffd400, width: Math.max(2, labelPx * 0.18) });
    }
    if (d.draft.length > 1) dashedPolyline(g, d.draft.map(scr), px(labelPx * 0.5), px(labelPx * 0.3), { color: 0xffd400, width: px(w * 1.6), alpha: 0.95 });
  }
}
