import type { ParamValues } from '../../scenario/resolve';
import type { MeasureEnd } from '../../view/measure';
import type { RendererName, ThemeName } from '../../view/display';
import type { EditSession } from '../editor/edit-session';

// The viewer's one state: what is loaded, how it is run, where the playhead is, how it is shown.
// Plain data only (no runs, no traces, no DOM), changed only by commands through reduce(); the
// run itself, the sweeps and the address follow from it as effects.

/** What is loaded: a drill (bundled or opened from a file) or a replay of a recording. */
export type Source =
  | { kind: 'drill'; entry: number; id: string; hash: string } // entry: index in the library
  | { kind: 'replay'; entry: number; id: string; hash: string; name: string };

/** The part a run is made from: undoable (parameters, stage, seed). */
export interface RunSettings {
  given: ParamValues; // parameter values chosen by the user or a link (the rest take defaults)
  stage?: string; // a variation's id
  seed: number;
}

/** The run on screen, as far as the state needs it: set by the simulate effect. */
export interface Shown {
  key: string; // runKey() of the settings it was made from
  ticks: number;
  tickRate: number;
  params: ParamValues; // every parameter, resolved
  stops: number[]; // event and verdict ticks, sorted: where the event keys jump
  cast: string; // agent ids, in order: a ghost only survives the same cast
}

export interface Playhead {
  tick: number; // whole recorded frame
  playing: boolean;
  speed: number; // playback rate, 0.1–2
  loop: boolean;
}

export interface Layers {
  plan: boolean; // the drill's arrows
  race: boolean; // who gets there first
  raceTags: boolean; // its words on the pitch (never in presenter mode: the lines and dots say it)
  trails: boolean; // where everyone has been
  margins: boolean; // the verdict's margin bar and ring, the freeze frame's bars
}

export interface Display {
  theme: ThemeName;
  presenter: boolean;
  panel: boolean; // the side panel is shown
  layers: Layers;
  renderer?: RendererName; // asked for by the link: kept in it
}

export interface Analyst {
  picks: string[]; // 'ball' or agent ids, in the order picked
  tape: MeasureEnd[]; // 0–2 ends of the measuring tape
  freeze: { index: number; tick: number } | null; // the judgment opened as a freeze frame: its index in the run's judgments, and its frame
}

/** A pinned run, drawn faded under the one on screen. */
export interface Pinned {
  key: string;
  settings: RunSettings;
  cast: string;
}

export type Tool = 'none' | 'measure';

/** The player's own timing: off, timing the run or the pass live, or the "Call it" quiz. */
export type PlayerMode = 'off' | 'run' | 'pass' | 'quiz';

export interface Player {
  mode: PlayerMode;
  slow: boolean; // play the try at half speed
  param: string | null; // the timing the press sets (run or pass mode)
  phase: 'idle' | 'watching' | 'done'; // a try: not started, playing (waiting for the press), over
  pressedAt: number | null; // s: the drill time of the press
  /** The quiz's question: the judgment frame it stopped on, and the player's call once made. */
  question: { tick: number; answer: 'onside' | 'offside' | null } | null;
}

export interface ViewerState {
  source: Source | null; // null until the first drill opens
  run: RunSettings;
  shown: Shown | null;
  playhead: Playhead;
  display: Display;
  analyst: Analyst;
  ghost: Pinned | null;
  tool: Tool;
  player: Player;
  edit: EditSession | null; // the drill file being edited (the editor's), null when watching
}

export const INITIAL_STATE: ViewerState = {
  source: null,
  run: { given: {}, seed: 1 },
  shown: null,
  playhead: { tick: 0, playing: false, speed: 1, loop: false },
  display: { theme: 'dark', presenter: false, panel: true, layers: { plan: true, race: true, raceTags: true, trails: true, margins: true } },
  analyst: { picks: [], tape: [], freeze: null },
  ghost: null,
  tool: 'none',
  player: { mode: 'off', slow: false, param: null, phase: 'idle', pressedAt: null, question: null },
  edit: null,
};

/** The identity of a run: the drill's content, the stage, the seed and the given values. Two
 *  states with the same key show the same frames, bit for bit. */
export function runKey(source: Source | null, run: RunSettings): string {
  if (!source) return '';
  const given = Object.keys(run.given).sort().map((k) => [k, run.given[k]]);
  return JSON.stringify([source.kind, source.hash, run.stage ?? '', run.seed, given]);
}

/** The last frame of the run on screen (0 before there is one). */
export function lastTick(s: ViewerState): number {
  return s.shown ? s.shown.ticks - 1 : 0;
}
