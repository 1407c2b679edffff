import { describe, expect, it } from 'vitest';
import { reduce } from '../../src/ui/state/reduce';
import { INITIAL_STATE, type ViewerState } from '../../src/ui/state/viewer-state';
import { commandFor, keyCommand } from '../../src/ui/state/keyboard';
import { pressTime, streaks, tryPlace, tryWords } from '../../src/view/try-words';

// Time your run and Call it: the words a try is given, the streaks, the press's frame, and the
// player's commands through the viewer's one door.

describe('a try in words', () => {
  const windows = [{ from: 1.55, to: 2.2 }];
  it('places a press against the window: early or late by the distance to it, or in it', () => {
    expect(tryPlace(1.25, windows)).toEqual({ side: 'early', byS: expect.closeTo(0.3, 12) });
    expect(tryPlace(2.5, windows)).toEqual({ side: 'late', byS: expect.closeTo(0.3, 12) });
    expect(tryPlace(1.55, windows)).toEqual({ side: 'in', byS: 0 });
    expect(tryPlace(2.2, windows)).toEqual({ side: 'in', byS: 0 });
    expect(tryPlace(1, [])).toBeNull();
    // two windows: the nearer one decides
    expect(tryPlace(2.9, [{ from: 0.5, to: 1 }, { from: 3, to: 3.5 }])).toEqual({ side: 'early', byS: expect.closeTo(0.1, 12) });
  });

  it('reads "0.3 s early: offside by 0.4 m", "In the window: goal", the result alone without a window', () => {
    expect(tryWords(tryPlace(1.25, windows), 'Offside by 0.4 m')).toBe('0.3 s early: offside by 0.4 m');
    expect(tryWords(tryPlace(2.4, windows), 'Defender won the race')).toBe('0.2 s late: defender won the race');
    expect(tryWords(tryPlace(2, windows), 'Goal')).toBe('In the window: goal');
    expect(tryWords(null, 'Goal')).toBe('Goal');
    expect(tryWords({ side: 'late', byS: 0.001 }, 'Saved')).toBe('0.01 s late: saved'); // never "0 s late"
  });

  it('counts chances in a row, now and at best', () => {
    const c = (s: string) => [...s].map((k) => ({ cls: k === 'w' ? 'works' as const : 'offside' as const }));
    expect(streaks(c(''))).toEqual({ current: 0, best: 0 });
    expect(streaks(c('wwowww'))).toEqual({ current: 3, best: 3 });
    expect(streaks(c('wwwoow'))).toEqual({ current: 1, best: 3 });
  });

  it('a press is its whole frame\'s time, held to the timing\'s range', () => {
    expect(pressTime(95.6, 50, 0, 4)).toBe(1.9);
    expect(pressTime(300, 50, 0, 4)).toBe(4);
    expect(pressTime(3, 50, 0.5, 4)).toBe(0.5);
  });
});

describe('the player\'s commands', () => {
  const shown: ViewerState = reduce(reduce(INITIAL_STATE, { type: 'drill/open', source: { kind: 'drill', entry: 0, id: 'in-behind', hash: 'h' }, seed: 11 }),
    { type: 'run/shown', shown: { key: 'k', ticks: 400, tickRate: 50, params: { runStart: 2 }, stops: [], cast: 'S' } });

  it('a try holds the timing at its latest, plays from the top once (no loop), at half speed when asked', () => {
    let s = reduce(shown, { type: 'loop/set', on: true });
    s = reduce(s, { type: 'player/mode', mode: 'run' });
    expect(s.playhead.playing).toBe(false);
    s = reduce(s, { type: 'player/slow', on: true });
    s = reduce(reduce(s, { type: 'play/seek', tick: 120 }), { type: 'player/start', param: 'runStart', hold: 4 });
    expect(s.run.given.runStart).toBe(4);
    expect(s.playhead).toEqual({ tick: 0, playing: true, speed: 0.5, loop: false });
    expect(s.player).toMatchObject({ mode: 'run', phase: 'watching', param: 'runStart', pressedAt: null });
  });

  it('the press sets the timing once, only during a try', () => {
    const idle = reduce(shown, { type: 'player/mode', mode: 'run' });
    expect(reduce(idle, { type: 'player/press', at: 1.5 })).toBe(idle); // no try: nothing
    let s = reduce(idle, { type: 'player/start', param: 'runStart', hold: 4 });
    s = reduce(s, { type: 'player/press', at: 1.5 });
    expect(s.run.given.runStart).toBe(1.5);
    expect(s.player.pressedAt).toBe(1.5);
    expect(reduce(s, { type: 'player/press', at: 2.5 }).run.given.runStart).toBe(1.5); // a second press changes nothing
    s = reduce(s, { type: 'player/finish' });
    expect(s.player.phase).toBe('done');
  });

  it('the quiz stops at the judgment frame, takes one call, and leaving the mode forgets the question', () => {
    let s = reduce(reduce(shown, { type: 'player/mode', mode: 'quiz' }), { type: 'quiz/start' });
    expect(s.playhead.playing).toBe(true);
    s = reduce(s, { type: 'quiz/ask', tick: 99 });
    expect(s.playhead).toMatchObject({ tick: 99, playing: false });
    expect(s.player.question).toEqual({ tick: 99, answer: null });
    s = reduce(s, { type: 'quiz/answer', answer: 'offside' });
    expect(reduce(s, { type: 'quiz/answer', answer: 'onside' }).player.question?.answer).toBe('offside');
    expect(reduce(s, { type: 'player/mode', mode: 'off' }).player).toMatchObject({ mode: 'off', question: null, phase: 'idle' });
  });

  it('Y turns the mode on and off; O and X call it', () => {
    const key = (k: string) => keyCommand(commandFor({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false }) as never);
    expect(key('y')).toEqual({ type: 'player/toggle' });
    expect(key('o')).toEqual({ type: 'quiz/answer', answer: 'onside' });
    expect(key('x')).toEqual({ type: 'quiz/answer', answer: 'offside' });
    const on = reduce(shown, key('y'));
    expect(on.player.mode).toBe('run');
    expect(reduce(on, key('y')).player.mode).toBe('off');
  });
});
