import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, launch } from './helpers';

// The lesson readable on every screen (issue 16), measured from the page: a phone held upright
// and on its side (touch), a laptop and a projector in presenter mode.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

interface Screen { width: number; height: number; touch: boolean }
const PHONE: Screen = { width: 390, height: 844, touch: true };
const PHONE_SIDE: Screen = { width: 844, height: 390, touch: true };
const LAPTOP: Screen = { width: 1366, height: 768, touch: false };
const PROJECTOR: Screen = { width: 1920, height: 1080, touch: false };

async function openAt(s: Screen, query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: s.width, height: s.height }, isMobile: s.touch, hasTouch: s.touch });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${BASE}?renderer=canvas&${query}`);
  await page.waitForFunction(() => (window as any).__onside?.draws > 0, undefined, { timeout: 30_000 });
  return { page, errors };
}

/** Page boxes (CSS px, relative to the viewport) of what a selector matches. */
async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().evaluate((e) => { const r = e.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; });
  return b;
}

/** Every control a finger may press, shown on the page: its name and size. */
async function touchTargets(page: Page) {
  return page.evaluate(() => {
    const out: { name: string; w: number; h: number }[] = [];
    for (const e of document.querySelectorAll<HTMLElement>('button, select, input, summary')) {
      if (e instanceof HTMLInputElement && (e.type === 'file' || e.type === 'hidden')) continue;
      // A checkbox is pressed through its label.
      const target = e instanceof HTMLInputElement && e.type === 'checkbox' ? e.closest('label') ?? e : e;
      const r = target.getBoundingClientRect();
      const cs = getComputedStyle(target);
      if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || e.closest('[hidden], details:not([open]) > :not(summary)')) continue;
      out.push({ name: e.id || e.getAttribute('aria-label') || e.className || e.textContent?.slice(0, 20) || e.tagName, w: r.width, h: r.height });
    }
    return out;
  });
}

async function bandReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as any).__onsideTiming?.band.state === 'ready', undefined, { timeout: 30_000 });
}

describe('a phone held upright (390 × 844, touch)', () => {
  it('is one scrolling column: the result, the pitch, the band, the sliders, the map', async () => {
    const { page, errors } = await openAt(PHONE, 'drill=in-behind');
    await bandReady(page);
    const result = await box(page, '.result');
    const stage = await box(page, '#stage');
    const band = await box(page, '#window-band');
    const slider = await box(page, '#sliders input[type="range"]');
    const map = await box(page, '#timing-map');
    expect(result.y).toBeLessThan(stage.y);
    expect(stage.y + stage.h).toBeLessThanOrEqual(band.y + 1);
    expect(band.y + band.h).toBeLessThanOrEqual(slider.y);
    expect(slider.y).toBeLessThan(map.y);
    // Each of them the column's width (not a 30 px strip), the pitch a real picture.
    for (const [name, b] of [['stage', stage], ['band', band], ['slider', slider], ['map', map]] as const) {
      expect(b.w, name).toBeGreaterThan(0.8 * PHONE.width);
    }
    expect(stage.h).toBeGreaterThan(0.4 * PHONE.height);
    // Nothing wider than the phone: the page scrolls down, never sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const wide = await page.evaluate((w) => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 0.5).map((e) => `${e.tagName}#${e.id}`), PHONE.width);
    expect(wide).toEqual([]);
    // One line of cue text: the cue box no taller than one line of its type.
    const cue = await page.locator('#cues').evaluate((e) => ({ h: e.getBoundingClientRect().height, line: parseFloat(getComputedStyle(e.querySelector('.cue') ?? e).lineHeight) }));
    expect(cue.line).toBeGreaterThan(0);
    expect(cue.h).toBeLessThanOrEqual(cue.line * 1.3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('every button, list, slider and box is at least 44 px each way', async () => {
    const { page } = await openAt(PHONE, 'drill=in-behind');
    await bandReady(page);
    await page.locator('#diagnostics summary').click(); // open the details too: their controls count
    const targets = await touchTargets(page);
    expect(targets.length).toBeGreaterThan(20); // the top bar, transport, sliders, events, exports
    const small = targets.filter((t) => t.w < 44 - 0.5 || t.h < 44 - 0.5);
    expect(small, JSON.stringify(small)).toEqual([]);
    // The band is pressed too (a tap plays that timing): as tall as a button.
    expect((await box(page, '#window-band .wb-track')).h).toBeGreaterThanOrEqual(44 - 0.5);
    await page.close();
  });
});

