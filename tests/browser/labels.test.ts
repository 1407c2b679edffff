import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { px } from '../../src/render/coords';
import { OKABE_ITO, THEMES } from '../../src/render/palette';
import { discRadius } from '../../src/render/sizes';
import { boxOverDisc, numberBox, type Box } from '../../src/view/label-place';
import { BASE, launch, open, pixels, settled, state } from './helpers';

// Labels on the judgment frame (issue 16): the verdict, the race, the ghost and the freeze
// frame's margins never overlap one another and never cover a player's number. The boxes are
// the scene's own placement; the numbers are worked out here from the recorded positions.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const DRILLS = readdirSync('scenarios').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

interface Label { id: string; text: string; box: Box; leader: boolean }

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Every player's number box on screen (canvas px), from the model's positions at the frame. */
async function numberBoxes(page: Page): Promise<{ label: string; box: Box; x: number; y: number; r: number }[]> {
  const agents = await state<{ label: string }[]>(page, 'agents');
  const r = discRadius(px(await state<number>(page, 'labelPx')));
  const out = [];
  for (let i = 0; i < agents.length; i++) {
    const c = await page.evaluate((k) => { const o = (window as any).__onside; const a = o.agentAt(k); return o.worldToScreen(a.x, a.y); }, i);
    out.push({ label: agents[i].label, box: numberBox({ x: c.x, y: c.y, r }), x: c.x, y: c.y, r });
  }
  return out;
}

async function labelsAt(page: Page): Promise<Label[]> {
  await settled(page);
  return page.evaluate(() => (window as any).__onside.labels());
}

/** The placement's promises, checked on the frame on screen. */
async function checkFrame(page: Page, where: string): Promise<Label[]> {
  const labels = await labelsAt(page);
  const numbers = await numberBoxes(page);
  const t = await state<{ width: number; height: number }>(page, 'transform');
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i];
    expect(a.box.x >= 0 && a.box.y >= 0 && a.box.x + a.box.w <= t.width && a.box.y + a.box.h <= t.height, `${where}: ${a.id} on the canvas`).toBe(true);
    for (let j = i + 1; j < labels.length; j++) {
      expect(overlap(a.box, labels[j].box), `${where}: "${a.text}" and "${labels[j].text}" overlap`).toBe(false);
    }
    for (const n of numbers) expect(overlap(a.box, n.box), `${where}: "${a.text}" covers number ${n.label}`).toBe(false);
  }
  // The race's ring where the winner meets the ball stays visible: no label on it.
  const tick = await state<number>(page, 'tick');
  const race = await page.evaluate((k) => (window as any).__onsideTiming.raceAt(k), tick);
  const win = race?.entries.find((e: { index: number }) => e.index === race.winner);
  if (win) {
    const c = await page.evaluate(([x, y]) => (window as any).__onside.worldToScreen(x, y), [win.x, win.y]);
    const ring = { x: c.x, y: c.y, r: discRadius(px(await state<number>(page, 'labelPx'))) * 0.85 };
    for (const a of labels) expect(boxOverDisc(a.box, ring), `${where}: "${a.text}" covers the race's ring`).toBe(false);
  }
  return labels;
}

