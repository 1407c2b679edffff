import { Graphics } from 'pixi.js';
import type { Trace } from '../core/trace';
import { ballRadius, discRadius } from './sizes';
import { px, screenDir, screenLength, toScreen, type Px, type ScreenPoint, type ViewTransform } from './coords';
import type { Theme } from './palette';
import { sampleAgent, sampleBall, wholeTick, type AgentSample, type BallSample } from '../view/sample';

// The ball in 2.5D: its shadow stays on the ground at (x, y); the ball is drawn lifted up the
// screen by its height and grows with it, so a cross reads as a cross.

const LIFT = 0.7; // screen metres of lift per metre of height (an oblique view)
export class BallLayer {
  readonly view = new Graphics();
  private readonly b: BallSample = { x: 0, y: 0, z: 0 };
  private readonly a: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };

  draw(trace: Trace, tick: number, t: ViewTransform, theme: Theme, labelPx: Px): void {
    const g = this.view;
    g.clear();
    sampleBall(trace, tick, this.b);
    const z = Math.max(0, this.b.z);
    const r0 = ballRadius(labelPx, 0);
    const ground = this.atFeet(trace, tick, t, labelPx, r0) ?? toScreen(t, this.b.x, this.b.y);
    const r = ballRadius(labelPx, z);
    const lift = screenLength(t, z * LIFT);
    // Shadow: fainter and wider as the ball rises.
    g.ellipse(ground.x, ground.y, r0 * (1 + 0.08 * z), r0 * 0.6 * (1 + 0.08 * z))
      .fill({ color: theme.shadow, alpha: Math.max(0.2, 0.5 - 0.05 * z) });
    if (z > 0.05) {
      g.moveTo(ground.x, ground.y).lineTo(ground.x, ground.y - lift)
        .stroke({ color: theme.shadow, width: 1.5, alpha: 0.35 });
    }
    g.circle(ground.x, ground.y - lift, r).fill({ color: theme.ball }).stroke({ color: 0x000000, width: 2 });
  }

  /**
   * A ball at someone's feet lies under their (oversized) disc: show it at the rim instead, on
   * the side where it really is. Drawing only; the recorded position is unchanged.
   */
  private atFeet(trace: Trace, tick: number, t: ViewTransform, labelPx: Px, r0: Px): ScreenPoint | null {
    const o = trace.owner[wholeTick(trace, tick)];
    if (o < 0) return null;
    sampleAgent(trace, tick, o, this.a);
    const c = toScreen(t, this.a.x, this.a.y);
    const dx = this.b.x - this.a.x, dy = this.b.y - this.a.y;
    const d = Math.hypot(dx, dy) > 1e-6 ? screenDir(t, dx, dy) : screenDir(t, 1, 0);
    const rim = discRadius(labelPx) + r0 * 0.8;
    if (screenLength(t, Math.hypot(dx, dy)) >= rim) return null;
    return { x: px(c.x + d.x * rim), y: px(c.y + d.y * rim) };
  }
}
