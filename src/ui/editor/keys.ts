// The editor's keys, a pure table as the viewer's are (state/keyboard.ts): E edits the drill on
// screen; while editing, Delete removes the selection, the arrows nudge it (Shift: 1 m), Enter
// finishes a run being drawn. Esc (leave the tool) and Ctrl+Z are the viewer's own keys.

export interface EditKeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type EditKey =
  | { do: 'edit' }
  | { do: 'delete' }
  | { do: 'finish' }
  | { do: 'nudge'; dx: number; dy: number; big: boolean }; // dx, dy in steps, world axes

export const EDIT_SHORTCUTS: readonly [string, string][] = [
  ['E', 'Edit the drill on screen'],
  ['Delete', 'Delete the selected player, line or point (editing)'],
  ['Arrows, Shift+arrows', 'Nudge the selection 0.5 m (0.1 m without the snap), 1 m (editing)'],
  ['Enter', 'Finish the run being drawn'],
  ['Esc', 'Leave the tool (back to select)'],
];

/** The editor's command for a key; screen arrows move along the pitch as drawn (x to the right). */
export function editKeyFor(e: EditKeyInput, editing: boolean): EditKey | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (!editing) return e.key === 'e' || e.key === 'E' ? { do: 'edit' } : null;
  switch (e.key) {
    case 'Delete': case 'Backspace': return { do: 'delete' };
    case 'Enter': return { do: 'finish' };
    case 'ArrowLeft': return { do: 'nudge', dx: -1, dy: 0, big: e.shiftKey };
    case 'ArrowRight': return { do: 'nudge', dx: 1, dy: 0, big: e.shiftKey };
    case 'ArrowUp': return { do: 'nudge', dx: 0, dy: 1, big: e.shiftKey };
    case 'ArrowDown': return { do: 'nudge', dx: 0, dy: -1, big: e.shiftKey };
  }
  return null;
}
