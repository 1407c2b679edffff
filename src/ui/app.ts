import type { Application } from 'pixi.js';
import { fitView, px, viewRect, type ViewTransform } from '../render/coords';
import { createApp } from '../render/create-renderer';
import { THEMES } from '../render/palette';
import { PitchScene } from '../render/scene';
import type { ParamValues } from '../scenario/resolve';
import type { ScenarioFile } from '../scenario/types';
import { byId } from './panels/dom';
import { DrillPicker } from './panels/drill-picker';
import type { LibraryEntry } from './state/drill-library';
import { AnalystMode } from './panels/analyst-mode';
import { commandFor, ownedByControl, type Command } from './state/keyboard';
import { Notices } from './panels/notices';
import { ParamSliders } from './panels/param-sliders';
import { neighbourEvent, Playback } from '../view/playback';
import { Presentation } from './panels/presenter';
import { runDrill, type Run } from './state/run-drill';
import { Timeline } from './playback/timeline';
import { TimingWindows } from './timing/timing-windows';
import { Transport } from './playback/transport';
import { formatAddress, type DisplayFlags, type LinkState } from '../view/address';
import { Overlays } from './panels/overlays';

// The app: one drill, one run, one playhead. Everything the user does ends in one of the
// methods below; the frame loop only advances the playhead and redraws what changed.

export type LoadedEntry = LibraryEntry & { scenario: ScenarioFile };

export class ViewerApp {
  entry!: LoadedEntry;
  run!: Run;
  readonly playback = new Playback({ ticks: 1, tickRate: 50, holds: [] });
  readonly notices = new Notices();
  readonly presentation = new Presentation(() => this.relayout());
  readonly scene = new PitchScene();
  transform!: ViewTransform;
  draws = 0; // frames drawn (tests: the picture is live)
  private given: ParamValues = {};
  private slidersFor: ScenarioFile | undefined;
  private dirty = true;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly sliders = new ParamSliders((name, v) => this.setParam(name, v));
  private readonly timeline = new Timeline((t) => this.seek(t));
  readonly analyst: AnalystMode;
  readonly timing: TimingWindows;
  /** A recording loaded from a file that no bundled drill reproduces: replayed as it is. */
  recording = false;
  private readonly overlays = new Overlays();
  private readonly transport: Transport;
  private readonly picker: DrillPicker;
  private readonly stage = byId('stage');
  private readonly seedIn = byId<HTMLInputElement>('seed');

  constructor(readonly pixi: Application, library: LibraryEntry[], readonly flags: DisplayFlags) {
    this.pixi.stage.addChild(this.scene.root);
    this.transport = new Transport({
      restart: () => this.restart(),
      toggle: () => this.toggle(),
      step: (by) => this.step(by),
      event: (dir) => this.jumpEvent(dir),
      speed: (s) => { this.playback.setSpeed(s); this.dirty = true; },
      loop: (on) => { this.playback.loop = on; this.dirty = true; },
    });
    this.picker = new DrillPicker(library, this.notices, (e) => this.selectDrill(e, {}));
    this.analyst = new AnalystMode(this, library, () => this.changed());
    this.timing = new TimingWindows({
      play: (values) => this.playTiming(values),
      changed: () => this.changed(),
      labelOf: (id) => this.run.trace.agents.find((a) => a.id === id)?.label ?? id,
    });
    this.seedIn.addEventListener('change', () => this.setSeed(this.seedIn.value));
    byId('theme-btn').addEventListener('click', () => this.presentation.toggleTheme());
    byId('presenter-btn').addEventListener('click', () => this.presentation.togglePresenter());
    byId('fullscreen-btn').addEventListener('click', () => this.presentation.toggleFullscreen());
    byId<HTMLSelectElement>('stage-select').addEventListener('change', (ev) => {
      const v = (ev.target as HTMLSelectElement).value;
      this.given = {};
      this.load(this.entry, { variation: v || undefined, seed: this.run.seed, keepTick: false });
      this.playback.play();
    });
    window.addEventListener('keydown', (ev) => this.onKey(ev));
    new ResizeObserver(() => this.relayout()).observe(this.stage);
  }

