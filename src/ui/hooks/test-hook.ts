import { toScreen } from '../../render/coords';
import { sampleAgent, sampleBall } from '../../view/sample';
import type { ViewerApp } from '../app';
import { framesDigest } from '../../core/trace';
import { drillText } from '../editor/drill-text';

// Read-only state for tests and for anyone curious in the console: getters only, so nothing
// outside the app can change what it shows.

export function exposeState(app: ViewerApp): void {
  const state = {
    get drill() { return app.state.source?.id ?? ''; },
    get tick() { return app.state.playhead.tick; },
    get ticks() { return app.run.trace.ticks; },
    get tickRate() { return app.run.trace.tickRate; },
    get playing() { return app.state.playhead.playing; },
    get speed() { return app.state.playhead.speed; },
    get loop() { return app.state.playhead.loop; },
    get seed() { return app.run.seed; },
    get variation() { return app.run.variation ?? null; },
    get params() { return { ...app.run.params }; },
    get outcome() { return { ...app.run.trace.outcome }; },
    get outcomeText() { return document.getElementById('outcome')?.textContent ?? ''; },
    get offside() { return app.run.trace.offside; },
    get lineX() { return app.run.trace.line[app.state.playhead.tick]; },
    get verdicts() { return app.run.verdicts.map((v) => ({ tick: v.tick, receiver: v.receiver, text: v.text, offside: v.offside, exempt: v.exempt, marginM: v.marginM })); },
    get verdictShown() { return app.scene.verdictShown?.text ?? null; },
    get eventTicks() { return [...app.run.eventTicks]; },
    get events() { return app.run.trace.events.map((e) => ({ tick: e.tick, type: e.type, agent: e.agent ?? null })); },
    get agents() { return app.run.trace.agents.map((a) => ({ id: a.id, team: a.team, label: a.label })); },
    get simMs() { return app.run.simMs; },
    get draws() { return app.draws; },
    get panics() { return app.clock.panics; },
    get renderer() { return app.pixi.renderer.name; },
    get theme() { return app.state.display.theme; },
    get presenter() { return app.state.display.presenter; },
    get labelPx() { return app.presentation.labelPx(); },
    get transform() { return { ...app.transform }; },
    get notices() { return app.notices.texts; },
    /** The viewer state (frozen: reading it changes nothing). */
    get state() { return app.state; },
    get canUndo() { return app.store.canUndo; },
    get canRedo() { return app.store.canRedo; },
    /** Steps in the undo history (a drag is one). */
    get undoSteps() { return app.store.history.past.length; },
    /** Canvas CSS pixels of a world point (m). */
    worldToScreen(x: number, y: number) { return toScreen(app.transform, x, y); },
    /** An agent's recorded position at the shown frame, or at frame `tick` (m). */
    agentAt(i: number, tick = app.state.playhead.tick) { const a = sampleAgent(app.run.trace, tick, i, { x: 0, y: 0, vx: 0, vy: 0 }); return { x: a.x, y: a.y }; },
    ballAt() { const b = sampleBall(app.run.trace, app.state.playhead.tick, { x: 0, y: 0, z: 0 }); return { ...b }; },
    /** Fingerprint of every recorded number of the run on screen (see core/trace.ts). */
    framesDigest() { return framesDigest(app.run.trace); },
    /** The pitch's labels as the last frame placed them (canvas px) and the discs they keep clear of. */
    labels() { return app.scene.labels.map((l) => ({ id: l.id, text: l.text, box: { ...l.box }, leader: l.leader })); },
    discs() { return app.scene.discs.map((d) => ({ ...d })); },
    /** The run's events as JSON text (numbers printed exactly). */
    eventsJson() { return JSON.stringify(app.run.trace.events); },
    /** The drill file being edited, as Download writes it ('' when not editing). */
    get editText() { const f = app.state.edit?.file; return f ? drillText(f) : ''; },
    /** Records written to My drills since the page opened (the autosave has caught up when it moves). */
    get saves() { return app.editor.saves; },
    /** Drills in the picker (bundled, opened, shared). */
    get libraryCount() { return app.library.list.length; },
    /** The keys of My drills in this browser (read from IndexedDB). */
    async myDrillKeys() { const r = await app.editor.store.list(); return r.ok ? r.value.map((d) => d.key).sort() : null; },
    /** The outcome's headline, as the run's trace has it. */
    get result() { return app.run.trace.outcome.result; },
  };
  Object.defineProperty(window, '__onside', { value: Object.freeze(state), writable: false, configurable: false });
}
