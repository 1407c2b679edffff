import { Container, Graphics, Text } from 'pixi.js';
import { px } from '../../render/coords';
import { THEMES } from '../../render/palette';
import type { ViewerApp } from '../app';

// Loaded only with ?bench=1: measures the viewer's JavaScript cost per frame against a bare
// PixiJS scene with the same number of display objects, on the same renderer, in the same page,
// in alternating blocks so that drift (JIT, thermal, GC) falls on both alike.

export interface BenchResult {
  renderer: string;
  drill: string;
  objects: number;
  frames: number;
  viewerMsPerFrame: number; // median of blocks
  bareMsPerFrame: number;
  ratio: number;
  resimMs: number; // median: slider change to new run drawn
  simMs: number; // median: the simulation alone
}

function median(a: number[]): number {
  const s = [...a].sort((x, y) => x - y);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

/** The same objects as the viewer (graphics and texts), drawn with the least work possible. */
function bareScene(graphics: number, texts: number): { root: Container; draw(k: number): void } {
  const root = new Container();
  const pitch = new Graphics().rect(0, 0, 800, 600).fill({ color: 0x2e6b3f });
  root.addChild(pitch);
  const gs = Array.from({ length: graphics - 1 }, () => root.addChild(new Graphics()));
  const ts = Array.from({ length: texts }, (_, i) => root.addChild(new Text({ text: String(i + 1), style: { fontSize: 18, fill: 0x000000 } })));
  return {
    root,
    draw(k: number) {
      gs.forEach((g, i) => {
        g.clear();
        g.circle(100 + ((k * 3 + i * 40) % 600), 100 + i * 30, 16).fill({ color: 0x56b4e9 });
      });
      ts.forEach((t, i) => t.position.set(100 + ((k * 3 + i * 40) % 600), 300));
    },
  };
}

export function installBench(app: ViewerApp): void {
  const run = async (frames = 600, blocks = 6): Promise<BenchResult> => {
    app.dispatch({ type: 'play/seek', tick: app.state.playhead.tick }); // paused
    const r = app.pixi.renderer;
    const viewerRoot = app.scene.root;
    const texts = app.run.trace.agents.length + 1; // labels + verdict tag
    const bare = bareScene(app.scene.objectCount - texts, texts);
    const trace = app.run.trace;
    const per = Math.max(1, Math.floor(frames / blocks));
    const viewer: number[] = [], plain: number[] = [];
    const input = (k: number) => ({
      trace, plan: app.run.plan, verdicts: app.run.verdicts, tick: (k * 0.37) % (trace.ticks - 1),
      theme: THEMES[app.state.display.theme], transform: app.transform, labelPx: px(app.presentation.labelPx()), flash: 0,
    });
    for (let b = 0; b < blocks; b++) {
      let t0 = performance.now();
      for (let k = 0; k < per; k++) {
        app.scene.draw(input(b * per + k));
        r.render({ container: viewerRoot });
      }
      viewer.push((performance.now() - t0) / per);
      t0 = performance.now();
      for (let k = 0; k < per; k++) {
        bare.draw(b * per + k);
        r.render({ container: bare.root });
      }
      plain.push((performance.now() - t0) / per);
      await new Promise((res) => setTimeout(res, 0));
    }
    bare.root.destroy({ children: true });
    // Re-simulation: move the first slider back and forth, timing run + redraw.
    const names = Object.keys(app.run.params);
    const resim: number[] = [], sim: number[] = [];
    if (names.length) {
      const def = app.run.scenario.params![names[0]];
      const original = app.run.params[names[0]];
      for (let k = 0; k < 20; k++) {
        const v = k % 2 ? def.min : def.max;
        const t0 = performance.now();
        app.dispatch({ type: 'param/set', name: names[0], value: v });
        app.draw();
        await Promise.resolve(); // the panels render in a microtask: count them too
        await Promise.resolve();
        resim.push(performance.now() - t0);
        sim.push(app.run.simMs);
      }
      app.dispatch({ type: 'param/set', name: names[0], value: original });
    }
    app.draw();
    const v = median(viewer), p = median(plain);
    return {
      renderer: r.name, drill: app.state.source?.id ?? '', objects: app.scene.objectCount, frames: per * blocks,
      viewerMsPerFrame: v, bareMsPerFrame: p, ratio: v / p, resimMs: median(resim), simMs: median(sim),
    };
  };
  Object.defineProperty(window, '__onsideBench', { value: Object.freeze({ run }), writable: false });
}
