import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeToReach } from '../../src/core/kinematics';
import { simulate } from '../../src/core/simulate';
import { AGENT_FIELDS, BALL_FIELDS } from '../../src/core/trace';
import { traceFramesFromCSV, traceFromJSON, traceToJSONText, CSV_HEADER } from '../../src/core/trace-io';
import { toScreen } from '../../src/render/coords';
import { judgments } from '../../src/view/judgment-facts';
import { discRadius } from '../../src/render/sizes';
import { THEMES } from '../../src/render/palette';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { exportLayout } from '../../src/ui/export/export-layout';
import { videoSeconds } from '../../src/view/export-schedule';
import { headingText } from '../../src/view/frame-facts';
import { verdicts } from '../../src/view/verdicts';
import { launch, open, settled, state } from './helpers';
import { pngSize, webmInfo } from './media-files';

// Analyst mode in the built app: the inspector's numbers against the engine run here in Node,
// event jumps and freeze frames, measuring, the exports captured as downloads and read back
// (CSV, JSON, PNG, WebM), the link, and trace files loaded back (and refused when bad).

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const scen = parseScenario(readFileSync('scenarios/in-behind.json', 'utf8'), 'in-behind.json');
const params = paramValues(scen, {});
const spec = resolveDrill(scen, params);
const trace = simulate(spec, scen.seed ?? 1, { scenario: scen.id, params });
const at = (tick: number, i: number) => {
  const p = tick * trace.stride + BALL_FIELDS + AGENT_FIELDS * i;
  return { x: trace.frames[p], y: trace.frames[p + 1], vx: trace.frames[p + 2], vy: trace.frames[p + 3] };
};

async function download(page: Page, click: () => Promise<unknown>, timeout = 120_000): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout }), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

async function cells(page: Page, id: string): Promise<string[]> {
  return page.locator(`#readout tr[data-entity="${id}"] td`).allTextContents();
}

