import { signal } from '@preact/signals';
import { render } from 'preact';
import { mainLine, mainLinePlayed, runMargins, scenarioRunner } from '../../analysis/margins';
import { inOffsidePosition, outcomeClass, type OutcomeClass } from '../../analysis/outcome-class';
import { referenceOf } from '../../view/timing-axes';
import { outcomeWords } from '../../view/outcome-words';
import { pressTime, streaks, tryPlace, tryWords, type TryRecord } from '../../view/try-words';
import { byId } from '../panels/dom';
import type { Notices } from '../panels/notices';
import type { Replay } from '../state/replay';
import type { AnyCommand, Store } from '../state/store';
import { runKey, type PlayerMode as Mode, type ViewerState } from '../state/viewer-state';
import type { TimingWindows } from '../timing/timing-windows';
import { HistoryStore, type PlayerHistory } from './player-history';
import { EMPTY_VIEW, type PlayerControls, type PlayerView } from './player-view';
import { PlayerPanel } from './player-panel';

// "Time your run": the player plays the timing live. The drill plays at real speed (or half)
// with the run held back; the press (Space, a click or a tap on the pitch) sets the run start
// (or the pass) to that moment, to the frame, and the drill plays on with exactly that timing.
// At the end the try is placed against the window that holds in most tries and kept, a dot on
// the band and a line in the history. "Call it": playback stops at the judgment frame until the
// player calls it onside or offside. The state's player part drives it; this class is its effect.

export interface PlayerHost {
  store: Store;
  run(): Replay;
  timing: TimingWindows;
  notices: Notices;
}

export class PlayerMode implements PlayerControls {
  readonly view = signal<PlayerView>(EMPTY_VIEW);
  private readonly histories: HistoryStore;
  private key = '';
  private history: PlayerHistory = EMPTY_VIEW.history;
  private autoPressed = false;

  constructor(private readonly host: PlayerHost) {
    this.histories = new HistoryStore((why) => {
      host.notices.show(`Your tries are kept for this visit only: the browser's storage refused them (${why}).`);
      this.publish();
    });
    host.store.subscribe((s, prev, c) => this.changed(s, prev, c));
    // Before the viewer's own keys: during a try Space is the press, not play/pause.
    window.addEventListener('keydown', (ev) => this.onKey(ev), { capture: true });
    byId('stage').addEventListener('pointerdown', (ev) => this.onPitch(ev), { capture: true });
    render(<PlayerPanel player={this} />, byId('player'));
  }

  private get state(): ViewerState {
    return this.host.store.state;
  }

  dispatch(c: AnyCommand): void {
    this.host.store.dispatch(c);
  }

  /** The timing a mode presses: the run start (the band's timing), or the pass it goes with. */
  paramFor(mode: Mode): string | null {
    const run = this.host.run();
    const defs = run.drill?.params ?? {};
    if (mode === 'run') return defs.runStart ? 'runStart' : this.host.timing.band.param || null;
    if (mode === 'pass') return defs.runStart ? referenceOf(run.drill!, 'runStart')?.name ?? null : null;
    return this.host.timing.band.param || (defs.runStart ? 'runStart' : null);
  }

  // ---- the player's actions ---------------------------------------------------------------------

  /** A new try: the timing held at its latest until the press, the drill from the top. */
  start(): void {
    const s = this.state;
    const param = this.paramFor(s.player.mode);
    const def = param ? this.host.run().drill?.params?.[param] : undefined;
    if (!param || !def) { this.host.notices.show('This drill has no timing to play live.'); return; }
    this.autoPressed = false;
    this.dispatch({ type: 'player/start', param, hold: def.max });
  }

  /** Go now: the press at the frame on screen. */
  press(): void {
    const s = this.state, p = s.player;
    if (p.phase !== 'watching' || p.pressedAt !== null || !p.param || (p.mode !== 'run' && p.mode !== 'pass')) return;
    const def = this.host.run().drill?.params?.[p.param];
    if (!def) return;
    this.dispatch({ type: 'player/press', at: pressTime(s.playhead.tick, this.host.run().trace.tickRate, def.min, def.max) });
  }

  /** A quiz question: this run's timing first, then a new timing at random each time. */
  ask(fresh: boolean): void {
    const param = this.paramFor('quiz');
    const def = param ? this.host.run().drill?.params?.[param] : undefined;
    if (fresh && param && def) {
      const steps = Math.round((def.max - def.min) / def.step);
      const value = Number((def.min + Math.floor(Math.random() * (steps + 1)) * def.step).toFixed(6));
      this.dispatch({ type: 'quiz/start', param, value });
    } else this.dispatch({ type: 'quiz/start' });
  }

