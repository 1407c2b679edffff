import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PITCH } from '../../src/core/pitch';
import { fitView, px, toScreen, viewRect } from '../../src/render/coords';
import { discRadius, labelSize } from '../../src/render/sizes';
import { OKABE_ITO, THEMES } from '../../src/render/palette';
import { simulate } from '../../src/core/simulate';
import { verdicts } from '../../src/view/verdicts';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import type { ScenarioFile } from '../../src/scenario/types';
import { launch, open, pixels, settled, state } from './helpers';

// What a person sees, checked against the model: screenshots at two sizes, pixels read where
// the world→screen transform says the offside line, the players and the ball must be.

let browser: Browser;
beforeAll(async () => { browser = await launch(); mkdirSync('tests/screenshots/out', { recursive: true }); });
afterAll(async () => { await browser?.close(); });

/** Every drill file, parsed; a file that does not parse is a failure below, not a drill left out. */
const parseErrors: string[] = [];
const scenarios: ScenarioFile[] = readdirSync('scenarios').filter((f) => f.endsWith('.json')).flatMap((f) => {
  try { return [parseScenario(readFileSync(`scenarios/${f}`, 'utf8'), f)]; } catch (e) { parseErrors.push(`scenarios/${f}: ${(e as Error).message}`); return []; }
});
/** A drill played with offside on and a judged pass in its default run (in-behind first). */
const offsideDrill = [...scenarios].sort((a, b) => Number(b.id === 'in-behind') - Number(a.id === 'in-behind')).find((s) => {
  const v = paramValues(s, {});
  return verdicts(simulate(resolveDrill(s, v), s.seed ?? 1, { scenario: s.id, params: v })).length > 0;
});
/** The offside tests need such a drill: without one they fail, they are never skipped. */
function needOffsideDrill(): ScenarioFile {
  if (offsideDrill) return offsideDrill;
  throw new Error(`no drill in scenarios/ has offside on and a judged pass in its default run, so the offside line cannot be checked${parseErrors.length ? ` (files that did not parse: ${parseErrors.join('; ')})` : ''}`);
}

it('every drill file parses', () => {
  expect(parseErrors).toEqual([]);
  expect(scenarios.length).toBeGreaterThan(0);
});

type RGB = [number, number, number];
const hex = (c: number): RGB => [(c >> 16) & 255, (c >> 8) & 255, c & 255];
const near = (a: RGB, b: RGB, tol: number) => a.every((v, k) => Math.abs(v - b[k]) <= tol);

const SIZES = [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }];

async function openAt(page: Page, tick: number): Promise<void> {
  await page.locator('#scrub').fill(String(tick));
  await settled(page);
}

/** The transform computed here from the scenario and the canvas box, and the app's own. */
async function transformFor(page: Page, s: ScenarioFile) {
  const box = (await page.locator('#pitch').boundingBox())!;
  const t = fitView(viewRect(s.view, s.pitch ?? DEFAULT_PITCH), px(box.width), px(box.height));
  const mine = await state<Record<string, number | string>>(page, 'transform');
  return { box, t, mine };
}