  static async create(canvas: HTMLCanvasElement, library: LibraryEntry[], flags: DisplayFlags): Promise<ViewerApp> {
    const stage = byId('stage');
    const pixi = await createApp(canvas, Math.max(1, stage.clientWidth), Math.max(1, stage.clientHeight), flags.renderer, THEMES.dark.surround);
    return new ViewerApp(pixi, library, flags);
  }

  // ---- what the user does -------------------------------------------------------------------

  /** Open a drill from the picker or a link; `given` overrides its parameter defaults. */
  selectDrill(e: LoadedEntry, link: Partial<LinkState>): void {
    this.given = { ...(link.params ?? {}) };
    this.load(e, { variation: link.variation, seed: link.seed ?? e.scenario.seed ?? 1, keepTick: false });
    this.picker.show(e);
    if (link.tick !== undefined) {
      if (link.tick <= this.playback.lastTick) {
        this.playback.pause();
        this.playback.seek(link.tick);
      } else {
        this.notices.show(`Frame ${link.tick} is past the end of this run (${this.playback.lastTick} is the last): playing from the start.`);
        this.playback.play();
      }
    } else {
      this.playback.play();
    }
    this.changed();
  }

  setParam(name: string, value: number): void {
    this.given[name] = value;
    this.load(this.entry, { variation: this.run.variation, seed: this.run.seed, keepTick: true });
  }

  /** A timing picked on the band or the map: those values, played from the start. */
  playTiming(values: ParamValues): void {
    Object.assign(this.given, values);
    this.load(this.entry, { variation: this.run.variation, seed: this.run.seed, keepTick: false });
    this.playback.play();
    this.changed();
  }

