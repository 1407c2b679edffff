import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/load';
import { formatNumber } from '../../src/view/address';
import { launch, open, state } from './helpers';

// A slider's range at its edges, driven as a person does: dragged with the mouse past either
// end, stepped with the keyboard beyond min and max, and given a value that is no number; and
// the same range reached through the address of the real page. (Every parameter of every drill
// through the address, --set, --vary and the file: tests/unit/boundaries.test.ts.)

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const drill = parseScenario(readFileSync('scenarios/in-behind.json', 'utf8'), 'in-behind.json');
const NAME = 'runStart';
const P = drill.params![NAME];

async function param(page: Page): Promise<number> {
  return (await state<Record<string, number>>(page, 'params'))[NAME];
}

describe(`the ${P.label} slider (${P.min}–${P.max} ${P.unit} by ${P.step})`, () => {
  it('dragged past either end with the mouse stops at min and at max', async () => {
    const { page, errors } = await open(browser, `drill=${drill.id}`);
    const slider = page.locator(`#param-${NAME}`);
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    const start = box.x + box.width * ((P.default - P.min) / (P.max - P.min));
    await page.mouse.move(start, y);
    await page.mouse.down();
    await page.mouse.move(box.x - 200, y, { steps: 8 }); // well past the left end: below min
    expect(await param(page)).toBe(P.min);
    await page.mouse.move(box.x + box.width + 200, y, { steps: 12 }); // past the right end: above max
    expect(await param(page)).toBe(P.max);
    await page.mouse.up();
    expect(Number(await slider.inputValue())).toBe(P.max);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stepped with the keys: min − step stays min, max + step stays max', async () => {
    const { page, errors } = await open(browser, `drill=${drill.id}`);
    const slider = page.locator(`#param-${NAME}`);
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await param(page)).toBe(P.min);
    await page.keyboard.press('ArrowLeft');
    expect(await param(page)).toBe(P.min);
    await page.keyboard.press('ArrowRight');
    expect(await param(page)).toBe(Number(formatNumber(P.min + P.step)));
    await page.keyboard.press('End');
    expect(await param(page)).toBe(P.max);
    await page.keyboard.press('ArrowRight');
    expect(await param(page)).toBe(P.max);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('given NaN or text, keeps a value inside its range and on its grid', async () => {
    const { page, errors } = await open(browser, `drill=${drill.id}`);
    const slider = page.locator(`#param-${NAME}`);
    for (const text of ['NaN', 'fast', String(P.min - P.step), String(P.max + P.step)]) {
      await slider.evaluate((e, v) => { (e as HTMLInputElement).value = v; e.dispatchEvent(new Event('input', { bubbles: true })); }, text);
      const v = await param(page);
      expect(v, text).toBeGreaterThanOrEqual(P.min);
      expect(v, text).toBeLessThanOrEqual(P.max);
      expect(Math.abs((v - P.min) / P.step - Math.round((v - P.min) / P.step)), text).toBeLessThan(1e-9);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the address of the real page at the same edges', () => {
  it.each([
    ['min − step', Number((P.min - P.step).toFixed(9)), false],
    ['min', P.min, true],
    ['max', P.max, true],
    ['max + step', Number((P.max + P.step).toFixed(9)), false],
    ['NaN', NaN, false],
    ['text', NaN, false],
  ] as const)('%s', async (what, value, ok) => {
    const text = what === 'text' ? 'fast' : what === 'NaN' ? 'NaN' : formatNumber(value);
    const { page, errors } = await open(browser, `drill=${drill.id}&${NAME}=${text}`);
    const shown = Number(await page.locator(`#param-${NAME}`).inputValue());
    if (ok) {
      expect(await param(page)).toBe(value);
      expect(shown).toBe(value);
      expect(await state<string[]>(page, 'notices')).toEqual([]);
    } else {
      expect(await param(page)).toBe(P.default);
      expect(shown).toBe(P.default);
      expect((await state<string[]>(page, 'notices')).join('\n')).toContain(`${P.label} "${text}"`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
