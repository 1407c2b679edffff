import type { Application } from 'pixi.js';
import { render } from 'preact';
import { fitView, px, viewRect, type ViewTransform } from '../render/coords';
import { createApp } from '../render/create-renderer';
import { THEMES } from '../render/palette';
import { PitchScene } from '../render/scene';
import type { RendererName } from '../view/display';
import { Playback } from '../view/playback';
import { Editor } from './editor/editor';
import { ExportTools, type ExportHost } from './export/export-panel';
import { AnalystMode } from './panels/analyst-mode';
import { byId } from './panels/dom';
import { Ghost, GhostPanel } from './panels/ghost';
import { Notices } from './panels/notices';
import { Overlays } from './panels/overlays';
import { Presentation } from './panels/presenter';
import { Lesson, Library, TopBar } from './panels/top-bar';
import { RunPanel } from './panels/run-panel';
import { SimTime, TimingStrip } from './panels/run-facts';
import { LayerToggles } from './panels/layer-toggles';
import { Session, SessionBar } from './panels/session-bar';
import { loadSessions } from './state/session-library';
import { canRedo, canUndo, shownRun, viewerState } from './state/signals';
import { PlaybackControls } from './playback/controls';
import { addressOf } from './state/address-of';
import type { AnyCommand } from './state/store';
import { loaded, type LibraryEntry } from './state/drill-library';
import { commandFor, historyFor, keyCommand, ownedByControl } from './state/keyboard';
import { openTrace } from './state/open-trace';
import { runDrill, type Replay } from './state/replay';
import { Store } from './state/store';
import { runKey, type RunSettings, type Source, type ViewerState } from './state/viewer-state';
import { TimingWindows } from './timing/timing-windows';
import { PlayerMode } from './player/player-mode';

// The app: one state in a store, the widgets that render it and dispatch to it, and the effects
// that follow its changes (simulate, sweep, write the address). The frame loop only turns wall
// time into the playhead and redraws what changed.

export class ViewerApp {
  readonly store = new Store();
  readonly dispatch = this.store.dispatch;
  run!: Replay;
  /** The playhead's clock: wall time into ticks (the state holds the tick it reached). */
  readonly clock = new Playback({ ticks: 1, tickRate: 50, holds: [] });
  readonly notices = new Notices();
  readonly presentation: Presentation;
  readonly scene = new PitchScene();
  transform!: ViewTransform;
  draws = 0; // frames drawn (tests: the picture is live)
  private shownKey = '';
  private dirty = true;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly replays = new Map<string, Replay>(); // recordings by content hash
  readonly analyst: AnalystMode;
  readonly timing: TimingWindows;
  readonly ghost: Ghost;
  readonly player: PlayerMode;
  readonly editor: Editor;
  private readonly overlays = new Overlays();
  readonly library: Library;
  readonly session: Session;
  private readonly stage = byId('stage');

  constructor(readonly pixi: Application, entries: LibraryEntry[]) {
    const dispatch = this.dispatch;
    this.pixi.stage.addChild(this.scene.root);
    this.presentation = new Presentation(dispatch, () => this.relayout());
    this.library = new Library(entries, this.notices, dispatch);
    const sessions = loadSessions(entries);
    for (const e of sessions.errors) this.notices.show(`A session plan could not be loaded:\n${e}`, 'error');
    this.session = new Session(sessions.plans, this.library, (stage) => dispatch({ type: 'stage/set', ...(stage ? { stage } : {}) }));
    this.ghost = new Ghost();
    this.analyst = new AnalystMode({
      dispatch, state: () => this.state, run: () => this.run, transform: () => this.transform, labelPx: () => this.presentation.labelPx(),
    });
    this.timing = new TimingWindows({
      play: (values) => dispatch({ type: 'timing/play', values }),
      labelOf: (id) => this.run.trace.agents.find((a) => a.id === id)?.label ?? id,
    });
    this.editor = new Editor({
      dispatch, state: () => this.state, run: () => this.run as Replay | undefined, transform: () => this.transform, labelPx: () => px(this.presentation.labelPx()), notices: this.notices, library: this.library,
    });
    const exportHost: ExportHost = {
      run: () => this.run,
      title: () => this.run.scenario.title + (this.run.variation ? ` (${this.run.scenario.variations?.find((v) => v.id === this.run.variation)?.title ?? this.run.variation})` : ''),
      theme: () => this.theme,
      renderer: () => (this.pixi.renderer.name === 'webgl' ? 'webgl' : this.pixi.renderer.name === 'webgpu' ? 'webgpu' : 'canvas'),
      tick: () => this.clock.displayTick,
      overlays: () => ({ freeze: this.analyst.freeze(this.state), marks: this.analyst.marks(this.state) }),
      link: () => this.link(),
      openTrace: (name, text) => openTrace(name, text, { library: this.library.list, notices: this.notices, dispatch, replays: this.replays }),
      notices: this.notices,
    };
    this.player = new PlayerMode({ store: this.store, run: () => this.run, timing: this.timing, notices: this.notices });
    window.addEventListener('keydown', (ev) => this.onKey(ev));
    new ResizeObserver(() => this.relayout()).observe(this.stage);
    this.store.subscribe((s, prev, c) => this.changed(s, prev, c));
    render(<TopBar library={this.library} dispatch={dispatch} />, byId('top-bar'));
    render(<Lesson />, byId('lesson-line'));
    render(<SessionBar session={this.session} />, byId('session-panel'));
    render(<PlaybackControls dispatch={dispatch} />, byId('transport'));
    render(<ExportTools host={exportHost} />, byId('export-tools'));
    render(<RunPanel dispatch={dispatch} notices={this.notices} />, byId('run-panel'));
    render(<GhostPanel ghost={this.ghost} dispatch={dispatch} />, byId('ghost'));
    render(<TimingStrip />, byId('timing-strip'));
    render(<LayerToggles dispatch={dispatch} />, byId('layers'));
    render(<SimTime />, byId('sim-time'));
  }

