import { produce, type Draft } from 'immer';
import { ACTIONS, type Action, type Command } from './commands';
import type { ViewerState } from './viewer-state';

// The one door: reduce(state, command) → the next state. Pure; the state is frozen (immer), so a
// widget cannot change it behind the door's back.

/** Run a command's action on a draft, then the rules that hold after any command. */
export function perform(d: Draft<ViewerState>, c: Command): void {
  (ACTIONS[c.type] as Action<Command>).perform(d, c);
  // A freeze frame shows one frame: moving off it closes it.
  if (d.analyst.freeze && d.analyst.freeze.tick !== d.playhead.tick) d.analyst.freeze = null;
}

export function reduce(state: ViewerState, c: Command): ViewerState {
  return produce(state, (d) => perform(d, c));
}
