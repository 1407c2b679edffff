import { Container, Graphics } from 'pixi.js';
import { agentAt, type Trace } from '../core/trace';
import { px, toScreen, type Px, type ViewTransform } from './coords';
import type { JudgmentFacts } from '../view/judgment-facts';
import type { Theme } from './palette';
import { dashedPolyline } from './shapes';
import { discRadius } from './sizes';
import { TagPool } from './tag-pool';
import { formatMargin } from '../view/verdicts';
import type { LabelBoard } from '../view/label-place';
import { colourNumber, verdictColour } from '../view/outcome-style';

// The freeze frame of one offside judgment: the line as judged, every attacker's margin as a bar
// from it with a tag, and rings on the players involved (passer, receiver, the defender who set
// the line) and on the ball. The line and the bars lie under the players (`under`), the rings
// and tags over them (`view`); the tags go where the frame's label board finds room.

export class FreezeLayer {
  readonly view = new Container();
  readonly under = new Graphics();
  private readonly g = new Graphics();
  private readonly tags = new TagPool();

  constructor() {
    this.view.addChild(this.g, this.tags.view);
  }

  draw(trace: Trace, j: JudgmentFacts | null | undefined, t: ViewTransform, theme: Theme, labelPx: Px, board: LabelBoard): void {
    const g = this.g, u = this.under;
    g.clear();
    u.clear();
    this.tags.begin();
    if (!j) return;
    const r = discRadius(labelPx);
    const w = Math.max(4, labelPx * 0.25);
    const a = toScreen(t, j.lineX, 0), b = toScreen(t, j.lineX, trace.pitch.width);
    u.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke({ color: theme.offsideLine, width: w * 5, alpha: 0.3 });
    u.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke({ color: theme.offsideLine, width: w });
    const fontPx = Math.round(labelPx * 0.75);
    const ring = (x: number, y: number, radius: number, color: number, dashed: boolean) => {
      const c = toScreen(t, x, y);
      if (!dashed) {
        g.circle(c.x, c.y, radius).stroke({ color: theme.outline, width: 7 }).circle(c.x, c.y, radius).stroke({ color, width: 4 });
        return;
      }
      const pts = Array.from({ length: 41 }, (_, k) => ({ x: px(c.x + radius * Math.cos((k / 40) * Math.PI * 2)), y: px(c.y + radius * Math.sin((k / 40) * Math.PI * 2)) }));
      dashedPolyline(g, pts, px(8), px(5), { color, width: px(4) });
    };
    for (const p of j.players) {
      const accent = colourNumber(verdictColour(p.offsidePosition && !j.restartExempt));
      const at = toScreen(t, p.x, p.y), on = toScreen(t, j.lineX, p.y);
      u.moveTo(on.x, on.y).lineTo(at.x, at.y).stroke({ color: theme.outline, width: w + 4 });
      u.moveTo(on.x, on.y).lineTo(at.x, at.y).stroke({ color: accent, width: w });
      ring(p.x, p.y, r * (p.id === j.receiver ? 1.6 : 1.35), accent, false);
      const sign = Math.abs(p.marginM) < 0.005 ? 'level' : `${p.marginM > 0 ? '+' : '−'}${formatMargin(p.marginM)}`;
      this.tags.place(board, `margin-${p.id}`, sign, at, r * 1.7, { fontPx, fill: theme.tagText, bg: theme.tagBg, edge: accent });
    }
    if (j.setterIndex >= 0) {
      const s = agentAt(trace, j.tick, j.setterIndex);
      ring(s.x, s.y, r * 1.45, theme.teams.defence.fill, true);
    }
    const passer = j.passer !== null ? trace.agents.findIndex((x) => x.id === j.passer) : -1;
    if (passer >= 0) {
      const s = agentAt(trace, j.tick, passer);
      ring(s.x, s.y, r * 1.45, theme.arrow, true);
    }
    ring(j.ball.x, j.ball.y, r * 0.9, theme.ball, true);
  }
}
