import { readFileSync } from 'node:fs';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { GifReader } from 'omggif';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { videoSchedule } from '../../src/view/export-schedule';
import { verdicts } from '../../src/view/verdicts';
import { BASE, launch, open } from './helpers';

// Clips that play anywhere: the drill as an MP4 (H.264 through WebCodecs, muxed by the same
// library as the WebM) where the browser can encode it, and as an animated GIF everywhere. Each
// file is read back here: its size and frame count against the export's own schedule.

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const scen = parseScenario(readFileSync('scenarios/through-pass.json', 'utf8'), 'through-pass.json');
const params = paramValues(scen, {});
const trace = simulate(resolveDrill(scen, params), scen.seed ?? 1, { scenario: scen.id, params });
const frames = (fps: number, speed: number) => videoSchedule({ ticks: trace.ticks, tickRate: trace.tickRate, speed, fps, holds: verdicts(trace).map((v) => v.tick) }).length;

async function download(page: Page, click: () => Promise<unknown>, timeout = 180_000): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout }), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

async function canEncodeH264(page: Page): Promise<boolean> {
  return page.evaluate(async () => typeof VideoEncoder !== 'undefined'
    && !!(await VideoEncoder.isConfigSupported({ codec: 'avc1.42001f', width: 640, height: 360 }).catch(() => ({ supported: false }))).supported);
}

describe('clips', () => {
  it('MP4: H.264 at the chosen size with one frame per step of the schedule, or a plain "cannot" where there is no encoder', async () => {
    const { page, errors } = await open(browser, 'drill=through-pass&tick=0');
    await page.selectOption('#export-size', '640x360');
    await page.selectOption('#export-speed', '2');
    await page.selectOption('#export-format', 'mp4');
    if (await canEncodeH264(page)) {
      const clip = await download(page, () => page.locator('#export-video').click());
      expect(clip.name).toBe(`onside-through-pass-seed${trace.seed}-640x360-2x.mp4`);
      expect(String.fromCharCode(...clip.bytes.subarray(4, 8))).toBe('ftyp');
      const input = new Input({ source: new BufferSource(clip.bytes), formats: ALL_FORMATS });
      const video = await input.getPrimaryVideoTrack();
      if (!video) throw new Error('the MP4 has no video track');
      expect(await video.getCodec()).toBe('avc');
      expect([video.displayWidth, video.displayHeight]).toEqual([640, 360]);
      expect((await video.computePacketStats()).packetCount).toBe(frames(30, 2));
      expect(await page.locator('#export-status').textContent()).toMatch(/WebCodecs H\.264/);
      console.log(`MP4 640×360 at 2×: ${clip.bytes.length} bytes, ${frames(30, 2)} frames`);
    } else {
      console.log('MP4: this browser cannot encode H.264; checked that it says so');
      await page.locator('#export-video').click();
      await page.waitForFunction(() => /No MP4/.test(document.getElementById('export-status')!.textContent ?? ''));
      expect(await page.locator('#export-status').textContent()).toContain('cannot encode H.264');
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('MP4 where WebCodecs is missing: said plainly, nothing saved', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await ctx.addInitScript(() => { delete (window as any).VideoEncoder; });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let downloads = 0;
    page.on('download', () => { downloads++; });
    await page.goto(`${BASE}?drill=through-pass&renderer=canvas&tick=0`);
    await page.waitForFunction(() => (window as any).__onside?.draws > 0);
    await page.selectOption('#export-format', 'mp4');
    await page.locator('#export-video').click();
    await page.waitForFunction(() => /No MP4/.test(document.getElementById('export-status')!.textContent ?? ''));
    expect(await page.locator('#export-status').textContent()).toBe('No MP4: this browser cannot encode H.264, so it can make no MP4 here: WebM and GIF still work (Chrome, Edge and Safari can make MP4)');
    expect(downloads).toBe(0);
    expect(await page.locator('#export-video').isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('GIF: scaled to at most 854 px wide, 20 frames a second, every frame decoded, the grass green', async () => {
    const { page, errors } = await open(browser, 'drill=through-pass&tick=0');
    await page.selectOption('#export-size', '1920x1080'); // asked big: made at 854 × 480
    await page.selectOption('#export-speed', '2');
    await page.selectOption('#export-format', 'gif');
    const clip = await download(page, () => page.locator('#export-video').click());
    expect(clip.name).toBe(`onside-through-pass-seed${trace.seed}-854x480-2x.gif`);
    const gif = new GifReader(new Uint8Array(clip.bytes));
    expect([gif.width, gif.height]).toEqual([854, 480]);
    expect(gif.numFrames()).toBe(frames(20, 2));
    expect(gif.frameInfo(0).delay).toBe(5); // hundredths of a second: 20 fps
    expect(gif.loopCount()).toBe(0); // loops forever
    const px = new Uint8Array(854 * 480 * 4);
    gif.decodeAndBlitFrameRGBA(gif.numFrames() - 1, px);
    const at = (4 * (Math.round(480 * 0.9) * 854 + 427));
    expect(px[at + 1], `grass at the bottom middle: ${[...px.subarray(at, at + 3)]}`).toBeGreaterThan(px[at] + 20);
    expect(await page.locator('#export-status').textContent()).toMatch(/^Saved .*\.gif: .* 256-colour palette per frame\.$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
