import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { runWords } from '../../src/view/outcome-style';
import { BASE, launch, open, pause, settled, state } from './helpers';

// Sliders re-simulate, links reproduce a frame, hostile links are refused, shortcuts work.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const throughPass = parseScenario(readFileSync('scenarios/through-pass.json', 'utf8'), 'through-pass.json');

/** The outcome in words of a run computed here in Node, independently of the page. */
function expectedOutcome(given: Record<string, number>): string {
  const v = paramValues(throughPass, given);
  const spec = resolveDrill(throughPass, v);
  const tr = simulate(spec, throughPass.seed ?? 1, { scenario: throughPass.id, params: v });
  return runWords({ trace: tr, spec, scenario: throughPass });
}

describe('trying timings', () => {
  it('moving a slider re-simulates and the outcome text changes to what the model says', async () => {
    const base = expectedOutcome({});
    // The first of these settings that changes the result (the engine decides; we only look).
    const candidates: [string, number][] = [['passTime', 0], ['runStart', 3], ['passLead', 0], ['passSpeed', 8], ['passTime', 3]];
    const pick = candidates.find(([n, v]) => expectedOutcome({ [n]: v }) !== base);
    expect(pick, 'some setting of through-pass changes its outcome').toBeDefined();
    const [name, value] = pick!;
    const { page, errors } = await open(browser, 'drill=through-pass');
    expect(await page.locator('#outcome').textContent()).toBe(base);
    await page.locator(`input[data-param="${name}"]`).fill(String(value));
    expect(await state<Record<string, number>>(page, 'params')).toMatchObject({ [name]: value });
    expect(await page.locator('#outcome').textContent()).toBe(expectedOutcome({ [name]: value }));
    expect(await page.locator('#outcome').textContent()).not.toBe(base);
    expect(await state<number>(page, 'simMs')).toBeLessThan(250); // "at once": well under a frame budget of a few
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('dragging and settings', () => {
  it('a slider dragged with the mouse re-simulates as it moves and stays under the pointer', async () => {
    const { page, errors } = await open(browser, 'drill=through-pass');
    const slider = page.locator('input[data-param="passSpeed"]');
    await slider.evaluate((e) => { (e as any).__marked = true; });
    // The band and the map fill in above the sliders and move them down: measure once they have.
    await page.waitForFunction(() => { const t = (window as any).__onsideTiming; return t?.band.state === 'ready' && (t?.map.state === 'done' || document.getElementById('timing-map')?.hidden === true); }, undefined, { timeout: 30_000 });
    await slider.scrollIntoViewIfNeeded(); // the panel scrolls at 1280×720 (the timing map sits above the sliders)
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    const seen = new Set<number>();
    for (let k = 0; k <= 10; k++) {
      await page.mouse.move(box.x + box.width * (0.5 - k * 0.045), y);
      seen.add((await state<Record<string, number>>(page, 'params')).passSpeed);
    }
    await page.mouse.up();
    expect(seen.size).toBeGreaterThan(5); // a new run at every step of the drag
    expect(Math.min(...seen)).toBeLessThan(throughPass.params!.passSpeed.default - 3);
    expect(await slider.evaluate((e) => (e as any).__marked)).toBe(true); // the same element throughout
    const value = (await state<Record<string, number>>(page, 'params')).passSpeed;
    expect(Number(await slider.inputValue())).toBe(value);
    expect(await page.locator('#outcome').textContent()).toBe(expectedOutcome({ passSpeed: value }));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a stage sets its parameters; the seed can be changed; both go into the link', async () => {
    const staged = readdirSync('scenarios').map((f) => {
      try { return parseScenario(readFileSync(`scenarios/${f}`, 'utf8'), f); } catch { return undefined; }
    }).find((x) => x?.variations?.some((v) => Object.keys(v.set ?? {}).length > 0));
    if (!staged) return expect.fail('no drill with a stage that sets parameters');
    const stage = staged.variations!.find((v) => Object.keys(v.set ?? {}).length > 0)!;
    const { page, errors } = await open(browser, `drill=${staged.id}`);
    await page.selectOption('#stage-select', stage.id);
    expect(await state(page, 'variation')).toBe(stage.id);
    const params = await state<Record<string, number>>(page, 'params');
    for (const [k, v] of Object.entries(stage.set!)) {
      expect(params[k]).toBe(v);
      expect(Number(await page.locator(`input[data-param="${k}"]`).inputValue())).toBe(v);
    }
    await page.locator('#seed').fill('12345');
    await page.locator('#seed').press('Enter');
    await page.locator('#seed').blur();
    expect(await state(page, 'seed')).toBe(12345);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('seed') === '12345');
    expect(new URL(page.url()).searchParams.get('stage')).toBe(stage.id);
    await page.locator('#seed').fill('-3');
    await page.locator('#seed').blur();
    expect(await state(page, 'seed')).toBe(12345); // refused, with a notice
    expect((await page.locator('#notices').textContent()) ?? '').toMatch(/Seed "-3"/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('links', () => {
  it('the address round-trips to the same frame, paused there', async () => {
    const { page } = await open(browser, 'drill=through-pass');
    await page.locator('input[data-param="passSpeed"]').fill('15');
    await pause(page);
    await page.locator('#scrub').fill('80');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('tick') === '81');
    const url = page.url();
    const ball = await page.evaluate(() => (window as any).__onside.ballAt());
    const outcome = await page.locator('#outcome').textContent();
    const { page: again, errors } = await open(browser, url.slice(url.indexOf('?')));
    expect(await state(again, 'tick')).toBe(81);
    expect(await state(again, 'playing')).toBe(false);
    expect(await state(again, 'drill')).toBe('through-pass');
    expect((await state<Record<string, number>>(again, 'params')).passSpeed).toBe(15);
    expect(await again.evaluate(() => (window as any).__onside.ballAt())).toEqual(ball); // bit for bit
    expect(await again.locator('#outcome').textContent()).toBe(outcome);
    expect(await again.locator('#notices .notice').count()).toBe(0);
    await again.waitForTimeout(300);
    expect(await state(again, 'tick')).toBe(81); // still paused
    expect(errors).toEqual([]);
    await page.close();
    await again.close();
  });

  it('a garbled or hostile address falls back to defaults with a notice, and runs nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const hostile = new URLSearchParams({
      renderer: 'canvas',
      drill: '<script>window.__pwned=1</script>',
      seed: '1e309',
      tick: '<img src=x onerror="window.__pwned=2">',
      passSpeed: 'javascript:alert(1)',
      runStart: '99999999',
      '<b>x</b>': '"><svg onload=alert(3)>',
    });
    await page.goto(`${BASE}?${hostile.toString()}`);
    await page.waitForFunction(() => (window as any).__onside?.draws > 0, undefined, { timeout: 30_000 });
    await page.waitForTimeout(300);
    const notices = await page.locator('#notices .notice').allTextContents();
    expect(notices.join('\n')).toMatch(/Unknown drill/);
    expect(notices.join('\n')).toMatch(/Seed/);
    expect(notices.join('\n')).toMatch(/Pass speed/);
    expect(notices.join('\n')).toMatch(/Run start/);
    expect(notices.join('\n')).toMatch(/<script>/); // quoted as text, visibly
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('#notices script, #notices img, #notices svg, #notices b').count()).toBe(0);
    expect(await page.locator('[onerror], [onload], script:not([src])').count()).toBe(0); // nothing inserted as markup
    // Defaults in force: the first drill, its seed and parameter defaults, playing from the start.
    const first = (await page.locator('#drill option').first().textContent())!.replace(/^1\. /, '');
    expect(await page.locator('#title').textContent()).toBe(first);
    const params = await state<Record<string, number>>(page, 'params');
    const drill = await state<string>(page, 'drill');
    const s = parseScenario(readFileSync(`scenarios/${drill}.json`, 'utf8'), drill);
    for (const [k, p] of Object.entries(s.params ?? {})) expect(params[k]).toBe(p.default);
    expect(await state(page, 'seed')).toBe(s.seed ?? 1);
    expect(await state(page, 'playing')).toBe(true);
    await page.close();
  });
});

describe('keyboard and drills', () => {
  it('shortcuts: Space, L, T, F, P, Esc, [ ] and number keys', async () => {
    const { page, errors } = await open(browser);
    await page.keyboard.press('Space');
    expect(await state(page, 'playing')).toBe(false);
    await page.keyboard.press('Space');
    expect(await state(page, 'playing')).toBe(true);
    await page.keyboard.press('l');
    expect(await state(page, 'loop')).toBe(true);
    await page.keyboard.press('t');
    expect(await state(page, 'theme')).toBe('light');
    expect(await page.locator('#app').getAttribute('class')).toContain('theme-light');
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.keyboard.press('p');
    expect(await state(page, 'presenter')).toBe(true);
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await page.locator('#panel').isVisible()).toBe(false);
    await page.keyboard.press('p');
    expect(await state(page, 'presenter')).toBe(false);
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.keyboard.press('p');
    await page.keyboard.press('Escape');
    expect(await state(page, 'presenter')).toBe(false);
    await page.keyboard.press(']');
    expect(await state(page, 'speed')).toBeCloseTo(1.25, 5);
    await page.keyboard.press('[');
    await page.keyboard.press('[');
    expect(await state(page, 'speed')).toBeCloseTo(0.9, 5);
    // The shipped library has several drills, all loading: switching must be seen, never skipped.
    expect(await page.locator('#drill option').count()).toBeGreaterThanOrEqual(2);
    const second = await page.locator('#drill option').nth(1).textContent();
    expect(second).toMatch(/^2\. /);
    expect(second).not.toContain('does not load');
    await page.keyboard.press('End');
    await page.keyboard.press('2');
    expect(await page.locator('#title').textContent()).toBe(second!.replace(/^2\. /, ''));
    expect(await state(page, 'playing')).toBe(true);
    expect(await state<number>(page, 'tick')).toBeLessThan(25); // a new drill starts from its beginning
    await page.keyboard.press('1');
    expect(await page.locator('#title').textContent()).toBe((await page.locator('#drill option').first().textContent())?.replace(/^1\. /, ''));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('presenter mode hides the buttons until the mouse moves (the band stays), labels ≥ 2.5% of the height', async () => {
    const { page } = await open(browser, '', { width: 1920, height: 1080 });
    await page.keyboard.press('p');
    expect(await state<number>(page, 'labelPx')).toBeGreaterThanOrEqual(0.025 * 1080);
    await page.waitForFunction(() => document.getElementById('app')!.classList.contains('idle'), undefined, { timeout: 6000 });
    await page.waitForFunction(() => getComputedStyle(document.getElementById('play')!).visibility === 'hidden', undefined, { timeout: 3000 });
    await page.mouse.move(400, 400);
    await page.mouse.move(420, 410);
    expect(await page.locator('#app').getAttribute('class')).not.toContain('idle');
    await page.close();
  });

  it('a broken drill file shows its error as text and the drill on screen stays', async () => {
    const { page, errors } = await open(browser, 'drill=through-pass');
    await pause(page);
    const tick = await state(page, 'tick');
    const bad = JSON.stringify({ id: 'bad', title: 'Bad <b>drill</b>', agents: [{ id: 'A', team: 'attack', role: 'attacker', start: { x: 'far', y: 1 } }], script: [] });
    await page.setInputFiles('#file-input', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await page.waitForSelector('#notices .notice.error');
    const text = await page.locator('#notices .notice.error').first().textContent();
    expect(text).toContain('bad.json');
    expect(text).toMatch(/\$\.agents\[0\]\.start\.x/); // names the place in the file
    expect(await state(page, 'drill')).toBe('through-pass');
    expect(await state(page, 'tick')).toBe(tick);
    // Not JSON at all.
    await page.setInputFiles('#file-input', { name: 'garbage.json', mimeType: 'application/json', buffer: Buffer.from('{ "id": ') });
    await page.waitForFunction(() => document.querySelectorAll('#notices .notice.error').length >= 2);
    expect(await page.locator('#notices .notice.error').nth(1).textContent()).toMatch(/garbage\.json.*JSON/s);
    expect(await state(page, 'drill')).toBe('through-pass');
    // A good file opens and plays.
    const good = readFileSync('scenarios/through-pass.json', 'utf8').replace('"Running on to a through pass"', '"My copy"');
    await page.setInputFiles('#file-input', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await page.waitForFunction(() => document.getElementById('title')?.textContent === 'My copy');
    await settled(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
