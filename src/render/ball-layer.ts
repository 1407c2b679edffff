import { Graphics } from 'pixi.js';
import type { Trace } from '../core/trace';
import { ballRadius, discRadius } from './sizes';
import { px, screenDir, screenLength, toScreen, type Px, type ScreenPoint, type ViewTransform } from './coords';
import type { Theme } from './palette';
import { sampleAgent, sampleBall, wholeTick, type AgentSample, type BallSample } from '../view/sample';

// The ball in 2.5D: its shadow stays on the ground at (x, y); the ball is drawn lifted up the
// screen by its height and grows with it, so a cross reads as a cross. A ball on the ground is
// never drawn over a player's number: inside a disc it shows at the rim, on the side it really is.

const LIFT = 0.7; // screen metres of lift per metre of height (an oblique view)
const LOW = 0.5; // m: a ball lower than this is moved out of a disc it lies in

/** Where the ball is drawn: its ground point, the ball (lifted) and its radius, in px. */
export interface BallPlace {
  ground: ScreenPoint;
  ball: ScreenPoint;
  r: Px;
}

export class BallLayer {
  readonly view = new Graphics();
  private readonly b: BallSample = { x: 0, y: 0, z: 0 };
  private readonly a: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };

  draw(trace: Trace, tick: number, t: ViewTransform, theme: Theme, labelPx: Px): void {
    const g = this.view;
    g.clear();
    const { ground, ball, r } = this.place(trace, tick, t, labelPx);
    const z = Math.max(0, this.b.z);
    const r0 = ballRadius(labelPx, 0);
    // Shadow: fainter and wider as the ball rises.
    g.ellipse(ground.x, ground.y, r0 * (1 + 0.08 * z), r0 * 0.6 * (1 + 0.08 * z))
      .fill({ color: theme.shadow, alpha: Math.max(0.2, 0.5 - 0.05 * z) });
    if (z > 0.05) {
      g.moveTo(ground.x, ground.y).lineTo(ball.x, ball.y)
        .stroke({ color: theme.shadow, width: 1.5, alpha: 0.35 });
    }
    g.circle(ball.x, ball.y, r).fill({ color: theme.ball }).stroke({ color: 0x000000, width: 2 });
  }

  /** Where the ball is drawn at `tick` (the label placement keeps clear of it). */
  place(trace: Trace, tick: number, t: ViewTransform, labelPx: Px): BallPlace {
    sampleBall(trace, tick, this.b);
    const z = Math.max(0, this.b.z);
    const r0 = ballRadius(labelPx, 0);
    // Only a ball on (or just off) the ground is moved: one in the air is drawn lifted, clear anyway.
    const ground = (z < LOW ? this.clearOfDiscs(trace, tick, t, labelPx, r0) : null) ?? toScreen(t, this.b.x, this.b.y);
    const lift = screenLength(t, z * LIFT);
    return { ground, ball: { x: ground.x, y: px(ground.y - lift) }, r: ballRadius(labelPx, z) };
  }

  /**
   * A ball at someone's feet, or just played from them, lies under an (oversized) disc: show it
   * at the rim instead, on the side where it really is; the owner's disc first, else the nearest
   * one it is inside. Drawing only; the recorded position is unchanged.
   */
  private clearOfDiscs(trace: Trace, tick: number, t: ViewTransform, labelPx: Px, r0: Px): ScreenPoint | null {
    const rim = discRadius(labelPx) + r0 * 0.8;
    const owner = trace.owner[wholeTick(trace, tick)];
    let best = -1, bestD = Infinity;
    for (let i = 0; i < trace.agents.length; i++) {
      sampleAgent(trace, tick, i, this.a);
      const d = screenLength(t, Math.hypot(this.b.x - this.a.x, this.b.y - this.a.y));
      if (d >= rim) continue;
      if (i === owner) { best = i; break; }
      if (d < bestD) { best = i; bestD = d; }
    }
    if (best < 0) return null;
    sampleAgent(trace, tick, best, this.a);
    const c = toScreen(t, this.a.x, this.a.y);
    const dx = this.b.x - this.a.x, dy = this.b.y - this.a.y;
    const d = Math.hypot(dx, dy) > 1e-6 ? screenDir(t, dx, dy) : screenDir(t, 1, 0);
    return { x: px(c.x + d.x * rim), y: px(c.y + d.y * rim) };
  }
}
