import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/ui/state/drill-library';
import { lessonOf, pickerGroups, THEMES, themeOf } from '../../src/view/drill-themes';

// The picker groups the drills by theme (running in behind, crossing, combinations, finishing,
// set pieces, games) and shows each drill's one-line lesson.

const e = (id: string, theme?: string) => ({ id, scenario: theme === undefined ? undefined : { theme: theme as never, lesson: `${id}'s lesson` } });

describe('picker groups', () => {
  it.each([
    [[e('a', 'crossing'), e('b', 'running-in-behind'), e('c', 'crossing')], [['running-in-behind', [1]], ['crossing', [0, 2]]]],
    [[e('x'), e('y', 'games')], [['games', [1]], ['other', [0]]]], // a broken file (no scenario) goes last, under Other
    [[], []],
  ] as const)('%j → %j', (entries, groups) => {
    expect(pickerGroups(entries as never).map((g) => [g.theme, g.items.map((i) => i.index)])).toEqual(groups);
  });

  it('themes in the order a coach meets them, each with a label', () => {
    expect(THEMES.map((t) => t.theme)).toEqual(['running-in-behind', 'crossing', 'combinations', 'finishing', 'set-pieces', 'games', 'other']);
    expect(new Set(THEMES.map((t) => t.label)).size).toBe(THEMES.length);
    expect(themeOf(undefined)).toBe('other');
    expect(lessonOf(undefined)).toBe('');
  });

  it('the shipped library is sorted by theme, so the groups keep its order and the keys 1–9 count down the list as shown', () => {
    const lib = loadLibrary();
    const shown = pickerGroups(lib).flatMap((g) => g.items.map((i) => i.index));
    expect(shown).toEqual(lib.map((_, k) => k));
    const groups = pickerGroups(lib).map((g) => g.theme);
    for (const t of ['running-in-behind', 'crossing', 'combinations', 'finishing', 'set-pieces', 'games']) expect(groups).toContain(t);
    expect(groups).not.toContain('other'); // every shipped drill names its theme
    for (const entry of lib) expect(lessonOf(entry.scenario).length, entry.id).toBeGreaterThan(20);
    expect(lib[0].id).toBe('through-pass');
  });
});
