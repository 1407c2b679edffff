// Screenshots of the viewer at the sizes its users have: a phone (390 × 844, touch, and turned
// 844 × 390), a laptop (1366 × 768) and a projector (1920 × 1080, presenter mode), each at the
// judgment frame of a drill. Usage: node tools/screens.mjs <base-url> <out-dir> [drill]
// [extra query, e.g. theme=light] (serve a build first: node_modules/.bin/vite preview --port N).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [base = 'http://127.0.0.1:4173/', out = 'shots', drill = 'in-behind', extra = ''] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
  { name: 'phone-scrolled', viewport: { width: 390, height: 844 }, touch: true, scrollTo: '#window-band' },
  { name: 'phone-landscape', viewport: { width: 844, height: 390 }, touch: true },
  { name: 'laptop', viewport: { width: 1366, height: 768 }, touch: false },
  { name: 'projector', viewport: { width: 1920, height: 1080 }, touch: false, presenter: true },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const s of SIZES) {
    const page = await browser.newPage({ viewport: s.viewport, isMobile: s.touch, hasTouch: s.touch, deviceScaleFactor: 1 });
    const url = `${base}?drill=${drill}&renderer=canvas${s.presenter ? '&present=1' : ''}${extra ? `&${extra}` : ''}`;
    await page.goto(url);
    await page.waitForFunction(() => window.__onside?.draws > 0, undefined, { timeout: 30_000 });
    // Opened again, paused on the judgment frame of the first pass.
    const tick = await page.evaluate(() => window.__onside.verdicts[0]?.tick ?? 0);
    await page.goto(`${url}&tick=${tick}`);
    await page.waitForFunction(() => window.__onside?.draws > 0, undefined, { timeout: 30_000 });
    await page.waitForTimeout(3000); // the band and the map fill in
    await page.mouse.move(5, 5);
    if (s.presenter) await page.waitForTimeout(3000); // the mouse rests: the buttons hide
    const file = `${out}/${drill}${extra ? '-' + extra.replace(/[^a-z0-9]+/gi, '-') : ''}-${s.name}.png`;
    // Further down the phone's column (a full-page shot would resize the emulated phone).
    if (s.scrollTo) await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView(), s.scrollTo);
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
}
