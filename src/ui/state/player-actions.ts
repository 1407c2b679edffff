import type { Draft } from 'immer';
import type { PlayerMode, ViewerState } from './viewer-state';

// The player's commands: "Time your run" (the drill plays; a press sets the run start, or the
// pass, at that moment) and the "Call it" quiz (playback stops at a judgment frame until the
// player calls it). Same shape as the viewer's other actions (commands.ts spreads them in); none
// is undoable: a try is played, not edited.

type D = Draft<ViewerState>;
interface PlayerAction<P> { label: string; keys?: string; perform(d: D, p: P): void }
const action = <P = object>(a: PlayerAction<P>): PlayerAction<P> => a;

function leaveTry(d: D): void {
  d.player.phase = 'idle';
  d.player.pressedAt = null;
  d.player.question = null;
}

export const PLAYER_ACTIONS = {
  'player/mode': action<{ mode: PlayerMode }>({
    label: 'Time your run / the pass, or the Call it quiz',
    perform(d, p) {
      d.player.mode = p.mode;
      d.player.param = null;
      leaveTry(d);
      if (p.mode !== 'off') d.playhead.playing = false;
    },
  }),
  'player/toggle': action({
    label: 'Time your run on / off', keys: 'Y',
    perform(d) {
      d.player.mode = d.player.mode === 'off' ? 'run' : 'off';
      d.player.param = null;
      leaveTry(d);
      if (d.player.mode !== 'off') d.playhead.playing = false;
    },
  }),
  'player/slow': action<{ on: boolean }>({ label: 'Play the try at half speed', perform(d, p) { d.player.slow = p.on; } }),
  /** A try starts: the timing held at its latest (`hold`) until the press, the drill from the top. */
  'player/start': action<{ param: string; hold: number }>({
    label: 'Start a try',
    perform(d, p) {
      d.player.param = p.param;
      d.player.phase = 'watching';
      d.player.pressedAt = null;
      d.run.given[p.param] = p.hold;
      d.playhead.tick = 0;
      d.playhead.playing = true;
      d.playhead.loop = false;
      d.playhead.speed = d.player.slow ? 0.5 : 1;
    },
  }),
  /** The press: the timing is the drill time it came at; the drill plays on from the same frame. */
  'player/press': action<{ at: number }>({
    label: 'Go now', keys: 'Space, a click or a tap on the pitch',
    perform(d, p) {
      if (d.player.phase !== 'watching' || d.player.pressedAt !== null || !d.player.param) return;
      d.player.pressedAt = p.at;
      d.run.given[d.player.param] = p.at;
    },
  }),
  'player/finish': action({ label: 'The try is over', perform(d) { if (d.player.phase === 'watching') d.player.phase = 'done'; } }),
  /** The quiz: play from the top, to stop at the first judgment frame. */
  'quiz/start': action<{ param?: string; value?: number }>({
    label: 'A new question',
    perform(d, p) {
      if (p.param !== undefined && p.value !== undefined) d.run.given[p.param] = p.value;
      d.player.phase = 'watching';
      d.player.question = null;
      d.playhead.tick = 0;
      d.playhead.playing = true;
      d.playhead.loop = false;
      d.playhead.speed = d.player.slow ? 0.5 : 1;
    },
  }),
  'quiz/ask': action<{ tick: number }>({
    label: 'Stop at the judgment frame and ask',
    perform(d, p) {
      d.player.question = { tick: p.tick, answer: null };
      d.playhead.tick = p.tick;
      d.playhead.playing = false;
    },
  }),
  'quiz/answer': action<{ answer: 'onside' | 'offside' }>({
    label: 'Call it: onside / offside', keys: 'O / X',
    perform(d, p) {
      if (!d.player.question || d.player.question.answer) return;
      d.player.question.answer = p.answer;
      d.player.phase = 'done';
    },
  }),
};
