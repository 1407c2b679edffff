import { chromium } from 'playwright-core';
const base = process.argv[2];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const sizes = [['1920x1080', 1920, 1080, false], ['1366x768', 1366, 768, false], ['390x844', 390, 844, true]];
for (const [name, w, h, touch] of sizes) {
  const ctx = await b.newContext({ viewport: { width: w, height: h }, hasTouch: touch, isMobile: touch, deviceScaleFactor: 1 });
  const p = await ctx.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(`${base}?drill=in-behind&renderer=canvas&tick=120`);
  await p.waitForFunction(() => window.__onside?.draws > 0, undefined, { timeout: 30000 });
  await p.waitForTimeout(2500);
  await p.screenshot({ path: `/tmp/shots/viewer-${name}.png` });
  console.log(name, errors);
  await ctx.close();
}
await b.close();
