import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1366, height: 768 } });
await p.goto('http://localhost:5617/?drill=in-behind');
await p.waitForFunction(() => window.__onsideTiming?.band?.state === 'ready', undefined, { timeout: 60000 });
await p.locator('.player-mode[data-mode="run"]').click();
for (const at of [1.2, 2.6, 1.9]) {
  await p.locator('#player-start').click();
  await p.waitForFunction(() => window.__onsidePlayer.view.phase === 'watching' && Number(document.body.dataset.tick) < 25, undefined, { timeout: 20000, polling: 'raf' });
  await p.waitForFunction((t) => Number(document.body.dataset.tick) >= t, Math.round(at * 50), { timeout: 20000, polling: 'raf' });
  await p.keyboard.press('Space');
  await p.waitForFunction(() => window.__onsidePlayer.view.phase === 'done', undefined, { timeout: 30000 });
}
await p.waitForTimeout(400);
await p.screenshot({ path: 'docs/time-your-run.png' });
await b.close();
