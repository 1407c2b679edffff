import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeDrill } from '../../src/view/edit/share-code';
import { BASE, launch, settled, state } from './helpers';

// The drill editor in Chromium: a drill built on an empty pitch with the pointer alone is the file
// `onside run` plays the same way; twenty edits undone give back the very file; a reload keeps the
// work; a shared link carries the file bit for bit; hostile links are refused and change nothing.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const dir = mkdtempSync(join(tmpdir(), 'onside-editor-'));

async function fresh(query = ''): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${BASE}?renderer=canvas${query}`);
  await page.waitForFunction(() => (window as any).__onside?.draws > 0, undefined, { timeout: 30_000 });
  return { ctx, page, errors };
}

/** Wait until the pitch's place on the page holds still (a panel or band that appears moves it). */
async function still(page: Page): Promise<void> {
  const box = async () => JSON.stringify([await page.evaluate(() => (window as any).__onside.transform), await page.locator('#pitch').boundingBox()]);
  let before = await box();
  for (let k = 0; k < 40; k++) {
    await settled(page);
    const now = await box();
    if (now === before) return;
    before = now;
  }
  throw new Error('the pitch never held still');
}

/** Page coordinates of a place on the pitch (m), once the pitch holds still. */
async function at(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  await still(page);
  const s = await page.evaluate(([wx, wy]) => (window as any).__onside.worldToScreen(wx, wy), [x, y]);
  const box = (await page.locator('#pitch').boundingBox())!;
  return { x: box.x + s.x, y: box.y + s.y };
}

async function clickPitch(page: Page, x: number, y: number): Promise<void> {
  const p = await at(page, x, y);
  await page.mouse.click(p.x, p.y);
  await settled(page);
}

async function drag(page: Page, from: [number, number], to: [number, number], steps = 8): Promise<void> {
  const a = await at(page, ...from), b = await at(page, ...to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps });
  await page.mouse.up();
  await settled(page);
}

/** A new drill from one of the editor's templates, open in the editor. */
async function newDrill(page: Page, template: 'empty' | 'striker-keeper' | 'back-four' | 'crossing'): Promise<void> {
  await page.locator('#new-drill').selectOption(template);
  await page.waitForFunction(() => (window as any).__onside.state.edit !== null);
}

const editText = (page: Page): Promise<string> => state<string>(page, 'editText');
const fileOf = async (page: Page) => JSON.parse(await editText(page));

async function download(page: Page): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator('#download-drill').click()]);
  const path = join(dir, `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return path;
}

function onsideRun(file: string, seed: number): Promise<any> {
  return new Promise((resolve, reject) => {
    execFile('node', ['bin/onside.js', 'run', file, '--seed', String(seed)], { encoding: 'utf8', maxBuffer: 64 << 20 }, (err, out, errText) => {
      if (err) reject(new Error(`onside run failed: ${errText}`));
      else resolve(JSON.parse(out));
    });
  });
}

