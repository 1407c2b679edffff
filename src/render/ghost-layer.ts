import { Container, Graphics } from 'pixi.js';
import type { Trace } from '../core/trace';
import { AgentsLayer } from './agents-layer';
import { BallLayer } from './ball-layer';
import { toScreen, type Px, type ViewTransform } from './coords';
import type { Theme } from './palette';
import { sampleAgent, type AgentSample } from '../view/sample';
import { discRadius } from './sizes';
import type { LabelBoard } from '../view/label-place';
import { px, type ScreenPoint } from './coords';
import { dashedPolyline } from './shapes';
import { TagPool } from './tag-pool';
import { TrailsLayer } from './trails-layer';

// The pinned run, drawn under the live one at the same moment of the drill: its players faded
// inside a dashed outline of the ghost's own colour, its runner's trail dashed in that colour,
// and a tag on its runner with what happened to it ("Pinned: Offside by 0.6 m"), placed clear
// of the live run's labels.

export interface GhostDrawing {
  trace: Trace;
  runner: number; // agent index the tag follows (−1: none)
  /** The tag's words at a tick: "Pinned", then the verdict, then the outcome. */
  text(tick: number): string;
}

export const GHOST_ALPHA = 0.5;
const EVERY = 2; // ticks between points of the runner's trail

export class GhostLayer {
  readonly view = new Container();
  private readonly faded = new Container();
  private readonly trails = new TrailsLayer();
  private readonly agents = new AgentsLayer();
  private readonly ball = new BallLayer();
  private readonly outline = new Graphics();
  private readonly tags = new TagPool();
  private trace: Trace | null = null;
  private readonly a: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };
  private readonly pts: ScreenPoint[] = [];

  constructor() {
    this.faded.alpha = GHOST_ALPHA;
    this.faded.addChild(this.trails.view, this.agents.view, this.ball.view);
    this.view.addChild(this.faded, this.outline, this.tags.view);
  }

  /** `live`: the run on screen (a pinned player standing where the live one stands gets no outline); `board`: the frame's labels (the live verdict's is placed first). */
  draw(ghost: GhostDrawing | null | undefined, live: Trace, tick: number, t: ViewTransform, theme: Theme, labelPx: Px, board: LabelBoard): void {
    this.tags.begin();
    this.outline.clear();
    this.view.visible = !!ghost;
    if (!ghost) return;
    const tr = ghost.trace;
    if (tr !== this.trace) {
      this.agents.setAgents(tr);
      this.trace = tr;
    }
    const k = Math.min(tick, tr.ticks - 1); // a shorter pinned run rests on its last frame
    this.trails.draw(tr, k, t, theme, labelPx);
    this.agents.draw(tr, k, t, theme, labelPx);
    this.ball.draw(tr, k, t, theme, labelPx);
    const r = discRadius(labelPx), o = this.outline, ink = { color: theme.ghost, width: px(3) };
    for (let i = 0; i < tr.agents.length; i++) {
      sampleAgent(tr, k, i, this.a);
      const c = toScreen(t, this.a.x, this.a.y);
      const j = live.agents.findIndex((a) => a.id === tr.agents[i].id);
      if (j >= 0) {
        sampleAgent(live, tick, j, this.a);
        const l = toScreen(t, this.a.x, this.a.y);
        if (Math.hypot(l.x - c.x, l.y - c.y) < r * 0.5) continue; // the same place: the live disc says it
      }
      dashedPolyline(o, circle(c, r * 1.12), px(5), px(4), ink);
    }
    if (ghost.runner < 0) return;
    this.pts.length = 0;
    for (let n = 0; n <= k; n += EVERY) {
      sampleAgent(tr, n, ghost.runner, this.a);
      this.pts.push(toScreen(t, this.a.x, this.a.y));
    }
    dashedPolyline(o, this.pts, px(8), px(6), { color: theme.ghost, width: px(2.5), alpha: 0.9 });
    sampleAgent(tr, k, ghost.runner, this.a);
    const at = toScreen(t, this.a.x, this.a.y);
    this.tags.place(board, 'ghost', ghost.text(k), at, r * 1.2, { fontPx: Math.round(labelPx * 0.7), fill: theme.tagText, bg: theme.tagBg, edge: theme.ghost });
  }
}

function circle(c: ScreenPoint, r: number): ScreenPoint[] {
  return Array.from({ length: 33 }, (_, n) => ({ x: px(c.x + r * Math.cos((n / 32) * Math.PI * 2)), y: px(c.y + r * Math.sin((n / 32) * Math.PI * 2)) }));
}