  private onKey(ev: KeyboardEvent): void {
    const p = this.state.player;
    if (p.mode === 'off' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const target = ev.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
    if ((ev.key === ' ' || ev.key === 'Spacebar') && (p.mode === 'run' || p.mode === 'pass') && p.phase === 'watching') {
      ev.preventDefault();
      ev.stopImmediatePropagation();
      this.press();
    }
  }

  private onPitch(ev: PointerEvent): void {
    const p = this.state.player;
    if ((p.mode === 'run' || p.mode === 'pass') && p.phase === 'watching' && p.pressedAt === null) {
      ev.preventDefault();
      ev.stopPropagation();
      this.press();
    }
  }

  // ---- effects ------------------------------------------------------------------------------------

  private changed(s: ViewerState, prev: ViewerState, c: AnyCommand): void {
    const p = s.player;
    if (p.mode !== 'off' && (s.source?.hash !== prev.source?.hash || s.run.stage !== prev.run.stage) && prev.source) {
      this.dispatch({ type: 'player/mode', mode: p.mode }); // another drill or stage: a try belongs to the one it started on
      return;
    }
    const key = this.historyKey(s);
    if (key !== this.key) void this.loadHistory(key);
    const run = this.host.run();
    if (p.phase === 'watching' && run && s.shown) {
      const last = s.shown.ticks - 1;
      if ((p.mode === 'run' || p.mode === 'pass') && p.param) {
        const def = run.drill?.params?.[p.param];
        // no press by the latest timing: the run goes then, as late as the drill allows
        if (p.pressedAt === null && def && s.playhead.tick / run.trace.tickRate >= def.max) {
          this.autoPressed = true;
          this.dispatch({ type: 'player/press', at: def.max });
        } else if (p.pressedAt !== null && !s.playhead.playing && s.playhead.tick >= last && s.shown.key === runKey(s.source, s.run)) {
          this.finishTry(run, p.param, p.pressedAt);
        }
      } else if (p.mode === 'quiz' && !p.question) {
        const v = run.verdicts[0];
        if (v && s.playhead.tick >= v.tick) this.dispatch({ type: 'quiz/ask', tick: v.tick });
        else if (!v && !s.playhead.playing && s.playhead.tick >= last) {
          this.host.notices.show('No offside call in this run: try another question.');
          this.dispatch({ type: 'player/finish' });
        }
      }
    }
    if (p.question?.answer && !prev.player.question?.answer) this.scoreAnswer(run, p.question.answer);
    document.body.dataset.quiz = p.mode === 'quiz' && p.question && !p.question.answer ? 'asking' : '';
    if (s.player !== prev.player || c.type === 'run/shown') this.publish();
  }

  private historyKey(s: ViewerState): string {
    return s.source ? `${s.source.id}|${s.run.stage ?? ''}` : '';
  }

  private async loadHistory(key: string): Promise<void> {
    this.key = key;
    const h = await this.histories.load(key);
    if (this.key !== key) return;
    this.history = h;
    this.publish();
  }

  private finishTry(run: Replay, param: string, at: number): void {
    this.dispatch({ type: 'player/finish' });
    const drill = run.drill;
    if (!drill) return;
    const margins = runMargins(run.trace, run.spec, scenarioRunner(drill));
    const cls = outcomeClass(run.trace.outcome.result, margins.shotT !== null, mainLinePlayed(run.trace, drill, mainLine(drill)), inOffsidePosition(margins.offsideMarginM));
    const windows = this.host.timing.band.param === param ? this.host.timing.robust : [];
    const result = outcomeWords(run.trace.outcome, (id) => run.trace.agents.find((a) => a.id === id)?.role);
    const words = (this.autoPressed ? 'No press: the latest timing. ' : '') + tryWords(tryPlace(at, windows), result);
    const record: TryRecord = { param, at, cls, words, when: Date.now() };
    this.history = { ...this.history, tries: [...this.history.tries, record] };
    void this.histories.save(this.key, this.history);
    this.lastResult = { words, cls };
    this.publish();
  }
  private lastResult: { words: string; cls: OutcomeClass } | null = null;

  private scoreAnswer(run: Replay, answer: 'onside' | 'offside'): void {
    const v = run.verdicts[0];
    if (!v) return;
    const right = (answer === 'offside') === v.offside;
    this.history = { ...this.history, quiz: { asked: this.history.quiz.asked + 1, right: this.history.quiz.right + (right ? 1 : 0) } };
    void this.histories.save(this.key, this.history);
  }

  private publish(): void {
    const s = this.state, p = s.player;
    const run = this.host.run();
    const param = p.mode === 'off' ? null : p.param ?? this.paramFor(p.mode);
    const def = param && run ? run.drill?.params?.[param] : undefined;
    const v = run?.verdicts[0];
    const answer = p.question?.answer ?? null;
    const tries = this.history.tries.filter((t) => !param || t.param === param);
    this.view.value = {
      mode: p.mode, phase: p.phase, slow: p.slow,
      label: def?.label ?? '',
      canPass: !!run && !!this.paramFor('pass'),
      result: p.phase === 'done' && (p.mode === 'run' || p.mode === 'pass') ? this.lastResult : null,
      quiz: p.mode === 'quiz' && p.question ? { asking: !answer, verdict: v ? v.text : '', right: answer && v ? (answer === 'offside') === v.offside : null } : null,
      history: { ...this.history, tries },
      streak: streaks(tries),
      storage: this.histories.failed,
    };
    this.host.timing.band.setDots(p.mode === 'run' || p.mode === 'pass' ? tries.filter((t) => t.param === this.host.timing.band.param).slice(-20).map((t) => ({ value: t.at, cls: t.cls })) : []);
  }
}