describe.each(SIZES)('at $width×$height', (size) => {
  it('players are discs of their team colour where the model puts them, the ball too', async () => {
    const s = scenarios.find((x) => x.id === 'through-pass')!;
    const { page, errors } = await open(browser, 'drill=through-pass&tick=0', size);
    const labelPx = await state<number>(page, 'labelPx');
    expect(labelPx).toBe(labelSize(size.height, false));
    expect(labelPx).toBeGreaterThanOrEqual(Math.floor(0.025 * size.height)); // readable from the back
    const pass = (await state<{ tick: number; type: string }[]>(page, 'events')).find((e) => e.type === 'pass')!;
    const tick = pass.tick + 12; // the ball is rolling free between passer and receiver
    await openAt(page, tick);
    const { box, t, mine } = await transformFor(page, s);
    expect(mine.scale).toBeCloseTo(t.scale, 6);
    expect(mine.orientation).toBe(t.orientation);
    await page.screenshot({ path: `tests/screenshots/out/through-pass-${size.width}x${size.height}.png` });
    const r = discRadius(px(labelPx));
    const agents = await state<{ team: 'attack' | 'defence' | 'neutral' }[]>(page, 'agents');
    const centres = await Promise.all(agents.map((_, i) => page.evaluate((k) => (window as any).__onside.agentAt(k), i)));
    const screen = centres.map((c) => toScreen(t, c.x, c.y));
    let checked = 0;
    for (let i = 0; i < agents.length; i++) {
      const c = screen[i];
      if (screen.some((o, j) => j !== i && Math.hypot(o.x - c.x, o.y - c.y) < 2.2 * r)) continue; // overlapping discs: counted below
      checked++;
      const ring = Array.from({ length: 8 }, (_, k) => ({
        x: box.x + c.x + 0.62 * r * Math.cos((k * Math.PI) / 4), y: box.y + c.y + 0.62 * r * Math.sin((k * Math.PI) / 4),
      }));
      const got = await pixels(page, ring);
      const want = hex(THEMES.dark.teams[agents[i].team].fill);
      // The label sits in the middle and the heading mark outside: most of the ring is fill.
      expect(got.filter((p) => near(p, want, 30)).length, `agent ${i} disc colour`).toBeGreaterThanOrEqual(5);
    }
    expect(checked, 'discs clear of others to check (not a loop that checks none)').toBeGreaterThanOrEqual(Math.ceil(agents.length / 2));
    const ball = await page.evaluate(() => (window as any).__onside.ballAt());
    expect(ball.z).toBeLessThan(0.05); // a ground pass
    const b = toScreen(t, ball.x, ball.y);
    const [centre] = await pixels(page, [{ x: box.x + b.x, y: box.y + b.y }]);
    expect(near(centre, hex(THEMES.dark.ball), 35), `ball at ${b.x},${b.y}: ${centre}`).toBe(true);
    // And 3 disc radii away from the ball, along the touchline direction, it is not ball-white.
    const [away] = await pixels(page, [{ x: box.x + b.x + 3 * r, y: box.y + b.y }]);
    expect(near(away, hex(THEMES.dark.ball), 35)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the offside line is drawn across the width where the model has it', async () => {
    const s = needOffsideDrill();
    const { page, errors } = await open(browser, `drill=${s.id}&tick=0`, size);
    const verdicts = await state<{ tick: number; text: string }[]>(page, 'verdicts');
    expect(verdicts.length).toBeGreaterThan(0);
    await openAt(page, verdicts[0].tick); // the judgment frame
    expect(await state(page, 'verdictShown')).toBe(verdicts[0].text);
    expect(await page.locator('#verdict-banner').textContent()).toContain(verdicts[0].text);
    expect(await page.locator(`#marks .judgment[data-tick="${verdicts[0].tick}"]`).count()).toBe(1); // marked on the timeline
    await page.screenshot({ path: `tests/screenshots/out/${s.id}-${size.width}x${size.height}.png` });
    const { box, t } = await transformFor(page, s);
    const lineX = await state<number>(page, 'lineX');
    const agents = await state<unknown[]>(page, 'agents');
    const pos = await Promise.all(agents.map((_, i) => page.evaluate((k) => (window as any).__onside.agentAt(k), i)));
    const labelPx = await state<number>(page, 'labelPx');
    const clearM = (discRadius(px(labelPx)) * 2.6) / t.scale; // metres kept clear of discs and tags
    const pitch = s.pitch ?? DEFAULT_PITCH;
    const ys = Array.from({ length: 17 }, (_, k) => 2 + (k * (pitch.width - 4)) / 16)
      .filter((y) => pos.every((p) => Math.hypot(p.x - lineX, p.y - y) > clearM));
    expect(ys.length).toBeGreaterThanOrEqual(4);
    const yellow = hex(OKABE_ITO.yellow);
    let matched = 0;
    for (const y of ys) {
      const at = toScreen(t, lineX, y);
      // Scan across the line (it runs along world y; across it is the world x direction).
      const along = toScreen(t, lineX + 1 / t.scale, y); // one pixel further in x
      const dx = along.x - at.x, dy = along.y - at.y;
      const offs = Array.from({ length: 25 }, (_, k) => k - 12);
      const got = await pixels(page, offs.map((o) => ({ x: box.x + at.x + dx * o, y: box.y + at.y + dy * o })));
      const hits = offs.filter((_, k) => near(got[k], yellow, 60));
      if (!hits.length) continue;
      const centre = (Math.min(...hits) + Math.max(...hits)) / 2;
      expect(Math.abs(centre), `line centre at y=${y.toFixed(1)} m is ${centre} px off`).toBeLessThanOrEqual(2);
      matched++;
    }
    expect(matched, 'the line is seen at most sample points').toBeGreaterThanOrEqual(Math.ceil(ys.length * 0.7));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the judgment frame', () => {
  it('playing through it holds on the frame for a moment, then carries on', async () => {
    const s = needOffsideDrill();
    const { page, errors } = await open(browser, `drill=${s.id}&tick=0`);
    const [v] = await state<{ tick: number }[]>(page, 'verdicts');
    await page.locator('#scrub').fill(String(Math.max(0, v.tick - 4)));
    await page.locator('#scrub').blur();
    await page.keyboard.press('Space');
    await page.waitForFunction((t) => (window as any).__onside.tick >= t, v.tick, { timeout: 5000 });
    expect(await state(page, 'tick')).toBe(v.tick); // stopped exactly on it, not run past
    await page.waitForTimeout(300); // at 1× that would be 15 ticks further
    expect(await state(page, 'tick')).toBe(v.tick);
    await page.waitForFunction((t) => (window as any).__onside.tick > t, v.tick, { timeout: 5000 });
    expect(await state(page, 'playing')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('stepping', () => {
  it('a single step moves the picture by exactly one tick: the drawn ball moves as far as the model says', async () => {
    const s = scenarios.find((x) => x.id === 'through-pass')!;
    const { page, errors } = await open(browser, 'drill=through-pass&tick=0', { width: 1920, height: 1080 });
    const pass = (await state<{ tick: number; type: string }[]>(page, 'events')).find((e) => e.type === 'pass')!;
    // the pass is rolling fast, well clear of the passer: a ball inside a disc is drawn at its rim so
    // it never hides a number, and a tick after the kick the ball is still at the passer's feet
    const tick = pass.tick + 12;
    await openAt(page, tick);
    const { box, t } = await transformFor(page, s);
    const b0 = await page.evaluate(() => (window as any).__onside.ballAt());
    await page.keyboard.press('ArrowRight');
    await settled(page);
    expect(await state(page, 'tick')).toBe(tick + 1);
    const b1 = await page.evaluate(() => (window as any).__onside.ballAt());
    const p0 = toScreen(t, b0.x, b0.y), p1 = toScreen(t, b1.x, b1.y);
    const step = Math.hypot(p1.x - p0.x, p1.y - p0.y);
    expect(step).toBeGreaterThan(4); // a tick moves it far enough that none or two ticks would show
    // Where along its line of travel the ball is drawn, before and after, read from screenshots:
    // the disc is where the pixels 3 px either side of the line are ball-white too (the pass's
    // trail and arrow along the line are thinner than that).
    const ux = (p1.x - p0.x) / step, uy = (p1.y - p0.y) / step;
    const along = Array.from({ length: 121 }, (_, k) => -20 + k * 0.5);
    const side = (off: number) => along.map((d) => ({ x: box.x + p0.x + ux * d - uy * off, y: box.y + p0.y + uy * d + ux * off }));
    const white = hex(THEMES.dark.ball);
    const centre = async () => {
      const [l, r] = [await pixels(page, side(3)), await pixels(page, side(-3))];
      const on = along.filter((_, k) => near(l[k], white, 35) && near(r[k], white, 35));
      expect(on.length).toBeGreaterThan(2);
      return on.reduce((a, d) => a + d, 0) / on.length;
    };
    const after = await centre();
    await page.keyboard.press('ArrowLeft');
    await settled(page);
    const before = await centre();
    // Within 1.5 px: the disc's edge pixels are blended, so its centre reads to about a pixel.
    expect(Math.abs(before)).toBeLessThan(1.5);
    expect(Math.abs(after - before - step), `drawn shift ${after - before} px, one tick is ${step} px`).toBeLessThan(1.5);
    expect(errors).toEqual([]);
    await page.close();
  });
});
