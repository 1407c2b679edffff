import { describe, expect, it } from 'vitest';
import { addressOf } from '../../src/ui/state/address-of';
import type { Command } from '../../src/ui/state/commands';
import { apply, EMPTY_HISTORY, mark, redo, settle, undo, type History } from '../../src/ui/state/history';
import { reduce } from '../../src/ui/state/reduce';
import { Store } from '../../src/ui/state/store';
import { INITIAL_STATE, runKey, type ViewerState } from '../../src/ui/state/viewer-state';

// The viewer's state as input → output: no DOM, no PixiJS, no run. A command's effect on the state
// is all there is to test here; the effects that follow (simulate, sweep, address) are the app's.

const source = { kind: 'drill', entry: 0, id: 'in-behind', hash: 'aaaa' } as const;
const shown = (ticks = 200) => ({ key: 'k', ticks, tickRate: 50, params: { runStart: 1, passSpeed: 18 }, stops: [40, 90, 150], cast: 'A9,CB,GK' });

/** A drill open, its run on screen, playing from the start. */
function opened(): ViewerState {
  let s = reduce(INITIAL_STATE, { type: 'drill/open', source, seed: 7 });
  s = reduce(s, { type: 'run/shown', shown: shown() });
  return s;
}

const run = (s: ViewerState, ...cs: Command[]) => cs.reduce(reduce, s);

describe('reduce: the playhead', () => {
  it.each<[string, Command[], Partial<ViewerState['playhead']>]>([
    ['opening a drill plays it from the start', [], { tick: 0, playing: true }],
    ['Space pauses', [{ type: 'play/toggle' }], { playing: false }],
    ['a step pauses and moves one frame', [{ type: 'play/seek', tick: 10 }, { type: 'play/step', by: 1 }], { tick: 11, playing: false }],
    ['a step back at the start stays at 0', [{ type: 'play/step', by: -1 }], { tick: 0 }],
    ['seek is clamped to the run', [{ type: 'play/seek', tick: 999 }], { tick: 199, playing: false }],
    ['seek rounds to a whole frame', [{ type: 'play/seek', tick: 12.6 }], { tick: 13 }],
    ['next event from 50 is 90', [{ type: 'play/seek', tick: 50 }, { type: 'play/event', dir: 1 }], { tick: 90 }],
    ['previous event from 50 is 40', [{ type: 'play/seek', tick: 50 }, { type: 'play/event', dir: -1 }], { tick: 40 }],
    ['End is the last frame', [{ type: 'play/end' }], { tick: 199, playing: false }],
    ['play at the end replays from 0', [{ type: 'play/end' }, { type: 'play/toggle' }], { tick: 0, playing: true }],
    ['restart plays from 0', [{ type: 'play/seek', tick: 77 }, { type: 'play/restart' }], { tick: 0, playing: true }],
    ['] from 1× is 1.25×', [{ type: 'speed/nudge', dir: 1 }], { speed: 1.25 }],
    ['[ from 1× is 0.9×', [{ type: 'speed/nudge', dir: -1 }], { speed: 0.9 }],
    ['speed is clamped to 0.1–2', [{ type: 'speed/set', speed: 9 }], { speed: 2 }],
    ['a speed that is not a number is 1×', [{ type: 'speed/set', speed: NaN }], { speed: 1 }],
    ['L loops', [{ type: 'loop/toggle' }], { loop: true }],
    ['the clock advances the playhead', [{ type: 'play/advance', tick: 31, playing: true }], { tick: 31, playing: true }],
  ])('%s', (_, cs, want) => {
    expect(run(opened(), ...cs).playhead).toMatchObject(want);
  });

  it('a shorter run brings the playhead back inside it', () => {
    const s = run(opened(), { type: 'play/seek', tick: 180 }, { type: 'run/shown', shown: shown(100) });
    expect(s.playhead.tick).toBe(99);
  });
});

