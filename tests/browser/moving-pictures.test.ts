import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PITCH } from '../../src/core/pitch';
import { simulate } from '../../src/core/simulate';
import type { Trace } from '../../src/core/trace';
import { px, toScreen, type ViewTransform } from '../../src/render/coords';
import { OKABE_ITO, THEMES } from '../../src/render/palette';
import { ballRadius, discRadius } from '../../src/render/sizes';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import type { ScenarioFile } from '../../src/scenario/types';
import { launch, open, pixels, settled, state } from './helpers';

// Pictures checked where things move: on the judgment frame behind a high line nothing moves, so
// a line drawn a tick late looks right there. Here the line is read at the tick it moves most,
// and the ball at frames of a cross, where height, size and position all change tick by tick.
// Expected places come from the trace (simulated here with the drill's seed, the same bits the
// page records) through the world→screen transform; the pixels come from real screenshots.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const SIZE = { width: 1920, height: 1080 };
type RGB = [number, number, number];
const hex = (c: number): RGB => [(c >> 16) & 255, (c >> 8) & 255, c & 255];
const near = (a: RGB, b: RGB, tol: number) => a.every((v, k) => Math.abs(v - b[k]) <= tol);

const scenarios: ScenarioFile[] = readdirSync('scenarios').filter((f) => f.endsWith('.json'))
  .map((f) => parseScenario(readFileSync(`scenarios/${f}`, 'utf8'), f));

function traceOf(s: ScenarioFile): Trace {
  const v = paramValues(s, {});
  return simulate(resolveDrill(s, v), s.seed ?? 1, { scenario: s.id, params: v });
}

async function showTick(page: Page, tick: number): Promise<void> {
  await page.locator('#scrub').fill(String(tick));
  await settled(page);
  expect(await state(page, 'tick')).toBe(tick);
}

async function view(page: Page): Promise<{ box: { x: number; y: number }; t: ViewTransform; labelPx: number }> {
  const box = (await page.locator('#pitch').boundingBox())!;
  const t = await state<ViewTransform>(page, 'transform');
  return { box, t, labelPx: await state<number>(page, 'labelPx') };
}

/**
 * Where the offside line is drawn across world y = `y`: the centre of the yellow run on a scan
 * across it (in screen px along the world x direction, 0 = world x `atX`), or null if not seen.
 */
async function lineOffset(page: Page, box: { x: number; y: number }, t: ViewTransform, atX: number, ys: number[]): Promise<(number | null)[]> {
  const offs = Array.from({ length: 61 }, (_, k) => (k - 30) * 0.5);
  const pts = ys.flatMap((y) => {
    const a = toScreen(t, atX, y), b = toScreen(t, atX + 1 / t.scale, y); // one px further in x
    return offs.map((o) => ({ x: box.x + a.x + (b.x - a.x) * o, y: box.y + a.y + (b.y - a.y) * o }));
  });
  const got = await pixels(page, pts);
  const yellow = hex(OKABE_ITO.yellow);
  return ys.map((_, m) => {
    const hits = offs.filter((_, k) => near(got[m * offs.length + k], yellow, 60));
    return hits.length ? (Math.min(...hits) + Math.max(...hits)) / 2 : null;
  });
}

