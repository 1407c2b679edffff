import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RunCell } from '../../src/analysis/cell';
import { gridValues } from '../../src/analysis/grid';
import { sweep } from '../../src/analysis/sweep';
import { timingWindow } from '../../src/analysis/window';
import { parseScenario } from '../../src/scenario/load';
import type { ScenarioFile } from '../../src/scenario/types';
import { bandSegments, bandSummary, relativeRange, segmentAt, trackFraction, valueAtFraction } from '../../src/view/band-layout';
import { marginWords, placeWords } from '../../src/view/cell-words';
import { coarseToFine, gridAxis, rowChunks, spanChunks, workerCount, type Chunk } from '../../src/ui/sweep/sweep-chunks';
import { SweepPool, type WorkerLike } from '../../src/ui/sweep/sweep-pool';
import type { FromWorker, ToWorker } from '../../src/ui/sweep/sweep-protocol';
import { bandCandidates, mapAxes, referenceOf } from '../../src/view/timing-axes';
import { CLASS_STYLE, legendOf, sideClasses, TIMING_CLASSES } from '../../src/view/timing-classes';
import { contrastRatio } from '../../src/render/palette';
import { commandFor, SHORTCUTS } from '../../src/ui/state/keyboard';

// The viewer's timing windows, pure parts: the band's layout and words, the classes and their
// legend, how the sweeps are cut into chunks for the workers and put back together, and the pool
// that hands the chunks out.

const DRILLS = readdirSync('scenarios').filter((f) => f.endsWith('.json')).map((f) => parseScenario(readFileSync(`scenarios/${f}`, 'utf8'), f));
const drill = (id: string): ScenarioFile => DRILLS.find((d) => d.id === id)!;

describe('classes and legend', () => {
  it.each([
    // in-behind's run start at the defaults: a run cut out while offside-positioned is early
    [['offside', 'lost', 'offside', 'works', 'works', 'lost', 'lost'], ['offside', 'early', 'offside', 'works', 'works', 'late', 'late']],
    [['lost', 'works', 'lost', 'works', 'lost'], ['early', 'works', 'lost', 'works', 'late']],
    [['lost', 'offside', 'lost'], ['lost', 'offside', 'lost']], // nothing works: neither early nor late
    [['works', 'works'], ['works', 'works']],
    [[], []],
  ] as const)('%j → %j', (input, out) => {
    expect(sideClasses(input)).toEqual(out);
  });

  it('the legend lists the classes present, always in the same order', () => {
    expect(legendOf(['late', 'works', 'offside', 'works', 'early'])).toEqual(['offside', 'works', 'early', 'late']);
    expect(legendOf([])).toEqual([]);
  });

  it('every class has its own colour, and its words read on it at 4.5:1', () => {
    const colours = TIMING_CLASSES.map((c) => CLASS_STYLE[c].colour);
    expect(new Set(colours).size).toBe(colours.length);
    const hex = (s: string) => parseInt(s.slice(1), 16);
    for (const c of TIMING_CLASSES) expect(contrastRatio(hex(CLASS_STYLE[c].ink), hex(CLASS_STYLE[c].colour)), c).toBeGreaterThanOrEqual(4.5);
  });
});

/** A 1-D sweep written by hand: values and the outcome at each. */
function fakeSweep(name: string, xs: number[], outcomes: RunCell['outcome'][]) {
  const cells: RunCell[] = xs.map((x, k) => ({
    values: { [name]: x }, outcome: outcomes[k], agent: null, played: true,
    offsideMarginM: null, raceMarginS: null, separationM: null, controlT: null, shotT: outcomes[k] === 'goal' ? 5 : null,
  }));
  return { axes: [{ name, values: xs }], cells };
}

