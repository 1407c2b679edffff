import { MAX_SPEED, MIN_SPEED } from '../../view/playback';
import { byId, setText } from '../panels/dom';

// The transport bar: buttons, speed and loop. It only calls back; the app owns the playback.

export interface TransportActions {
  restart(): void;
  toggle(): void;
  step(by: 1 | -1): void;
  event(dir: 1 | -1): void;
  speed(s: number): void;
  loop(on: boolean): void;
}

export class Transport {
  private readonly play = byId<HTMLButtonElement>('play');
  private readonly speedIn = byId<HTMLInputElement>('speed');
  private readonly speedOut = byId<HTMLOutputElement>('speed-out');
  private readonly loopIn = byId<HTMLInputElement>('loop');
  private readonly clock = byId('clock');

  constructor(a: TransportActions) {
    byId('restart').addEventListener('click', () => a.restart());
    this.play.addEventListener('click', () => a.toggle());
    byId('step-back').addEventListener('click', () => a.step(-1));
    byId('step-fwd').addEventListener('click', () => a.step(1));
    byId('prev-event').addEventListener('click', () => a.event(-1));
    byId('next-event').addEventListener('click', () => a.event(1));
    this.speedIn.min = String(MIN_SPEED);
    this.speedIn.max = String(MAX_SPEED);
    this.speedIn.addEventListener('input', () => a.speed(Number(this.speedIn.value)));
    this.loopIn.addEventListener('change', () => a.loop(this.loopIn.checked));
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