describe('frame inspector', () => {
  it('shows the recorded numbers of the frame: positions, speeds, headings, ball height, line and margins', async () => {
    const tick = 150;
    const { page, errors } = await open(browser, `drill=in-behind&tick=${tick}`);
    await settled(page);
    const o = tick * trace.stride;
    const ball = await cells(page, 'ball');
    expect(ball.slice(1)).toEqual([
      trace.frames[o].toFixed(2), trace.frames[o + 1].toFixed(2), Math.hypot(trace.frames[o + 3], trace.frames[o + 4]).toFixed(2),
      headingText(Math.hypot(trace.frames[o + 3], trace.frames[o + 4]) < 0.05 ? null : (Math.atan2(trace.frames[o + 4], trace.frames[o + 3]) * 180) / Math.PI),
    ]);
    for (const [i, a] of trace.agents.entries()) {
      const s = at(tick, i);
      const c = await cells(page, a.id);
      expect(c.slice(1, 4), a.id).toEqual([s.x.toFixed(2), s.y.toFixed(2), Math.hypot(s.vx, s.vy).toFixed(2)]);
      // Hover gives the exact number.
      expect(await page.locator(`#readout tr[data-entity="${a.id}"] td`).nth(1).getAttribute('title')).toBe(`x = ${s.x} m`);
    }
    expect(await page.getByTestId('frame-summary').textContent()).toContain(`Tick ${tick} · ${(tick / 50).toFixed(2)} s · ball height ${trace.frames[o + 2].toFixed(2)} m`);
    expect(await page.getByTestId('offside-line').textContent()).toBe(`Offside line x = ${trace.line[tick].toFixed(2)} m`);
    const margins = await page.locator('[data-testid="margins"] li').evaluateAll((ls) => ls.map((l) => [l.getAttribute('data-id'), Number(l.getAttribute('data-margin'))]));
    expect(margins).toEqual(trace.agents.flatMap((a, i) => (a.team === 'attack' ? [[a.id, at(tick, i).x - trace.line[tick]]] : [])));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('distances between picked players, on the pitch and in the panel', async () => {
    const tick = 200;
    const { page, errors } = await open(browser, `drill=in-behind&tick=${tick}`);
    await page.locator('[data-pick="S"]').check();
    await page.locator('[data-pick="GK"]').check();
    await settled(page);
    const s = at(tick, trace.agents.findIndex((a) => a.id === 'S')), g = at(tick, trace.agents.findIndex((a) => a.id === 'GK'));
    const li = page.locator('[data-testid="distances"] li');
    expect(await li.count()).toBe(1);
    expect(Number(await li.getAttribute('data-distance'))).toBe(Math.hypot(s.x - g.x, s.y - g.y));
    expect(await li.textContent()).toBe(`9 ↔ 1: ${Math.hypot(s.x - g.x, s.y - g.y).toFixed(2)} m`);
    // Stepping a frame updates the distance to that frame's.
    await page.keyboard.press('ArrowRight');
    await settled(page);
    const s1 = at(tick + 1, trace.agents.findIndex((a) => a.id === 'S')), g1 = at(tick + 1, trace.agents.findIndex((a) => a.id === 'GK'));
    expect(Number(await li.getAttribute('data-distance'))).toBe(Math.hypot(s1.x - g1.x, s1.y - g1.y));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clicking an event jumps to its tick; a judged pass opens as a freeze frame', async () => {
    const { page, errors } = await open(browser, 'drill=in-behind');
    for (const e of trace.events.filter((x) => x.type === 'shot' || x.type === 'control')) {
      await page.locator(`#events li[data-tick="${e.tick}"] .event-jump`).first().click();
      expect(await state(page, 'tick')).toBe(e.tick);
      expect(await state(page, 'playing')).toBe(false);
      expect(await page.locator(`#events li[data-tick="${e.tick}"] .event-jump`).first().textContent()).toContain(`${e.t.toFixed(2)} s · ${e.tick}`);
    }
    const j = judgments(trace)[0];
    await page.locator(`[data-freeze="${j.tick}"]`).click();
    expect(await state(page, 'tick')).toBe(j.tick);
    const freeze = page.getByTestId('freeze');
    await expect.poll(() => freeze.isVisible()).toBe(true);
    expect(await freeze.textContent()).toContain(`Line x = ${j.lineX.toFixed(2)} m`);
    const rows = await freeze.locator('li').evaluateAll((ls) => ls.map((l) => [l.getAttribute('data-id'), Number(l.getAttribute('data-margin'))]));
    expect(rows).toEqual(j.players.map((p) => [p.id, p.marginM]));
    // Moving off the judgment frame closes it.
    await page.keyboard.press('ArrowRight');
    await settled(page);
    expect(await freeze.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('measures between two players: the distance and the time each needs by the sprint model', async () => {
    const tick = 120;
    const { page, errors } = await open(browser, `drill=in-behind&tick=${tick}`);
    const si = trace.agents.findIndex((a) => a.id === 'S'), gi = trace.agents.findIndex((a) => a.id === 'GK');
    await page.keyboard.press('m');
    const box = (await page.locator('#pitch').boundingBox())!;
    for (const i of [si, gi]) {
      const p = await page.evaluate(([x, y]) => (window as any).__onside.worldToScreen(x, y), [at(tick, i).x, at(tick, i).y]);
      await page.mouse.click(box.x + p.x + 3, box.y + p.y - 2); // a little off-centre: it snaps to the player
    }
    await settled(page);
    const s = at(tick, si), g = at(tick, gi);
    const text = await page.getByTestId('measure').textContent();
    expect(text).toContain('9 → 1');
    expect(text).toContain(`Distance ${Math.hypot(s.x - g.x, s.y - g.y).toFixed(2)} m`);
    const prof = (id: string) => spec.agents.find((a) => a.id === id)!.profile;
    expect(text).toContain(`9 needs ${timeToReach(s.x, s.y, s.vx, s.vy, g.x, g.y, prof('S')).toFixed(2)} s to get there`);
    expect(text).toContain(`1 needs ${timeToReach(g.x, g.y, g.vx, g.vy, s.x, s.y, prof('GK')).toFixed(2)} s to get there`);
    await page.keyboard.press('Escape');
    await settled(page);
    expect(await page.getByTestId('measure').textContent()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the panel sits beside the pitch at 1280×720 and hides for the projector (I)', async () => {
    const { page, errors } = await open(browser, 'drill=in-behind&tick=10');
    const pitch = (await page.locator('#pitch').boundingBox())!;
    const panel = (await page.locator('#panel').boundingBox())!;
    expect(pitch.x + pitch.width).toBeLessThanOrEqual(panel.x + 0.5); // never over the pitch
    await page.keyboard.press('i');
    await settled(page);
    expect(await page.locator('#panel').isVisible()).toBe(false);
    const wide = (await page.locator('#pitch').boundingBox())!;
    expect(wide.width).toBeGreaterThan(pitch.width + 200);
    expect(await state<Record<string, number>>(page, 'transform').then((t) => t.width)).toBeCloseTo(wide.width, 0);
    await page.locator('#panel-btn').click();
    expect(await page.locator('#panel').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('exports', () => {
  it('the trace as CSV (one row per tick per entity, same numbers) and as JSON (the same run)', async () => {
    const { page, errors } = await open(browser, 'drill=in-behind&tick=0');
    const csv = await download(page, () => page.locator('#export-csv').click());
    expect(csv.name).toBe('onside-in-behind-seed11.csv');
    const text = csv.bytes.toString('utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines.length - 1).toBe(trace.ticks * (trace.agents.length + 1));
    const back = traceFramesFromCSV(text);
    expect(back.ticks).toBe(trace.ticks);
    expect(back.frames.every((v, k) => Object.is(v, trace.frames[k]))).toBe(true);
    const json = await download(page, () => page.locator('#export-json').click());
    expect(json.bytes.toString('utf8')).toBe(traceToJSONText(trace)); // the file onside run --trace writes
    const t = traceFromJSON(JSON.parse(json.bytes.toString('utf8')));
    expect(t.events).toEqual(trace.events);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the frame as a PNG at projector resolution, the players where the layout puts them', async () => {
    const tick = 40;
    const { page, errors } = await open(browser, `drill=in-behind&tick=${tick}`);
    await page.selectOption('#export-size', '1920x1080');
    const png = await download(page, () => page.locator('#export-png').click());
    expect(png.name).toBe(`onside-in-behind-seed11-tick${tick}-1920x1080.png`);
    expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
    const L = exportLayout(1920, 1080, scen.view, trace.pitch);
    const r = discRadius(L.labelPx);
    const probes = trace.agents.flatMap((a, i) => {
      if (a.id !== 'W' && a.id !== 'GK') return []; // well apart from everyone at this frame
      const c = toScreen(L.transform, at(tick, i).x, at(tick, i).y);
      return [{ x: c.x + r * 0.65, y: c.y, want: THEMES.dark.teams[a.team].fill }];
    });
    const grass = toScreen(L.transform, 60, 64);
    probes.push({ x: grass.x, y: grass.y, want: -1 });
    const blank = await browser.newPage();
    const got = await blank.evaluate(async ({ b64, pts }) => {
      const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      return pts.map((p) => [...ctx.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data.slice(0, 3)]);
    }, { b64: png.bytes.toString('base64'), pts: probes });
    const rgb = (c: number) => [(c >> 16) & 255, (c >> 8) & 255, c & 255];
    probes.forEach((p, k) => {
      if (p.want >= 0) expect(got[k].every((v, n) => Math.abs(v - rgb(p.want)[n]) <= 12), `disc colour at ${p.x},${p.y}: ${got[k]}`).toBe(true);
      else expect([THEMES.dark.pitch, THEMES.dark.stripe].some((c) => got[k].every((v, n) => Math.abs(v - rgb(c)[n]) <= 6)), `grass: ${got[k]}`).toBe(true);
    });
    await blank.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the drill as a WebM video of the expected duration that Chromium plays; cancelling stops it', async () => {
    const { page, errors } = await open(browser, 'drill=in-behind&tick=0');
    await page.selectOption('#export-size', '640x360');
    await page.selectOption('#export-speed', '2');
    const t0 = Date.now();
    const vid = await download(page, () => page.locator('#export-video').click(), 240_000);
    const ms = Date.now() - t0;
    expect(vid.name).toBe('onside-in-behind-seed11-640x360-2x.webm');
    const info = webmInfo(vid.bytes);
    const want = Math.round(videoSeconds({ ticks: trace.ticks, tickRate: 50, speed: 2, fps: 30, holds: verdicts(trace).map((v) => v.tick) }) * 30) / 30;
    expect(info.docType).toBe('webm');
    expect(info.hasVideoTrack).toBe(true);
    expect(Math.abs(info.durationS - want)).toBeLessThan(0.05);
    expect(await page.locator('#export-status').textContent()).toMatch(/WebCodecs VP8/);
    // Chromium loads it, reports the duration, and a frame decodes to a picture of the pitch.
    const player = await browser.newPage();
    const played = await player.evaluate(async (b64) => {
      const v = document.createElement('video');
      v.muted = true;
      v.src = URL.createObjectURL(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'video/webm' }));
      await new Promise((ok, no) => { v.onloadeddata = ok; v.onerror = () => no(new Error(`video error ${v.error?.code}`)); });
      v.currentTime = 1;
      await new Promise((ok) => { v.onseeked = ok; });
      // 'seeked' can come before the frame is composited (seen on a slower machine: a blank
      // read). Read again until a painted frame arrives; a video that never paints still fails.
      const c = new OffscreenCanvas(v.videoWidth, v.videoHeight);
      const ctx = c.getContext('2d')!;
      let px = new Uint8ClampedArray(4);
      for (let tries = 0; tries < 40; tries++) {
        ctx.drawImage(v, 0, 0);
        px = ctx.getImageData(Math.round(v.videoWidth / 2), Math.round(v.videoHeight * 0.9), 1, 1).data;
        if (px[3] > 0 && px[0] + px[1] + px[2] > 0) break;
        await new Promise((ok) => setTimeout(ok, 50));
      }
      return { duration: v.duration, width: v.videoWidth, height: v.videoHeight, px: [px[0], px[1], px[2]] };
    }, vid.bytes.toString('base64'));
    expect(played.width).toBe(640);
    expect(played.height).toBe(360);
    expect(Math.abs(played.duration - want)).toBeLessThan(0.1);
    expect(played.px[1]).toBeGreaterThan(played.px[0] + 20); // green grass
    await player.close();
    console.log(`video export 640×360 at 2×: ${want.toFixed(2)} s of video, ${vid.bytes.length} bytes, ${ms} ms`);

    // Cancel: a long one (projector size, a quarter speed) stopped part way saves nothing.
    let downloads = 0;
    page.on('download', () => { downloads++; });
    await page.selectOption('#export-size', '1920x1080');
    await page.selectOption('#export-speed', '0.25');
    await page.locator('#export-video').click();
    await page.waitForFunction(() => Number((document.getElementById('export-progress') as HTMLProgressElement).value) > 0.02);
    await page.locator('#export-cancel').click();
    await page.waitForFunction(() => /cancelled/.test(document.getElementById('export-status')!.textContent ?? ''));
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
    expect(await page.locator('#export-progress').isVisible()).toBe(false);
    expect(await page.locator('#export-video').isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without WebCodecs, MediaRecorder records a WebM in real time', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await ctx.addInitScript(() => { delete (window as any).VideoEncoder; });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${(await import('./helpers')).BASE}?drill=through-pass&renderer=canvas&tick=0`);
    await page.waitForFunction(() => (window as any).__onside?.draws > 0);
    await page.selectOption('#export-size', '640x360');
    await page.selectOption('#export-speed', '2');
    const vid = await download(page, () => page.locator('#export-video').click());
    expect([...vid.bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(await page.locator('#export-status').textContent()).toMatch(/MediaRecorder/);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});

describe('links and loaded traces', () => {
  it('copy link: the exact drill, timing, seed and frame on the clipboard, confirmed; a text box where there is no clipboard', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await ctx.newPage();
    const { BASE } = await import('./helpers');
    await page.goto(`${BASE}?drill=in-behind&renderer=canvas&passTime=1.5&seed=5&tick=90`);
    await page.waitForFunction(() => (window as any).__onside?.draws > 0);
    await page.keyboard.press('ArrowRight');
    await page.locator('#copy-link').click();
    await expect.poll(() => page.getByTestId('copy-status').textContent()).toBe('Link copied ✓');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const q = new URL(link).searchParams;
    expect([q.get('drill'), q.get('seed'), q.get('passTime'), q.get('tick')]).toEqual(['in-behind', '5', '1.5', '91']);
    await ctx.close();

    const bare = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await bare.addInitScript(() => { Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }); });
    const p2 = await bare.newPage();
    await p2.goto(`${BASE}?drill=in-behind&renderer=canvas&tick=12`);
    await p2.waitForFunction(() => (window as any).__onside?.draws > 0);
    await p2.locator('#copy-link').click();
    await expect.poll(() => p2.locator('#link-field').isVisible()).toBe(true);
    expect(new URL(await p2.locator('#link-field').inputValue()).searchParams.get('tick')).toBe('12');
    expect(await p2.getByTestId('copy-status').textContent()).toMatch(/copy the link from the box/);
    await bare.close();
  });

  it('an exported trace loads back and replays with the same controls', async () => {
    const { page, errors } = await open(browser, 'drill=through-pass');
    const text = traceToJSONText(trace);
    await page.setInputFiles('#trace-input', { name: 'run.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForFunction(() => (window as any).__onside.drill === 'in-behind');
    expect(await state(page, 'tick')).toBe(0);
    expect(await state(page, 'playing')).toBe(false);
    expect((await state<string[]>(page, 'notices')).join()).toMatch(/run\.json: the same run as "Running in behind a high line"/);
    await page.keyboard.press('ArrowRight');
    expect(await state(page, 'tick')).toBe(1);
    const b = await page.evaluate(() => (window as any).__onside.ballAt());
    expect([b.x, b.y]).toEqual([trace.frames[trace.stride], trace.frames[trace.stride + 1]]);

    // One number changed: no drill reproduces it, so it replays as a recording, text as text.
    const o = JSON.parse(text);
    o.frames[5].agents.S.x += 0.25;
    o.agents[1].label = '<b>9';
    await page.setInputFiles('#trace-input', { name: '<img src=x onerror="window.__pwned=1">.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(o)) });
    await page.waitForFunction(() => document.getElementById('title')?.textContent?.startsWith('Recording:'));
    expect(await page.locator('#title').textContent()).toBe('Recording: <img src=x onerror="window.__pwned=1">.json');
    expect(await page.locator('#app img').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    await page.locator('#scrub').fill('5');
    await settled(page);
    expect((await cells(page, 'S'))[1]).toBe((trace.frames[5 * trace.stride + BALL_FIELDS + AGENT_FIELDS * 1] + 0.25).toFixed(2));
    expect(await page.locator('#readout tr[data-entity="S"] td').first().textContent()).toContain('<b>9 att');
    await page.locator('#copy-link').click();
    expect(await page.getByTestId('copy-status').textContent()).toMatch(/has no link/);
    await page.locator('#play').click(); // the same controls play a recording
    await page.waitForFunction(() => (window as any).__onside.tick > 20);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a trace of another version, a damaged one or a hostile one is refused with a message; the drill stays as it was', async () => {
    const { page, errors } = await open(browser, 'drill=through-pass&passSpeed=15&tick=60');
    const before = { drill: await state(page, 'drill'), tick: await state(page, 'tick'), params: await state(page, 'params'), outcome: await page.locator('#outcome').textContent(), title: await page.locator('#title').textContent() };
    const good = traceToJSONText(trace);
    const bad: [string, string, RegExp][] = [
      ['v2.json', good.replace('"version": 1', '"version": 2'), /v2\.json could not be loaded.*this build reads version 1, the file is version 2/s],
      ['cut.json', good.slice(0, 5000), /cut\.json could not be loaded.*expected valid JSON: line \d+, column \d+/s],
      ['binary.json', '\u0089PNG\r\n\u001a\n\u0000\u0000', /binary\.json could not be loaded.*expected valid JSON/s],
      ['judgment.json', good.replace('"offsideLine":', '"offsideLine":"<script>window.__pwned=1</script>","was":'), /judgment\.json could not be loaded.*\$\.events\[\d+\]\.judgment/s],
    ];
    for (const [name, text, message] of bad) {
      const n = (await state<string[]>(page, 'notices')).length;
      await page.setInputFiles('#trace-input', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.waitForFunction((k) => (window as any).__onside.notices.length > k, n);
      expect((await state<string[]>(page, 'notices')).at(-1)).toMatch(message);
      expect({ drill: await state(page, 'drill'), tick: await state(page, 'tick'), params: await state(page, 'params'), outcome: await page.locator('#outcome').textContent(), title: await page.locator('#title').textContent() }).toEqual(before);
    }
    expect(await page.locator('#notices script').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});