describe('band layout', () => {
  const xs = gridValues(0, 4, 0.5); // 0 … 4
  const outcomes: RunCell['outcome'][] = ['offside', 'offside', 'intercepted', 'offside', 'goal', 'goal', 'intercepted', 'tackled', 'intercepted'];
  const segs = bandSegments(timingWindow(fakeSweep('runStart', xs, outcomes)), 0, 4);

  it('tiles the track with the side classes, edges halfway between swept values', () => {
    expect(segs.map((s) => s.cls)).toEqual(['offside', 'early', 'offside', 'works', 'late']);
    expect(segs.map((s) => [s.lo, s.hi])).toEqual([[0, 0.75], [0.75, 1.25], [1.25, 1.75], [1.75, 2.75], [2.75, 4]]);
    expect(segs[0].left).toBe(0);
    for (let k = 1; k < segs.length; k++) expect(segs[k].left).toBeCloseTo(segs[k - 1].left + segs[k - 1].width, 12);
    expect(segs.at(-1)!.left + segs.at(-1)!.width).toBeCloseTo(1, 12);
  });

  it('finds the segment of a value, the marker position, and the value under a click', () => {
    expect(segmentAt(segs, 2.2)?.cls).toBe('works');
    expect(segmentAt(segs, 3.9)?.cls).toBe('late');
    expect(segmentAt(segs, 5)).toBeNull();
    expect(trackFraction(1, 0, 4)).toBe(0.25);
    expect(trackFraction(-1, 0, 4)).toBe(0);
    expect(trackFraction(9, 0, 4)).toBe(1);
    expect(valueAtFraction(0.0751, 0, 4, 0.05)).toBe(0.3); // not 0.30000000000000004
    expect(valueAtFraction(1.2, 0.5, 4, 0.05)).toBe(4);
    expect(valueAtFraction(0.5, 0.3, 3, 0.05)).toBe(1.65);
  });

  it.each([
    [1.55, 2.45, 'from 0.45 s before to 0.45 s after the pass'],
    [0.8, 1.2, '1.2 to 0.8 s before the pass'],
    [2.1, 2.5, '0.1 to 0.5 s after the pass'],
    [1.5, 2, 'from 0.5 s before the pass up to it'],
    [2, 2, 'with the pass'],
    [2.3, 2.3, '0.3 s after the pass'],
  ])('%d to %d against a pass at 2 s: %s', (a, b, words) => {
    expect(relativeRange(a, b, 2, 'the pass')).toBe(words);
  });

  it('says the working range against the pass, before and after', () => {
    expect(bandSummary(segs, { label: 'Run start', unit: 's', reference: { value: 2, word: 'the pass' } }))
      .toBe('Run start works from 2 to 2.5 s: from the pass to 0.5 s after it.');
    const before = bandSegments(timingWindow(fakeSweep('runStart', [0.5, 1, 1.5, 2], ['goal', 'goal', 'tackled', 'tackled'])), 0.5, 2);
    expect(bandSummary(before, { label: 'Run start', unit: 's', reference: { value: 1.6, word: 'the pass' } }))
      .toBe('Run start works from 0.5 to 1 s: 1.1 to 0.6 s before the pass.');
    const none = bandSegments(timingWindow(fakeSweep('passTime', [1, 2], ['offside', 'tackled'])), 1, 2);
    expect(bandSummary(none, { label: 'Pass time', unit: 's' })).toBe('Pass time: no timing works here.');
    const two = bandSegments(timingWindow(fakeSweep('x', [1, 2, 3], ['goal', 'out', 'goal'])), 1, 3);
    expect(bandSummary(two, { label: 'Run start', unit: 's', reference: { value: 2, word: 'the pass' } })).toBe('Run start works at 1 s, and at 3 s.');
  });
});

