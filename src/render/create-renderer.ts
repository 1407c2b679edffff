import { Application } from 'pixi.js';
// PixiJS's static polyfills instead of code generated with new Function: the page's security
// policy allows no 'unsafe-eval'.
import 'pixi.js/unsafe-eval';
import type { RendererPreference } from 'pixi.js';
import { rendererOrder, softwareWebGL } from './renderer-choice';

// One PixiJS application on a given canvas, with the renderer chosen in renderer-choice.ts.

export async function createApp(canvas: HTMLCanvasElement, width: number, height: number, asked: RendererPreference | undefined, background: number): Promise<Application> {
  const app = new Application();
  await app.init({
    canvas,
    width,
    height,
    preference: rendererOrder(asked, softwareWebGL),
    antialias: true,
    autoDensity: true,
    resolution: Math.min(2, window.devicePixelRatio || 1),
    background,
    autoStart: false, // the UI's own loop renders only when something changed
    sharedTicker: false,
    // Nothing on the pitch listens to PixiJS's pointer events (the UI's tools read the canvas's
    // own): off, so a pointer move costs no hit test and no forced layout (the editor's drags).
    eventFeatures: { move: false, globalMove: false, click: false, wheel: false },
  });
  app.ticker?.stop();
  return app;
}