describe('reduce: the run, the display, the analyst', () => {
  it.each<[string, Command[], (s: ViewerState) => unknown, unknown]>([
    ['a timing is given', [{ type: 'param/set', name: 'runStart', value: 1.5 }], (s) => s.run.given, { runStart: 1.5 }],
    ['a timing keeps the frame', [{ type: 'play/seek', tick: 60 }, { type: 'param/set', name: 'runStart', value: 1.5 }], (s) => s.playhead.tick, 60],
    ['a timing from the band plays from the start', [{ type: 'play/seek', tick: 60 }, { type: 'timing/play', values: { runStart: 2 } }], (s) => [s.run.given, s.playhead.tick, s.playhead.playing], [{ runStart: 2 }, 0, true]],
    ['a stage clears the given timings', [{ type: 'param/set', name: 'runStart', value: 1.5 }, { type: 'stage/set', stage: 'late' }], (s) => s.run, { given: {}, seed: 7, stage: 'late' }],
    ['"as written" has no stage', [{ type: 'stage/set', stage: 'late' }, { type: 'stage/set' }], (s) => 'stage' in s.run, false],
    ['the seed', [{ type: 'seed/set', seed: 42 }], (s) => s.run.seed, 42],
    ['T turns the theme light, T again dark', [{ type: 'display/theme' }], (s) => s.display.theme, 'light'],
    ['T twice', [{ type: 'display/theme' }, { type: 'display/theme' }], (s) => s.display.theme, 'dark'],
    ['I hides the panel', [{ type: 'display/panel' }], (s) => s.display.panel, false],
    ['a layer hidden', [{ type: 'display/layer', layer: 'race' }], (s) => s.display.layers, { plan: true, race: false, raceTags: true, trails: true, margins: true }],
    ['Esc leaves presenter mode first', [{ type: 'display/presenter' }, { type: 'tool/measure' }, { type: 'leave' }], (s) => [s.display.presenter, s.tool], [false, 'measure']],
    ['Esc then puts the tape away', [{ type: 'tool/measure' }, { type: 'tape/put', end: { kind: 'ball' } }, { type: 'leave' }], (s) => [s.tool, s.analyst.tape], ['none', []]],
    ['a third end starts a new tape', [{ type: 'tool/measure' }, ...[1, 2, 3].map((x): Command => ({ type: 'tape/put', end: { kind: 'point', x, y: 0 } }))], (s) => s.analyst.tape, [{ kind: 'point', x: 3, y: 0 }]],
    ['picks keep their order; unpicking drops one', [{ type: 'pick/set', id: 'CB', on: true }, { type: 'pick/set', id: 'ball', on: true }, { type: 'pick/set', id: 'A9', on: true }, { type: 'pick/set', id: 'ball', on: false }], (s) => s.analyst.picks, ['CB', 'A9']],
    ['a freeze frame pauses on its frame', [{ type: 'freeze/open', index: 0, tick: 40 }], (s) => [s.analyst.freeze, s.playhead.tick, s.playhead.playing], [{ index: 0, tick: 40 }, 40, false]],
    ['moving off the freeze frame closes it', [{ type: 'freeze/open', index: 0, tick: 40 }, { type: 'play/step', by: 1 }], (s) => s.analyst.freeze, null],
    ['a new run drops picks not in its cast', [{ type: 'pick/set', id: 'LB', on: true }, { type: 'pick/set', id: 'CB', on: true }, { type: 'run/shown', shown: shown() }], (s) => s.analyst.picks, ['CB']],
    ['G pins the run on screen', [{ type: 'param/set', name: 'runStart', value: 1.5 }, { type: 'ghost/toggle' }], (s) => s.ghost?.settings, { given: { runStart: 1.5 }, seed: 7 }],
    ['a pinned run survives a new timing', [{ type: 'ghost/toggle' }, { type: 'param/set', name: 'runStart', value: 2 }, { type: 'run/shown', shown: shown() }], (s) => s.ghost?.settings.given, {}],
    ['a pinned run goes with another cast', [{ type: 'ghost/toggle' }, { type: 'run/shown', shown: { ...shown(), cast: 'A9,CB' } }], (s) => s.ghost, null],
  ])('%s', (_, cs, read, want) => {
    expect(read(run(opened(), ...cs))).toEqual(want);
  });

  it('the state is frozen: only the door changes it', () => {
    const s = opened();
    expect(() => { (s.run.given as Record<string, number>).x = 1; }).toThrow(/read.only|not extensible|Cannot add property/i);
  });

  it('opening another drill starts from its own settings', () => {
    const s = run(opened(), { type: 'param/set', name: 'runStart', value: 2 }, { type: 'drill/open', source: { ...source, entry: 1, id: 'two-v-one', hash: 'bbbb' }, seed: 3, tick: 25 });
    expect(s.run).toEqual({ given: {}, seed: 3 });
    expect(s.playhead).toMatchObject({ tick: 25, playing: false });
  });
});

