import { Container, Graphics } from 'pixi.js';
import { agentAt, type Trace } from '../core/trace';
import { px, toScreen, type Px, type ScreenPoint, type ViewTransform } from './coords';
import type { Theme } from './palette';
import type { Race, RaceEntry } from '../view/race';
import { dashedPolyline } from './shapes';
import { discRadius } from './sizes';
import type { Disc, LabelBoard } from '../view/label-place';
import { raceWords } from '../view/race-words';
import { TagPool } from './tag-pool';

// Who gets there first, drawn: the ball's path ahead (dotted), from each player in the race a
// line to where they would meet it, and a dot there. The winner's point is ringed and tagged in
// words ("9 gets there 0.3 s before 4"). All of it under the players: it never hides one.

const SHOWN = 5; // players drawn, earliest first
const NEAR = 1.5; // s: players meeting the ball this much after the winner are out of it (not drawn)
const WIN_RING = 0.85; // the winner's ring round the meeting point, as a share of a disc's radius

export class RaceLayer {
  readonly view = new Container();
  private readonly g = new Graphics();
  private readonly tags = new TagPool();
  private readonly pts: ScreenPoint[] = [];

  constructor() {
    this.view.addChild(this.g, this.tags.view);
  }

  /** The meeting marks the race draws (the winner's ring), for labels placed before it to keep clear of. */
  static marks(race: Race | null | undefined, t: ViewTransform, labelPx: Px): Disc[] {
    if (!race?.winner) return [];
    const at = toScreen(t, race.winner.x, race.winner.y);
    return [{ x: at.x, y: at.y, r: discRadius(labelPx) * WIN_RING + 2 }];
  }

  /** `tags`: the winner's words (the lines and dots are drawn either way). */
  draw(trace: Trace, race: Race | null | undefined, t: ViewTransform, theme: Theme, labelPx: Px, board: LabelBoard, tags = true): void {
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
      if (e === race.winner) g.circle(at.x, at.y, r * WIN_RING).stroke({ color: theme.offsideLine, width: 3.5 });
    }
    if (!tags || !race.winner) return;
    const at = toScreen(t, race.winner.x, race.winner.y);
    const text = raceWords(race, (i) => trace.agents[i].label);
    this.tags.place(board, 'race', text, at, r * WIN_RING + 5, { // beyond its own ring (kept clear: marks())
      fontPx: Math.round(labelPx * 0.8), fill: theme.tagText, bg: theme.tagBg, edge: theme.offsideLine });
  }
}
