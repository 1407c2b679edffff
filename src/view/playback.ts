import type { Tick } from '../core/units';

// The playhead over a recorded run: a MainLoop-style accumulator turns wall time into whole
// ticks, keeps the remainder for interpolation, and drops a runaway catch-up (a tab that was in
// the background) instead of racing through it. Speed changes the playhead, never the run.

export const MIN_SPEED = 0.1;
export const MAX_SPEED = 2;
/** More drill time than this in one display frame is a runaway catch-up: dropped. In seconds, not
 *  ticks, so that a drill at 240 Hz on a slow machine still plays (0.6 s is 30 ticks at 50 Hz). */
export const PANIC_SECONDS = 0.6;
/** Wall time the playhead holds on a judgment frame while the line flashes. */
export const FREEZE_MS = 700;

export interface PlaybackRun {
  ticks: number; // recorded frames
  tickRate: number; // Hz
  holds: readonly Tick[]; // judgment frames to freeze on while playing
}

export class Playback {
  tick: Tick = 0; // whole recorded frame shown
  playing = false;
  speed = 1;
  loop = false;
  private accMs = 0; // wall time not yet turned into a tick (already scaled by speed)
  private holdMs = 0;
  panics = 0; // runaway catch-ups dropped (for tests and the curious)

  constructor(private run: PlaybackRun) {}

  setRun(run: PlaybackRun): void {
    this.run = run;
    this.tick = Math.min(this.tick, run.ticks - 1);
    this.accMs = 0;
    this.holdMs = 0;
  }

  get lastTick(): Tick {
    return this.run.ticks - 1;
  }

  /** The playhead for drawing: whole tick plus the share of the next one already elapsed. */
  get displayTick(): number {
    if (!this.playing || this.holdMs > 0 || this.tick >= this.lastTick) return this.tick;
    return this.tick + Math.min(0.999, this.accMs / (1000 / this.run.tickRate));
  }

  /** 1 when a judgment frame has just been reached, fading to 0 over the freeze. */
  get flash(): number {
    return this.holdMs > 0 ? this.holdMs / FREEZE_MS : 0;
  }

  setSpeed(s: number): void {
    this.speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, Number.isFinite(s) ? s : 1));
  }

  play(): void {
    if (this.tick >= this.lastTick) this.tick = 0; // play at the end replays
    this.playing = true;
    this.accMs = 0;
  }

  pause(): void {
    this.playing = false;
    this.accMs = 0;
    this.holdMs = 0;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  seek(tick: number): void {
    this.tick = Math.max(0, Math.min(this.lastTick, Math.round(Number.isFinite(tick) ? tick : 0)));
    this.accMs = 0;
    this.holdMs = 0;
  }

  /** Step whole ticks; stepping pauses, as in any frame-by-frame viewer. */
  step(n: number): void {
    this.pause();
    this.seek(this.tick + n);
  }

  /** Advance by a display frame of `dtMs` wall time. Returns true if the picture changed. */
  frame(dtMs: number): boolean {
    if (!this.playing) return false;
    const dt = Math.max(0, Number.isFinite(dtMs) ? dtMs : 0);
    if (this.holdMs > 0) {
      this.holdMs = Math.max(0, this.holdMs - dt);
      return true;
    }
    const tickMs = 1000 / this.run.tickRate;
    this.accMs += dt * this.speed;
    let steps = Math.floor(this.accMs / tickMs);
    if (steps > PANIC_SECONDS * this.run.tickRate) {
      this.accMs = 0; // drop the catch-up: carry on from where we were
      this.panics++;
      return true;
    }
    this.accMs -= steps * tickMs;
    const hold = this.run.holds.find((h) => h > this.tick && h <= this.tick + steps);
    if (hold !== undefined) {
      steps = hold - this.tick;
      this.accMs = 0;
      this.holdMs = FREEZE_MS;
    }
    this.tick += steps;
    if (this.tick >= this.lastTick) {
      if (this.loop) {
        this.tick = 0;
        this.accMs = 0;
      } else {
        this.tick = this.lastTick;
        this.playing = false;
      }
    }
    return true;
  }
}

/** The nearest event tick strictly before / after a tick (or the tick itself when none). */
export function neighbourEvent(eventTicks: readonly Tick[], tick: Tick, dir: -1 | 1): Tick {
  let best = tick;
  for (const e of eventTicks) {
    if (dir > 0 && e > tick && (best === tick || e < best)) best = e;
    if (dir < 0 && e < tick && (best === tick || e > best)) best = e;
  }
  return best;
}