describe('run key and address: one function of the state', () => {
  it('the run key follows the content, not the id', () => {
    const s = opened();
    expect(runKey({ ...source, hash: 'bbbb' }, s.run)).not.toBe(runKey(source, s.run));
    expect(runKey(source, { given: { b: 1, a: 2 }, seed: 1 })).toBe(runKey(source, { given: { a: 2, b: 1 }, seed: 1 }));
  });

  it('the address carries the theme as soon as T is pressed, and the frame when paused', () => {
    const s = run(opened(), { type: 'display/theme' });
    expect(addressOf(s)).toBe('?drill=in-behind&seed=7&runStart=1&passSpeed=18&theme=light');
    expect(addressOf(s, { frame: true })).toBe('?drill=in-behind&seed=7&runStart=1&passSpeed=18&tick=0&theme=light');
    expect(addressOf(run(s, { type: 'play/seek', tick: 33 }, { type: 'display/presenter' }))).toBe('?drill=in-behind&seed=7&runStart=1&passSpeed=18&tick=33&theme=light&present=1');
  });

  it('a replay no drill reproduces has no address', () => {
    const s = reduce(opened(), { type: 'drill/open', source: { kind: 'replay', entry: -1, id: 'x', hash: 'cccc', name: 'x.json' }, seed: 1, tick: 0 });
    expect(addressOf(s)).toBeNull();
  });
});

describe('undo and redo', () => {
  /** 20 commands that change the run, mixed: timings (one of them a drag), seeds, stages, band picks. */
  function twenty(): Array<Command | 'mark' | 'settle'> {
    const out: Array<Command | 'mark' | 'settle'> = [];
    for (let k = 0; k < 20; k++) {
      switch (k % 5) {
        case 0: out.push({ type: 'param/set', name: 'runStart', value: k / 10 }); break;
        case 1: out.push({ type: 'seed/set', seed: 100 + k }); break;
        case 2: out.push({ type: 'stage/set', ...(k % 2 ? {} : { stage: `s${k}` }) }); break;
        case 3: out.push({ type: 'timing/play', values: { passSpeed: 10 + k } }); break;
        case 4: out.push('mark', { type: 'param/set', name: 'passSpeed', value: k }, { type: 'param/set', name: 'passSpeed', value: k + 0.5 }, 'settle'); break;
      }
    }
    return out;
  }

  function play(cs: Array<Command | 'mark' | 'settle'>, s: ViewerState, h: History = EMPTY_HISTORY) {
    for (const c of cs) {
      if (c === 'mark') h = mark(h);
      else if (c === 'settle') h = settle(h);
      else ({ state: s, history: h } = apply(s, h, c));
    }
    return { s, h };
  }

  it('20 mixed commands undone return exactly the first state; redone, exactly the last', () => {
    const first = opened();
    const { s: last, h } = play(twenty(), first);
    expect(h.past).toHaveLength(20); // the drag is one step
    let at = { state: last, history: h };
    for (let k = 0; k < 20; k++) at = undo(at.state, at.history);
    expect(at.state).toEqual(first);
    expect(at.history.past).toEqual([]);
    for (let k = 0; k < 20; k++) at = redo(at.state, at.history);
    expect(at.state).toEqual(last);
  });

  it('a slider drag is one step: one undo takes back the whole drag', () => {
    const first = opened();
    const { s, h } = play(['mark', ...[1, 1.1, 1.2, 1.3].map((value): Command => ({ type: 'param/set', name: 'runStart', value })), 'settle', { type: 'param/set', name: 'runStart', value: 3 }], first);
    expect(h.past).toHaveLength(2);
    const once = undo(s, h), twice = undo(once.state, once.history);
    expect(once.state.run.given).toEqual({ runStart: 1.3 });
    expect(twice.state.run).toEqual(first.run);
  });

  it('what undo does not take back: display, playhead moves, picks', () => {
    const first = opened();
    const { s, h } = play([{ type: 'seed/set', seed: 9 }, { type: 'display/theme' }, { type: 'play/seek', tick: 50 }, { type: 'pick/set', id: 'CB', on: true }], first);
    expect(h.past).toHaveLength(1);
    const u = undo(s, h).state;
    expect([u.run.seed, u.display.theme, u.playhead.tick, u.analyst.picks]).toEqual([7, 'light', 50, ['CB']]);
  });

  it('a new command after undo drops the redo branch; opening a drill starts the history again', () => {
    const { s, h } = play([{ type: 'seed/set', seed: 9 }, { type: 'seed/set', seed: 10 }], opened());
    const u = undo(s, h);
    const branched = apply(u.state, u.history, { type: 'seed/set', seed: 11 });
    expect(branched.history.future).toEqual([]);
    expect(branched.history.past).toHaveLength(2);
    expect(apply(branched.state, branched.history, { type: 'drill/open', source, seed: 1 }).history).toEqual(EMPTY_HISTORY);
  });

  it('the store runs undo and redo through the same door, and tells its listeners', () => {
    const store = new Store(opened());
    const heard: string[] = [];
    store.subscribe((_s, _p, c) => heard.push(c.type));
    store.dispatch({ type: 'seed/set', seed: 5 });
    store.dispatch({ type: 'history/undo' });
    expect(store.state.run.seed).toBe(7);
    expect(store.canRedo).toBe(true);
    store.dispatch({ type: 'history/redo' });
    expect(store.state.run.seed).toBe(5);
    expect(heard).toEqual(['seed/set', 'history/undo', 'history/redo']);
  });

  it('a command dispatched by a listener waits for the one being handled', () => {
    const store = new Store(opened());
    const order: string[] = [];
    store.subscribe((s, _p, c) => {
      order.push(`${c.type}@${s.run.seed}`);
      if (c.type === 'seed/set') store.dispatch({ type: 'play/seek', tick: 3 });
    });
    store.subscribe((_s, _p, c) => order.push(`second:${c.type}`));
    store.dispatch({ type: 'seed/set', seed: 5 });
    expect(order).toEqual(['seed/set@5', 'second:seed/set', 'play/seek@5', 'second:play/seek']);
  });
});

