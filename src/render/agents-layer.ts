import { Container, Graphics, Text } from 'pixi.js';
import type { Trace } from '../core/trace';
import { screenDir, toScreen, type Px, type ViewTransform } from './coords';
import { discRadius } from './sizes';
import type { Theme } from './palette';
import { sampleAgent, sampleBall, type AgentSample, type BallSample } from '../view/sample';

// Players as discs in team colours, shirt number or role on the disc, a heading mark outside the
// rim: the direction of motion, or towards the ball when standing.

const MOVING = 0.4; // m/s: slower than this counts as standing
export const LABEL_FONT = 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

export class AgentsLayer {
  readonly view = new Container();
  private readonly discs = new Graphics();
  private labels: Text[] = [];
  private order: number[] = []; // drawing order: defenders under attackers
  private readonly a: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };
  private readonly b: BallSample = { x: 0, y: 0, z: 0 };
  private styleKey = '';
  private readonly cx: number[] = [];
  private readonly cy: number[] = [];

  constructor() {
    this.view.addChild(this.discs);
  }

  /** One label per agent of the trace (called when the drill or its cast changes). */
  setAgents(trace: Trace): void {
    for (const t of this.labels) t.destroy();
    // The drills are about the attackers' runs: when discs overlap, the attacker stays in view.
    const rank = { defence: 0, neutral: 1, attack: 2 } as const;
    this.order = trace.agents.map((_, i) => i).sort((a, b) => rank[trace.agents[a].team] - rank[trace.agents[b].team] || a - b);
    this.labels = trace.agents.map((ag) => {
      const t = new Text({ text: ag.label, style: { fontFamily: LABEL_FONT, fontWeight: '700', fontSize: 16 } });
      t.anchor.set(0.5);
      return t;
    });
    for (const i of this.order) this.view.addChild(this.labels[i]);
    this.styleKey = '';
  }

  draw(trace: Trace, tick: number, t: ViewTransform, theme: Theme, labelPx: Px): void {
    const g = this.discs;
    g.clear();
    const r = discRadius(labelPx);
    const key = `${theme.name}|${labelPx}`;
    const restyle = key !== this.styleKey;
    this.styleKey = key;
    sampleBall(trace, tick, this.b);
    for (const i of this.order) {
      const ag = trace.agents[i];
      const colours = theme.teams[ag.team];
      sampleAgent(trace, tick, i, this.a);
      const c = toScreen(t, this.a.x, this.a.y);
      const speed = Math.hypot(this.a.vx, this.a.vy);
      const h = speed < MOVING
        ? screenDir(t, this.b.x - this.a.x, this.b.y - this.a.y)
        : screenDir(t, this.a.vx, this.a.vy);
      const ux = h.x, uy = h.y;
      const tip = r * 1.5, base = r * 0.8, half = r * 0.45;
      g.poly([
        c.x + ux * tip, c.y + uy * tip,
        c.x + ux * base - uy * half, c.y + uy * base + ux * half,
        c.x + ux * base + uy * half, c.y + uy * base - ux * half,
      ], true).fill({ color: colours.fill }).stroke({ color: theme.outline, width: 2 });
      const ring = ag.role === 'goalkeeper' ? 4 : 2.5; // keepers get a heavier rim
      g.circle(c.x, c.y, r).fill({ color: colours.fill }).stroke({ color: theme.outline, width: ring });
      this.cx[i] = c.x;
      this.cy[i] = c.y;
      const label = this.labels[i];
      if (!label) continue;
      if (restyle) {
        label.style.fontSize = labelPx * (ag.label.length > 2 ? 0.8 : 1);
        label.style.fill = colours.label;
      }
      label.position.set(c.x, c.y);
      label.visible = true;
    }
    this.unstack(r);
  }

  /**
   * Two discs overlapping garble their numbers ("94"): the one drawn under moves its number to
   * its free side, and hides it when the disc above covers its middle (the top one stays whole).
   */
  private unstack(r: number): void {
    const o = this.order;
    for (let a = 0; a < o.length; a++) {
      const i = o[a], label = this.labels[i];
      if (!label) continue;
      let dx = 0, dy = 0;
      for (let b = a + 1; b < o.length; b++) {
        const j = o[b];
        const ex = this.cx[i] - this.cx[j], ey = this.cy[i] - this.cy[j], d = Math.hypot(ex, ey);
        if (d >= 1.7 * r) continue;
        if (d < 0.9 * r) { label.visible = false; break; }
        const push = Math.min(0.55 * r, (1.7 * r - d) / 2);
        dx += (ex / d) * push;
        dy += (ey / d) * push;
      }
      if (label.visible && (dx || dy)) label.position.set(this.cx[i] + dx, this.cy[i] + dy);
    }
  }

}
