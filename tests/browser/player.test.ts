import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { outcomeWords } from '../../src/view/outcome-words';
import { verdicts } from '../../src/view/verdicts';
import { streaks } from '../../src/view/try-words';
import { mainLine, mainLinePlayed, runMargins, scenarioRunner } from '../../src/analysis/margins';
import { inOffsidePosition, outcomeClass } from '../../src/analysis/outcome-class';
import { BASE, launch, open, state } from './helpers';

// Time your run (issue 17): the player presses at the moment they would set off and the engine
// plays exactly that timing; the tries are kept (a dot on the band, a history that survives a
// reload); the Call it quiz stops at the judgment frame and scores the call; a tap works on a phone.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const inBehind = parseScenario(readFileSync('scenarios/in-behind.json', 'utf8'), 'in-behind.json');
const SEED = inBehind.seed ?? 1;

/** The class a try gets, as the analysis gives it (the sweep's and the band's). */
function classOf(given: Record<string, number>) {
  const params = paramValues(inBehind, given);
  const spec = resolveDrill(inBehind, params);
  const trace = simulate(spec, SEED, { scenario: inBehind.id, params });
  const m = runMargins(trace, spec, scenarioRunner(inBehind));
  return outcomeClass(trace.outcome.result, m.shotT !== null, mainLinePlayed(trace, inBehind, mainLine(inBehind)), inOffsidePosition(m.offsideMarginM));
}

function single(given: Record<string, number>) {
  const params = paramValues(inBehind, given);
  const trace = simulate(resolveDrill(inBehind, params), SEED, { scenario: inBehind.id, params });
  return { trace, words: outcomeWords(trace.outcome, (id) => trace.agents.find((a) => a.id === id)?.role), verdicts: verdicts(trace) };
}

const player = <T = any>(page: Page, key: string): Promise<T> => page.evaluate((k) => (window as any).__onsidePlayer[k], key);
const tick = (page: Page) => page.evaluate(() => Number(document.body.dataset.tick));

/** Unfold the player's section (folded until asked for) and pick a mode. */
async function pickMode(page: Page, mode: 'run' | 'pass' | 'quiz', how: 'click' | 'tap' = 'click'): Promise<void> {
  const button = page.locator(`.player-mode[data-mode="${mode}"]`);
  if (!(await page.locator('#player details').evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('#player summary')[how]();
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button[how]();
}

/** Start a try of the run, wait for the playhead to reach `at` s, press with `press`; the ticks around the press. */
async function tryAt(page: Page, at: number, press: () => Promise<void>, mode: 'run' | 'pass' = 'run'): Promise<{ before: number; after: number }> {
  await pickMode(page, mode);
  await page.locator('#player-start').click();
  // the try starts from the top: wait for the drawn frame to be this try's, then for the moment
  await page.waitForFunction(() => (window as any).__onsidePlayer.view.phase === 'watching' && Number(document.body.dataset.tick) < 25, undefined, { timeout: 30_000, polling: 'raf' });
  await page.waitForFunction((t) => Number(document.body.dataset.tick) >= t, Math.round(at * 50), { timeout: 30_000, polling: 'raf' });
  const before = await tick(page);
  await press();
  const after = await tick(page);
  return { before, after };
}

async function done(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as any).__onsidePlayer.view.phase === 'done', undefined, { timeout: 60_000, polling: 100 });
}