describe('a phone held upright, presenting', () => {
  it('gives the pitch most of the screen, the band and the strip under it', async () => {
    const { page, errors } = await openAt(PHONE, 'drill=end-zone-game&present=1');
    await bandReady(page);
    const stage = await box(page, '#stage');
    const band = await box(page, '#window-band .wb-track');
    const strip = await box(page, '#timing-strip');
    expect(stage.h).toBeGreaterThan(0.6 * PHONE.height);
    expect(stage.y + stage.h).toBeLessThanOrEqual(band.y);
    expect(strip.y + strip.h).toBeLessThanOrEqual(PHONE.height);
    // Labels sized from the width on a screen taller than wide: 3% of 1.2 × 390 px, at least 14 px.
    expect(await page.evaluate(() => (window as any).__onside.labelPx)).toBe(14);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a phone on its side (844 × 390, touch)', () => {
  it('keeps the pitch whole on the screen once scrolled to, and 44 px targets', async () => {
    const { page } = await openAt(PHONE_SIDE, 'drill=in-behind');
    await page.locator('#stage').scrollIntoViewIfNeeded();
    const stage = await box(page, '#stage');
    expect(stage.h).toBeGreaterThan(0.6 * PHONE_SIDE.height);
    expect(stage.h).toBeLessThanOrEqual(PHONE_SIDE.height);
    const small = (await touchTargets(page)).filter((t) => t.w < 44 - 0.5 || t.h < 44 - 0.5);
    expect(small, JSON.stringify(small)).toEqual([]);
    await page.close();
  });

  it('presenter mode shows the pitch, the band and the strip on the screen', async () => {
    const { page } = await openAt(PHONE_SIDE, 'drill=in-behind');
    await bandReady(page);
    await page.keyboard.press('p');
    await page.waitForFunction(() => (window as any).__onside.presenter === true);
    const stage = await box(page, '#stage');
    const band = await box(page, '#window-band');
    const strip = await box(page, '#timing-strip');
    expect(stage.h).toBeGreaterThan(120);
    expect(stage.y + stage.h).toBeLessThanOrEqual(band.y + 1);
    expect(strip.y + strip.h).toBeLessThanOrEqual(PHONE_SIDE.height);
    await page.close();
  });
});

describe('a laptop (1366 × 768)', () => {
  it('shows the result, every slider and the band without scrolling', async () => {
    const { page } = await openAt(LAPTOP, 'drill=in-behind');
    await bandReady(page);
    const panel = await box(page, '#panel');
    const bottom = Math.min(LAPTOP.height, panel.y + panel.h);
    const result = await box(page, '.result');
    expect(result.y + result.h).toBeLessThanOrEqual(bottom);
    const sliders = await page.locator('#sliders input[type="range"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom));
    expect(sliders.length).toBe(6); // in-behind's six timings
    for (const b of sliders) expect(b).toBeLessThanOrEqual(bottom);
    const band = await box(page, '#window-band .wb-track');
    expect(band.y + band.h).toBeLessThanOrEqual(LAPTOP.height);
    expect(band.y).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(LAPTOP.height);
    await page.close();
  });
});

describe('a projector (1920 × 1080), presenter mode', () => {
  it('keeps the band and the "Run · Pass" strip with the mouse still, the pitch whole, the cues uncovered', async () => {
    const { page, errors } = await openAt(PROJECTOR, 'drill=in-behind&present=1');
    await bandReady(page);
    await page.mouse.move(300, 300);
    // Awake: the top bar does not lie over the captions.
    const bar = await box(page, '.bar.top');
    const captions = await box(page, '#captions');
    expect(bar.y + bar.h).toBeLessThanOrEqual(captions.y + 1);
    await page.waitForFunction(() => document.getElementById('app')!.classList.contains('idle'), undefined, { timeout: 6000 });
    await page.waitForFunction(() => getComputedStyle(document.getElementById('play')!).visibility === 'hidden', undefined, { timeout: 3000 });
    const visible = (sel: string) => page.locator(sel).evaluate((e) => getComputedStyle(e).visibility === 'visible' && getComputedStyle(e).opacity !== '0' && e.getBoundingClientRect().height > 0);
    expect(await visible('#window-band')).toBe(true);
    expect(await visible('#timing-strip')).toBe(true);
    const strip = (await page.locator('#timing-strip').textContent()) ?? '';
    expect(strip).toMatch(/^Run \d+\.\d s · Pass \d+\.\d s$/);
    const band = await box(page, '#window-band .wb-track');
    const stripBox = await box(page, '#timing-strip');
    const stage = await box(page, '#stage');
    expect(band.h).toBeGreaterThanOrEqual(30); // large: read from the back of a room
    expect(stripBox.y + stripBox.h).toBeLessThanOrEqual(PROJECTOR.height);
    expect(stage.y + stage.h).toBeLessThanOrEqual(band.y); // the pitch ends above the band
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the keyboard alone', () => {
  it('steps the band\'s timing, picks and plays a cell of the map, and measures between two players', async () => {
    const { page, errors } = await openAt(LAPTOP, 'drill=in-behind');
    await bandReady(page);
    await page.waitForFunction(() => (window as any).__onsideTiming?.map.state === 'done', undefined, { timeout: 30_000 });
    const step = Number(await page.locator('input[data-param="runStart"]').getAttribute('step'));
    const before = (await page.evaluate(() => (window as any).__onside.params)).runStart as number;
    const track = page.locator('#window-band .wb-track');
    await track.focus();
    expect(await track.getAttribute('aria-valuetext')).toMatch(/^\d+(\.\d+)? seconds?: /);
    const tick = await page.evaluate(() => (window as any).__onside.tick);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((v) => (window as any).__onside.params.runStart !== v, before);
    expect((await page.evaluate(() => (window as any).__onside.params)).runStart).toBeCloseTo(before + step, 9);
    expect(await page.evaluate(() => (window as any).__onside.tick)).not.toBe(tick + 1); // the key moved the timing, not the frame
    await page.keyboard.press('Home');
    await page.waitForFunction(() => (window as any).__onside.params.runStart === 0);
    // The map: arrows move the picked cell from the current timing, Enter plays it.
    const canvas = page.locator('#timing-map canvas');
    await canvas.focus();
    const p0 = await page.evaluate(() => (window as any).__onside.params);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('#timing-map .tm-readout').textContent()).toMatch(/press Enter to play it/);
    await page.keyboard.press('Enter');
    await page.waitForFunction((p) => { const q = (window as any).__onside.params; return q.runStart !== p.runStart && q.passTime !== p.passTime; }, p0);
    const p1 = await page.evaluate(() => (window as any).__onside.params);
    expect(p1.runStart).toBeGreaterThan(p0.runStart);
    expect(p1.passTime).toBeGreaterThan(p0.passTime);
    // Measuring: M, then the ends as buttons.
    await page.locator('body').focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('m');
    await page.locator('.insp-ends button[data-end="ball"]').focus();
    await page.keyboard.press('Enter');
    const nine = (await page.evaluate(() => (window as any).__onside.agents)).find((a: any) => a.label === '9').id;
    await page.locator(`.insp-ends button[data-end="${nine}"]`).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-testid="measure"]').textContent()).toMatch(/Distance \d+\.\d\d m/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