describe('the offside line where it moves', () => {
  // The tick, over every drill played with offside, at which the live line moves furthest.
  const best = scenarios.filter((s) => s.offside !== false).map((s) => {
    const tr = traceOf(s);
    let move = 0, tick = -1;
    for (let k = 1; k < tr.ticks; k++) {
      const d = Math.abs(tr.line[k] - tr.line[k - 1]);
      if (d > move) { move = d; tick = k; }
    }
    return { s, tr, move, tick };
  }).sort((a, b) => b.move - a.move)[0];

  it('at the tick the line moves most, it is drawn at that tick\'s line, not the tick before\'s', async () => {
    expect(best, 'no drill is played with offside on').toBeDefined();
    const { s, tr, tick } = best;
    const { page, errors } = await open(browser, `drill=${s.id}&tick=0`, SIZE);
    await showTick(page, tick);
    expect(await state<number>(page, 'lineX')).toBe(tr.line[tick]); // the page recorded the same run
    const { box, t, labelPx } = await view(page);
    const shift = Math.abs(tr.line[tick] - tr.line[tick - 1]) * t.scale; // px between this tick's line and the last
    expect(shift, 'the line must move several pixels in one tick for this to tell them apart').toBeGreaterThan(4);
    // Sample across the width, away from discs and tags.
    const agents = await state<unknown[]>(page, 'agents');
    const pos = await Promise.all(agents.map((_, i) => page.evaluate((k) => (window as any).__onside.agentAt(k), i)));
    const clearM = (discRadius(px(labelPx)) * 3) / t.scale;
    const W = (s.pitch ?? DEFAULT_PITCH).width;
    const ys = Array.from({ length: 17 }, (_, k) => 2 + (k * (W - 4)) / 16)
      .filter((y) => pos.every((p: { x: number; y: number }) => Math.hypot(p.x - tr.line[tick], p.y - y) > clearM));
    expect(ys.length).toBeGreaterThanOrEqual(4);
    const offs = await lineOffset(page, box, t, tr.line[tick], ys);
    const seen = offs.filter((o): o is number => o !== null);
    expect(seen.length, `line seen at ${seen.length} of ${ys.length} places`).toBeGreaterThanOrEqual(Math.ceil(ys.length * 0.7));
    // Within 2 px (the line's edges are blended, as in pixels.test.ts); last tick's line is > 4 px away.
    for (const o of seen) expect(Math.abs(o), `drawn ${o} px from this tick's line (last tick's is ${shift.toFixed(1)} px away)`).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a lofted ball', () => {
  const s = scenarios.find((x) => x.id === 'back-post-cross');
  const tr = s ? traceOf(s) : undefined;
  const cross = tr?.events.find((e) => e.type === 'cross');

  /** The ticks of the cross's flight, from the trace: after the kick until it first comes down. */
  function flight(): number[] {
    if (!tr || !cross) throw new Error('back-post-cross must load and play a cross: without it the ball in the air cannot be checked');
    const out: number[] = [];
    for (let k = cross.tick + 1; k < tr.ticks && tr.frames[k * tr.stride + 2] > 0.05; k++) out.push(k);
    if (out.length < 20) throw new Error(`the cross is in the air for only ${out.length} ticks`);
    return out;
  }

  /**
   * The drawn ball near its shadow point: the white disc's centre and radius, measured on a
   * column through the ground point and then a row through the disc.
   */
  async function drawnBall(page: Page, box: { x: number; y: number }, g: { x: number; y: number }, reach: number) {
    const white = hex(THEMES.dark.ball);
    const col = Array.from({ length: Math.ceil(reach * 2) }, (_, k) => g.y + 6 - k * 0.5); // from just below the ground point upwards
    const cpx = await pixels(page, col.map((y) => ({ x: box.x + g.x, y: box.y + y })));
    // The longest white run on the column: the ball (pitch markings crossing it are thinner).
    let bestLen = 0, bestFrom = -1;
    for (let k = 0; k < col.length;) {
      if (!near(cpx[k], white, 40)) { k++; continue; }
      let e = k;
      while (e + 1 < col.length && near(cpx[e + 1], white, 40)) e++;
      if (e - k + 1 > bestLen) { bestLen = e - k + 1; bestFrom = k; }
      k = e + 1;
    }
    if (bestFrom < 0) return null;
    const cy = (col[bestFrom] + col[bestFrom + bestLen - 1]) / 2;
    const row = Array.from({ length: 161 }, (_, k) => g.x - 40 + k * 0.5);
    const rpx = await pixels(page, row.map((x) => ({ x: box.x + x, y: box.y + cy })));
    const on = row.filter((_, k) => near(rpx[k], white, 40) && Math.abs(row[k] - g.x) < 30);
    if (!on.length) return null;
    return { cx: (Math.min(...on) + Math.max(...on)) / 2, cy, rx: (Math.max(...on) - Math.min(...on)) / 2 + 0.5, ry: (bestLen * 0.5) / 2 };
  }

  it('is drawn above its shadow and larger, more so the higher it is, at several frames of a cross', async () => {
    const ticks = flight();
    const apex = ticks.reduce((a, k) => (tr!.frames[k * tr!.stride + 2] > tr!.frames[a * tr!.stride + 2] ? k : a), ticks[0]);
    const picks = [ticks[Math.floor(ticks.length * 0.15)], apex, ticks[Math.floor(ticks.length * 0.85)]];
    const { page, errors } = await open(browser, `drill=${s!.id}&tick=0`, SIZE);
    const rows = [];
    for (const k of picks) {
      await showTick(page, k);
      const b = await page.evaluate(() => (window as any).__onside.ballAt());
      expect(b.z).toBe(tr!.frames[k * tr!.stride + 2]); // the page shows the trace's ball
      const { box, t, labelPx } = await view(page);
      const g = toScreen(t, b.x, b.y); // the shadow: the ball's ground point
      const r0 = ballRadius(px(labelPx), 0);
      const d = await drawnBall(page, box, g, 12 * r0 + b.z * t.scale);
      expect(d, `tick ${k}: no ball drawn near (${g.x.toFixed(0)}, ${g.y.toFixed(0)})`).not.toBeNull();
      // Straight above its shadow on the screen: the same x, within a pixel of blending.
      expect(Math.abs(d!.cx - g.x), `tick ${k}: drawn x off the trace's by ${d!.cx - g.x} px`).toBeLessThanOrEqual(1.5);
      const lift = g.y - d!.cy;
      expect(lift, `tick ${k}: ball at z ${b.z.toFixed(2)} m drawn only ${lift} px above its shadow`).toBeGreaterThan(r0);
      // Larger than a ball on the ground, by the size the height gives it (sizes.ts), to a pixel.
      expect(d!.rx, `tick ${k}: radius`).toBeGreaterThan(r0 + 0.5);
      // The 2 px outline is centred on the edge, so the white fill ends 1 px inside the radius.
      const want = ballRadius(px(labelPx), b.z) - 1;
      expect(Math.abs(d!.rx - want), `tick ${k}: white radius ${d!.rx} px, want ${want} px`).toBeLessThanOrEqual(1);
      rows.push({ z: b.z, lift, r: d!.rx });
    }
    // The higher, the further above its shadow: lift grows with z in the same proportion.
    const [lo, hi] = [rows.reduce((a, r) => (r.z < a.z ? r : a)), rows.reduce((a, r) => (r.z > a.z ? r : a))];
    expect(hi.z - lo.z).toBeGreaterThan(1); // the frames really differ in height
    expect(hi.lift).toBeGreaterThan(lo.lift);
    expect(hi.lift / hi.z).toBeCloseTo(lo.lift / lo.z, -0.5); // px per metre of height, within ±1.6
    expect(errors).toEqual([]);
    await page.close();
  });
});
