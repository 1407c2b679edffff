import { Application, type RendererPreference } from 'pixi.js';
import { cuesAt } from '../../view/cue-schedule';
import type { JudgmentFacts } from '../../view/judgment-facts';
import type { AnalystMarks } from '../../render/measure-layer';
import type { Theme } from '../../render/palette';
import { PitchScene } from '../../render/scene';
import type { ExportLayout } from './export-layout';
import { runWords, verdictColour, verdictMark } from '../../view/outcome-style';
import type { Replay } from '../state/replay';

// Draws one frame of a run into an offscreen picture of any size (a PNG at projector resolution,
// a video frame): its own PixiJS renderer and scene, the live view untouched, then a caption
// strip on top with the drill, the time, the coaching cues, the verdict and the result as text.

export interface ExportFrame {
  run: Replay;
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
    const dark = f.theme.name === 'dark';
    const ink = dark ? '#f2f5f2' : '#111111', muted = dark ? '#b9c4bc' : '#3d3d3d';
    ctx.fillStyle = hex(f.theme.surround);
    ctx.fillRect(0, 0, L.width, L.captionH);
    const pad = Math.round(L.height * 0.012), small = Math.round(L.captionH * 0.24), big = Math.round(L.captionH * 0.34);
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
    ctx.fillText(fit(`${f.title} · seed ${tr.seed} · ${(f.tick / tr.tickRate).toFixed(2)} s (tick ${k})`, L.width - 2 * pad), pad, pad);
    // Right: the verdict and the result, boxed; left: the coaching cues, shrunk to fit.
    const labelOf = (id: string) => tr.agents.find((a) => a.id === id)?.label ?? id;
    const v = this.scene.verdictShown;
    const calls = [v ? `${verdictMark(v)}${labelOf(v.receiver)}: ${v.text}` : '', f.tick >= tr.outcome.tick ? runWords(f.run) : ''].filter(Boolean).join('  ·  ');
    const y = pad + small * 1.3, h = L.captionH - y - pad * 0.5;
    let right = L.width - pad;
    if (calls) {
      ctx.font = `700 ${big}px ${FONT}`;
      const text = fit(calls, L.width * 0.45);
      const w = ctx.measureText(text).width + big * 0.8;
      right -= w;
      ctx.fillStyle = hex(f.theme.tagBg);
      ctx.strokeStyle = v ? verdictColour(v.offside) : hex(f.theme.onside);
      ctx.lineWidth = Math.max(2, big * 0.08);
      ctx.beginPath();
      ctx.roundRect(right, y, w, h, big * 0.2);
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = hex(f.theme.tagText);
      ctx.textBaseline = 'middle';
      ctx.fillText(text, right + big * 0.4, y + h / 2);
      right -= pad * 2;
    }
    const cues = cuesAt(f.run.cues, f.tick).join('   ·   ');
    if (!cues) return;
    let size = big;
    ctx.font = `700 ${size}px ${FONT}`;
    while (size > big * 0.6 && ctx.measureText(cues).width > right - pad) ctx.font = `700 ${(size -= 1)}px ${FONT}`;
    ctx.fillStyle = ink;
    ctx.textBaseline = 'middle';
    ctx.fillText(fit(cues, right - pad), pad, y + h / 2);
  }

  destroy(): void {
    this.pixi.destroy({ removeView: true }, { children: true });
  }
}
