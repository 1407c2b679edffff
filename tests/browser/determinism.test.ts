import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framesDigest } from '../../src/core/trace';
import { runDrill } from '../unit/helpers';
import { launch, open } from './helpers';

// design.md: the same scenario, parameters and seed give the same frames and events, bit for bit,
// in Node and in the browser. Core's math is correctly rounded everywhere (src/core/detmath.ts);
// this checks it where it matters, drill by drill, against what this Node process computes.
const drills = readdirSync('scenarios').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe('Node and the browser record the same run, bit for bit', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); });
  afterAll(async () => { await browser?.close(); });

  for (const name of drills) {
    it(`${name}, two seeds`, async () => {
      for (const seed of [3, 17]) {
        const { page, errors } = await open(browser, `drill=${name}&seed=${seed}`);
        const node = runDrill(name, {}, seed);
        const page1 = await page.evaluate(() => ({ digest: (window as any).__onside.framesDigest(), events: (window as any).__onside.eventsJson() }));
        expect(page1.digest, `${name} seed ${seed}`).toBe(framesDigest(node));
        expect(page1.events).toBe(JSON.stringify(node.events));
        expect(errors).toEqual([]);
        await page.close();
      }
    });
  }
});