describe('the commands table', () => {
  it('every key of the help reaches an action that changes the state (or the browser, for F)', async () => {
    const { ACTIONS } = await import('../../src/ui/state/commands');
    const { commandFor, keyCommand, historyFor } = await import('../../src/ui/state/keyboard');
    const keys = [' ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'Home', 'End', 'Escape', '[', ']', 'r', 'l', 'f', 'p', 't', 'm', 'i', 'g'];
    const base = { shiftKey: false, ctrlKey: false, metaKey: false, altKey: false };
    const s = run(opened(), { type: 'play/seek', tick: 50 }, { type: 'tool/measure' });
    const unchanged: string[] = [];
    for (const key of keys) {
      const k = commandFor({ ...base, key });
      if (!k || k.do === 'drill' || k.do === 'session') throw new Error(`no command for ${key}`);
      const c = keyCommand(k);
      expect(ACTIONS[c.type].label.length, c.type).toBeGreaterThan(3);
      if (reduce(s, c) === s) unchanged.push(c.type);
    }
    expect(unchanged).toEqual(['display/fullscreen']); // the browser's own state: an effect
    expect(historyFor({ ...base, key: 'z', ctrlKey: true })).toEqual({ type: 'history/undo' });
    expect(historyFor({ ...base, key: 'Z', metaKey: true, shiftKey: true })).toEqual({ type: 'history/redo' });
    expect(historyFor({ ...base, key: 'y', ctrlKey: true })).toEqual({ type: 'history/redo' });
    expect(historyFor({ ...base, key: 'z' })).toBeNull();
  });

  it('N / B and PageDown / PageUp step the session plan (the app moves the plan, not the state)', async () => {
    const { commandFor } = await import('../../src/ui/state/keyboard');
    const base = { shiftKey: false, ctrlKey: false, metaKey: false, altKey: false };
    expect(['n', 'N', 'PageDown'].map((key) => commandFor({ ...base, key }))).toEqual(Array(3).fill({ do: 'session', dir: 1 }));
    expect(['b', 'B', 'PageUp'].map((key) => commandFor({ ...base, key }))).toEqual(Array(3).fill({ do: 'session', dir: -1 }));
    expect(commandFor({ ...base, key: 'n', ctrlKey: true })).toBeNull(); // the browser's new window
  });
});
