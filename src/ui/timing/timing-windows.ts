import type { RunCell } from '../../analysis/cell';
import { timingWindow, type Band } from '../../analysis/window';
import type { Profile } from '../../core/profile';
import { RaceModel, type Race } from '../../view/race';
import type { ParamValues } from '../../scenario/resolve';
import type { ScenarioFile } from '../../scenario/types';
import { Ghost } from '../panels/ghost';
import type { Run } from '../state/run-drill';
import { gridAxis, rowChunks, spanChunks, workerCount, type Chunk } from '../sweep/sweep-chunks';
import { SweepPool, type JobHandle, type WorkerLike } from '../sweep/sweep-pool';
import type { JobSetup } from '../sweep/sweep-protocol';
import { bandCandidates, mapAxes, referenceOf } from '../../view/timing-axes';
import { installTimingHook } from '../hooks/timing-hook';
import { TimingMap, type MapAxis } from './timing-map';
import { WindowBand } from './window-band';

// The timing-window views of the viewer, kept in step with the run on screen: the band (the
// main timing's 1-D sweep), the map (two timings), the ghost (a pinned run) and who gets there
// first. Sweeps run in Web Workers; a sweep is redone only when something it holds fixed changes
// (another parameter, the seed, the stage): moving a timing the view shows only moves its marker.

export interface TimingHost {
  /** Play the drill at these values (a cell of the map, a point of the band). */
  play(values: ParamValues): void;
  changed(): void; // the picture changed (a ghost pinned)
  labelOf(id: string): string;
}

const BAND_MOST = 121; // values along the band: the slider's own step for every drill's timings
const MAP_MOST = 26; // values along each side of the map (about 500 runs)
const BAND_PRIORITY = 2, MAP_PRIORITY = 1; // the band first: it is small and follows the slider

function without(v: ParamValues, names: readonly string[]): ParamValues {
  const out: ParamValues = {};
  for (const [k, x] of Object.entries(v)) if (!names.includes(k)) out[k] = x;
  return out;
}

const texts = new WeakMap<ScenarioFile, string>();
function textOf(s: ScenarioFile): string {
  let t = texts.get(s);
  if (t === undefined) texts.set(s, (t = JSON.stringify(s)));
  return t;
}

export class TimingWindows {
  readonly band: WindowBand;
  readonly map: TimingMap;
  readonly ghost: Ghost;
  private pool: SweepPool | null = null;
  private bandJob: JobHandle | null = null;
  private mapJob: JobHandle | null = null;
  private bandKey = '';
  private mapKey = '';
  private readonly choice = new Map<string, number>(); // drill|stage → index into bandCandidates
  private readonly settled = new Set<string>();
  private run: Run | null = null;
  private race: { trace: Run['trace']; model: RaceModel; tick: number; last: Race | null } | null = null;
  bands: Band[] = [];
  bandCells: RunCell[] = [];
  readonly stats = { bandJobs: 0, mapJobs: 0, bandMs: NaN, mapMs: NaN, mapStartedAt: NaN, mapDoneAt: NaN, errors: [] as string[] };

  constructor(private readonly host: TimingHost, private readonly makeWorker: () => WorkerLike = defaultWorker) {
    this.band = new WindowBand((name, v) => host.play({ [name]: v }));
    this.map = new TimingMap((values) => host.play(values));
    this.ghost = new Ghost(() => { this.markers(); host.changed(); });
    installTimingHook(this, () => this.run ?? undefined);
  }

  get workers(): number {
    return this.pool?.size ?? 0;
  }

  private get sweepPool(): SweepPool {
    this.pool ??= new SweepPool(workerCount(navigator.hardwareConcurrency), this.makeWorker);
    return this.pool;
  }

  /** A new run is on screen (any cause): redo the sweeps whose fixed settings changed. */
  runChanged(run: Run, recording: boolean): void {
    this.run = run;
    this.ghost.runChanged(run, recording);
    if (this.race?.trace !== run.trace) {
      const profiles: (Profile | undefined)[] = run.trace.agents.map((a) => run.spec.agents.find((s) => s.id === a.id)?.profile);
      this.race = { trace: run.trace, model: new RaceModel(run.trace, profiles), tick: -1, last: null };
    }
    if (recording) {
      this.cancel();
      this.band.hide();
      this.map.hide();
      this.bandKey = this.mapKey = '';
      return;
    }
    this.updateBand(run);
    this.updateMap(run);
    this.markers();
  }

  /** Who gets there first at the shown frame (null when the ball is not travelling). */
  raceAt(tick: number): Race | null {
    const r = this.race;
    if (!r) return null;
    const k = Math.floor(tick);
    if (k !== r.tick) { r.tick = k; r.last = r.model.at(k); }
    return r.last;
  }

  private cancel(): void {
    this.bandJob?.cancel();
    this.mapJob?.cancel();
  }

  private stageKey(run: Run): string {
    return `${run.scenario.id}|${run.variation ?? ''}`;
  }

