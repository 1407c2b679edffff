import type { Draft } from 'immer';
import type { ParamValues } from '../../scenario/resolve';
import type { RendererName, ThemeName } from '../../view/display';
import type { MeasureEnd } from '../../view/measure';
import { MAX_SPEED, MIN_SPEED, neighbourEvent } from '../../view/playback';
import { PLAYER_ACTIONS } from './player-actions';
import { EDIT_ACTIONS } from '../editor/edit-actions';
import { lastTick, runKey, type Layers, type Shown, type Source, type ViewerState } from './viewer-state';

// Every change of the viewer state, as a table of actions (name, what it does to the state, its
// key and label for the help, whether undo takes it back), in the manner of excalidraw's actions.
// A command is { type: name, ...payload }; reduce() looks the action up and runs it on a draft.

type D = Draft<ViewerState>;

export interface Action<P> {
  label: string;
  keys?: string; // as shown in the keyboard help
  undoable?: boolean; // changes the run: parameters, stage, seed
  fresh?: boolean; // a new thing loaded: the undo history starts again
  perform(d: D, p: P): void;
}

const action = <P = object>(a: Action<P>): Action<P> => a;

// ---- the playhead ------------------------------------------------------------------------------

function seek(d: D, tick: number): void {
  d.playhead.tick = Math.max(0, Math.min(lastTick(d as ViewerState), Math.round(Number.isFinite(tick) ? tick : 0)));
}
function pauseAt(d: D, tick: number): void {
  d.playhead.playing = false;
  seek(d, tick);
}
function play(d: D): void {
  if (d.shown && d.playhead.tick >= lastTick(d as ViewerState)) d.playhead.tick = 0; // play at the end replays
  d.playhead.playing = true;
}
function setSpeed(d: D, s: number): void {
  d.playhead.speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, Number.isFinite(s) ? s : 1));
}
/** A run's settings changed and it starts again from the first frame, playing. */
function fromStart(d: D): void {
  d.playhead.tick = 0;
  d.playhead.playing = true;
}

