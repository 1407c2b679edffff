import { Application, type RendererPreference } from 'pixi.js';
import { cuesAt } from '../render/cue-schedule';
import type { JudgmentFacts } from '../render/judgment-facts';
import type { AnalystMarks } from '../render/measure-layer';
import type { Theme } from '../render/palette';
import { PitchScene } from '../render/scene';
import type { ExportLayout } from './export-layout';
import { outcomeWords } from './outcome-words';
import type { Run } from './run-drill';

// Draws one frame of a run into an offscreen picture of any size (a PNG at projector resolution,
// a video frame): its own PixiJS renderer and scene, the live view untouched, then a caption
// strip on top with the drill, the time, the coaching cues, the verdict and the result as text.

export interface ExportFrame {
  run: Run;
  tick: number; // fractional playhead
  flash: number;
  theme: Theme;
  title: string;
  freeze?: JudgmentFacts | null;
  marks?: AnalystMarks | null;
}

const FONT = 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

export class ExportRenderer {
  readonly canvas: HTMLCanvasElement; // the finished picture
  private readonly ctx: CanvasRenderingContext2D;
  private readonly scene = new PitchScene();

  private constructor(private readonly pixi: Application, readonly layout: ExportLayout) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = layout.width;
    this.canvas.height = layout.height;
    this.ctx = this.canvas.getContext('2d')!;
    pixi.stage.addChild(this.scene.root);
  }

  static async create(layout: ExportLayout, preference: RendererPreference, background: number): Promise<ExportRenderer> {
    const pixi = new Application();
    const order: RendererPreference[] = [preference, ...(['canvas', 'webgl'] as const).filter((r) => r !== preference)];
    await pixi.init({
      canvas: document.createElement('canvas'), width: layout.width, height: layout.height, resolution: 1, autoDensity: false,
      antialias: true, background, preference: order, autoStart: false, sharedTicker: false, preserveDrawingBuffer: true,
    });
    pixi.ticker?.stop();
    return new ExportRenderer(pixi, layout);
  }

  render(f: ExportFrame): HTMLCanvasElement {
    const { run, theme } = f;
    const L = this.layout;
    this.pixi.renderer.background.color = theme.surround;
    this.scene.draw({
      trace: run.trace, plan: run.plan, verdicts: run.verdicts, tick: f.tick, theme, transform: L.transform,
      labelPx: L.labelPx, flash: f.flash, freeze: f.freeze, marks: f.marks,
    });
    this.pixi.renderer.render(this.pixi.stage);
    const ctx = this.ctx;
    ctx.drawImage(this.pixi.canvas as HTMLCanvasElement, 0, 0);
    this.caption(f);
    return this.canvas;
  }

  private caption(f: ExportFrame): void {
    const ctx = this.ctx, L = this.layout, tr = f.run.trace;
    const ink = f.theme.name === 'dark' ? '#f2f5f2' : '#111111';
    const muted = f.theme.name === 'dark' ? '#b9c4bc' : '#3d3d3d';
    ctx.fillStyle = hex(f.theme.surround);
    ctx.fillRect(0, 0, L.width, L.captionH);
    const pad = Math.round(L.height * 0.015), small = Math.round(L.captionH * 0.26), big = Math.round(L.captionH * 0.36);
    const fit = (s: string, w: number) => {
      if (ctx.measureText(s).width <= w) return s;
      let t = s;
      while (t.length > 1 && ctx.measureText(t + '…').width > w) t = t.slice(0, -1);
      return t + '…';
    };
    ctx.textBaseline = 'top';
    ctx.font = `600 ${small}px ${FONT}`;
    ctx.fillStyle = muted;
    const k = Math.max(0, Math.min(tr.ticks - 1, Math.floor(f.tick)));
    const head = `${f.title} · seed ${tr.seed} · ${(f.tick / tr.tickRate).toFixed(2)} s (tick ${k})`;
    ctx.fillText(fit(head, L.width - 2 * pad), pad, pad);
    const roleOf = (id: string) => tr.agents.find((a) => a.id === id)?.role;
    const labelOf = (id: string) => tr.agents.find((a) => a.id === id)?.label ?? id;
    const said: string[] = [...cuesAt(f.run.cues, f.tick)];
    const v = this.scene.verdictShown;
    if (v) said.push(`${labelOf(v.receiver)}: ${v.text}`);
    if (f.tick >= tr.outcome.tick) said.push(outcomeWords(tr.outcome, roleOf));
    ctx.font = `700 ${big}px ${FONT}`;
    ctx.fillStyle = ink;
    ctx.fillText(fit(said.join('   ·   '), L.width - 2 * pad), pad, pad + small * 1.35);
  }

  destroy(): void {
    this.pixi.destroy({ removeView: true }, { children: true });
  }
}
