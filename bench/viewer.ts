import { existsSync } from 'node:fs';
import { launchChromium, serveApp } from './serve-app';

// The viewer's JavaScript cost per frame, in headless Chromium on the built app, against a bare
// PixiJS scene with the same number of display objects drawn by the same renderer in the same
// page (alternating blocks: src/ui/hooks/bench-hook.ts). Also the re-simulation latency of a slider.
// Canvas 2D is measured first: it is what this machine draws with (WebGL here is emulated in
// software, so its numbers are printed for the record, not as a target).

const PORT = Number(process.env.ONSIDE_BENCH_PORT ?? 4392); // side by side with others: a port of one's own
const OUT = process.env.ONSIDE_TEST_OUTDIR ?? 'dist'; // and a build folder of one's own
const FRAMES = 600;
const BLOCKS = 6;
const VIEWPORT = { width: 1920, height: 1080 }; // a projector

interface BenchResult {
  renderer: string; drill: string; objects: number; frames: number;
  viewerMsPerFrame: number; bareMsPerFrame: number; ratio: number; resimMs: number; simMs: number;
}


const fmt = (x: number, d = 3) => x.toFixed(d);

export async function run(): Promise<void> {
  const drill = existsSync('scenarios/in-behind.json') ? 'in-behind' : 'through-pass';
  const stop = await serveApp(PORT, OUT);
  const browser = await launchChromium();
  try {
    for (const renderer of ['canvas', 'webgl']) {
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.goto(`http://127.0.0.1:${PORT}/?drill=${drill}&tick=0&renderer=${renderer}&bench=1`);
      await page.waitForFunction(() => (window as any).__onsideBench !== undefined, undefined, { timeout: 60_000 });
      const r = await page.evaluate(([f, b]) => (window as any).__onsideBench.run(f, b), [FRAMES, BLOCKS]) as BenchResult;
      const note = r.renderer === 'canvas' ? 'canvas 2D' : `${r.renderer} (software-emulated on this machine)`;
      console.log(`viewer: ${r.drill}, ${VIEWPORT.width}×${VIEWPORT.height}, renderer ${note}, ${r.objects} display objects, ${r.frames} frames`);
      console.log(`  median of ${BLOCKS} alternating blocks, JavaScript time per frame (draw + renderer.render)`);
      console.log(`  viewer frame         ${fmt(r.viewerMsPerFrame)} ms`);
      console.log(`  bare PixiJS scene    ${fmt(r.bareMsPerFrame)} ms   (same number of graphics and texts, one circle each)`);
      console.log(`  viewer / bare        ${fmt(r.ratio, 2)}×`);
      console.log(`  slider → new run     ${fmt(r.resimMs, 1)} ms   (simulate ${fmt(r.simMs, 1)} ms, then the panels rendered and one frame drawn)`);
      await page.close();
    }
  } finally {
    await browser.close();
    stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
