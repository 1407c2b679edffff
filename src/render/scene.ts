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

  constructor() {
    this.root.addChild(this.pitch, this.trails.view, this.planLayer.view, this.ghost.view, this.race.view, this.offside.view, this.agents.view, this.ball.view, this.freeze.view, this.marks.view, this.edit.view);
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
    this.trails.draw(s.trace, s.tick, t, s.theme, s.labelPx);
    this.planLayer.draw(s.trace, s.plan, s.tick, t, s.theme, s.labelPx);
    this.ghost.draw(s.ghost, s.trace, s.tick, t, s.theme, s.labelPx);
    this.race.draw(s.trace, s.race, t, s.theme, s.labelPx);
    this.offside.draw(s.trace, s.verdicts, s.tick, t, s.theme, s.labelPx, s.flash);
    this.agents.draw(s.trace, s.tick, t, s.theme, s.labelPx);
    this.ball.draw(s.trace, s.tick, t, s.theme, s.labelPx);
    this.freeze.draw(s.trace, s.freeze, t, s.theme, s.labelPx);
    this.marks.draw(s.marks, t, s.theme, s.labelPx);
    this.edit.draw(s.edit, t, s.theme, s.labelPx);
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
