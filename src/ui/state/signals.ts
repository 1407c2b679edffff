import { computed, signal } from '@preact/signals';
import type { Replay } from './replay';
import { INITIAL_STATE, type ViewerState } from './viewer-state';

// The state as signals for the Preact panels: the store writes them after every change, the
// panels read them and re-render what depends on what changed. Read-only for everyone else.

export const viewerState = signal<ViewerState>(INITIAL_STATE);
export const shownRun = signal<Replay | null>(null);
/** Undo and redo available (the history lives beside the state, not in it). */
export const canUndo = signal(false);
export const canRedo = signal(false);

// Slices: a panel that reads one re-renders only when that part changes (not at every tick).
export const runSettings = computed(() => viewerState.value.run);
export const shownParams = computed(() => viewerState.value.shown?.params ?? null);
export const display = computed(() => viewerState.value.display);
export const ghostPin = computed(() => viewerState.value.ghost);