export const ACTIONS = {
  // ---- what is loaded ----
  'drill/open': action<{ source: Source; seed: number; stage?: string; given?: ParamValues; tick?: number }>({
    label: 'Open a drill', keys: '1 – 9', fresh: true,
    perform(d, p) {
      d.source = p.source;
      d.edit = null; // another drill on screen: the editor's file is kept in My drills
      d.run = { given: { ...(p.given ?? {}) }, seed: p.seed, ...(p.stage ? { stage: p.stage } : {}) };
      d.playhead.tick = p.tick ?? 0;
      d.playhead.playing = p.tick === undefined;
    },
  }),
  'run/shown': action<{ shown: Shown }>({
    label: 'A new run is on screen',
    perform(d, { shown }) {
      d.shown = shown;
      if (d.playhead.tick > lastTick(d as ViewerState)) d.playhead.tick = lastTick(d as ViewerState);
      const ids = new Set(['ball', ...(shown.cast ? shown.cast.split(',') : [])]);
      d.analyst.picks = d.analyst.picks.filter((id) => ids.has(id));
      const agents = ids.size - 1;
      if (d.analyst.tape.some((e) => e.kind === 'agent' && e.index >= agents)) d.analyst.tape = [];
      d.analyst.freeze = null;
      if (d.ghost && (d.source?.kind !== 'drill' || d.ghost.cast !== shown.cast)) d.ghost = null;
    },
  }),

  // ---- the run (undoable) ----
  'param/set': action<{ name: string; value: number }>({
    label: 'Change a timing', undoable: true,
    perform(d, p) { d.run.given[p.name] = p.value; },
  }),
  'timing/play': action<{ values: ParamValues }>({
    label: 'Play a timing picked on the band or the map', undoable: true,
    perform(d, p) { Object.assign(d.run.given, p.values); fromStart(d); },
  }),
  'seed/set': action<{ seed: number }>({
    label: 'Change the seed', undoable: true,
    perform(d, p) { d.run.seed = p.seed; },
  }),
  'stage/set': action<{ stage?: string }>({
    label: 'Pick a stage', undoable: true,
    perform(d, p) {
      d.run.given = {};
      if (p.stage) d.run.stage = p.stage;
      else delete d.run.stage;
      fromStart(d);
    },
  }),

  // ---- the playhead ----
  'play/toggle': action({ label: 'Play / pause', keys: 'Space', perform(d) { if (d.playhead.playing) d.playhead.playing = false; else play(d); } }),
  'play/step': action<{ by: number }>({ label: 'One frame back / forward', keys: '← / →  or  , / .', perform(d, p) { pauseAt(d, d.playhead.tick + p.by); } }),
  'play/event': action<{ dir: 1 | -1 }>({
    label: 'Previous / next event', keys: 'Shift+← / Shift+→  or  ↑ / ↓',
    perform(d, p) { pauseAt(d, neighbourEvent(d.shown?.stops ?? [], d.playhead.tick, p.dir)); },
  }),
  'play/seek': action<{ tick: number }>({ label: 'Go to a frame', perform(d, p) { pauseAt(d, p.tick); } }),
  'play/home': action({ label: 'First frame', keys: 'Home', perform(d) { pauseAt(d, 0); } }),
  'play/end': action({ label: 'Last frame', keys: 'End', perform(d) { pauseAt(d, lastTick(d as ViewerState)); } }),
  'play/restart': action({ label: 'Restart and play', keys: 'R', perform(d) { seek(d, 0); d.playhead.playing = true; } }),
  'play/advance': action<{ tick: number; playing: boolean }>({
    label: 'The clock moved the playhead',
    perform(d, p) { seek(d, p.tick); d.playhead.playing = p.playing; },
  }),
  'speed/set': action<{ speed: number }>({ label: 'Playback speed', perform(d, p) { setSpeed(d, p.speed); } }),
  'speed/nudge': action<{ dir: 1 | -1 }>({
    label: 'Slower / faster', keys: '[ / ]',
    perform(d, p) {
      const s = d.playhead.speed;
      setSpeed(d, p.dir > 0 ? (s < 1 ? s + 0.1 : s + 0.25) : (s <= 1 ? s - 0.1 : s - 0.25));
      setSpeed(d, Math.round(d.playhead.speed * 100) / 100);
    },
  }),
  'loop/set': action<{ on: boolean }>({ label: 'Loop', perform(d, p) { d.playhead.loop = p.on; } }),
  'loop/toggle': action({ label: 'Loop on / off', keys: 'L', perform(d) { d.playhead.loop = !d.playhead.loop; } }),

  // ---- display ----
  'display/fullscreen': action({ label: 'Full screen', keys: 'F', perform() { /* the browser's state: an effect */ } }),
  'display/presenter': action<{ on?: boolean }>({
    label: 'Presenter mode (Esc leaves it)', keys: 'P',
    perform(d, p) { d.display.presenter = p.on ?? !d.display.presenter; },
  }),
  'display/theme': action<{ theme?: ThemeName }>({
    label: 'Light / dark theme', keys: 'T',
    perform(d, p) { d.display.theme = p.theme ?? (d.display.theme === 'light' ? 'dark' : 'light'); },
  }),
  'display/panel': action<{ on?: boolean }>({
    label: 'Hide / show the side panel', keys: 'I',
    perform(d, p) { d.display.panel = p.on ?? !d.display.panel; },
  }),
  'display/layer': action<{ layer: keyof Layers; on?: boolean }>({
    label: 'Show / hide a layer of the pitch',
    perform(d, p) { d.display.layers[p.layer] = p.on ?? !d.display.layers[p.layer]; },
  }),
  'display/renderer': action<{ renderer: RendererName }>({
    label: 'The renderer a link asked for (kept in the address)',
    perform(d, p) { d.display.renderer = p.renderer; },
  }),
  'leave': action({
    label: 'Leave presenter mode, close the freeze frame, put the tape away', keys: 'Esc',
    perform(d) {
      if (d.display.presenter) d.display.presenter = false;
      else if (d.edit && d.edit.tool.kind !== 'select') d.edit.tool = { kind: 'select' };
      else if (d.analyst.freeze !== null) d.analyst.freeze = null;
      else if (d.tool === 'measure') { d.tool = 'none'; d.analyst.tape = []; }
    },
  }),

  // ---- analyst ----
  'tool/measure': action({
    label: 'Measure on the pitch (Esc puts it away)', keys: 'M',
    perform(d) {
      d.tool = d.tool === 'measure' ? 'none' : 'measure';
      if (d.tool !== 'measure') d.analyst.tape = [];
    },
  }),
  'tape/put': action<{ end: MeasureEnd }>({
    label: 'Put an end of the tape',
    perform(d, p) { d.analyst.tape = d.analyst.tape.length >= 2 ? [p.end] : [...d.analyst.tape, p.end]; },
  }),
  'pick/set': action<{ id: string; on: boolean }>({
    label: 'Pick a player or the ball',
    perform(d, p) {
      d.analyst.picks = d.analyst.picks.filter((x) => x !== p.id);
      if (p.on) d.analyst.picks.push(p.id);
    },
  }),
  'freeze/open': action<{ index: number; tick: number }>({
    label: 'Open a judgment as a freeze frame',
    perform(d, p) { pauseAt(d, p.tick); d.analyst.freeze = { index: p.index, tick: p.tick }; },
  }),
  'freeze/close': action({ label: 'Close the freeze frame', perform(d) { d.analyst.freeze = null; } }),
  'ghost/toggle': action({
    label: 'Pin this run as a ghost / unpin it', keys: 'G',
    perform(d) {
      if (d.ghost) d.ghost = null;
      else if (d.shown && d.source?.kind === 'drill') {
        const settings = { given: { ...d.run.given }, seed: d.run.seed, ...(d.run.stage ? { stage: d.run.stage } : {}) };
        d.ghost = { key: runKey(d.source, settings), settings, cast: d.shown.cast };
      }
    },
  }),
  ...PLAYER_ACTIONS,
  ...EDIT_ACTIONS,
} as const;

export type ActionName = keyof typeof ACTIONS;
type PayloadOf<A> = A extends Action<infer P> ? P : never;
export type Command = { [K in ActionName]: { type: K } & PayloadOf<(typeof ACTIONS)[K]> }[ActionName];

export function isUndoable(c: Command): boolean {
  return !!(ACTIONS[c.type] as Action<unknown>).undoable;
}

export function isFresh(c: Command): boolean {
  return !!(ACTIONS[c.type] as Action<unknown>).fresh;
}
