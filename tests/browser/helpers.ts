import { chromium, type Browser, type Page } from 'playwright-core';
import { PORT } from './global-setup';

// Debian's Chromium, headless, driven through playwright-core; the app is the built one served
// by global-setup. The canvas 2D renderer keeps drawing fast where WebGL would be emulated.

export const BASE = `http://127.0.0.1:${PORT}/`;

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Opened {
  page: Page;
  errors: string[]; // console errors and uncaught exceptions
}

/** Open the viewer at `query` (canvas renderer unless the query says otherwise; 'auto': the app's choice) and wait for it. */
export async function open(browser: Browser, query = '', viewport = { width: 1280, height: 720 }): Promise<Opened> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  const q = new URLSearchParams(query.replace(/^\?/, ''));
  if (!q.has('renderer')) q.set('renderer', 'canvas');
  if (q.get('renderer') === 'auto') q.delete('renderer'); // let the app choose
  await page.goto(`${BASE}?${q.toString()}`);
  await page.waitForFunction(() => (window as any).__onside?.draws > 0, undefined, { timeout: 30_000 });
  return { page, errors };
}

/** Read the app's exposed state. */
export function state<T = any>(page: Page, key: string): Promise<T> {
  return page.evaluate((k) => (window as any).__onside[k], key);
}

export async function pause(page: Page): Promise<void> {
  if (await state(page, 'playing')) await page.keyboard.press('Space');
  await page.waitForFunction(() => !(window as any).__onside.playing);
}

/** Wait until what was asked has been drawn: the app redraws on its next animation frame. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** RGB of page pixels at CSS coordinates, read from a real screenshot (what a person sees). */
export async function pixels(page: Page, points: { x: number; y: number }[]): Promise<[number, number, number][]> {
  const png = await page.screenshot({ type: 'png' });
  return page.evaluate(async ({ b64, pts }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const scale = img.width / window.innerWidth;
    return pts.map((p) => {
      const d = ctx.getImageData(Math.round(p.x * scale), Math.round(p.y * scale), 1, 1).data;
      return [d[0], d[1], d[2]] as [number, number, number];
    });
  }, { b64: png.toString('base64'), pts: points });
}