describe('time your run', () => {
  it('a press with Space sets the run start to its frame, and the run is the one `onside run` gives at that run start', async () => {
    const { page, errors } = await open(browser, 'drill=in-behind');
    await page.waitForFunction(() => (window as any).__onsideTiming?.band?.state === 'ready', undefined, { timeout: 60_000 });
    const { before, after } = await tryAt(page, 1.7, () => page.keyboard.press('Space'));
    await page.waitForFunction(() => (window as any).__onside.params.runStart < 4, undefined, { timeout: 10_000 });
    const runStart = (await state<Record<string, number>>(page, 'params')).runStart;
    const pressTick = runStart * 50;
    expect(Math.abs(pressTick - Math.round(pressTick)), 'the run start is a whole frame').toBeLessThan(1e-9);
    expect(pressTick, `pressed between frames ${before} and ${after}`).toBeGreaterThanOrEqual(before);
    expect(pressTick).toBeLessThanOrEqual(after);
    expect(await state(page, 'playing')).toBe(true); // the drill plays on
    await done(page);
    const node = single({ runStart });
    expect((await state(page, 'outcome')).result).toBe(node.trace.outcome.result);
    const view = await player(page, 'view');
    expect(view.result.words.toLowerCase()).toContain(node.words.toLowerCase());
    // placed against the window that holds in most tries
    const band = await page.evaluate(() => (window as any).__onsideTiming.band);
    const w = band.robust[0];
    const place = runStart < w.from ? /s early: / : runStart > w.to ? /s late: / : /^In the window: /;
    expect(view.result.words).toMatch(place);
    expect(view.history.tries.at(-1)).toMatchObject({ param: 'runStart', at: runStart });
    expect(await player(page, 'dots')).toEqual([{ value: runStart, cls: view.history.tries.at(-1).cls }]);
    expect(await page.locator('#window-band .wb-dot').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the tries and the dots survive a reload; the streak counts the chances in a row', async () => {
    const ctx: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE}?drill=in-behind&renderer=canvas`);
    await page.waitForFunction(() => (window as any).__onsideTiming?.band?.state === 'ready', undefined, { timeout: 60_000 });
    const ats: number[] = [];
    for (const at of [1.8, 0.4]) { // in the window, then far too early (offside)
      await tryAt(page, at, () => page.keyboard.press('Space'));
      await done(page);
      ats.push((await state<Record<string, number>>(page, 'params')).runStart);
    }
    const kept = await player(page, 'view');
    expect(kept.history.tries.map((t: any) => t.at)).toEqual(ats);
    const classes = ats.map((a) => classOf({ runStart: a }));
    expect(kept.history.tries.map((t: any) => t.cls)).toEqual(classes);
    expect(classes[1], 'far too early is offside').toBe('offside');
    expect(kept.streak).toEqual(streaks(classes.map((cls) => ({ cls }))));
    await page.reload();
    await page.waitForFunction(() => (window as any).__onsideTiming?.band?.state === 'ready', undefined, { timeout: 60_000 });
    await pickMode(page, 'run');
    await page.waitForFunction((n) => (window as any).__onsidePlayer.view.history.tries.length === n, ats.length, { timeout: 10_000 });
    expect((await player(page, 'dots')).map((d: any) => d.value)).toEqual(ats);
    const st = streaks(classes.map((cls) => ({ cls })));
    expect(await page.locator('#player-streak').textContent()).toBe(`2 tries · chances in a row now ${st.current}, best ${st.best}`);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('a tap on the pitch is the press on a phone (390 × 844, touch)', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE}?drill=in-behind&renderer=canvas`);
    await page.waitForFunction(() => (window as any).__onside?.draws > 0, undefined, { timeout: 30_000 });
    await pickMode(page, 'run', 'tap');
    await page.locator('#player-start').tap();
    await page.waitForFunction(() => Number(document.body.dataset.tick) >= 80, undefined, { timeout: 30_000, polling: 'raf' });
    await page.locator('#stage').scrollIntoViewIfNeeded(); // the column scrolls: the pitch comes before the panel
    const box = (await page.locator('#stage').boundingBox())!;
    const before = await tick(page);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const after = await tick(page);
    await page.waitForFunction(() => (window as any).__onside.params.runStart < 4, undefined, { timeout: 10_000 });
    const runStart = (await state<Record<string, number>>(page, 'params')).runStart;
    expect(runStart * 50).toBeGreaterThanOrEqual(before);
    expect(runStart * 50).toBeLessThanOrEqual(after);
    await done(page);
    expect((await state(page, 'outcome')).result).toBe(single({ runStart }).trace.outcome.result);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('time the pass', () => {
  it('the passer\'s side: the run goes as written and the press releases the pass at its frame', async () => {
    const { page, errors } = await open(browser, 'drill=in-behind&runStart=1.6');
    const { before, after } = await tryAt(page, 1.5, () => page.keyboard.press('Space'), 'pass');
    await page.waitForFunction(() => (window as any).__onside.params.passTime < 4, undefined, { timeout: 10_000 });
    const p = await state<Record<string, number>>(page, 'params');
    expect(p.runStart).toBe(1.6); // the run as it was
    expect(p.passTime * 50).toBeGreaterThanOrEqual(before);
    expect(p.passTime * 50).toBeLessThanOrEqual(after);
    await done(page);
    const node = single({ runStart: 1.6, passTime: p.passTime });
    expect((await state(page, 'outcome')).result).toBe(node.trace.outcome.result);
    expect((await player(page, 'view')).history.tries.at(-1)).toMatchObject({ param: 'passTime', at: p.passTime });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Call it', () => {
  it('stops at the judgment frame with the verdict hidden, and scores the call against the engine\'s', async () => {
    const runStart = 0.5; // far too early: offside at the pass
    const node = single({ runStart });
    const v = node.verdicts[0];
    expect(v.offside).toBe(true);
    const { page, errors } = await open(browser, `drill=in-behind&runStart=${runStart}`);
    await pickMode(page, 'quiz');
    await page.locator('#quiz-start').click();
    await page.waitForFunction(() => document.body.dataset.quiz === 'asking', undefined, { timeout: 30_000 });
    expect(await state(page, 'tick')).toBe(v.tick);
    expect(await state(page, 'playing')).toBe(false);
    expect(await page.locator('#verdict-banner').isVisible()).toBe(false);
    expect(await page.locator('#outcome').isVisible()).toBe(false);
    await page.keyboard.press('x');
    await expect.poll(() => page.locator('#quiz-result').textContent()).toBe(`Right: ${v.text}.`);
    expect(await page.locator('#quiz-score').textContent()).toBe('Called right: 1 of 1');
    expect(await page.evaluate(() => document.body.dataset.quiz)).toBe('');
    // a second call on the same question counts nothing; the next question asks again
    await page.keyboard.press('o');
    expect(await page.locator('#quiz-score').textContent()).toBe('Called right: 1 of 1');
    await page.locator('#quiz-next').click();
    await page.waitForFunction(() => document.body.dataset.quiz === 'asking', undefined, { timeout: 30_000 }); // every in-behind run has its pass judged
    const next = (await state<Record<string, number>>(page, 'params')).runStart;
    const want = single({ runStart: next }).verdicts[0];
    await page.keyboard.press(want.offside ? 'o' : 'x'); // the wrong call
    await expect.poll(() => page.locator('#quiz-result').textContent()).toBe(`Not this time: ${want.text}.`);
    expect(await page.locator('#quiz-score').textContent()).toBe('Called right: 1 of 2');
    expect(errors).toEqual([]);
    await page.close();
  });
});
