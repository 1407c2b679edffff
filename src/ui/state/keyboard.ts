import type { Command } from './commands';
import type { HistoryCommand } from './store';

// Keys to commands: a pure table, so the shortcuts are documented and tested in one place.

export type KeyCommand =
  | { do: 'toggle' }
  | { do: 'step'; by: 1 | -1 }
  | { do: 'event'; dir: 1 | -1 }
  | { do: 'home' }
  | { do: 'end' }
  | { do: 'fullscreen' }
  | { do: 'presenter' }
  | { do: 'leave' }
  | { do: 'theme' }
  | { do: 'loop' }
  | { do: 'restart' }
  | { do: 'speed'; dir: 1 | -1 }
  | { do: 'drill'; index: number } // 0-based
  | { do: 'session'; dir: 1 | -1 } // the session plan's next / previous step
  | { do: 'measure' }
  | { do: 'panel' }
  | { do: 'ghost' }
  | { do: 'player' }
  | { do: 'call'; answer: 'onside' | 'offside' };

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The shortcuts as shown in the help and the docs. */
export const SHORTCUTS: readonly [string, string][] = [
  ['Space', 'Play / pause'],
  ['← / →  or  , / .', 'One frame back / forward'],
  ['Shift+← / Shift+→  or  ↑ / ↓', 'Previous / next event'],
  ['Home / End', 'First / last frame'],
  ['[ / ]', 'Slower / faster'],
  ['R', 'Restart and play'],
  ['L', 'Loop on / off'],
  ['F', 'Full screen'],
  ['P', 'Presenter mode (Esc leaves it)'],
  ['T', 'Light / dark theme'],
  ['1 – 9', 'Pick a drill'],
  ['N / B  or  PageDown / PageUp', 'Next / previous step of the session plan'],
  ['M', 'Measure on the pitch (Esc puts it away)'],
  ['I', 'Hide / show the side panel'],
  ['G', 'Pin this run as a ghost / unpin it'],
  ['Y', 'Time your run on / off (then Space, a click or a tap on the pitch: go now)'],
  ['O / X', 'Call it: onside / offside (in the quiz)'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo a change of timing, seed or stage (Cmd on a Mac)'],
];

/** Undo and redo: Ctrl+Z / Ctrl+Shift+Z (Cmd on a Mac), and Ctrl+Y. */
export function historyFor(e: KeyInput): HistoryCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return { type: e.shiftKey ? 'history/redo' : 'history/undo' };
  if (k === 'y' && !e.shiftKey) return { type: 'history/redo' };
  return null;
}

/** The viewer command a key stands for (a drill's number is opened through the picker). */
export function keyCommand(k: Exclude<KeyCommand, { do: 'drill' } | { do: 'session' }>): Command {
  switch (k.do) {
    case 'toggle': return { type: 'play/toggle' };
    case 'step': return { type: 'play/step', by: k.by };
    case 'event': return { type: 'play/event', dir: k.dir };
    case 'home': return { type: 'play/home' };
    case 'end': return { type: 'play/end' };
    case 'fullscreen': return { type: 'display/fullscreen' };
    case 'presenter': return { type: 'display/presenter' };
    case 'leave': return { type: 'leave' };
    case 'theme': return { type: 'display/theme' };
    case 'loop': return { type: 'loop/toggle' };
    case 'restart': return { type: 'play/restart' };
    case 'speed': return { type: 'speed/nudge', dir: k.dir };
    case 'measure': return { type: 'tool/measure' };
    case 'panel': return { type: 'display/panel' };
    case 'ghost': return { type: 'ghost/toggle' };
    case 'player': return { type: 'player/toggle' };
    case 'call': return { type: 'quiz/answer', answer: k.answer };
  }
}

export function commandFor(e: KeyInput): KeyCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null; // leave the browser's own shortcuts alone
  switch (e.key) {
    case ' ':
    case 'Spacebar': return { do: 'toggle' };
    case 'ArrowLeft': return e.shiftKey ? { do: 'event', dir: -1 } : { do: 'step', by: -1 };
    case 'ArrowRight': return e.shiftKey ? { do: 'event', dir: 1 } : { do: 'step', by: 1 };
    case ',': case '<': return { do: 'step', by: -1 };
    case '.': case '>': return { do: 'step', by: 1 };
    case 'ArrowUp': return { do: 'event', dir: -1 };
    case 'ArrowDown': return { do: 'event', dir: 1 };
    case 'Home': return { do: 'home' };
    case 'End': return { do: 'end' };
    case 'Escape': return { do: 'leave' };
    case '[': return { do: 'speed', dir: -1 };
    case ']': return { do: 'speed', dir: 1 };
    case 'PageDown': return { do: 'session', dir: 1 };
    case 'PageUp': return { do: 'session', dir: -1 };
  }
  const k = e.key.length === 1 ? e.key.toLowerCase() : '';
  if (k === 'f') return { do: 'fullscreen' };
  if (k === 'p') return { do: 'presenter' };
  if (k === 't') return { do: 'theme' };
  if (k === 'l') return { do: 'loop' };
  if (k === 'r') return { do: 'restart' };
  if (k === 'm') return { do: 'measure' };
  if (k === 'i') return { do: 'panel' };
  if (k === 'g') return { do: 'ghost' };
  if (k === 'y') return { do: 'player' };
  if (k === 'o') return { do: 'call', answer: 'onside' };
  if (k === 'x') return { do: 'call', answer: 'offside' };
  if (k === 'n') return { do: 'session', dir: 1 };
  if (k === 'b') return { do: 'session', dir: -1 };
  if (k >= '1' && k <= '9') return { do: 'drill', index: Number(k) - 1 };
  return null;
}

/** Keys a focused form control needs for itself (typing, moving a slider, opening a list). */
export function ownedByControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    if (type === 'range') return key.startsWith('Arrow') || key === 'Home' || key === 'End' || key === 'PageUp' || key === 'PageDown';
    if (type === 'checkbox' || type === 'button') return key === ' ';
    return true;
  }
  if (tag === 'BUTTON') return key === ' ' || key === 'Enter';
  return false;
}
