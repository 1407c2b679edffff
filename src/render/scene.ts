import { Container, Graphics } from 'pixi.js';
import type { Trace } from '../core/trace';
import { AgentsLayer } from './agents-layer';
import { BallLayer } from './ball-layer';
import { EditLayer, type EditDrawing } from './edit-layer';
import type { Px, ViewTransform } from './coords';
import { OffsideLayer } from './offside-layer';
import type { Theme } from './palette';
import { FreezeLayer } from './freeze-layer';
import { GhostLayer, type GhostDrawing } from './ghost-layer';
import type { JudgmentFacts } from '../view/judgment-facts';
import { MeasureLayer, type AnalystMarks } from './measure-layer';
import { drawPitch } from './pitch-markings';
import type { PlanArrow } from '../view/plan';
import { PlanLayer } from './plan-layer';
import type { Race } from '../view/race';
import { RaceLayer } from './race-layer';
import { TrailsLayer } from './trails-layer';
import type { Verdict } from '../view/verdicts';
import { LabelBoard, type Disc, type Placed } from '../view/label-place';
import { sampleAgent, type AgentSample } from '../view/sample';
import { discRadius } from './sizes';
import { toScreen } from './coords';

// The drawing as a function of (recorded run, playhead, view config): no state of the world
// lives here, only the display objects that show it.

export interface SceneInput {
  trace: Trace;
  plan: readonly PlanArrow[];
  verdicts: readonly Verdict[];
  tick: number; // fractional playhead, in ticks
  theme: Theme;
  transform: ViewTransform;
  labelPx: Px; // label size on the discs and tags
  flash: number; // 0–1: the judgment-frame flash
  freeze?: JudgmentFacts | null; // analyst: a judgment opened as a freeze frame
  marks?: AnalystMarks | null; // analyst: picked players, distances, the measuring tape
  ghost?: GhostDrawing | null; // a pinned run, drawn faded at the same moment
  race?: Race | null; // who gets there first while the ball travels
  edit?: EditDrawing | null; // the editor's paths, handles and selection
  raceTags?: boolean; // the race's words (off in presenter mode: the lines and dots stay)
  trails?: boolean; // where everyone has been (default on)
  margins?: boolean; // the verdict's margin bar and ring, the freeze frame's bars (default on)
}

export class PitchScene {
  readonly root = new Container();
  private readonly pitch = new Graphics();
  private readonly trails = new TrailsLayer();
  private readonly planLayer = new PlanLayer();
  private readonly offside = new OffsideLayer();
  private readonly agents = new AgentsLayer();
  private readonly ball = new BallLayer();
  private readonly freeze = new FreezeLayer();
  private readonly marks = new MeasureLayer();
  private readonly ghost = new GhostLayer();
  private readonly race = new RaceLayer();
  private readonly edit = new EditLayer();
  private pitchKey = '';
  private trace: Trace | null = null;
  private readonly a: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };
  /** The labels of the last frame drawn, where the placement put them (tests read these). */
  labels: readonly Placed[] = [];
  /** The discs they were kept clear of: players (live and pinned), then the ball. */
  discs: readonly Disc[] = [];

  constructor() {
    // The freeze frame's line and bars lie under the players (their glow never washes out a
    // number); its rings and tags over them.
    // The ghost and the race over the offside line (the line never strikes through their tags).
    this.root.addChild(this.pitch, this.trails.view, this.planLayer.view, this.freeze.under, this.offside.view, this.ghost.view, this.race.view, this.agents.view, this.ball.view, this.freeze.view, this.marks.view, this.edit.view);
  }

  draw(s: SceneInput): void {
    if (s.trace !== this.trace) {
      if (!this.trace || this.trace.agents.map((a) => a.label + a.team).join() !== s.trace.agents.map((a) => a.label + a.team).join()) {
        this.agents.setAgents(s.trace);
      }
      this.trace = s.trace;
    }
    const t = s.transform;
    const key = `${t.orientation}|${t.scale}|${t.ox}|${t.oy}|${t.width}|${t.height}|${s.theme.name}|${s.trace.pitch.length}x${s.trace.pitch.width}|${s.trace.endZone ?? ''}`;
    if (key !== this.pitchKey) {
      drawPitch(this.pitch, t, s.trace.pitch, s.theme, s.trace.endZone);
      this.pitchKey = key;
    }
    const board = this.board(s);
    this.trails.view.visible = s.trails ?? true;
    if (this.trails.view.visible) this.trails.draw(s.trace, s.tick, t, s.theme, s.labelPx);
    this.planLayer.draw(s.trace, s.plan, s.tick, t, s.theme, s.labelPx);
    // Labels are placed most important first: the verdict, the freeze frame's margins, the race, the ghost.
    for (const d of RaceLayer.marks(s.race, t, s.labelPx)) board.keepClear(d); // the race's ring, drawn later, stays visible
    this.offside.draw(s.trace, s.verdicts, s.tick, t, s.theme, s.labelPx, s.flash, board, s.margins ?? true);
    this.freeze.draw(s.trace, s.freeze, t, s.theme, s.labelPx, board);
    this.freeze.under.visible = s.margins ?? true;
    this.race.draw(s.trace, s.race, t, s.theme, s.labelPx, board, s.raceTags ?? true);
    this.ghost.draw(s.ghost, s.trace, s.tick, t, s.theme, s.labelPx, board);
    this.agents.draw(s.trace, s.tick, t, s.theme, s.labelPx);
    this.ball.draw(s.trace, s.tick, t, s.theme, s.labelPx);
    this.marks.draw(s.marks, t, s.theme, s.labelPx);
    this.edit.draw(s.edit, t, s.theme, s.labelPx);
    this.labels = board.placed;
    this.discs = board.discs;
  }

  /** The frame's label board: every player's disc (and the pinned run's), and the ball. */
  private board(s: SceneInput): LabelBoard {
    const t = s.transform, r = discRadius(s.labelPx);
    const discs: Disc[] = [];
    const add = (tr: Trace, tick: number) => {
      for (let i = 0; i < tr.agents.length; i++) {
        sampleAgent(tr, tick, i, this.a);
        const c = toScreen(t, this.a.x, this.a.y);
        discs.push({ x: c.x, y: c.y, r });
      }
    };
    add(s.trace, s.tick);
    if (s.ghost) add(s.ghost.trace, Math.min(s.tick, s.ghost.trace.ticks - 1));
    const b = this.ball.place(s.trace, s.tick, t, s.labelPx);
    discs.push({ x: b.ball.x, y: b.ball.y, r: b.r });
    return new LabelBoard(t.width, t.height, discs);
  }

  /** The verdict tag on show, if any. */
  get verdictShown(): Verdict | null {
    return this.offside.shown;
  }

  /** Display objects that draw something (graphics and texts), for the benchmark's bare scene. */
  get objectCount(): number {
    const leaves = (c: Container): number => (c.children.length ? c.children.reduce((n, k) => n + leaves(k), 0) : 1);
    return leaves(this.root);
  }
}
