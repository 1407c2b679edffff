import { Application } from 'pixi.js';
import type { RendererPreference } from 'pixi.js';

// One PixiJS application on a given canvas. The renderer can be chosen (a URL flag): canvas 2D
// is the dependable choice where WebGL is emulated in software.

export const RENDERERS: readonly RendererPreference[] = ['webgl', 'webgpu', 'canvas'];

export async function createApp(canvas: HTMLCanvasElement, width: number, height: number, preference: RendererPreference, background: number): Promise<Application> {
  const app = new Application();
  const order = [preference, ...RENDERERS.filter((r) => r !== preference && r !== 'webgpu')];
  await app.init({
    canvas,
    width,
    height,
    preference: order,
    antialias: true,
    autoDensity: true,
    resolution: Math.min(2, window.devicePixelRatio || 1),
    background,
    autoStart: false, // the UI's own loop renders only when something changed
    sharedTicker: false,
  });
  app.ticker?.stop();
  return app;
}