describe('building a drill with the pointer', () => {
  it('a through pass from an empty pitch: clicks and drags only, downloaded, is what onside run plays', async () => {
    const { ctx, page, errors } = await fresh();
    await newDrill(page, 'empty');
    expect((await fileOf(page)).agents.map((a: any) => a.id)).toEqual(['C']);
    // A forward from the palette, 30 yards out; a keeper on his line.
    await page.locator('#add-attacker').click();
    await clickPitch(page, 77.5, 30);
    await page.locator('#add-goalkeeper').click();
    await clickPitch(page, 103.5, 34);
    // The forward's run: pick him, two points towards goal, the last clicked again to finish.
    await page.locator('#tool-run').click();
    await clickPitch(page, 77.5, 30);
    await clickPitch(page, 90, 32);
    await clickPitch(page, 97, 34);
    await clickPitch(page, 97, 34);
    // The coach's pass: from him to the forward.
    await page.locator('#tool-pass').click();
    await clickPitch(page, 66, 34);
    await clickPitch(page, 77.5, 30);
    // Drag the forward 2 m deeper, and the run's middle point 1.5 m wider.
    await drag(page, [77.5, 30], [75.5, 30]);
    await drag(page, [90, 32], [90, 30.5]);
    const f = await fileOf(page);
    expect(f.agents.map((a: any) => [a.id, a.role, a.start])).toEqual([
      ['C', 'server', { x: 66, y: 34 }], ['A1', 'attacker', { x: 75.5, y: 30 }], ['GK', 'goalkeeper', { x: 103.5, y: 34 }],
    ]);
    expect(f.script).toEqual([
      { do: 'run', at: 0.5, agent: 'A1', path: [{ x: 90, y: 30.5 }, { x: 97, y: 34 }] },
      { do: 'pass', at: 1, agent: 'C', to: { agent: 'A1' }, speed: 15 },
    ]);
    // The viewer's run of that file, then onside run's of the downloaded one.
    await page.waitForFunction(() => (window as any).__onside.state.shown?.key.includes((window as any).__onside.state.source.hash));
    const seed = await state<number>(page, 'seed');
    const shown = { events: JSON.parse(await page.evaluate(() => (window as any).__onside.eventsJson())), outcome: await state(page, 'outcome') };
    const path = await download(page);
    expect(readFileSync(path, 'utf8')).toBe(await editText(page));
    const cli = await onsideRun(path, seed);
    expect(shown.events.some((e: any) => e.type === 'pass' && e.agent === 'C')).toBe(true);
    expect(shown.events.some((e: any) => e.type === 'run' && e.agent === 'A1')).toBe(true);
    expect(cli.events).toEqual(shown.events);
    expect(cli.outcome).toEqual(shown.outcome);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('a line on a place', () => {
  it('"when the forward reaches a place": picked in the inspector, its circle dragged on the pitch, the pass played as he gets there', async () => {
    const { ctx, page, errors } = await fresh();
    await newDrill(page, 'striker-keeper');
    await page.locator('#tool-run').click();
    for (const [x, y] of [[78, 34], [88, 34], [97, 34], [97, 34]]) await clickPitch(page, x, y);
    await page.locator('#tool-pass').click();
    await clickPitch(page, 66, 34);
    await clickPitch(page, 78, 34);
    // The pass line is selected: make it wait for the forward to reach a place (by default the end of his run).
    await page.locator('select[data-path="script.1.at"]').selectOption('when');
    await settled(page);
    expect((await fileOf(page)).script[1].at).toEqual({ when: 'F', reaches: { x: 97, y: 34, r: 3 } });
    expect(await page.locator('.edit-waiting').textContent()).toContain('C pass when F reaches (97, 34)');
    // Its handle is the top of the circle: dragged 8 m back along the run, one undo step.
    const steps = await state<number>(page, 'undoSteps');
    await drag(page, [97, 31], [89, 31]);
    expect((await fileOf(page)).script[1].at).toEqual({ when: 'F', reaches: { x: 89, y: 34, r: 3 } });
    expect(await state<number>(page, 'undoSteps')).toBe(steps + 1);
    // The radius from the inspector; its tooltip gives the limits the file is held to.
    const r = page.locator('input[data-path="script.1.at.reaches.r"]');
    for (const [field, words] of [['reaches.r', 'Allowed: 0 < r ≤ 60 m'], ['delay', 'Allowed: 0 ≤ delay ≤ 10 s']]) {
      const label = page.locator(`input[data-path="script.1.at.${field}"]`).locator('xpath=..');
      await label.hover();
      await expect.poll(() => label.getAttribute('title')).toContain(words);
    }
    await r.fill('2');
    await r.press('Enter');
    await settled(page);
    expect((await fileOf(page)).script[1].at.reaches.r).toBe(2);
    // In the run on screen the pass goes as he enters the circle: the tick after (within one tick's run, 0.2 m).
    await page.waitForFunction(() => (window as any).__onside.state.shown?.key.includes((window as any).__onside.state.source.hash));
    const events = JSON.parse(await page.evaluate(() => (window as any).__onside.eventsJson()));
    const pass = events.find((e: any) => e.type === 'pass' && e.agent === 'C');
    expect(pass, JSON.stringify(events.map((e: any) => e.type))).toBeDefined();
    const d = async (k: number) => { const a = await page.evaluate((t) => (window as any).__onside.agentAt(1, t), k); return Math.hypot(a.x - 89, a.y - 34); };
    expect(await d(pass.tick - 1)).toBeLessThan(2);
    expect(await d(pass.tick - 3)).toBeGreaterThan(2 - 0.6); // not long before: he came in just then
    // onside run plays the downloaded file the same way.
    const seed = await state<number>(page, 'seed');
    const cli = await onsideRun(await download(page), seed);
    expect(cli.events).toEqual(events);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('undo, redo, reload', () => {
  it('twenty edits undone give back the exact starting file; redone, the last one', async () => {
    const { ctx, page } = await fresh();
    await newDrill(page, 'striker-keeper');
    await settled(page);
    const start = await editText(page);
    // Ten drags of the forward (each one undo step, however many moves), then ten nudges with the keys.
    let x = 78;
    const steps: number[] = [];
    for (let i = 0; i < 10; i++) {
      await drag(page, [x, 34], [x + 1, 34], 3 + i);
      x += 1;
      steps.push(await state<number>(page, 'undoSteps'));
    }
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press(i % 2 ? 'Shift+ArrowUp' : 'ArrowRight');
      await settled(page);
      steps.push(await state<number>(page, 'undoSteps'));
    }
    expect(steps).toEqual(Array.from({ length: 20 }, (_, k) => k + 1)); // one step per drag, however many moves
    const end = await fileOf(page);
    expect(end.agents[1].start).toEqual({ x: 88 + 2.5, y: 34 + 5 }); // 10 drags of 1 m, 5 nudges of 0.5 m, 5 of 1 m
    const endText = await editText(page);
    let undone = 0;
    while (await state<boolean>(page, 'canUndo')) { await page.keyboard.press('Control+z'); undone++; if (undone > 40) break; }
    expect(undone).toBe(20); // each drag one step, whatever its moves
    expect(await editText(page)).toBe(start);
    let redone = 0;
    while (await state<boolean>(page, 'canRedo')) { await page.keyboard.press('Control+Shift+z'); redone++; if (redone > 40) break; }
    expect(redone).toBe(20);
    expect(await editText(page)).toBe(endText);
    await ctx.close();
  });

  it('a reload in the middle of editing opens the same drill in the editor', async () => {
    const { ctx, page } = await fresh();
    await newDrill(page, 'back-four');
    await settled(page);
    await drag(page, [79, 34], [80.5, 36]);
    await page.locator('#add-defender').click();
    await clickPitch(page, 90, 20);
    const text = await editText(page);
    await page.waitForFunction(() => new URLSearchParams(location.search).has('mine'), undefined, { timeout: 5_000 });
    await page.waitForFunction((t) => (window as any).__onside.saves > 0 && (window as any).__onside.editText === t, text);
    const saves = await state<number>(page, 'saves');
    await page.waitForFunction((n) => (window as any).__onside.saves >= n, saves);
    await page.waitForTimeout(400); // the autosave's last write
    await page.reload();
    await page.waitForFunction(() => (window as any).__onside?.state?.edit != null, undefined, { timeout: 30_000 });
    expect(await editText(page)).toBe(text);
    expect(JSON.parse(text).agents.map((a: any) => a.id)).toContain('D5');
    await ctx.close();
  });
});

describe('editing and watching are one place', () => {
  it('E on a bundled drill edits it; Done editing keeps the edited drill on screen; E again goes on with the same record of My drills', async () => {
    const { ctx, page, errors } = await fresh('&drill=through-pass');
    await page.keyboard.press('e');
    await page.waitForFunction(() => (window as any).__onside.state.edit !== null);
    const original = await editText(page);
    expect(JSON.parse(original).id).toBe('through-pass');
    await settled(page);
    await drag(page, [77.6, 30], [74, 30]);
    const edited = await editText(page);
    expect(JSON.parse(edited).agents[1].start).toEqual({ x: 74, y: 30 });
    await page.waitForFunction(() => (window as any).__onside.saves > 0);
    const outcome = await state(page, 'outcome');
    await page.locator('#edit-stop').click();
    await page.waitForFunction(() => (window as any).__onside.state.edit === null);
    expect(await state(page, 'outcome')).toEqual(outcome);
    expect(await page.locator('#drill option:checked').textContent()).toMatch(/Running on to a through pass$/);
    expect(await page.evaluate(() => (window as any).__onside.agentAt(1))).toEqual({ x: 74, y: 30 });
    const keys = await page.evaluate(() => (window as any).__onside.myDrillKeys());
    expect(keys.length).toBe(1);
    await page.keyboard.press('e');
    await page.waitForFunction(() => (window as any).__onside.state.edit !== null);
    expect(await editText(page)).toBe(edited);
    expect(await page.evaluate(() => (window as any).__onside.state.edit.key)).toBe(keys[0]);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('a new drill names itself in the picker (it is in no list yet), and picking a listed drill from there opens it', async () => {
    const { ctx, page, errors } = await fresh('&drill=in-behind');
    expect(await page.locator('#drill option:checked').textContent()).toMatch(/in behind/i);
    await newDrill(page, 'striker-keeper');
    await settled(page);
    const title = JSON.parse(await editText(page)).title as string;
    expect(await page.locator('#drill option:checked').textContent()).toBe(`✎ ${title} (editing)`);
    expect(await page.locator('#drill option:checked').isDisabled()).toBe(true); // a label, not a choice
    await page.selectOption('#drill', { label: '1. Running on to a through pass' });
    await page.waitForFunction(() => (window as any).__onside.state.source?.id === 'through-pass');
    await settled(page);
    expect(await page.locator('#drill option:checked').textContent()).toBe('1. Running on to a through pass');
    expect(await page.locator('#drill option[value="off"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('links', () => {
  it('Share link carries the whole drill: opened, downloaded, the same file bit for bit', async () => {
    const { ctx, page } = await fresh();
    await newDrill(page, 'crossing');
    await drag(page, [86, 30], [87, 28.5]);
    const original = readFileSync(await download(page), 'utf8');
    await page.locator('#share-drill').click();
    await expect.poll(() => page.getByTestId('share-status').textContent()).toMatch(/^Link copied ✓/);
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(url).searchParams.get('share')).toBe(encodeDrill(original));
    const other = await ctx.newPage();
    await other.goto(`${url}&renderer=canvas`);
    await other.waitForFunction(() => (window as any).__onside?.draws > 0, undefined, { timeout: 30_000 });
    expect(await state(other, 'drill')).toBe('my-drill');
    const again = readFileSync(await download(other), 'utf8');
    expect(again).toBe(original);
    // Nothing was saved from the link until asked; Save to My drills keeps it (and edits it).
    const before = await other.evaluate(() => (window as any).__onside.myDrillKeys());
    await other.locator('#save-mine').click();
    await other.waitForFunction((n) => (window as any).__onside.saves > n, 0);
    const after = await other.evaluate(() => (window as any).__onside.myDrillKeys());
    expect(after.length).toBe(before.length + 1);
    expect(await editText(other)).toBe(original);
    await ctx.close();
  });

  it('a hostile, broken or oversized link is refused with a notice, and neither the picker nor My drills change', async () => {
    const { ctx, page } = await fresh();
    // Something in My drills first, so "unchanged" means something.
    await newDrill(page, 'empty');
    await page.waitForFunction(() => (window as any).__onside.saves > 0);
    const keys = await page.evaluate(() => (window as any).__onside.myDrillKeys());
    expect(keys.length).toBe(1);
    const count = await state<number>(page, 'libraryCount');
    const hostile = JSON.stringify({ version: 2, id: 'x', title: '<img src=x onerror="window.__pwned=1">', agents: [], script: [], ball: { with: 'C' } });
    const cases: [string, RegExp][] = [
      [encodeDrill(hostile), /refused[\s\S]*\$\.agents: expected at least 1 item/],
      ['not*a*code', /not a drill code/],
      [encodeDrill('{"version": 2, "id": "x",'), /refused/],
      ['A'.repeat(13_000), /too large/],
      [encodeDrill(' '.repeat(300_000)), /more than 200 KB/],
    ];
    for (const [code, words] of cases) {
      const p = await ctx.newPage();
      await p.goto(`${BASE}?renderer=canvas&share=${code}`);
      await p.waitForFunction(() => (window as any).__onside?.draws > 0, undefined, { timeout: 30_000 });
      const notices = await state<string[]>(p, 'notices');
      expect(notices.join('\n')).toMatch(words);
      expect(await state(p, 'libraryCount')).toBe(count);
      expect(await p.evaluate(() => (window as any).__onside.myDrillKeys())).toEqual(keys);
      expect(await p.evaluate(() => (window as any).__pwned)).toBeUndefined();
      expect(await p.locator('#notices img').count()).toBe(0);
      await p.close();
    }
    await ctx.close();
  });
});

describe('a shared drill is text', () => {
  it('a valid drill whose title is markup opens with the title shown as text, nothing run, nothing saved', async () => {
    const { ctx, page } = await fresh();
    const title = '<img src=x onerror="window.__pwned=1">';
    const f = { version: 2, id: 'markup', title, agents: [{ id: 'C', team: 'neutral', role: 'server', start: { x: 60, y: 34 } }], ball: { with: 'C' }, script: [] };
    const p = await ctx.newPage();
    await p.goto(`${BASE}?renderer=canvas&share=${encodeDrill(JSON.stringify(f))}`);
    await p.waitForFunction(() => (window as any).__onside?.draws > 0, undefined, { timeout: 30_000 });
    expect(await state(p, 'drill')).toBe('markup');
    expect(await p.locator('#title').textContent()).toBe(title);
    expect(await p.locator('img').count()).toBe(0);
    expect(await p.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await p.evaluate(() => (window as any).__onside.myDrillKeys())).toEqual([]);
    await page.close();
    await ctx.close();
  });
});

describe('My drills', () => {
  it('lists, renames, duplicates, deletes (with undo) and opens the drills kept in this browser', async () => {
    const { ctx, page } = await fresh();
    page.on('dialog', (d) => void d.accept('Renamed drill'));
    await newDrill(page, 'striker-keeper');
    await page.waitForFunction(() => (window as any).__onside.saves > 0);
    const items = page.locator('.my-drills li');
    await expect.poll(() => items.count()).toBe(1);
    const first = await items.first().getAttribute('data-key');
    await items.first().locator('.mine-duplicate').click();
    await expect.poll(() => items.count()).toBe(2);
    await expect.poll(() => page.locator('.my-drills .mine-open').allTextContents()).toContain('Striker and keeper (copy)');
    // Rename the one being edited: its title in the file changes too (an edit, undoable).
    await page.locator(`.my-drills li[data-key="${first}"] .mine-rename`).click();
    await expect.poll(async () => (await fileOf(page)).title).toBe('Renamed drill');
    await expect.poll(() => page.locator('.my-drills .mine-open').allTextContents()).toContain('Renamed drill');
    // Delete the copy, then take it back.
    const copy = (await page.evaluate(() => (window as any).__onside.myDrillKeys())).find((k: string) => k !== first);
    await page.locator(`.my-drills li[data-key="${copy}"] .mine-delete`).click();
    await expect.poll(() => page.evaluate(() => (window as any).__onside.myDrillKeys())).toEqual([first]);
    await page.locator('#undo-delete').click();
    await expect.poll(async () => (await page.evaluate(() => (window as any).__onside.myDrillKeys())).length).toBe(2);
    // Open the copy: it is the drill in the editor now, and the address names it.
    await page.locator(`.my-drills li[data-key="${copy}"] .mine-open`).click();
    await page.waitForFunction((k) => (window as any).__onside.state.edit?.key === k, copy);
    expect((await fileOf(page)).title).toBe('Striker and keeper (copy)');
    await page.waitForFunction((k) => new URLSearchParams(location.search).get('mine') === k, copy);
    await ctx.close();
  });

  it('storage refused (a private window): said plainly, the work kept in memory, a download offered', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await ctx.addInitScript(() => {
      IDBFactory.prototype.open = function () { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); };
    });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE}?renderer=canvas`);
    await page.waitForFunction(() => (window as any).__onside?.draws > 0, undefined, { timeout: 30_000 });
    await newDrill(page, 'empty');
    const said = page.getByTestId('storage-error');
    await expect.poll(() => said.textContent(), { timeout: 5_000 }).toMatch(/could not be kept in this browser: this browser does not let the page keep anything \(a private window, or storage switched off\)\. It stays here while the page is open; download it to keep it\./);
    // The work goes on in memory.
    await page.locator('#add-attacker').click();
    await clickPitch(page, 80, 30);
    expect((await fileOf(page)).agents.map((a: any) => a.id)).toEqual(['C', 'A1']);
    const [d] = await Promise.all([page.waitForEvent('download'), said.locator('button').click()]);
    const path = join(dir, `refused-${d.suggestedFilename()}`);
    await d.saveAs(path);
    expect(readFileSync(path, 'utf8')).toBe(await editText(page));
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('touch', () => {
  it('a finger drags a player on a tablet, as the mouse does (one undo step)', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false });
    const page = await ctx.newPage();
    await page.goto(`${BASE}?renderer=canvas`);
    await page.waitForFunction(() => (window as any).__onside?.draws > 0, undefined, { timeout: 30_000 });
    await newDrill(page, 'striker-keeper');
    await settled(page);
    const cdp = await ctx.newCDPSession(page);
    const a = await at(page, 78, 34), b = await at(page, 82, 30);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: { x: number; y: number }) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [{ x: p.x, y: p.y, id: 1 }] : [] });
    await touch('touchStart', a);
    for (let k = 1; k <= 8; k++) await touch('touchMove', { x: a.x + ((b.x - a.x) * k) / 8, y: a.y + ((b.y - a.y) * k) / 8 });
    await touch('touchEnd');
    await settled(page);
    expect((await fileOf(page)).agents[1].start).toEqual({ x: 82, y: 30 });
    await page.keyboard.press('Control+z');
    expect((await fileOf(page)).agents[1].start).toEqual({ x: 78, y: 34 });
    await ctx.close();
  });
});