  setSeed(raw: string): void {
    const n = /^\d{1,10}$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isInteger(n) || n > 2 ** 32 - 1) {
      this.notices.show(`Seed "${raw.slice(0, 20)}" is not a whole number from 0 to 4294967295.`);
      this.seedIn.value = String(this.run.seed);
      return;
    }
    this.load(this.entry, { variation: this.run.variation, seed: n, keepTick: true });
  }

  toggle(): void { this.playback.toggle(); this.changed(); }
  step(by: number): void { this.playback.step(by); this.changed(); }
  seek(tick: number): void { this.playback.pause(); this.playback.seek(tick); this.changed(); }
  restart(): void { this.playback.seek(0); this.playback.play(); this.changed(); }

  jumpEvent(dir: 1 | -1): void {
    const ticks = [...this.run.eventTicks, ...this.run.verdicts.map((v) => v.tick)];
    this.seek(neighbourEvent(ticks, this.playback.tick, dir));
  }

  command(c: Command): void {
    switch (c.do) {
      case 'toggle': return this.toggle();
      case 'step': return this.step(c.by);
      case 'event': return this.jumpEvent(c.dir);
      case 'home': return this.seek(0);
      case 'end': return this.seek(this.playback.lastTick);
      case 'fullscreen': return this.presentation.toggleFullscreen();
      case 'presenter': return this.presentation.togglePresenter();
      case 'leave': return this.presentation.presenter ? this.presentation.setPresenter(false) : this.analyst.escape();
      case 'theme': return this.presentation.toggleTheme();
      case 'loop': this.playback.loop = !this.playback.loop; return this.changed();
      case 'restart': return this.restart();
      case 'speed': {
        const s = this.playback.speed;
        this.playback.setSpeed(c.dir > 0 ? (s < 1 ? s + 0.1 : s + 0.25) : (s <= 1 ? s - 0.1 : s - 0.25));
        this.playback.setSpeed(Math.round(this.playback.speed * 100) / 100);
        return this.changed();
      }
      case 'drill': return this.picker.pick(c.index);
      case 'measure': return this.analyst.toggleMeasure();
      case 'panel': return this.analyst.togglePanel();
      case 'ghost': return this.timing.ghost.toggle();
    }
  }

  private onKey(ev: KeyboardEvent): void {
    if (ownedByControl(ev.target, ev.key)) return;
    const c = commandFor(ev);
    if (!c) return;
    ev.preventDefault();
    this.command(c);
  }

  // ---- running and drawing ------------------------------------------------------------------

  /** Simulate the drill with the current settings and show the new run at once. */
  private load(e: LoadedEntry, o: { variation?: string; seed: number; keepTick: boolean }): void {
    this.show(e, runDrill(e.scenario, this.given, o.variation, o.seed), o.keepTick);
  }

  /** Replay a recording read from a file (no drill reproduces it): paused on its first frame. */
  showRecording(e: LoadedEntry, run: Run): void {
    this.given = {};
    this.show(e, run, false, true);
    this.playback.pause();
    this.changed();
  }

  private show(e: LoadedEntry, run: Run, keepTick: boolean, recording = false): void {
    const tick = this.playback.tick;
    this.entry = e;
    this.run = run;
    this.recording = recording;
    this.seedIn.disabled = recording;
    const tr = this.run.trace;
    this.playback.setRun({ ticks: tr.ticks, tickRate: tr.tickRate, holds: this.run.verdicts.map((v) => v.tick) });
    this.playback.seek(keepTick ? tick : 0);
    const labelOf = (id: string) => tr.agents.find((a) => a.id === id)?.label ?? id;
    this.timeline.build(tr.ticks, tr.tickRate, tr.events, this.run.verdicts, labelOf, (t) => this.seek(t));
    this.analyst.runChanged();
    // Rebuild the sliders only for a new drill: one being dragged must stay the same element.
    if (this.slidersFor !== e.scenario) this.sliders.build(e.scenario, this.run.params);
    else this.sliders.set(this.run.params);
    this.slidersFor = e.scenario;
    this.overlays.showDrill(e.scenario, this.run, labelOf);
    this.timing.runChanged(this.run, recording);
    this.seedIn.value = String(this.run.seed);
    this.relayout();
    this.changed();
  }

  /** The canvas follows its box; the view is refitted to it. */
  relayout(): void {
    if (!this.run) return;
    const w = Math.max(1, this.stage.clientWidth), h = Math.max(1, this.stage.clientHeight);
    if (this.pixi.renderer.width !== w || this.pixi.renderer.height !== h) this.pixi.renderer.resize(w, h);
    this.transform = fitView(viewRect(this.entry.scenario.view, this.run.trace.pitch), px(w), px(h));
    this.dirty = true;
  }

  /** Something the user did changed the picture or the state worth linking to. */
  private changed(): void {
    this.dirty = true;
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => this.syncAddress(), 150);
  }

  linkState(): LinkState {
    return {
      drill: this.entry.id,
      ...(this.run.variation ? { variation: this.run.variation } : {}),
      seed: this.run.seed,
      params: this.run.params,
      ...(this.playback.playing ? {} : { tick: this.playback.tick }),
    };
  }

  private syncAddress(): void {
    if (this.recording) return; // a recording has no address: keep the one of the drill before it
    const f: DisplayFlags = { ...this.flags, theme: this.presentation.theme, presenter: this.presentation.presenter };
    const q = formatAddress(this.linkState(), this.run.params, f);
    if (q !== location.search) history.replaceState(null, '', q + location.hash);
  }

  /** One display frame: advance the playhead by wall time, redraw if anything changed. */
  frame(dtMs: number): void {
    const wasPlaying = this.playback.playing;
    if (this.playback.frame(dtMs)) this.dirty = true;
    if (wasPlaying && !this.playback.playing) this.changed(); // reached the end: link to it
    if (!this.dirty) return;
    this.dirty = this.playback.playing;
    this.draw();
  }

  get theme() {
    return THEMES[this.presentation.theme];
  }

  draw(): void {
    const pb = this.playback;
    const theme = THEMES[this.presentation.theme];
    this.pixi.renderer.background.color = theme.surround;
    this.scene.draw({
      trace: this.run.trace, plan: this.run.plan, verdicts: this.run.verdicts, tick: pb.displayTick,
      theme, transform: this.transform, labelPx: px(this.presentation.labelPx()), flash: pb.flash,
      freeze: this.analyst.freeze, marks: this.analyst.marks(),
      ghost: this.timing.ghost.view, race: this.timing.raceAt(pb.displayTick),
    });
    this.pixi.renderer.render(this.pixi.stage);
    this.draws++;
    this.transport.show(pb.playing, pb.tick, this.run.trace.ticks, this.run.trace.tickRate, pb.speed, pb.loop);
    this.timeline.show(pb.tick);
    this.overlays.showFrame(this.run, pb.tick, this.scene.verdictShown);
    if (!pb.playing || this.draws % 6 === 0) this.analyst.show(pb.tick, !pb.playing);
    document.body.dataset.tick = String(pb.tick);
    document.body.dataset.playing = String(pb.playing);
  }
}