describe('grids and chunks', () => {
  it('picks a map grid on the slider\'s own steps, through the default, both ends on it when a divisor fits', () => {
    const ib = drill('in-behind').params!;
    expect(gridAxis('runStart', ib.runStart, 26)).toEqual({ name: 'runStart', from: 0, to: 4, step: 0.2 }); // 21 values, 4 on the grid
    const pt = gridAxis('passTime', ib.passTime, 26);
    expect(pt.step).toBe(0.15);
    expect(pt.from).toBe(0.5); // 2 − 10 × 0.15
    expect(gridAxis('passTime', { min: 0.3, max: 3, step: 0.05, default: 1 }, 26)).toEqual({ name: 'passTime', from: 0.4, to: 3, step: 0.15 });
    expect(gridValues(pt.from, pt.to, pt.step)).toHaveLength(24); // 0.5 … 3.95
    expect(gridAxis('runStart', ib.runStart, 1000).step).toBe(0.05); // never finer than the slider
    for (const s of DRILLS) {
      for (const [name, p] of Object.entries(s.params ?? {})) {
        const a = gridAxis(name, p, 26);
        const v = gridValues(a.from, a.to, a.step);
        expect(v.length, `${s.id} ${name}`).toBeLessThanOrEqual(26);
        expect(v.length, `${s.id} ${name}`).toBeGreaterThanOrEqual(14);
        // every value is one the slider can show: a whole number of slider steps from min
        for (const x of v) expect(Math.abs((x - p.min) / p.step - Math.round((x - p.min) / p.step)), `${s.id} ${name} ${x}`).toBeLessThan(1e-9);
        expect(v, `${s.id} ${name}: the drill as written is a cell`).toContain(p.default);
        expect(v[0] - p.min, `${s.id} ${name} starts within a step of min`).toBeLessThan(a.step);
        expect(v[0]).toBeGreaterThanOrEqual(p.min);
      }
    }
  });

  it('orders rows coarse to fine: a permutation whose every prefix spreads over the range', () => {
    for (let n = 1; n <= 40; n++) {
      const o = coarseToFine(n);
      expect([...o].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, k) => k));
      if (n < 3) continue;
      expect(o.slice(0, 3)).toEqual([0, n - 1, (n - 1) >> 1]);
      // after 2^j + 1 rows no gap between them is wider than (n − 1) / 2^j, rounded up
      for (let j = 1; (1 << j) + 1 <= n; j++) {
        const got = o.slice(0, (1 << j) + 1).sort((a, b) => a - b);
        const gap = Math.max(...got.slice(1).map((x, k) => x - got[k]));
        expect(gap, `n ${n}, j ${j}`).toBeLessThanOrEqual(Math.ceil((n - 1) / (1 << j)));
      }
    }
  });

  it('row chunks cover the map once, each row a one-value sweep of the row axis', () => {
    const rows = { name: 'passTime', from: 0.5, to: 3.95, step: 0.15 }, cols = { name: 'runStart', from: 0, to: 4, step: 0.2 };
    const ys = gridValues(rows.from, rows.to, rows.step), xs = gridValues(cols.from, cols.to, cols.step);
    const chunks = rowChunks(rows, cols);
    expect(chunks).toHaveLength(ys.length);
    expect(chunks.flatMap((c) => c.index).sort((a, b) => a - b)).toEqual(Array.from({ length: xs.length * ys.length }, (_, k) => k));
    for (const c of chunks) {
      const r = c.index[0] / xs.length;
      expect(gridValues(c.vary[0].from, c.vary[0].to, c.vary[0].step)).toEqual([ys[r]]);
      expect(gridValues(c.vary[1].from, c.vary[1].to, c.vary[1].step)).toEqual(xs);
    }
  });

  it('span chunks give every band exactly the whole grid\'s values, for every drill\'s timings', () => {
    for (const s of DRILLS) {
      for (const name of bandCandidates(s)) {
        const axis = gridAxis(name, s.params![name], 121);
        const whole = gridValues(axis.from, axis.to, axis.step);
        for (const parts of [1, 2, 3, 4, 7, 8]) {
          const chunks = spanChunks(axis, parts);
          expect(chunks.flatMap((c) => c.index), `${s.id} ${name} ${parts}`).toEqual(whole.map((_, k) => k));
          const values = chunks.flatMap((c) => gridValues(c.vary[0].from, c.vary[0].to, c.vary[0].step));
          expect(values, `${s.id} ${name} ${parts}`).toEqual(whole);
        }
      }
    }
  });

  it('a band swept in chunks is the band swept whole, cell for cell', () => {
    const s = drill('in-behind');
    const axis = gridAxis('runStart', s.params!.runStart, 121);
    const whole = sweep(s, { vary: [axis], seed: 11 });
    const chunked = spanChunks(axis, 4).flatMap((c) => sweep(s, { vary: c.vary, seed: 11 }).cells);
    expect(chunked).toEqual(whole.cells);
  });

  it('uses one worker per core, at least two', () => {
    expect([undefined, 0, 1, 2, 3, 8].map((n) => workerCount(n))).toEqual([2, 2, 2, 2, 3, 8]);
  });
});

