import { Graphics } from 'pixi.js';
import type { Trace } from '../core/trace';
import { px, toScreen, type Px, type ScreenPoint, type ViewTransform } from './coords';
import type { Theme } from './palette';
import { dashedPolyline, polyline } from './shapes';
import { sampleAgent, sampleBall, type AgentSample, type BallSample } from './sample';

// Where everyone has been: a line per player from the start of the drill to the playhead, and a
// dotted one for the ball.

const EVERY = 2; // ticks between trail points

export class TrailsLayer {
  readonly view = new Graphics();
  private readonly a: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };
  private readonly b: BallSample = { x: 0, y: 0, z: 0 };
  private readonly pts: ScreenPoint[] = [];

  draw(trace: Trace, tick: number, t: ViewTransform, theme: Theme, labelPx: Px): void {
    const g = this.view;
    g.clear();
    const width = px(Math.max(2, labelPx * 0.2));
    for (let i = 0; i < trace.agents.length; i++) {
      this.collect(tick, (k) => {
        sampleAgent(trace, k, i, this.a);
        return toScreen(t, this.a.x, this.a.y);
      });
      polyline(g, this.pts, { color: theme.teams[trace.agents[i].team].fill, width, alpha: 0.55 });
    }
    this.collect(tick, (k) => {
      sampleBall(trace, k, this.b);
      return toScreen(t, this.b.x, this.b.y);
    });
    dashedPolyline(g, this.pts, px(3), px(5), { color: theme.ballTrail, width: px(2), alpha: 0.6 });
  }

  /** Points from tick 0 to the playhead, skipping those that do not move on screen. */
  private collect(tick: number, at: (k: number) => ScreenPoint): void {
    this.pts.length = 0;
    let last: ScreenPoint | undefined;
    const push = (p: ScreenPoint) => {
      if (last && Math.abs(p.x - last.x) + Math.abs(p.y - last.y) < 1) return;
      this.pts.push(p);
      last = p;
    };
    for (let k = 0; k < tick; k += EVERY) push(at(k));
    push(at(tick));
  }
}
