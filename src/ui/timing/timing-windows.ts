import type { RunCell, SeedsCell, SweepCell } from '../../analysis/cell';
import { robustWindows, type RobustWindow } from '../../analysis/robust-window';
import { timingWindow, type Band } from '../../analysis/window';
import type { Profile } from '../../core/profile';
import { RaceModel, type Race } from '../../view/race';
import type { ParamValues } from '../../scenario/resolve';
import type { ScenarioFile } from '../../scenario/types';
import { contentHash } from '../../view/content-hash';
import { MAX_SEED } from '../../analysis/sweep';
import type { Replay } from '../state/replay';
import { gridAxis, rowChunks, spanChunks, workerCount, type Chunk } from '../sweep/sweep-chunks';
import { SweepPool, type JobHandle, type WorkerLike } from '../sweep/sweep-pool';
import type { JobSetup } from '../sweep/sweep-protocol';
import { bandCandidates, mapAxes, referenceOf } from '../../view/timing-axes';
import { TimingMap, type MapAxis } from './timing-map';
import { WindowBand } from './window-band';

// The timing-window views of the viewer, kept in step with the run on screen: the band (the
// main timing's 1-D sweep), the map (two timings) and who gets there first. Sweeps run in Web
// Workers; a sweep is redone only when something it holds fixed changes (the drill's content,
// another parameter, the seed, the stage): moving a timing the view shows only moves its marker.
// Every cache is keyed by the drill's content (a hash of its resolved text), never by its id: an
// edited copy of a drill is another drill.

export interface TimingHost {
  /** Play the drill at these values (a cell of the map, a point of the band). */
  play(values: ParamValues): void;
  labelOf(id: string): string;
}

const BAND_MOST = 81; // values along the band: the slider's own step for most drills' timings
const MAP_MOST = 26; // values along each side of the map (about 500 cells)
/** Tries per timing: the band and the map are swept over the seeds seed … seed + TRIES − 1, so
 *  the window shown is the one that holds in most tries, not one seed's slivers; the run on
 *  screen (its seed) is always one of them. */
export const TRIES = 10;
// The map's first pass (the seed on screen, about 500 runs) before the band's ten tries (810 runs):
// the smaller job first, so neither waits long for the other; the map's own tries last of all.
const MAP_PRIORITY = 3, BAND_PRIORITY = 2, MAP_TRIES_PRIORITY = 1;

function without(v: ParamValues, names: readonly string[]): ParamValues {
  const out: ParamValues = {};
  for (const [k, x] of Object.entries(v)) if (!names.includes(k)) out[k] = x;
  return out;
}

const texts = new WeakMap<ScenarioFile, { text: string; hash: string }>();
function textOf(s: ScenarioFile): { text: string; hash: string } {
  let t = texts.get(s);
  if (t === undefined) {
    const text = JSON.stringify(s);
    texts.set(s, (t = { text, hash: contentHash(text) }));
  }
  return t;
}

export class TimingWindows {
  readonly band: WindowBand;
  readonly map: TimingMap;
  private pool: SweepPool | null = null;
  private bandJob: JobHandle | null = null;
  private mapJob: JobHandle | null = null;
  private bandKey = '';
  private mapKey = '';
  private readonly choice = new Map<string, number>(); // drill|stage → index into bandCandidates
  private readonly settled = new Set<string>();
  private run: Replay | null = null;
  private pinned: ParamValues | null = null; // the ghost's timings, marked on the map
  private race: { trace: Replay['trace']; model: RaceModel; tick: number; last: Race | null } | null = null;
  bands: Band[] = [];
  bandCells: SweepCell[] = [];
  robust: RobustWindow[] = [];
  readonly stats = { bandJobs: 0, mapJobs: 0, bandMs: NaN, mapMs: NaN, mapStartedAt: NaN, mapTriesMs: NaN, bandStartedAt: NaN, bandDoneAt: NaN, mapDoneAt: NaN, errors: [] as string[] };

  constructor(private readonly host: TimingHost, private readonly makeWorker: () => WorkerLike = defaultWorker) {
    this.band = new WindowBand((name, v) => host.play({ [name]: v }));
    this.map = new TimingMap((values) => host.play(values));
  }

