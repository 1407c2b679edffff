import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, launch } from './helpers';

// The built app installs as a progressive web app: after one visit its service worker holds every
// file, so with the network cut the page still opens, plays a drill and sweeps its window.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('offline after one visit', () => {
  it('offers a manifest a phone can install from, with icons', async () => {
    const res = await fetch(`${BASE}manifest.webmanifest`);
    expect(res.ok).toBe(true);
    const m = await res.json();
    expect(m.name).toBe('Onside: drill viewer');
    expect(m.display).toBe('standalone');
    const sizes = m.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of m.icons) expect((await fetch(new URL(icon.src, BASE))).ok, icon.src).toBe(true);
  });

  it('loads and plays a drill, and fills its window band, with the network cut', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${BASE}?renderer=canvas&drill=in-behind`);
      await page.waitForFunction(() => (window as any).__onside?.draws > 0, undefined, { timeout: 30_000 });
      // The worker has installed and taken the page once it controls it.
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });

      await context.setOffline(true);
      const blocked = await page.evaluate(() => fetch('/no-such-file-' + Math.random()).then(() => 'answered', () => 'failed'));
      expect(blocked).toBe('failed'); // the network really is gone: nothing uncached is served

      await page.reload();
      await page.waitForFunction(() => (window as any).__onside?.draws > 0, undefined, { timeout: 30_000 });
      expect(await page.evaluate(() => (window as any).__onside.drill)).toBe('in-behind');
      const t0 = await page.evaluate(() => (window as any).__onside.tick);
      await page.waitForFunction((t) => (window as any).__onside.tick > t + 10, t0, { timeout: 10_000 });
      expect(await page.evaluate(() => (window as any).__onside.outcomeText)).not.toBe('');
      // The sweep's workers are precached too: the band fills offline.
      await page.waitForFunction(() => (window as any).__onsideTiming?.band?.state === 'ready', undefined, { timeout: 30_000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
