// Pictures of library drills at their judgment frame (the frame the main pass or cross is played
// on, where the offside verdict is drawn), for docs/. Needs the built app served, e.g.
//   node_modules/.bin/vite build --outDir dist-shots && node_modules/.bin/vite preview --outDir dist-shots --port 5790
//   ONSIDE_BASE=http://127.0.0.1:5790/ npx tsx tools/drill-screenshots.ts crossover-run third-man-run:B …
// (DRILL:PLAYER pictures the judged pass or cross by that player; else the first judged one;
// DRILL:PLAYER@STAGE, or DRILL@STAGE, that stage's default run, saved as docs/drill-DRILL-STAGE.png.)
// The frame is found from the drill's own run in Node (its default seed), so the picture is the
// run the link reproduces.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { simulate } from '../src/core/simulate';
import { parseScenario } from '../src/scenario/load';
import { paramValues, resolveDrill } from '../src/scenario/resolve';

const base = process.env.ONSIDE_BASE ?? 'http://127.0.0.1:5790/';
const ids = process.argv.slice(2);
if (!ids.length) throw new Error('name the drills: npx tsx tools/drill-screenshots.ts crossover-run overlap …');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const id of ids) {
  const [drill, stage] = id.split('@');
  const [file, by] = drill.split(':');
  const s = parseScenario(readFileSync(`scenarios/${file}.json`, 'utf8'), `${file}.json`);
  const values = paramValues(s, {}, stage);
  const seed = s.seed ?? 1;
  const t = simulate(resolveDrill(s, values, stage), seed, { scenario: s.id, params: values });
  const main = t.events.find((e) => (e.type === 'pass' || e.type === 'cross') && e.judgment && (by === undefined || e.agent === by));
  if (!main) throw new Error(`${id}: no judged pass or cross in its default run`);
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${base}?drill=${file}${stage ? `&stage=${stage}` : ''}&seed=${seed}&tick=${main.tick}&renderer=canvas`);
  await page.waitForFunction((k) => (window as any).__onside?.draws > 0 && (window as any).__onside.tick === k, main.tick, { timeout: 30_000 });
  // The band and the map filled in, as a coach would see them.
  await page.waitForFunction(() => { const t = (window as any).__onsideTiming; return t && t.map.state === 'done' && t.band.state === 'ready'; }, undefined, { timeout: 60_000, polling: 100 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const out = `docs/drill-${file}${stage ? `-${stage}` : ''}.png`;
  await page.screenshot({ path: out });
  console.log(`${out}: ${s.title}${stage ? ` (${stage})` : ''}, tick ${main.tick} (${main.type} by ${main.agent}), seed ${seed}`);
  await page.close();
}
await browser.close();