describe('timings shown', () => {
  it('the band tries the run start first, then the pass or cross time; the map pairs them', () => {
    expect(bandCandidates(drill('in-behind')).slice(0, 2)).toEqual(['runStart', 'passTime']);
    expect(bandCandidates(drill('back-post-cross'))).toEqual(['runStart', 'crossTime']);
    expect(mapAxes(drill('back-post-cross'))).toEqual(['runStart', 'crossTime']);
    expect(mapAxes(drill('through-pass'))).toEqual(['runStart', 'passTime']);
    expect(referenceOf(drill('back-post-cross'), 'runStart')).toEqual({ name: 'crossTime', word: 'the cross' });
    expect(referenceOf(drill('in-behind'), 'passTime')).toEqual({ name: 'runStart', word: 'the run' });
    for (const s of DRILLS) expect(mapAxes(s), s.id).not.toBeNull();
  });

  it('G pins the run as a ghost (and the shortcut is listed)', () => {
    expect(commandFor({ key: 'g', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false })).toEqual({ do: 'ghost' });
    expect(commandFor({ key: 'g', shiftKey: false, ctrlKey: true, metaKey: false, altKey: false })).toBeNull();
    expect(SHORTCUTS.some(([k]) => k === 'G')).toBe(true);
  });

  it('names a cell and its margins', () => {
    const cell: RunCell = { values: { runStart: 1.6, passTime: 2 }, outcome: 'goal', agent: 'S', played: true, offsideMarginM: -0.4337, raceMarginS: 1.2128, separationM: 6.485, controlT: 3.7, shotT: 5.6 };
    const ib = drill('in-behind').params!;
    expect(placeWords(cell, [{ name: 'runStart', def: ib.runStart }, { name: 'passTime', def: ib.passTime }])).toBe('Run start 1.6 s, pass time 2 s');
    expect(marginWords(cell)).toBe('onside by 0.43 m · the runner gets there 1.21 s first · 6.5 m from the nearest opponent');
    expect(marginWords({ ...cell, offsideMarginM: 0.0935, raceMarginS: -0.3, separationM: null })).toBe('offside by 0.09 m · beaten to the ball by 0.30 s');
    expect(marginWords({ ...cell, offsideMarginM: null, raceMarginS: null, separationM: null })).toBe('no margins apply');
  });
});

/** A worker in this process: answers each chunk with one cell per grid value, after a tick. */
class FakeWorker implements WorkerLike {
  static all: FakeWorker[] = [];
  sent: ToWorker[] = [];
  private onMessage: ((ev: MessageEvent<FromWorker>) => void) | null = null;
  constructor() { FakeWorker.all.push(this); }
  postMessage(m: ToWorker): void {
    this.sent.push(m);
    if (m.kind !== 'chunk') return;
    const [a, b] = m.vary;
    const av = gridValues(a.from, a.to, a.step), bv = b ? gridValues(b.from, b.to, b.step) : [undefined];
    const cells = av.flatMap((x) => bv.map((y) => ({ values: { [a.name]: x, ...(b ? { [b.name]: y } : {}) } }) as unknown as RunCell));
    setTimeout(() => this.onMessage?.({ data: { kind: 'cells', job: m.job, chunk: m.chunk, cells, ms: 1 } } as MessageEvent<FromWorker>), 1);
  }
  addEventListener(type: 'message' | 'error', f: (ev: any) => void): void { if (type === 'message') this.onMessage = f; }
  terminate(): void {}
}

