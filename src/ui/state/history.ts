import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import { isFresh, isUndoable, type Command } from './commands';
import { perform } from './reduce';
import type { ViewerState } from './viewer-state';

// Undo and redo as a history of the undoable commands' patches (immer). A gesture (a slider
// drag) is one step: mark() at its start, and every undoable command until settle() joins the
// step the first one opened, as tldraw's HistoryManager does with its marks.

enablePatches();

export interface Step {
  patches: Patch[];
  inverse: Patch[];
}

export interface History {
  past: Step[];
  future: Step[];
  gesture: 'none' | 'marked' | 'open'; // marked: the next undoable command opens a step the rest join
}

export const EMPTY_HISTORY: History = { past: [], future: [], gesture: 'none' };

export interface Applied {
  state: ViewerState;
  history: History;
}

/** Apply a command, recording it when it is undoable. */
export function apply(state: ViewerState, history: History, c: Command): Applied {
  if (!isUndoable(c)) {
    const [next] = produceWithPatches(state, (d) => perform(d, c));
    return { state: next, history: isFresh(c) ? EMPTY_HISTORY : history };
  }
  const [next, patches, inverse] = produceWithPatches(state, (d) => perform(d, c));
  if (!patches.length) return { state, history };
  const top = history.past.at(-1);
  if (history.gesture === 'open' && top) {
    const joined: Step = { patches: [...top.patches, ...patches], inverse: [...inverse, ...top.inverse] };
    return { state: next, history: { past: [...history.past.slice(0, -1), joined], future: [], gesture: 'open' } };
  }
  return {
    state: next,
    history: { past: [...history.past, { patches, inverse }], future: [], gesture: history.gesture === 'marked' ? 'open' : 'none' },
  };
}

/** The start of a gesture: what follows until settle() is one step. */
export function mark(h: History): History {
  return { ...h, gesture: 'marked' };
}

/** The end of a gesture. */
export function settle(h: History): History {
  return h.gesture === 'none' ? h : { ...h, gesture: 'none' };
}

export function undo(state: ViewerState, h: History): Applied {
  const step = h.past.at(-1);
  if (!step) return { state, history: h };
  return { state: applyPatches(state, step.inverse), history: { past: h.past.slice(0, -1), future: [step, ...h.future], gesture: 'none' } };
}

export function redo(state: ViewerState, h: History): Applied {
  const step = h.future[0];
  if (!step) return { state, history: h };
  return { state: applyPatches(state, step.patches), history: { past: [...h.past, step], future: h.future.slice(1), gesture: 'none' } };
}
