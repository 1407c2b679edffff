import { Container, Graphics } from 'pixi.js';
import type { Trace } from '../core/trace';
import { px, toScreen, type Px, type ScreenPoint, type ViewTransform } from './coords';
import type { Theme } from './palette';
import { dashedPolyline, polyline } from './shapes';
import { sampleAgent, sampleBall, type AgentSample, type BallSample } from '../view/sample';

// Where everyone has been: a line per player from the start of the drill to the playhead, and a
// dashed one for the ball. The part before the last whole chunk of ticks is drawn once and kept;
// only the short live end is redrawn each frame.

const EVERY = 2; // ticks between trail points
const CHUNK = 20; // ticks per settled chunk

export class TrailsLayer {
  readonly view = new Container();
  private readonly settled = new Graphics();
  private readonly live = new Graphics();
  private readonly a: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };
  private readonly b: BallSample = { x: 0, y: 0, z: 0 };
  private readonly pts: ScreenPoint[] = [];
  private settledKey = '';
  private settledTrace: Trace | null = null;

  constructor() {
    this.view.addChild(this.settled, this.live);
  }

  draw(trace: Trace, tick: number, t: ViewTransform, theme: Theme, labelPx: Px): void {
    const upTo = Math.floor(tick / CHUNK) * CHUNK;
    const key = `${upTo}|${t.orientation}|${t.scale}|${t.ox}|${t.oy}|${theme.name}|${labelPx}`;
    if (key !== this.settledKey || trace !== this.settledTrace) {
      this.paint(this.settled, trace, 0, upTo, t, theme, labelPx);
      this.settledKey = key;
      this.settledTrace = trace;
    }
    this.paint(this.live, trace, upTo, tick, t, theme, labelPx);
  }

  /** Trails from tick `from` to the playhead `to` (fractional). */
  private paint(g: Graphics, trace: Trace, from: number, to: number, t: ViewTransform, theme: Theme, labelPx: Px): void {
    g.clear();
    if (to <= from) return;
    const width = px(Math.max(2, labelPx * 0.2));
    for (let i = 0; i < trace.agents.length; i++) {
      this.collect(from, to, (k) => {
        sampleAgent(trace, k, i, this.a);
        return toScreen(t, this.a.x, this.a.y);
      });
      polyline(g, this.pts, { color: theme.teams[trace.agents[i].team].fill, width, alpha: 0.55 });
    }
    this.collect(from, to, (k) => {
      sampleBall(trace, k, this.b);
      return toScreen(t, this.b.x, this.b.y);
    });
    dashedPolyline(g, this.pts, px(3), px(5), { color: theme.ballTrail, width: px(2), alpha: 0.6 });
  }

  /** Points from `from` to `to`, skipping those that do not move on screen. */
  private collect(from: number, to: number, at: (k: number) => ScreenPoint): void {
    this.pts.length = 0;
    let last: ScreenPoint | undefined;
    const push = (p: ScreenPoint) => {
      if (last && Math.abs(p.x - last.x) + Math.abs(p.y - last.y) < 1) return;
      this.pts.push(p);
      last = p;
    };
    for (let k = from; k < to; k += EVERY) push(at(k));
    this.pts.push(at(to)); // always end exactly at the playhead
  }
}
