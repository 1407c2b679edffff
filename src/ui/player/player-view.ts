import type { Signal } from '@preact/signals';
import type { OutcomeClass } from '../../analysis/outcome-class';
import type { AnyCommand } from '../state/store';
import type { PlayerMode as Mode, ViewerState } from '../state/viewer-state';
import type { PlayerHistory } from './player-history';

// What the player's panel shows and what it can ask for: the controller (player-mode.tsx) fills
// the view and carries out the asks; the panel (player-panel.tsx) only renders and calls.

export interface PlayerView {
  mode: Mode;
  phase: ViewerState['player']['phase'];
  slow: boolean;
  label: string; // the timing the press sets, in words ("Run start")
  canPass: boolean; // the drill has a pass (or cross) to time
  result: { words: string; cls: OutcomeClass } | null;
  quiz: { asking: boolean; verdict: string; right: boolean | null } | null;
  history: PlayerHistory;
  streak: { current: number; best: number };
  storage: string | null; // why the history is kept for this visit only
}

export const EMPTY_VIEW: PlayerView = {
  mode: 'off', phase: 'idle', slow: false, label: '', canPass: false, result: null, quiz: null,
  history: { tries: [], quiz: { asked: 0, right: 0 } }, streak: { current: 0, best: 0 }, storage: null,
};

export interface PlayerControls {
  readonly view: Signal<PlayerView>;
  dispatch(c: AnyCommand): void;
  start(): void;
  press(): void;
  ask(fresh: boolean): void;
}
