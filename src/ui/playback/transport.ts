import { MAX_SPEED, MIN_SPEED } from '../../view/playback';
import { byId, setText } from '../panels/dom';
import type { Dispatch } from '../state/store';

// The transport bar: buttons, speed and loop. Each dispatches a command; show() renders the
// playhead.

export class Transport {
  private readonly play = byId<HTMLButtonElement>('play');
  private readonly speedIn = byId<HTMLInputElement>('speed');
  private readonly speedOut = byId<HTMLOutputElement>('speed-out');
  private readonly loopIn = byId<HTMLInputElement>('loop');
  private readonly clock = byId('clock');

  constructor(dispatch: Dispatch) {
    byId('restart').addEventListener('click', () => dispatch({ type: 'play/restart' }));
    this.play.addEventListener('click', () => dispatch({ type: 'play/toggle' }));
    byId('step-back').addEventListener('click', () => dispatch({ type: 'play/step', by: -1 }));
    byId('step-fwd').addEventListener('click', () => dispatch({ type: 'play/step', by: 1 }));
    byId('prev-event').addEventListener('click', () => dispatch({ type: 'play/event', dir: -1 }));
    byId('next-event').addEventListener('click', () => dispatch({ type: 'play/event', dir: 1 }));
    this.speedIn.min = String(MIN_SPEED);
    this.speedIn.max = String(MAX_SPEED);
    this.speedIn.addEventListener('input', () => dispatch({ type: 'speed/set', speed: Number(this.speedIn.value) }));
    this.loopIn.addEventListener('change', () => dispatch({ type: 'loop/set', on: this.loopIn.checked }));
  }

  show(playing: boolean, tick: number, ticks: number, tickRate: number, speed: number, loop: boolean): void {
    setText(this.play, playing ? '❚❚' : '▶');
    this.play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    setText(this.clock, `${(tick / tickRate).toFixed(2)} s · frame ${tick}/${ticks - 1}`);
    setText(this.speedOut, `${speed.toFixed(2)}×`);
    if (Number(this.speedIn.value) !== speed) this.speedIn.value = String(speed);
    this.loopIn.checked = loop;
  }
}