describe('sweep pool', () => {
  const setup = { text: '{}', file: 'x.json', base: {}, seed: 1 };
  const band = spanChunks({ name: 'runStart', from: 0, to: 4, step: 0.05 }, 4);
  const map = rowChunks({ name: 'passTime', from: 0.5, to: 2, step: 0.5 }, { name: 'runStart', from: 0, to: 1, step: 0.5 });

  function collect() {
    const got: { chunk: Chunk; n: number }[] = [];
    let done = 0;
    const errors: string[] = [];
    let resolve!: () => void;
    const finished = new Promise<void>((r) => { resolve = r; });
    return { got, errors, finished, get done() { return done; }, cb: { cells: (chunk: Chunk, cells: RunCell[]) => got.push({ chunk, n: cells.length }), done: () => { done++; resolve(); }, error: (m: string) => errors.push(m) } };
  }

  it('runs the band before the map, sends each worker a job once, and finishes each job once', async () => {
    FakeWorker.all = [];
    const pool = new SweepPool(2, () => new FakeWorker());
    const m = collect(), b = collect();
    pool.submit(setup, map, 1, m.cb);
    pool.submit(setup, band, 2, b.cb); // submitted second, but higher priority
    await Promise.all([m.finished, b.finished]);
    expect(b.got.map((g) => g.chunk.id).sort()).toEqual(band.map((c) => c.id));
    expect(m.got.flatMap((g) => g.chunk.index).sort((x, y) => x - y)).toEqual(map.flatMap((c) => c.index).sort((x, y) => x - y));
    expect([m.done, b.done]).toEqual([1, 1]);
    for (const w of FakeWorker.all) {
      const jobs = w.sent.filter((s) => s.kind === 'job').map((s) => s.job);
      expect(new Set(jobs).size).toBe(jobs.length); // each job set up once per worker
      // once the band is submitted, this worker's next chunks are the band's until it runs out
      const chunks = w.sent.filter((s): s is Extract<ToWorker, { kind: 'chunk' }> => s.kind === 'chunk');
      const firstBand = chunks.findIndex((c) => c.job === 2);
      const lastBand = chunks.map((c) => c.job).lastIndexOf(2);
      expect(chunks.slice(firstBand, lastBand + 1).every((c) => c.job === 2)).toBe(true);
      expect(firstBand).toBeLessThanOrEqual(1); // at most one map chunk was already out
    }
  });

  it('a cancelled job hands out no more chunks, reports nothing more, and the workers forget it', async () => {
    FakeWorker.all = [];
    const pool = new SweepPool(2, () => new FakeWorker());
    const a = collect(), b = collect();
    const h = pool.submit(setup, map, 1, a.cb);
    h.cancel();
    pool.submit(setup, band, 1, b.cb);
    await b.finished;
    await new Promise((r) => setTimeout(r, 10));
    expect(a.got).toEqual([]);
    expect(a.done).toBe(0);
    expect(h.finished).toBe(true);
    const mapChunksSent = FakeWorker.all.flatMap((w) => w.sent).filter((s) => s.kind === 'chunk' && s.job === 1).length;
    expect(mapChunksSent).toBeLessThanOrEqual(2); // only what was already out, one per worker
    expect(FakeWorker.all.flatMap((w) => w.sent).some((s) => s.kind === 'forget' && s.job === 1)).toBe(true);
  });
});