describe('labels on the judgment frame', () => {
  it("corner-back-post's flick-on: the verdict beside the flick keeps off the race's ring (it covered it once)", async () => {
    const { page } = await open(browser, 'drill=corner-back-post&stage=flick-on&seed=17&tick=203', { width: 1920, height: 1080 });
    await page.waitForFunction(() => (window as any).__onside?.draws > 0 && (window as any).__onside.tick === 203);
    const labels = await checkFrame(page, 'corner-back-post flick-on at tick 203');
    expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(['verdict', 'race']));
    await page.close();
  });

  it('of every drill: the verdict shown, no two labels overlapping, none over a number', async () => {
    expect(DRILLS.length).toBeGreaterThanOrEqual(6);
    const page = (await open(browser, `drill=${DRILLS[0]}`, { width: 1366, height: 768 })).page;
    let frames = 0;
    for (const id of DRILLS) {
      await page.goto(`${BASE}?renderer=canvas&drill=${id}`);
      await page.waitForFunction(() => (window as any).__onside?.draws > 0);
      const verdicts = await state<{ tick: number; text: string; offside: boolean; exempt: boolean; marginM: number }[]>(page, 'verdicts');
      // A drill with offside off has no judgment: the frame its first pass or cross is played on.
      const events = await state<{ tick: number; type: string }[]>(page, 'events');
      const play = events.find((e) => e.type === 'pass' || e.type === 'cross');
      // A clear onside call (over 3 m) is not the drill's lesson: no tag on the pitch for it; a
      // restart's exemption is (a corner's "no offside from a corner").
      const frameTicks = verdicts.length ? verdicts.map((v) => ({ tick: v.tick, text: v.offside || v.exempt || v.marginM <= 3 ? v.text : '' })) : play ? [{ tick: play.tick, text: '' }] : [];
      expect(frameTicks.length, `${id} has a pass to judge`).toBeGreaterThan(0);
      for (const v of frameTicks) {
        await page.goto(`${BASE}?renderer=canvas&drill=${id}&tick=${v.tick}`);
        await page.waitForFunction((k) => (window as any).__onside?.draws > 0 && (window as any).__onside.tick === k, v.tick);
        const labels = await checkFrame(page, `${id} at tick ${v.tick}`);
        if (v.text) expect(labels.find((l) => l.id === 'verdict')?.text, `${id}: the verdict is on the pitch`).toContain(v.text);
        else expect(labels.map((l) => l.id), `${id}: no verdict tag for a clear onside call`).not.toContain('verdict');
        frames++;
      }
    }
    expect(frames).toBeGreaterThanOrEqual(DRILLS.length); // every drill has its frame checked
    await page.close();
  });

  it('on a phone too (390 × 844): the judgment frames of in-behind and the end-zone game', async () => {
    for (const id of ['in-behind', 'end-zone-game']) {
      const { page } = await open(browser, `drill=${id}`, { width: 390, height: 844 });
      const [v] = await state<{ tick: number }[]>(page, 'verdicts');
      await page.goto(`${BASE}?renderer=canvas&drill=${id}&tick=${v.tick}`);
      await page.waitForFunction(() => (window as any).__onside?.draws > 0);
      const labels = await checkFrame(page, `${id} on a phone`);
      expect(labels.length).toBeGreaterThanOrEqual(1);
      await page.close();
    }
  });

  it('with a pinned ghost and the race: three labels kept apart, the ghost\'s away from the live verdict', async () => {
    const { page, errors } = await open(browser, 'drill=in-behind', { width: 1366, height: 768 });
    const [v] = await state<{ tick: number }[]>(page, 'verdicts');
    await page.goto(`${BASE}?renderer=canvas&drill=in-behind&tick=${v.tick}`);
    await page.waitForFunction(() => (window as any).__onside?.draws > 0);
    await page.keyboard.press('g'); // pin this run
    await page.locator('input[data-param="runStart"]').fill('1.8');
    await page.waitForFunction(() => (window as any).__onside.params.runStart === 1.8);
    const [w] = await state<{ tick: number }[]>(page, 'verdicts');
    await page.locator('#scrub').fill(String(w.tick));
    await page.waitForFunction((k) => (window as any).__onside.tick === k, w.tick);
    const labels = await checkFrame(page, 'in-behind with a ghost');
    const ids = labels.map((l) => l.id);
    expect(ids).toContain('verdict');
    expect(ids).toContain('ghost');
    expect(ids).toContain('race');
    expect(labels.find((l) => l.id === 'race')!.text).toMatch(/^\d+ gets there (\d+\.\d s before \d+|unchallenged)$/);
    // The race's words are a layer of their own: off, they go (the verdict and the ghost stay).
    await page.locator('#layers summary').click();
    await page.locator('input[data-layer="raceTags"]').uncheck();
    expect((await labelsAt(page)).map((l) => l.id).sort()).toEqual(['ghost', 'verdict']);
    await page.locator('input[data-layer="raceTags"]').check();
    expect((await labelsAt(page)).map((l) => l.id)).toContain('race');
    // Presenting, they are off whatever the box says.
    await page.keyboard.press('p');
    await page.waitForFunction(() => (window as any).__onside.presenter === true);
    expect((await labelsAt(page)).map((l) => l.id)).not.toContain('race');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in a screenshot: the tags are drawn where the placement says, and every disc shows round its number', async () => {
    const { page } = await open(browser, 'drill=end-zone-game', { width: 1366, height: 768 });
    const [v] = await state<{ tick: number }[]>(page, 'verdicts');
    await page.goto(`${BASE}?renderer=canvas&drill=end-zone-game&tick=${v.tick}`);
    await page.waitForFunction(() => (window as any).__onside?.draws > 0);
    const labels = await checkFrame(page, 'end-zone-game');
    expect(labels.length).toBeGreaterThanOrEqual(1);
    const canvas = (await page.locator('#pitch').boundingBox())!;
    const bg = THEMES.dark.tagBg;
    const hex = (c: number) => [(c >> 16) & 255, (c >> 8) & 255, c & 255];
    const near = (a: number[], c: number, tol: number) => hex(c).every((x, k) => Math.abs(x - a[k]) <= tol);
    // Inside each tag, just within its rounded edge: the tag's background.
    const inTags = await pixels(page, labels.map((l) => ({ x: canvas.x + l.box.x + 4 + l.box.h * 0.15, y: canvas.y + l.box.y + l.box.h - 5 })));
    inTags.forEach((p, k) => expect(near(p, bg, 40), `tag "${labels[k].text}" drawn at its box: ${p}`).toBe(true));
    // Each disc keeps its colour beside its number (left or right of it): no tag lies there.
    const numbers = await numberBoxes(page);
    const fills = [OKABE_ITO.skyBlue, OKABE_ITO.orange, OKABE_ITO.purple];
    const sides = await pixels(page, numbers.flatMap((n) => [{ x: canvas.x + n.x - 0.8 * n.r, y: canvas.y + n.y }, { x: canvas.x + n.x + 0.8 * n.r, y: canvas.y + n.y }]));
    numbers.forEach((n, k) => {
      const seen = [sides[2 * k], sides[2 * k + 1]];
      expect(seen.some((p) => fills.some((f) => near(p, f, 40))), `disc ${n.label} shows its colour: ${JSON.stringify(seen)}`).toBe(true);
    });
    await page.close();
  });
});
