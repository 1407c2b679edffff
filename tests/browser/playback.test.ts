import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toScreen, px, type ViewTransform } from '../../src/render/coords';
import { THEMES } from '../../src/render/palette';
import { discRadius } from '../../src/render/sizes';
import { launch, open, pause, pixels, settled, state } from './helpers';

type RGB = [number, number, number];
const hex = (c: number): RGB => [(c >> 16) & 255, (c >> 8) & 255, c & 255];
const near = (a: RGB, b: RGB, tol: number) => a.every((v, k) => Math.abs(v - b[k]) <= tol);

// The viewer opens playing, and the transport moves the playhead by exactly what it says.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('opening the viewer', () => {
  it('loads with no console errors and the drill plays: the picture shows the pitch and moves', async () => {
    const { page, errors } = await open(browser);
    expect(await state(page, 'playing')).toBe(true);
    expect(await state(page, 'renderer')).toBe('canvas');
    const canvas = page.locator('#pitch');
    const before = await canvas.screenshot();
    const t0 = await state<number>(page, 'tick');
    await page.waitForFunction((t) => (window as any).__onside.tick > t + 5, t0, { timeout: 10_000 });
    expect(await page.locator('#outcome').textContent()).not.toBe('');
    expect(await page.locator('#drill option').count()).toBeGreaterThanOrEqual(1);
    // The picture, not only the counters: while it plays what is drawn changes...
    expect((await canvas.screenshot()).equals(before), 'the picture did not change while playing').toBe(false);
    // ...and once paused it holds still, and it is a pitch with players on it, not a blank canvas.
    await pause(page);
    await settled(page);
    const still = await canvas.screenshot();
    await page.waitForTimeout(300);
    expect((await canvas.screenshot()).equals(still), 'the picture moved while paused').toBe(true);
    const box = (await canvas.boundingBox())!;
    const t = await state<ViewTransform>(page, 'transform');
    const agents = await state<{ team: 'attack' | 'defence' | 'neutral' }[]>(page, 'agents');
    const at = await Promise.all(agents.map((_, i) => page.evaluate((k) => (window as any).__onside.agentAt(k), i)));
    const onScreen = (x: number, y: number) => { const p = toScreen(t, x, y); return { x: box.x + p.x, y: box.y + p.y }; };
    // Grass: world points of the attacking half clear of everyone (5 m), each pitch or stripe green.
    const grass = Array.from({ length: 24 }, (_, k) => ({ x: 60 + (k % 6) * 7, y: 6 + Math.floor(k / 6) * 17 }))
      .filter((g) => at.every((a: { x: number; y: number }) => Math.hypot(a.x - g.x, a.y - g.y) > 5));
    expect(grass.length).toBeGreaterThanOrEqual(12);
    const greens = [hex(THEMES.dark.pitch), hex(THEMES.dark.stripe)];
    const got = await pixels(page, grass.map((g) => onScreen(g.x, g.y)));
    // Most are plain grass (a marking or a trail may cross a few).
    expect(got.filter((c) => greens.some((g) => near(c, g, 24))).length).toBeGreaterThanOrEqual(Math.ceil(grass.length * 0.75));
    // Each team's colour is drawn where its players stand (the disc centre carries the label: 40% out).
    const r = discRadius(px(await state<number>(page, 'labelPx')));
    const rims = await pixels(page, at.map((a: { x: number; y: number }) => { const c = onScreen(a.x, a.y); return { x: c.x + 0.6 * r, y: c.y }; }));
    const teams = new Set(agents.filter((a, i) => near(rims[i], hex(THEMES.dark.teams[a.team].fill), 40)).map((a) => a.team));
    expect([...teams].sort()).toEqual([...new Set(agents.map((a) => a.team))].sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('chooses its renderer by itself, and WebGL when asked, without errors', async () => {
    const auto = await open(browser, 'renderer=auto');
    // On a machine whose WebGL is software (headless Chromium here) it picks canvas 2D.
    const software = await auto.page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return !gl || /swiftshader|llvmpipe|software/i.test(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
    });
    expect(await state(auto.page, 'renderer')).toBe(software ? 'canvas' : 'webgl');
    expect(auto.errors).toEqual([]);
    await auto.page.close();
    const gl = await open(browser, 'renderer=webgl');
    expect(await state(gl.page, 'renderer')).toBe('webgl');
    expect(gl.errors).toEqual([]);
    await gl.page.close();
  });
});

