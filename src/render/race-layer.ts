import { Container, Graphics } from 'pixi.js';
import { agentAt, ballAt, type Trace } from '../core/trace';
import { px, toScreen, type Px, type ScreenPoint, type ViewTransform } from './coords';
import type { Theme } from './palette';
import type { Race, RaceEntry } from '../view/race';
import { dashedPolyline } from './shapes';
import { discRadius } from './sizes';
import { clearestSpot, tagHalfSize, type Spot } from '../view/tag-place';
import { TagPool } from './tag-pool';

// Who gets there first, drawn: the ball's path ahead (dotted), from each player in the race a
// line to where they would meet it, and a dot there. The winner's point is ringed and tagged with
// its time and the margin ("9 2.1 s +0.3 s"), the first opponent's with its time ("4 2.4 s"):
// the margin is the difference of the two tags. All of it under the players: it never hides one.

const SHOWN = 5; // players drawn, earliest first
const NEAR = 1.5; // s: players meeting the ball this much after the winner are out of it (not drawn)

function secs(s: number): string {
  return `${s.toFixed(1)} s`;
}

export class RaceLayer {
  readonly view = new Container();
  private readonly g = new Graphics();
  private readonly tags = new TagPool();
  private readonly pts: ScreenPoint[] = [];
  private readonly placed: Spot[] = [];

  constructor() {
    this.view.addChild(this.g, this.tags.view);
  }

  draw(trace: Trace, race: Race | null | undefined, t: ViewTransform, theme: Theme, labelPx: Px): void {
    const g = this.g;
    g.clear();
    this.tags.begin();
    if (!race) return;
    const r = discRadius(labelPx);
    const w = race.winner;
    const near = (e: RaceEntry | null): e is RaceEntry => !!e && !!w && e.t <= w.t + NEAR;
    const shown = race.entries.slice(0, SHOWN).filter(near);
    if (near(race.rival) && !shown.includes(race.rival)) shown.push(race.rival);
    // The path, up to a little past the last meeting point shown (all of it if nobody gets there).
    const lastT = shown.length ? Math.max(...shown.map((e) => e.t)) : Infinity;
    const upTo = Math.min(race.steps, Math.ceil((lastT + 0.3) * trace.tickRate));
    this.pts.length = 0;
    for (let n = 0; n < upTo; n += 2) this.pts.push(toScreen(t, race.path[n * 3], race.path[n * 3 + 1]));
    dashedPolyline(g, this.pts, px(4), px(6), { color: theme.ballTrail, width: px(2.5), alpha: 0.8 });

    for (let k = shown.length - 1; k >= 0; k--) {
      const e = shown[k];
      const colour = theme.teams[trace.agents[e.index].team].fill;
      const s = agentAt(trace, race.tick, e.index);
      const from = toScreen(t, s.x, s.y);
      const at = toScreen(t, e.x, e.y);
      const key = e === race.winner || e === race.rival;
      g.moveTo(from.x, from.y).lineTo(at.x, at.y).stroke({ color: theme.outline, width: key ? 6 : 4, alpha: 0.5 });
      g.moveTo(from.x, from.y).lineTo(at.x, at.y).stroke({ color: colour, width: key ? 3.5 : 2, alpha: key ? 1 : 0.7 });
      g.circle(at.x, at.y, r * (key ? 0.45 : 0.3)).fill({ color: colour }).stroke({ color: theme.outline, width: 2 });
      if (e === race.winner) g.circle(at.x, at.y, r * 0.85).stroke({ color: theme.offsideLine, width: 3.5 });
    }
    this.placed.length = 0;
    if (race.winner) this.tag(trace, race.winner, race.marginS !== null ? `+${race.marginS.toFixed(1)} s` : 'unchallenged', true, t, theme, labelPx, race);
    if (near(race.rival)) this.tag(trace, race.rival, '', false, t, theme, labelPx, race);
  }

  /** A tag beside a meeting point, on its clearest side (the tags lie under the discs, so a covered one would be lost). */
  private tag(trace: Trace, e: RaceEntry, extra: string, win: boolean, t: ViewTransform, theme: Theme, labelPx: Px, race: Race): void {
    const at = toScreen(t, e.x, e.y);
    const r = discRadius(labelPx);
    const fontPx = Math.round(labelPx * (win ? 0.85 : 0.72));
    const text = `${trace.agents[e.index].label} ${secs(e.t)}${extra ? '  ' + extra : ''}`;
    const { hw, hh } = tagHalfSize(text, fontPx);
    const b = ballAt(trace, race.tick);
    const avoid: Spot[] = [...this.placed, toScreen(t, b.x, b.y)];
    for (let i = 0; i < trace.agents.length; i++) {
      const s = agentAt(trace, race.tick, i);
      avoid.push(toScreen(t, s.x, s.y));
    }
    const spot = clearestSpot(at, hw, hh, r * 0.6, avoid, r, t.width, t.height);
    this.placed.push(spot);
    this.tags.add(text, spot.x, spot.y, {
      fontPx, fill: theme.tagText, bg: theme.tagBg,
      edge: win ? theme.offsideLine : theme.teams[trace.agents[e.index].team].fill,
    }, t.width, t.height);
  }
}
