import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../../src/analysis/sweep';
import { parseScenario } from '../../src/scenario/load';
import { BASE, launch, open, state } from './helpers';

// One state, one door: the drift the viewer had when it kept its state in many objects. The link
// and the address come from the same state; caches follow a drill's content, never its id; undo.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const timing = <T = any>(page: Page, key: string): Promise<T> => page.evaluate((k) => (window as any).__onsideTiming[k], key);

describe('the link and the address agree', () => {
  it('T, then Copy link: the link carries the light theme, and so does the address bar', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await ctx.newPage();
    await page.goto(`${BASE}?drill=through-pass&renderer=canvas`);
    await page.waitForFunction(() => (window as any).__onside?.draws > 0);
    await page.keyboard.press('t');
    expect(await state(page, 'theme')).toBe('light');
    await page.locator('#copy-link').click();
    await expect.poll(() => page.getByTestId('copy-status').textContent()).toBe('Link copied ✓');
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.searchParams.get('theme')).toBe('light');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('theme') === 'light', undefined, { timeout: 5_000 });
    // Back to dark: both drop it again (dark is the default, so neither names it).
    await page.keyboard.press('t');
    await page.locator('#copy-link').click();
    await expect.poll(async () => new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.has('theme')).toBe(false);
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('theme'), undefined, { timeout: 5_000 });
    // The link opens the same picture: drill, seed, frame and theme.
    const again = await ctx.newPage();
    await page.keyboard.press('t');
    await page.locator('#copy-link').click();
    await expect.poll(async () => new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.get('theme')).toBe('light');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    await again.goto(url.includes('renderer=') ? url : `${url}&renderer=canvas`);
    await again.waitForFunction(() => (window as any).__onside?.draws > 0);
    expect(await state(again, 'theme')).toBe('light');
    expect(await state(again, 'playing')).toBe(false);
    expect(await state(again, 'tick')).toBe(Number(new URL(url).searchParams.get('tick')));
    await ctx.close();
  });
});

describe('caches follow the content, not the id', () => {
  it('an edited copy of a bundled drill (same id) opened from a file gets its own band, not the old drill\'s', async () => {
    const { page, errors } = await open(browser, 'drill=in-behind');
    await page.waitForFunction(() => (window as any).__onsideTiming?.band.state === 'ready', undefined, { timeout: 30_000, polling: 50 });
    const before = await timing(page, 'band');
    const jobs = (await timing(page, 'stats')).bandJobs;
    // The same drill, same id and timings, with a shorter duration (6 s, not 9): late runs now time
    // out, while the run start still decides the rest (at 5 s every run would time out).
    const text = readFileSync('scenarios/in-behind.json', 'utf8');
    const edited = text.replace('"duration": 9', '"duration": 6');
    expect(edited).not.toBe(text);
    await page.setInputFiles('#file-input', { name: 'in-behind.json', mimeType: 'application/json', buffer: Buffer.from(edited) });
    await page.waitForFunction((n) => {
      const t = (window as any).__onsideTiming;
      return t.stats.bandJobs > n && t.band.state === 'ready';
    }, jobs, { timeout: 30_000, polling: 50 });
    expect(await state(page, 'drill')).toBe('in-behind');
    const after = await timing(page, 'band');
    // The band is the sweep Node computes for the edited drill, cell for cell, and not the old one.
    const s = parseScenario(edited, 'in-behind.json');
    const node = sweep(s, { vary: [{ name: 'runStart', from: 0, to: 4, step: 0.05 }], seed: s.seed ?? 1 });
    expect(after.param).toBe('runStart');
    expect(after.cells.map((c: any) => [c.values.runStart, c.outcome])).toEqual(node.cells.map((c) => [c.values.runStart, c.outcome]));
    expect(after.cells.map((c: any) => c.outcome)).not.toEqual(before.cells.map((c: any) => c.outcome));
    expect(after.cells.map((c: any) => c.outcome)).toContain('timeout');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('undo and redo', () => {
  it('Ctrl+Z takes back a seed and a stage, Ctrl+Shift+Z and the buttons bring them back', async () => {
    const { page, errors } = await open(browser, 'drill=in-behind');
    const seed0 = await state(page, 'seed');
    expect(await page.locator('#undo').isDisabled()).toBe(true);
    await page.locator('#seed').fill('77');
    await page.locator('#seed').press('Enter');
    await page.waitForFunction(() => (window as any).__onside.seed === 77);
    const stages = await page.locator('#stage-select option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(stages.length).toBeGreaterThan(0); // in-behind has stages (else this test sees nothing)
    await page.locator('#stage-select').selectOption(stages[0]);
    await page.waitForFunction((v) => (window as any).__onside.variation === v, stages[0]);
    await page.locator('#pitch').click({ position: { x: 5, y: 5 } }); // focus off the list: the keys are the viewer's
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => (window as any).__onside.variation === null);
    expect(await state(page, 'seed')).toBe(77);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((s) => (window as any).__onside.seed === s, seed0);
    expect(await page.locator('#seed').inputValue()).toBe(String(seed0));
    expect(await page.locator('#undo').isDisabled()).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() => (window as any).__onside.seed === 77);
    await page.locator('#redo').click();
    await page.waitForFunction((v) => (window as any).__onside.variation === v, stages[0]);
    expect(await page.locator('#stage-select').inputValue()).toBe(stages[0]);
    expect(await page.locator('#redo').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a slider drag is one step: one undo puts the slider back where the drag began', async () => {
    const { page, errors } = await open(browser, 'drill=through-pass');
    const slider = page.locator('input[data-param="passSpeed"]');
    await slider.scrollIntoViewIfNeeded();
    const start = (await state<Record<string, number>>(page, 'params')).passSpeed;
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    for (let k = 1; k <= 6; k++) await page.mouse.move(box.x + box.width * (0.5 - k * 0.05), y);
    await page.mouse.up();
    const dragged = (await state<Record<string, number>>(page, 'params')).passSpeed;
    expect(dragged).not.toBe(start);
    expect((await state(page, 'state')).run.given.passSpeed).toBe(dragged);
    await page.locator('#undo').click();
    await page.waitForFunction((v) => (window as any).__onside.params.passSpeed === v, start);
    expect(Number(await slider.inputValue())).toBe(start);
    expect(await page.locator('#undo').isDisabled()).toBe(true); // the whole drag was one step
    expect(errors).toEqual([]);
    await page.close();
  });
});
