import type { DrillSpec } from './spec';

// Where the drill's script stands in a run: each line's due tick and whether it was played.

export const NOT_YET = 0x7fffffff; // due tick of a line whose trigger has not fired
export const PENDING = 0, DONE = 1, SKIPPED = 2;

export interface ScriptState {
  /** Lines in the order they are tried within a tick: by clock time (stable), triggered ones last. */
  actions: DrillSpec['actions'];
  due: Int32Array; // tick each line is due (NOT_YET while its trigger has not fired)
  state: Uint8Array; // PENDING, DONE or SKIPPED
  seen: Int32Array; // events matching each line's trigger so far
  scanned: number; // events already matched against the triggers
  nextDue: number; // the earliest tick a pending line is due (NOT_YET: none): no line is looked at before it
  armed: number; // lines whose trigger has not fired yet: none, and no trigger is looked at
}

export function newScript(spec: DrillSpec): ScriptState {
  const indexed = spec.actions.map((a, k) => (a.index === undefined ? { ...a, index: k } : a));
  const actions = indexed.sort((a, b) => a.at - b.at); // stable: equal times keep the file's order
  const due = new Int32Array(actions.length);
  for (let k = 0; k < actions.length; k++) {
    const a = actions[k];
    due[k] = a.on ? NOT_YET : Math.max(0, Math.round(a.at * spec.tickRate));
  }
  return {
    actions, due,
    state: new Uint8Array(actions.length),
    seen: new Int32Array(actions.length),
    scanned: 0,
    nextDue: due.reduce((m, t) => Math.min(m, t), NOT_YET),
    armed: actions.filter((a) => a.on).length,
  };
}
