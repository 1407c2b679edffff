import type { Command } from './commands';
import { apply, EMPTY_HISTORY, mark, redo, settle, undo, type History } from './history';
import { INITIAL_STATE, type ViewerState } from './viewer-state';

// The viewer's store: the state, its undo history, and the one door to change them. Listeners
// (the effects and the widgets' renders) hear every change with the command that made it; a
// command dispatched while they run waits its turn, so each listener sees the changes in order.

export type HistoryCommand = { type: 'history/undo' } | { type: 'history/redo' } | { type: 'history/mark' } | { type: 'history/settle' };
export type AnyCommand = Command | HistoryCommand;
export type Dispatch = (c: AnyCommand) => void;
export type Listener = (state: ViewerState, prev: ViewerState, c: AnyCommand) => void;

export class Store {
  private queue: AnyCommand[] = [];
  private busy = false;
  private readonly listeners: Listener[] = [];

  constructor(public state: ViewerState = INITIAL_STATE, public history: History = EMPTY_HISTORY) {}

  readonly dispatch: Dispatch = (c) => {
    this.queue.push(c);
    if (this.busy) return;
    this.busy = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) this.step(next);
    } finally {
      this.busy = false;
      this.queue.length = 0;
    }
  };

  subscribe(l: Listener): void {
    this.listeners.push(l);
  }

  get canUndo(): boolean { return this.history.past.length > 0; }
  get canRedo(): boolean { return this.history.future.length > 0; }

  private step(c: AnyCommand): void {
    const prev = this.state;
    const h = this.history;
    const r = c.type === 'history/undo' ? undo(prev, h)
      : c.type === 'history/redo' ? redo(prev, h)
      : c.type === 'history/mark' ? { state: prev, history: mark(h) }
      : c.type === 'history/settle' ? { state: prev, history: settle(h) }
      : apply(prev, h, c);
    this.state = r.state;
    this.history = r.history;
    // Every command is heard, even one that changes nothing here (full screen is the browser's).
    for (const l of this.listeners) l(this.state, prev, c);
  }
}