  static async create(canvas: HTMLCanvasElement, library: LibraryEntry[], renderer?: RendererName): Promise<ViewerApp> {
    const stage = byId('stage');
    const pixi = await createApp(canvas, Math.max(1, stage.clientWidth), Math.max(1, stage.clientHeight), renderer, THEMES.dark.surround);
    return new ViewerApp(pixi, library);
  }

  get state(): ViewerState {
    return this.store.state;
  }

  get theme() {
    return THEMES[this.state.display.theme];
  }

  // ---- input ------------------------------------------------------------------------------------

  private onKey(ev: KeyboardEvent): void {
    const h = historyFor(ev);
    if (h) {
      if (ownedByControl(ev.target, ev.key) && (ev.target as HTMLElement).tagName !== 'SELECT' && (ev.target as HTMLInputElement).type !== 'range') return; // a text field's own undo
      ev.preventDefault();
      this.dispatch(h);
      return;
    }
    if (ownedByControl(ev.target, ev.key)) return;
    if (this.editor.onKey(ev)) { ev.preventDefault(); return; }
    const c = commandFor(ev);
    if (!c) return;
    ev.preventDefault();
    if (c.do === 'drill') this.library.pick(c.index);
    else if (c.do === 'session') this.session.go(c.dir);
    else this.dispatch(keyCommand(c));
  }

  // ---- effects of a change of state --------------------------------------------------------------

  private changed(s: ViewerState, prev: ViewerState, c: AnyCommand): void {
    this.runEffect(s);
    this.editor.changed(s, prev);
    if (c.type === 'display/fullscreen') this.presentation.toggleFullscreen();
    if (this.presentation.render(s.display)) this.relayout();
    if (s.ghost !== prev.ghost || s.shown !== prev.shown) this.ghostEffect(s);
    if (s.analyst !== prev.analyst || s.tool !== prev.tool || s.shown !== prev.shown) this.analyst.render(s);
    viewerState.value = s;
    canUndo.value = this.store.canUndo;
    canRedo.value = this.store.canRedo;
    if (c.type !== 'play/advance' || s.playhead.playing !== prev.playhead.playing) this.addressEffect();
    this.dirty = true;
  }

  /** A run follows its settings: simulated (or looked up) when they name a run not on screen. */
  private runEffect(s: ViewerState): void {
    if (!s.source) return;
    const key = runKey(s.source, s.run);
    if (key === this.shownKey) return;
    const run = this.runFor(s.source, s.run);
    if (!run) return;
    this.shownKey = key;
    this.show(run);
    const tr = run.trace;
    const stops = [...new Set([...run.eventTicks, ...run.verdicts.map((v) => v.tick)])].sort((a, b) => a - b);
    this.dispatch({ type: 'run/shown', shown: { key, ticks: tr.ticks, tickRate: tr.tickRate, params: { ...run.params }, stops, cast: tr.agents.map((a) => a.id).join(',') } });
  }

  private runFor(source: Source, settings: RunSettings): Replay | undefined {
    if (source.kind === 'replay') return this.replays.get(source.hash);
    const edited = this.state.edit;
    if (edited) return runDrill(edited.file as Replay['scenario'], settings.given, undefined, settings.seed);
    const e = this.library.list[source.entry];
    return loaded(e) ? runDrill(e.scenario, settings.given, settings.stage, settings.seed) : undefined;
  }