  /** The shown run, for the test hook. */
  get shown(): Replay | undefined {
    return this.run ?? undefined;
  }

  /** The ghost's timings (or none), marked on the map. */
  setPinned(params: ParamValues | null): void {
    this.pinned = params;
    this.markers();
  }

  get workers(): number {
    return this.pool?.size ?? 0;
  }

  private get sweepPool(): SweepPool {
    this.pool ??= new SweepPool(workerCount(navigator.hardwareConcurrency), this.makeWorker);
    return this.pool;
  }

  /** A new run is on screen (any cause): redo the sweeps whose fixed settings changed. */
  runChanged(run: Replay): void {
    this.run = run;
    if (this.race?.trace !== run.trace) {
      const profiles: (Profile | undefined)[] = run.trace.agents.map((a) => run.spec.agents.find((s) => s.id === a.id)?.profile);
      this.race = { trace: run.trace, model: new RaceModel(run.trace, profiles), tick: -1, last: null };
    }
    const drill = run.drill;
    if (!drill) { // a recording: no drill to sweep
      this.cancel();
      this.band.hide();
      this.map.hide();
      this.bandKey = this.mapKey = '';
      return;
    }
    this.updateBand(run, drill);
    this.updateMap(run, drill);
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

  /** The drill's content and the stage: what a sweep's cells depend on besides the values. */
  private stageKey(run: Replay, drill: ScenarioFile): string {
    return `${textOf(drill).hash}|${run.variation ?? ''}`;
  }

  /** A job: the drill, stage and fixed values, run at seeds `seed` … `seed + seeds − 1`. */
  private setup(run: Replay, drill: ScenarioFile, base: ParamValues, seed: number, seeds: number): JobSetup {
    return { text: textOf(drill).text, file: `${drill.id}.json`, ...(run.variation ? { variation: run.variation } : {}), base, seed, seeds };
  }

  /** Tries per timing: TRIES, fewer where the seeds would run past the largest seed. */
  private tries(run: Replay): number {
    return Math.max(1, Math.min(TRIES, MAX_SEED - run.seed + 1));
  }

  private bandParam(run: Replay, drill: ScenarioFile): string | null {
    const c = bandCandidates(drill);
    return c.length ? c[Math.min(c.length - 1, this.choice.get(this.stageKey(run, drill)) ?? 0)] : null;
  }

  private updateBand(run: Replay, drill: ScenarioFile): void {
    const name = this.bandParam(run, drill);
    const def = name ? drill.params?.[name] : undefined;
    if (!name || !def) { this.bandJob?.cancel(); this.band.hide(); this.bandKey = ''; return; } // a late band of the drill before must not show
    const base = without(run.params, [name]);
    const key = JSON.stringify([this.stageKey(run, drill), run.seed, name, base]);
    if (key === this.bandKey) return;
    this.bandKey = key;
    this.bandJob?.cancel();
    this.band.busy(name, def);
    const axis = gridAxis(name, def, BAND_MOST);
    const chunks = spanChunks(axis, Math.max(2, this.sweepPool.size * 5)); // small chunks: the runs differ in length, so the workers finish together
    const total = chunks.reduce((n, c) => n + c.index.length, 0);
    const cells: SweepCell[] = new Array(total);
    this.stats.bandJobs++;
    this.stats.bandStartedAt = performance.now();
    this.stats.bandDoneAt = NaN;
    const ref = referenceOf(drill, name);
    this.bandJob = this.sweepPool.submit(this.setup(run, drill, base, run.seed, this.tries(run)), chunks, BAND_PRIORITY, {
      cells: (chunk, got) => place(cells, chunk, got),
      done: (ms) => {
        this.stats.bandMs = ms;
        this.stats.bandDoneAt = performance.now();
        this.bandCells = cells;
        const axes = [{ name, values: cells.map((c) => c.values[name]) }];
        this.bands = timingWindow({ axes, cells });
        const tries = this.tries(run);
        this.robust = robustWindows({ axes, cells, seeds: tries });
        if (this.maybeNextCandidate(run, drill)) return;
        this.band.show({
          param: name, def, bands: this.bands, cells, values: axes[0].values, tries, robust: this.robust,
          summary: ref && run.params[ref.name] !== undefined ? { reference: { value: run.params[ref.name], word: ref.word } } : {},
        });
        this.band.mark(this.run?.params[name] ?? NaN);
      },
      error: (m) => this.failed(`window band: ${m}`),
    });
  }

  /** The first band of a drill (and stage) that is one class from end to end: try the next timing. */
  private maybeNextCandidate(run: Replay, drill: ScenarioFile): boolean {
    const key = this.stageKey(run, drill);
    if (this.settled.has(key)) return false;
    const c = bandCandidates(drill), k = this.choice.get(key) ?? 0;
    if (this.bands.length <= 1 && k + 1 < c.length) {
      this.choice.set(key, k + 1);
      this.bandKey = '';
      if (this.run?.drill) this.updateBand(this.run, this.run.drill);
      return true;
    }
    this.settled.add(key);
    return false;
  }

  private updateMap(run: Replay, drill: ScenarioFile): void {
    const names = mapAxes(drill);
    const defs = drill.params ?? {};
    if (!names) { this.mapJob?.cancel(); this.map.hide(); this.mapKey = ''; return; }
    const base = without(run.params, names);
    const key = JSON.stringify([this.stageKey(run, drill), run.seed, names, base]);
    if (key === this.mapKey) return;
    this.mapKey = key;
    this.mapJob?.cancel();
    const axis = (n: string): MapAxis => ({ name: n, def: defs[n], vary: gridAxis(n, defs[n], MAP_MOST) });
    const x = axis(names[0]), y = axis(names[1]);
    this.map.start(x, y, (id) => this.host.labelOf(id), this.stageKey(run, drill));
    const chunks = rowChunks(y.vary, x.vary); // a row: one pass time, every run start
    this.stats.mapJobs++;
    this.stats.mapStartedAt = performance.now();
    this.stats.mapDoneAt = NaN;
    const workers = this.sweepPool.size;
    // First the seed on screen (every cell the run a click plays, with its margins), then the
    // other tries, which shade each cell by how many of them agree.
    this.mapJob = this.sweepPool.submit(this.setup(run, drill, base, run.seed, 1), chunks, MAP_PRIORITY, {
      cells: (chunk, got) => this.map.put(chunk.index, check(chunk, got) as RunCell[]),
      done: (ms) => {
        this.stats.mapMs = ms;
        this.stats.mapDoneAt = performance.now();
        this.map.done(ms, workers, run.seed);
        const more = this.tries(run) - 1;
        if (more < 1 || this.mapKey !== key) return;
        this.mapJob = this.sweepPool.submit(this.setup(run, drill, base, run.seed + 1, more), rowChunks(y.vary, x.vary), MAP_TRIES_PRIORITY, {
          cells: (chunk, got) => this.map.putTries(chunk.index, check(chunk, got) as SeedsCell[], more),
          done: (ms2) => { this.stats.mapTriesMs = ms2; this.map.triesDone(ms + ms2, workers, run.seed, more + 1); },
          error: (m) => { this.map.failed(m); this.failed(`timing map: ${m}`); },
        });
      },
      error: (m) => { this.map.failed(m); this.failed(`timing map: ${m}`); },
    });
  }

  private markers(): void {
    const run = this.run;
    if (!run) return;
    if (this.band.param) this.band.mark(run.params[this.band.param] ?? NaN);
    this.map.mark(run.params, this.pinned);
  }

  private failed(message: string): void {
    this.stats.errors.push(message);
    console.warn(`Onside: ${message}`);
  }
}

/** A worker's cells into their places in the whole grid, checking they are the values expected. */
function place(into: SweepCell[], chunk: Chunk, got: SweepCell[]): void {
  check(chunk, got).forEach((c, n) => { into[chunk.index[n]] = c; });
}

function check(chunk: Chunk, got: SweepCell[]): SweepCell[] {
  if (got.length !== chunk.index.length) throw new Error(`sweep chunk ${chunk.id}: ${got.length} cells, expected ${chunk.index.length}`);
  return got;
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('../sweep/sweep-worker.ts', import.meta.url), { type: 'module', name: 'onside-sweep' }) as unknown as WorkerLike;
}
