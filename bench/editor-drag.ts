import { launchChromium, serveApp } from './serve-app';

// A drag in the drill editor, in headless Chromium on the built app at 1920×1080: from each pointer
// move to the new run drawn (the edit validated, the state reduced, the drill simulated again, the
// panels rendered and one frame drawn), for a 12-player drill, against one display frame (16.7 ms
// at 60 Hz); in the same page and run, a bare PixiJS redraw of as many display objects.

const PORT = Number(process.env.ONSIDE_BENCH_PORT ?? 4393);
const OUT = process.env.ONSIDE_TEST_OUTDIR ?? 'dist';
const FRAME_MS = 1000 / 60;


export async function run(): Promise<void> {
  const stop = await serveApp(PORT, OUT);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`http://127.0.0.1:${PORT}/?renderer=canvas&bench=1`);
    await page.waitForFunction(() => (window as any).__onsideEditBench !== undefined, undefined, { timeout: 60_000 });
    await page.evaluate(() => (window as any).__onsideEditBench.run(30)); // warm-up (JIT)
    const r = await page.evaluate(() => (window as any).__onsideEditBench.run(150));
    const f = (x: number) => x.toFixed(2);
    console.log(`editor drag: a ${r.players}-player drill, 1920×1080, canvas 2D, ${r.moves} pointer moves`);
    console.log(`  move → new run drawn   median ${f(r.dragMedianMs)} ms, 95th percentile ${f(r.dragP95Ms)} ms, worst ${f(r.dragMaxMs)} ms   (one frame: ${f(FRAME_MS)} ms)`);
    console.log(`    of which simulate   median ${f(r.simMedianMs)} ms`);
    console.log(`  bare PixiJS redraw    median ${f(r.bareMedianMs)} ms   (as many graphics and texts, one circle each)`);
    console.log(`  ${r.dragP95Ms < FRAME_MS ? 'within' : 'OVER'} one frame at the 95th percentile`);
    await page.close();
  } finally {
    await browser.close();
    stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
