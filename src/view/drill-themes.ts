import type { ScenarioFile } from '../scenario/types';

// The drill picker's groups: each drill's theme (from its file), in the order a coach meets them,
// and the drills of each group in the library's order. Pure: the top bar renders what this says.

export type Theme = NonNullable<ScenarioFile['theme']>;
export type ThemeOrOther = Theme | 'other';

export const THEMES: readonly { theme: ThemeOrOther; label: string }[] = [
  { theme: 'running-in-behind', label: 'Running in behind' },
  { theme: 'crossing', label: 'Crossing' },
  { theme: 'combinations', label: 'Combinations' },
  { theme: 'finishing', label: 'Finishing' },
  { theme: 'set-pieces', label: 'Set pieces' },
  { theme: 'games', label: 'Games' },
  { theme: 'other', label: 'Other drills' }, // no theme, files that do not load, files opened from this computer
];

/** The theme a drill is listed under. */
export function themeOf(s: Pick<ScenarioFile, 'theme'> | undefined): ThemeOrOther {
  return s?.theme ?? 'other';
}

/** Where a theme comes in the picker (0 first). */
export function themeRank(t: ThemeOrOther): number {
  return THEMES.findIndex((x) => x.theme === t);
}

export interface PickerItem<E> {
  index: number; // the entry's place in the library: the picker's value and its key 1–9
  entry: E;
}

export interface PickerGroup<E> {
  theme: ThemeOrOther;
  label: string;
  items: PickerItem<E>[];
}

/**
 * The library's entries in groups by theme, in theme order; within a group, in the library's
 * order. Empty groups are left out. A library sorted by theme gives groups that keep its order,
 * so the keys 1–9 count down the list as shown.
 */
export function pickerGroups<E extends { scenario?: Pick<ScenarioFile, 'theme'> }>(entries: readonly E[]): PickerGroup<E>[] {
  return THEMES.map(({ theme, label }) => ({
    theme, label,
    items: entries.map((entry, index) => ({ index, entry })).filter((it) => themeOf(it.entry.scenario) === theme),
  })).filter((g) => g.items.length > 0);
}

/** The one-line lesson shown for a drill: its own, or nothing for a file that has none. */
export function lessonOf(s: Pick<ScenarioFile, 'lesson'> | undefined): string {
  return s?.lesson ?? '';
}
