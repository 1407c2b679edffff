import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate';
import { cuesAt, cueWindows } from '../../src/view/cue-schedule';
import { contrastRatio, THEMES } from '../../src/render/palette';
import { formatMargin, verdicts, verdictText } from '../../src/view/verdicts';
import { parseScenario } from '../../src/scenario/load';
import { paramValues, resolveDrill } from '../../src/scenario/resolve';
import { commandFor } from '../../src/ui/state/keyboard';
import { outcomeWords } from '../../src/view/outcome-words';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  commandFor({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('keyboard', () => {
  it.each([
    [' ', {}, { do: 'toggle' }],
    ['ArrowRight', {}, { do: 'step', by: 1 }],
    ['ArrowLeft', {}, { do: 'step', by: -1 }],
    ['.', {}, { do: 'step', by: 1 }],
    [',', {}, { do: 'step', by: -1 }],
    ['ArrowRight', { shiftKey: true }, { do: 'event', dir: 1 }],
    ['ArrowLeft', { shiftKey: true }, { do: 'event', dir: -1 }],
    ['ArrowDown', {}, { do: 'event', dir: 1 }],
    ['ArrowUp', {}, { do: 'event', dir: -1 }],
    ['Home', {}, { do: 'home' }],
    ['Escape', {}, { do: 'leave' }],
    ['End', {}, { do: 'end' }],
    ['f', {}, { do: 'fullscreen' }],
    ['F', { shiftKey: true }, { do: 'fullscreen' }],
    ['p', {}, { do: 'presenter' }],
    ['1', {}, { do: 'drill', index: 0 }],
    ['9', {}, { do: 'drill', index: 8 }],
  ] as const)('%j %j', (k, mods, cmd) => {
    expect(key(k, mods)).toEqual(cmd);
  });

  it('leaves the browser\'s own shortcuts (Ctrl/Cmd/Alt) and other keys alone', () => {
    expect(key('f', { ctrlKey: true })).toBeNull();
    expect(key('r', { metaKey: true })).toBeNull();
    expect(key('ArrowLeft', { altKey: true })).toBeNull();
    expect(key('0')).toBeNull();
    expect(key('Tab')).toBeNull();
  });
});

describe('words', () => {
  it.each([
    [{ result: 'goal' }, 'Goal'],
    [{ result: 'saved' }, 'Saved by the keeper'],
    [{ result: 'offside', marginM: 0.6 }, 'Offside by 0.6 m'],
    [{ result: 'offside', marginM: 0.04 }, 'Offside by 0.04 m'],
    [{ result: 'intercepted', agent: 'CB' }, 'Defender won the race'],
    [{ result: 'tackled', agent: 'CB' }, 'Defender won the race'],
    [{ result: 'intercepted', agent: 'GK' }, 'Keeper won the race'],
    [{ result: 'wide' }, 'Wide'],
    [{ result: 'out' }, 'Out of play'],
    [{ result: 'timeout' }, 'Time ran out'],
  ] as const)('%j → %s', (o, words) => {
    expect(outcomeWords({ tick: 1, t: 0.02, ...o }, (id) => (id === 'GK' ? 'goalkeeper' : 'defender'))).toBe(words);
  });

  it.each([
    [false, -0.43, false, 'Onside by 0.4 m'],
    [true, 0.61, false, 'Offside by 0.6 m'],
    [false, 0, false, 'Onside: level'],
    [true, 0.03, false, 'Offside by 0.03 m'],
    [false, 2, true, 'Onside: received from a restart'],
  ])('verdict offside=%s margin=%f exempt=%s → %s', (off, m, ex, text) => {
    expect(verdictText(off, m, ex)).toBe(text);
  });

  it('margins never read 0.0 m', () => {
    expect(formatMargin(0.049)).toBe('0.05 m');
    expect(formatMargin(-1.26)).toBe('1.3 m');
  });
});

describe('from a real run', () => {
  const s = parseScenario(readFileSync('scenarios/through-pass.json', 'utf8'), 'through-pass.json');
  const v = paramValues(s, {});
  const tr = simulate(resolveDrill(s, v), s.seed ?? 1, { scenario: s.id, params: v });

  it('cues show from their event for their duration', () => {
    const w = cueWindows(tr, [
      { text: 'at run', at: { event: 'run', agent: 'F' }, for: 2 },
      { text: 'at 0.5 s', at: { time: 0.5 } },
      { text: 'never', at: { event: 'offside' } },
    ]);
    const run = tr.events.find((e) => e.type === 'run')!;
    expect(w).toEqual([
      { text: 'at 0.5 s', from: 25, to: 125 },
      { text: 'at run', from: run.tick, to: run.tick + 100 },
    ].sort((a, b) => a.from - b.from));
    expect(cuesAt(w, run.tick)).toContain('at run');
    expect(cuesAt(w, run.tick + 100)).not.toContain('at run');
  });

  it('a drill without offside shows no verdicts; with it, the receiver\'s verdict at the pass', () => {
    expect(tr.offside).toBe(false);
    expect(verdicts(tr)).toEqual([]);
    const on = { ...tr, offside: true };
    const pass = tr.events.find((e) => e.type === 'pass')!;
    const [first] = verdicts(on);
    expect(first.tick).toBe(pass.tick);
    expect(first.receiver).toBe(pass.other);
    expect(first.text).toMatch(/^Onside by \d+\.\d m$/);
  });
});

describe('contrast', () => {
  it.each(['dark', 'light'] as const)('%s theme: every label and tag is at least 4.5:1', (name) => {
    const t = THEMES[name];
    for (const team of Object.values(t.teams)) expect(contrastRatio(team.label, team.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(t.tagText, t.tagBg)).toBeGreaterThanOrEqual(4.5);
  });

  // The page's own text colours, read from the stylesheet's custom properties of each theme.
  const css = readFileSync('src/ui/style.css', 'utf8');
  const vars = (selector: string) => {
    const block = css.slice(css.indexOf(selector + ' {'), css.indexOf('}', css.indexOf(selector + ' {')));
    return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*#([0-9a-f]{6})/gi)].map((m) => [m[1], parseInt(m[2], 16)]));
  };
  const dark = vars('#app');
  const light = { ...dark, ...vars('#app.theme-light') };
  const PAIRS = [['ink', 'bg'], ['ink', 'panel'], ['muted', 'panel'], ['muted', 'bg'], ['accent', 'panel'], ['accent-ink', 'accent'],
    ['button-ink', 'button'], ['warn-ink', 'warn-bg'], ['err-ink', 'err-bg']];
  it.each([['dark', dark], ['light', light]] as const)('%s page text: every pair at least 4.5:1', (_, v) => {
    for (const [fg, bg] of PAIRS) {
      expect(v[fg], fg).toBeDefined();
      expect(v[bg], bg).toBeDefined();
      expect(contrastRatio(v[fg], v[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the ratio is right on known pairs', () => {
    expect(contrastRatio(0x000000, 0xffffff)).toBeCloseTo(21, 6);
    expect(contrastRatio(0x777777, 0xffffff)).toBeCloseTo(4.48, 2);
  });
});