  /** The pinned run: the one on screen when it was pinned, else made again from its settings. */
  private ghostEffect(s: ViewerState): void {
    const g = s.ghost;
    const now = this.ghost.pinnedRun;
    const pinned = !g || !s.source ? null
      : now && this.pinnedKey === g.key ? now
      : g.key === this.shownKey ? this.run : this.runFor(s.source, g.settings) ?? null;
    this.pinnedKey = g?.key ?? '';
    this.ghost.set(pinned);
    this.timing.setPinned(pinned ? pinned.params : null);
  }
  private pinnedKey = '';

  /** Write the address a moment after the last change (a drag writes it once). */
  private addressEffect(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      const q = this.state.edit ? `?mine=${this.state.edit.key}` : addressOf(this.state);
      if (q !== null && q !== location.search) history.replaceState(null, '', q + location.hash);
    }, 150);
  }

  /** The link "Copy link" copies: the address of the state, naming the frame. */
  private link(): { url: string } | { refused: string } {
    const shared = this.state.edit ? this.editor.shareUrl() : null;
    if (shared) return { url: shared };
    const q = addressOf(this.state, { frame: true });
    if (q === null) return { refused: 'A recording no bundled drill reproduces has no link: share the trace file instead.' };
    return { url: `${location.origin}${location.pathname}${q}` };
  }

  /** A new run on screen: everything derived from the run once (not per frame). */
  private show(run: Replay): void {
    const before = this.run;
    this.run = run;
    const tr = run.trace;
    this.clock.setRun({ ticks: tr.ticks, tickRate: tr.tickRate, holds: run.verdicts.map((v) => v.tick) });
    const labelOf = (id: string) => tr.agents.find((a) => a.id === id)?.label ?? id;
    this.analyst.runChanged(run);
    shownRun.value = run;
    this.overlays.showDrill(run.scenario, run, labelOf);
    this.timing.runChanged(run);
    // The view follows the drill's frame and pitch (the box's size is the ResizeObserver's): a new
    // timing keeps them, and measuring the box would force a layout on every slider step.
    if (!before || before.scenario.view !== run.scenario.view || before.trace.pitch.length !== run.trace.pitch.length || before.trace.pitch.width !== run.trace.pitch.width) this.relayout();
  }

  /** The canvas follows its box; the view is refitted to it. */
  relayout(): void {
    if (!this.run) return;
    const w = Math.max(1, this.stage.clientWidth), h = Math.max(1, this.stage.clientHeight);
    if (this.pixi.renderer.width !== w || this.pixi.renderer.height !== h) this.pixi.renderer.resize(w, h);
    this.transform = fitView(viewRect(this.run.scenario.view, this.run.trace.pitch), px(w), px(h));
    this.dirty = true;
  }

  // ---- the frame loop ---------------------------------------------------------------------------

  /** Bring the clock to the state's playhead (a command may have moved it). */
  private syncClock(): void {
    const h = this.state.playhead, c = this.clock;
    if (c.tick !== h.tick) c.seek(h.tick);
    if (c.playing !== h.playing) { if (h.playing) c.play(); else c.pause(); }
    c.setSpeed(h.speed);
    c.loop = h.loop;
  }

  /** One display frame: advance the playhead by wall time, redraw if anything changed. */
  frame(dtMs: number): void {
    if (!this.run) return;
    this.syncClock();
    if (this.clock.frame(dtMs)) {
      this.dirty = true;
      const h = this.state.playhead;
      if (this.clock.tick !== h.tick || this.clock.playing !== h.playing) this.dispatch({ type: 'play/advance', tick: this.clock.tick, playing: this.clock.playing });
    }
    if (!this.dirty) return;
    this.dirty = this.state.playhead.playing;
    this.draw();
  }

  draw(): void {
    this.syncClock();
    const s = this.state, pb = this.clock;
    const theme = THEMES[s.display.theme];
    const layers = s.display.layers;
    this.pixi.renderer.background.color = theme.surround;
    this.scene.draw({
      // the quiz asks before it tells: no verdict on the pitch until the player has called it
      trace: this.run.trace, plan: layers.plan ? this.run.plan : [], verdicts: s.player.question && !s.player.question.answer ? [] : this.run.verdicts, tick: pb.displayTick,
      theme, transform: this.transform, labelPx: px(this.presentation.labelPx()), flash: pb.flash,
      freeze: this.analyst.freeze(s), marks: this.analyst.marks(s),
      ghost: this.ghost.view, race: layers.race ? this.timing.raceAt(pb.displayTick) : null, raceTags: layers.raceTags && !s.display.presenter,
      trails: layers.trails, margins: layers.margins,
      edit: this.editor.drawing(s),
    });
    this.pixi.renderer.render(this.pixi.stage);
    this.draws++;
    const h = s.playhead;
    this.overlays.showFrame(this.run, h.tick, this.scene.verdictShown, this.timing.band.classNow());
    if (!h.playing || this.draws % 6 === 0) this.analyst.show(s);
    document.body.dataset.tick = String(h.tick);
    document.body.dataset.playing = String(h.playing);
  }
}
