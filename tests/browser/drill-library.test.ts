import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/load';
import { BASE, launch, open, state } from './helpers';

// The drill library in the viewer: the picker grouped by theme with each drill's lesson, a
// session plan stepped through (also in presenter mode), and the printable coach's handout.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const drill = (id: string) => parseScenario(readFileSync(`scenarios/${id}.json`, 'utf8'), `${id}.json`);
/** The players of a drill's stage (or of the drill on its own): those it leaves out, and those who play only in other stages, are not drawn. */
const players = (id: string, stage?: string) => {
  const d = drill(id);
  const without = d.variations?.find((v) => v.id === stage)?.without ?? [];
  return d.agents.filter((a) => !without.includes(a.id) && (!a.stages || (stage !== undefined && a.stages.includes(stage))));
};
const plan = JSON.parse(readFileSync('sessions/crossing-and-set-pieces.json', 'utf8')) as { id: string; steps: { drill: string; stage?: string }[] };

describe('the drill library in the viewer', () => {
  it('groups the picker by theme and shows the drill\'s one-line lesson', async () => {
    const { page, errors } = await open(browser, 'drill=overlap');
    const groups = await page.locator('#drill optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
    expect(groups).toEqual(['Running in behind', 'Crossing', 'Combinations', 'Finishing', 'Set pieces', 'Games']);
    const inCrossing = await page.locator('#drill optgroup[label="Crossing"] option').allTextContents();
    expect(inCrossing.some((t) => t.endsWith(drill('overlap').title))).toBe(true);
    expect(await page.locator('#drill-lesson').textContent()).toBe(drill('overlap').lesson);
    // Every option carries its drill's lesson.
    const titles = await page.locator('#drill option').evaluateAll((os) => os.map((o) => o.getAttribute('title') ?? ''));
    expect(titles.every((t) => t.length > 20)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('steps through a session plan with N and B, in presenter mode too, opening each step\'s drill and stage', async () => {
    const { page, errors } = await open(browser, '');
    await page.selectOption('#session-select', plan.id);
    await page.waitForFunction((t) => document.querySelector('#title')?.textContent === t, drill(plan.steps[0].drill).title);
    expect(await page.locator('#session-step').textContent()).toMatch(/^1\/\d+ · Session/);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // the keys go to the page, not the list
    await page.keyboard.press('p');
    await page.waitForFunction(() => (window as any).__onside.presenter === true);
    await page.keyboard.press('n');
    const second = plan.steps[1];
    await page.waitForFunction((t) => document.querySelector('#title')?.textContent === t, drill(second.drill).title);
    expect(await state(page, 'variation')).toBe(second.stage ?? null);
    await page.keyboard.press('PageDown');
    await page.waitForFunction((t) => document.querySelector('#title')?.textContent === t, drill(plan.steps[2].drill).title);
    await page.keyboard.press('b');
    await page.waitForFunction((t) => document.querySelector('#title')?.textContent === t, drill(second.drill).title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the plan as a handout: a page per drill with its diagram, set-up, call-outs and timing', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE}?handout=${plan.id}`);
    await page.waitForSelector('#handout .page');
    const pages = page.locator('#handout .page');
    expect(await pages.count()).toBe(plan.steps.length);
    for (let k = 0; k < plan.steps.length; k++) {
      const p = pages.nth(k);
      expect(await p.locator('svg.diagram circle').count()).toBeGreaterThanOrEqual(players(plan.steps[k].drill, plan.steps[k].stage).length);
      expect(await p.locator('p.lesson').textContent()).toBe(drill(plan.steps[k].drill).lesson);
      expect(await p.locator('li').count()).toBeGreaterThanOrEqual(3);
    }
    // Printed, each drill starts a new page.
    await page.emulateMedia({ media: 'print' });
    expect(await pages.nth(1).evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
    expect(await page.locator('.handout-bar').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    // An unknown plan is said in words, never run as markup.
    await page.goto(`${BASE}?handout=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await page.waitForSelector('.handout .notice');
    expect(await page.locator('.handout img').count()).toBe(0);
    expect(await page.locator('.handout .notice').textContent()).toMatch(/^No session plan "<img src=x/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