  private setup(run: Run, base: ParamValues): JobSetup {
    return { text: textOf(run.scenario), file: `${run.scenario.id}.json`, ...(run.variation ? { variation: run.variation } : {}), base, seed: run.seed };
  }

  private bandParam(run: Run): string | null {
    const c = bandCandidates(run.scenario);
    return c.length ? c[Math.min(c.length - 1, this.choice.get(this.stageKey(run)) ?? 0)] : null;
  }

  private updateBand(run: Run): void {
    const name = this.bandParam(run);
    const def = name ? run.scenario.params?.[name] : undefined;
    if (!name || !def) { this.band.hide(); this.bandKey = ''; return; }
    const base = without(run.params, [name]);
    const key = JSON.stringify([this.stageKey(run), run.seed, name, base]);
    if (key === this.bandKey) return;
    this.bandKey = key;
    this.bandJob?.cancel();
    this.band.busy(name, def);
    const axis = gridAxis(name, def, BAND_MOST);
    const chunks = spanChunks(axis, Math.max(2, this.sweepPool.size * 2));
    const total = chunks.reduce((n, c) => n + c.index.length, 0);
    const cells: RunCell[] = new Array(total);
    this.stats.bandJobs++;
    const ref = referenceOf(run.scenario, name);
    this.bandJob = this.sweepPool.submit(this.setup(run, base), chunks, BAND_PRIORITY, {
      cells: (chunk, got) => place(cells, chunk, got),
      done: (ms) => {
        this.stats.bandMs = ms;
        this.bandCells = cells;
        this.bands = timingWindow({ axes: [{ name, values: cells.map((c) => c.values[name]) }], cells });
        if (this.maybeNextCandidate(run)) return;
        this.band.show({
          param: name, def, bands: this.bands,
          summary: ref && run.params[ref.name] !== undefined ? { reference: { value: run.params[ref.name], word: ref.word } } : {},
        });
        this.band.mark(this.run?.params[name] ?? NaN);
      },
      error: (m) => this.failed(`window band: ${m}`),
    });
  }

  /** The first band of a drill (and stage) that is one class from end to end: try the next timing. */
  private maybeNextCandidate(run: Run): boolean {
    const key = this.stageKey(run);
    if (this.settled.has(key)) return false;
    const c = bandCandidates(run.scenario), k = this.choice.get(key) ?? 0;
    if (this.bands.length <= 1 && k + 1 < c.length) {
      this.choice.set(key, k + 1);
      this.bandKey = '';
      if (this.run) this.updateBand(this.run);
      return true;
    }
    this.settled.add(key);
    return false;
  }

  private updateMap(run: Run): void {
    const names = mapAxes(run.scenario);
    const defs = run.scenario.params ?? {};
    if (!names) { this.map.hide(); this.mapKey = ''; return; }
    const base = without(run.params, names);
    const key = JSON.stringify([this.stageKey(run), run.seed, names, base]);
    if (key === this.mapKey) return;
    this.mapKey = key;
    this.mapJob?.cancel();
    const axis = (n: string): MapAxis => ({ name: n, def: defs[n], vary: gridAxis(n, defs[n], MAP_MOST) });
    const x = axis(names[0]), y = axis(names[1]);
    this.map.start(x, y, (id) => this.host.labelOf(id), this.stageKey(run));
    const chunks = rowChunks(y.vary, x.vary); // a row: one pass time, every run start
    this.stats.mapJobs++;
    this.stats.mapStartedAt = performance.now();
    this.stats.mapDoneAt = NaN;
    const workers = this.sweepPool.size;
    this.mapJob = this.sweepPool.submit(this.setup(run, base), chunks, MAP_PRIORITY, {
      cells: (chunk, got) => this.map.put(chunk.index, check(chunk, got)),
      done: (ms) => {
        this.stats.mapMs = ms;
        this.stats.mapDoneAt = performance.now();
        this.map.done(ms, workers, run.seed);
      },
      error: (m) => { this.map.failed(m); this.failed(`timing map: ${m}`); },
    });
  }

  private markers(): void {
    const run = this.run;
    if (!run) return;
    if (this.band.param) this.band.mark(run.params[this.band.param] ?? NaN);
    this.map.mark(run.params, this.ghost.pinned?.params ?? null);
  }

  private failed(message: string): void {
    this.stats.errors.push(message);
    console.warn(`Onside: ${message}`);
  }
}

/** A worker's cells into their places in the whole grid, checking they are the values expected. */
function place(into: RunCell[], chunk: Chunk, got: RunCell[]): void {
  check(chunk, got).forEach((c, n) => { into[chunk.index[n]] = c; });
}

function check(chunk: Chunk, got: RunCell[]): RunCell[] {
  if (got.length !== chunk.index.length) throw new Error(`sweep chunk ${chunk.id}: ${got.length} cells, expected ${chunk.index.length}`);
  return got;
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('../sweep/sweep-worker.ts', import.meta.url), { type: 'module', name: 'onside-sweep' }) as unknown as WorkerLike;
}