describe('transport', () => {
  it('pauses, then a single step moves exactly one tick each way', async () => {
    const { page } = await open(browser);
    await pause(page);
    await settled(page);
    const t0 = await state<number>(page, 'tick');
    await page.keyboard.press('ArrowRight');
    expect(await state(page, 'tick')).toBe(t0 + 1);
    await page.keyboard.press('.');
    expect(await state(page, 'tick')).toBe(t0 + 2);
    await page.click('#step-back');
    expect(await state(page, 'tick')).toBe(t0 + 1);
    await page.keyboard.press(',');
    expect(await state(page, 'tick')).toBe(t0);
    // Stepping leaves it paused: a second later the frame is the same.
    await page.waitForTimeout(500);
    expect(await state(page, 'tick')).toBe(t0);
    expect(await page.locator('#scrub').inputValue()).toBe(String(t0));
    await page.close();
  });

  it('jumps between events, to the ends, and the scrubber seeks', async () => {
    const { page } = await open(browser);
    await pause(page);
    await page.keyboard.press('Home');
    expect(await state(page, 'tick')).toBe(0);
    const events = await state<number[]>(page, 'eventTicks');
    const first = events.find((t) => t > 0)!;
    await page.keyboard.press('Shift+ArrowRight');
    expect(await state(page, 'tick')).toBe(first);
    const second = events.find((t) => t > first)!;
    await page.keyboard.press('ArrowDown');
    expect(await state(page, 'tick')).toBe(second);
    await page.keyboard.press('ArrowUp');
    expect(await state(page, 'tick')).toBe(first);
    await page.keyboard.press('End');
    expect(await state(page, 'tick')).toBe((await state<number>(page, 'ticks')) - 1);
    await page.locator('#scrub').fill('37');
    expect(await state(page, 'tick')).toBe(37);
    await page.close();
  });

  it('plays at the chosen speed: 0.25× covers about a quarter of the ticks of 1×', async () => {
    const { page } = await open(browser, 'drill=through-pass');
    const rate = await state<number>(page, 'tickRate');
    const measure = async (speed: string) => {
      await page.locator('#speed').fill(speed);
      await page.locator('#speed').blur(); // a focused slider keeps Home and the arrows for itself
      await page.keyboard.press('Home');
      await page.keyboard.press('Space');
      const t0 = Date.now();
      await page.waitForTimeout(1000);
      const ticks = await state<number>(page, 'tick');
      const ms = Date.now() - t0;
      await pause(page);
      return ticks / ((ms / 1000) * rate); // achieved share of real time
    };
    const slow = await measure('0.25');
    const normal = await measure('1');
    // Headless frame pacing is uneven and a loaded machine drops frames, so the two speeds are
    // compared with each other, measured in the same minute: 0.25× covers about a quarter of 1×.
    expect(normal).toBeGreaterThan(0.3); // it plays
    expect(normal).toBeLessThan(1.3); // and never faster than the clock
    expect(slow / normal).toBeGreaterThan(0.15);
    expect(slow / normal).toBeLessThan(0.4);
    await page.close();
  });

  it('a hidden tab does not race ahead: a long gap between frames is dropped', async () => {
    const { page } = await open(browser);
    const before = await state<number>(page, 'tick');
    const panics = await state<number>(page, 'panics');
    // Stall the main thread for 3 s (as a background tab would): at 1× that is 150 ticks.
    await page.evaluate(() => { const end = performance.now() + 3000; while (performance.now() < end) { /* busy */ } });
    await page.waitForFunction((p) => (window as any).__onside.panics > p, panics, { timeout: 5000 });
    const after = await state<number>(page, 'tick');
    expect(after - before).toBeLessThan(60); // far fewer than the 150 a catch-up would run
    await page.close();
  });
});
