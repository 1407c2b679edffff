// The README's pictures of the drill editor, at 1920×1080: `node tools/editor-screenshots.mjs URL`
// with the viewer served at URL (npm start, or vite preview). Writes docs/editor-*.png.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:5173/';
const b = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1920, height: 1080 } });
p.on('pageerror', (e) => console.error('page error:', e.message));
await p.goto(`${base}?renderer=canvas`);
await p.waitForFunction(() => window.__onside?.draws > 0, undefined, { timeout: 60000 });
const at = async (x, y) => {
  const s = await p.evaluate(([a, c]) => window.__onside.worldToScreen(a, c), [x, y]);
  const box = await p.locator('#pitch').boundingBox();
  return { x: box.x + s.x, y: box.y + s.y };
};
const click = async (x, y) => { const q = await at(x, y); await p.mouse.click(q.x, q.y); await p.waitForTimeout(100); };

// A through pass in behind a defender, from the empty half pitch, with the pointer.
await p.locator('#new-drill').selectOption('empty');
await p.locator('#add-attacker').click(); await click(78, 30);
await p.locator('#add-defender').click(); await click(93, 44);
await p.locator('#add-goalkeeper').click(); await click(103.5, 34);
await p.locator('#tool-run').click(); await click(78, 30); await click(91, 29); await click(98, 33); await click(98, 33);
await p.locator('#tool-pass').click(); await click(66, 34); await click(78, 30);
await p.locator('.edit-marker[data-line="1"]').waitFor();
await click(78, 30);
// Mid-drag: the forward pulled back, the new run already drawn, x/y beside the pointer.
const a = await at(78, 30), c = await at(76.5, 31.5);
await p.mouse.move(a.x, a.y); await p.mouse.down(); await p.mouse.move(c.x, c.y, { steps: 6 });
await p.waitForTimeout(200);
await p.screenshot({ path: 'docs/editor-drag.png' });
await p.mouse.up();
// The pass selected on the timeline, its moment made a slider, a refused value with the validator's words.
await p.locator('.edit-marker[data-line="1"]').click();
await p.waitForTimeout(150);
await p.locator('.edit-param[data-path="script.1.at"]').click();
await p.waitForTimeout(150);
await p.locator('.edit-marker[data-line="0"]').click();
await p.waitForTimeout(150);
const pace = p.locator('input[data-path="script.0.pace"]');
await pace.fill('3');
await pace.press('Enter');
await p.waitForTimeout(300);
await p.screenshot({ path: 'docs/editor.png' });
await b.close();
