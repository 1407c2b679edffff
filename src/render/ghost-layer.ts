import { Container } from 'pixi.js';
import type { Trace } from '../core/trace';
import { AgentsLayer } from './agents-layer';
import { BallLayer } from './ball-layer';
import { toScreen, type Px, type ViewTransform } from './coords';
import type { Theme } from './palette';
import { sampleAgent, type AgentSample } from '../view/sample';
import { discRadius } from './sizes';
import { clearestSpot, tagHalfSize, type Spot } from '../view/tag-place';
import { TagPool } from './tag-pool';
import { TrailsLayer } from './trails-layer';

// The pinned run, drawn faded under the live one at the same moment of the drill: its players,
// ball and trails, and a tag on its runner with what happened to it ("Pinned: Offside by 0.6 m").

export interface GhostDrawing {
  trace: Trace;
  runner: number; // agent index the tag follows (−1: none)
  /** The tag's words at a tick: "Pinned", then the verdict, then the outcome. */
  text(tick: number): string;
}

export const GHOST_ALPHA = 0.42;

export class GhostLayer {
  readonly view = new Container();
  private readonly faded = new Container();
  private readonly trails = new TrailsLayer();
  private readonly agents = new AgentsLayer();
  private readonly ball = new BallLayer();
  private readonly tags = new TagPool();
  private trace: Trace | null = null;
  private readonly a: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };

  constructor() {
    this.faded.alpha = GHOST_ALPHA;
    this.faded.addChild(this.trails.view, this.agents.view, this.ball.view);
    this.view.addChild(this.faded, this.tags.view);
  }

  /** `live`: the run on screen, whose players the ghost's tag keeps clear of. */
  draw(ghost: GhostDrawing | null | undefined, live: Trace, tick: number, t: ViewTransform, theme: Theme, labelPx: Px): void {
    this.tags.begin();
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
    if (ghost.runner < 0) return;
    const r = discRadius(labelPx);
    const avoid: Spot[] = [];
    for (const [trace, at] of [[tr, k], [live, tick]] as const) {
      for (let i = 0; i < trace.agents.length; i++) {
        sampleAgent(trace, at, i, this.a);
        avoid.push(toScreen(t, this.a.x, this.a.y));
      }
    }
    sampleAgent(tr, k, ghost.runner, this.a);
    const at = toScreen(t, this.a.x, this.a.y);
    const text = ghost.text(k), fontPx = Math.round(labelPx * 0.7);
    const { hw, hh } = tagHalfSize(text, fontPx);
    const spot = clearestSpot(at, hw, hh, r * 1.1, avoid, r, t.width, t.height);
    this.tags.add(text, spot.x, spot.y, { fontPx, fill: theme.tagText, bg: theme.tagBg, edge: theme.markings }, t.width, t.height);
  }
}
