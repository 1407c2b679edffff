import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweep, type Sweep } from '../../src/analysis/sweep';
import { robustSentence, robustWindows } from '../../src/analysis/robust-window';
import { cellClass, timingWindow } from '../../src/analysis/window';
import { parseScenario } from '../../src/scenario/load';
import { bandSegments, bandSummary } from '../../src/view/band-layout';
import { sweepToSVG } from '../../src/view/plot-svg';
import { CLASS_STYLE, sideClasses } from '../../src/view/timing-classes';
import { onside } from './cli-process';

// `onside sweep --plot OUT.svg`: the band or the map as the viewer draws them, for a report.
// The picture is read back by its own data attributes: every rectangle is a cell or a segment.

const drill = parseScenario(readFileSync('scenarios/in-behind.json', 'utf8'), 'in-behind.json');

interface Box { cls: string; x: number; y: number; w: number; h: number; fill: string; attrs: Record<string, string> }

function boxes(svg: string): Box[] {
  return [...svg.matchAll(/<rect ([^>]*)\/>/g)].map((m) => {
    const attrs = Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    return { cls: attrs['data-class'], x: +attrs.x, y: +attrs.y, w: +attrs.width, h: +attrs.height, fill: attrs.fill, attrs };
  }).filter((b) => b.cls !== undefined);
}

function lastText(svg: string): string {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].at(-1)![1];
}

describe('sweepToSVG', () => {
  const one: Sweep = sweep(drill, { vary: [{ name: 'runStart', from: 0, to: 4, step: 0.1 }], seed: 11 });

  it('one seed: a segment per band, in its class colour, tiling the track, with the viewer\'s sentence', () => {
    const svg = sweepToSVG(one, { title: drill.title, labels: { runStart: 'Run start' }, units: { runStart: 's' } });
    const segs = bandSegments(timingWindow(one), 0, 4);
    const got = boxes(svg);
    expect(got.map((b) => b.cls)).toEqual(segs.map((s) => s.cls));
    for (const b of got) expect(b.fill).toBe(CLASS_STYLE[b.cls as keyof typeof CLASS_STYLE].colour);
    for (let k = 1; k < got.length; k++) expect(got[k].x).toBeCloseTo(got[k - 1].x + got[k - 1].w, 0); // no gap, no overlap (0.1 px rounding)
    expect(lastText(svg)).toBe(bandSummary(segs, { label: 'Run start', unit: 's' }));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('several seeds: each timing is a column stacked by its share of tries, the green part its share of chances', () => {
    const many = sweep(drill, { vary: [{ name: 'runStart', from: 0.6, to: 3, step: 0.2 }], seed: 3, seeds: 6 });
    const svg = sweepToSVG(many, { labels: { runStart: 'Run start' }, units: { runStart: 's' } });
    const got = boxes(svg);
    const xs = many.axes[0].values;
    const full = Math.max(...xs.map((v) => got.filter((b) => +b.attrs['data-value'] === v).reduce((n, b) => n + b.h, 0)));
    for (const [k, v] of xs.entries()) {
      const col = got.filter((b) => +b.attrs['data-value'] === v);
      expect(col.reduce((n, b) => n + b.h, 0), `${v}: the shares fill the column`).toBeCloseTo(full, 0);
      const c = many.cells[k];
      if (!('classes' in c)) throw new Error('expected a cell of several seeds');
      const green = col.filter((b) => b.cls === 'works').reduce((n, b) => n + b.h, 0);
      expect(green / full, `${v}: the green part is the share of chances`).toBeCloseTo(c.classes.works ?? 0, 2);
    }
    expect(lastText(svg)).toBe(robustSentence('Run start', 's', robustWindows(many)));
    expect(lastText(svg)).toMatch(/works in \d of 6 tries from/);
  });

  it('two axes: a cell per pair, the first axis up the side, each in its row\'s display class', () => {
    const two = sweep(drill, { vary: [{ name: 'runStart', from: 0, to: 3, step: 0.5 }, { name: 'passTime', from: 1, to: 3, step: 0.5 }], seed: 2 });
    const got = boxes(sweepToSVG(two));
    expect(got).toHaveLength(7 * 5);
    for (let r = 0; r < 7; r++) {
      const want = sideClasses(two.cells.slice(r * 5, r * 5 + 5).map(cellClass));
      const row = got.filter((b) => +b.attrs['data-row'] === r).sort((a, b) => a.x - b.x);
      expect(row.map((b) => b.cls)).toEqual(want);
    }
    const bottom = got.filter((b) => b.attrs['data-row'] === '0')[0].y, top = got.filter((b) => b.attrs['data-row'] === '6')[0].y;
    expect(bottom).toBeGreaterThan(top); // the first row is drawn at the bottom, as on a graph
  });

  it('text from the drill file is escaped, never markup', () => {
    const svg = sweepToSVG(one, { title: '<script>alert(1)</script> & "x"', labels: { runStart: '<b>Run</b>' } });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
});

describe('onside sweep --plot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'onside-plot-'));

  it('writes the picture and still prints the sweep', async () => {
    const out = join(dir, 'band.svg');
    const r = await onside('sweep', 'scenarios/in-behind.json', '--vary', 'runStart=0:4:0.5', '--plot', out);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).cells).toHaveLength(9);
    expect(r.stderr).toContain(`drew the band in ${out}`);
    const svg = readFileSync(out, 'utf8');
    expect(boxes(svg).length).toBeGreaterThan(0);
    expect(svg).toContain('Running in behind');
  });

  it('refuses a name that is not .svg, and a folder that does not exist, saying which', async () => {
    const png = await onside('sweep', 'scenarios/in-behind.json', '--vary', 'runStart=0:4:0.5', '--plot', join(dir, 'x.png'));
    expect(png.code).toBe(2);
    expect(png.stderr).toContain('--plot');
    expect(png.stderr).toContain('expected a file name ending in .svg');
    const missing = join(dir, 'nope', 'x.svg');
    const r = await onside('sweep', 'scenarios/in-behind.json', '--vary', 'runStart=0:4:0.5', '--plot', missing);
    expect(r.stderr).toContain('cannot write the file (its folder does not exist)');
    expect(r.code).not.toBe(0);
    expect(existsSync(missing)).toBe(false);
  });
});
