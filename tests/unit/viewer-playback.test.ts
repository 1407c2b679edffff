import { describe, expect, it } from 'vitest';
import { FREEZE_MS, neighbourEvent, PANIC_SECONDS, Playback } from '../../src/view/playback';

// The playhead: wall time × speed → whole ticks; remainder kept; runaway catch-up dropped.

const run = (holds: number[] = []) => ({ ticks: 101, tickRate: 50, holds });

describe('playback clock', () => {
  it('turns wall time into ticks at 1×, keeping the remainder for interpolation', () => {
    const p = new Playback(run());
    p.play();
    p.frame(16); // 0.8 tick
    expect(p.tick).toBe(0);
    expect(p.displayTick).toBeCloseTo(0.8, 9);
    p.frame(16); // 1.6 ticks
    expect(p.tick).toBe(1);
    expect(p.displayTick).toBeCloseTo(1.6, 9);
  });

  it('display rate does not change the run: 60 Hz and 144 Hz reach the same tick after 1 s', () => {
    const a = new Playback(run()), b = new Playback(run());
    a.play(); b.play();
    for (let k = 0; k < 60; k++) a.frame(1000 / 60);
    for (let k = 0; k < 144; k++) b.frame(1000 / 144);
    expect(a.tick).toBe(50);
    expect(b.tick).toBe(50);
  });

  it.each([[0.1, 5], [0.5, 25], [2, 100]])('at %f× one second of wall time is %i ticks', (speed, ticks) => {
    const p = new Playback(run());
    p.setSpeed(speed);
    p.play();
    for (let k = 0; k < 100; k++) p.frame(10);
    expect(p.tick).toBe(Math.min(ticks, 100));
  });

  it('clamps speed to 0.1×–2× and rejects NaN', () => {
    const p = new Playback(run());
    p.setSpeed(10); expect(p.speed).toBe(2);
    p.setSpeed(0); expect(p.speed).toBe(0.1);
    p.setSpeed(NaN); expect(p.speed).toBe(1);
  });

  it('drops a runaway catch-up (a tab back from the background) instead of racing through it', () => {
    const p = new Playback(run());
    p.play();
    p.frame(200);
    expect(p.tick).toBe(10);
    p.frame(60_000); // a minute hidden
    expect(p.tick).toBe(10);
    expect(p.panics).toBe(1);
    p.frame(20);
    expect(p.tick).toBe(11);
    // Just under the guard still counts: 0.6 s is 30 ticks at 50 Hz.
    p.frame(PANIC_SECONDS * 1000);
    expect(p.tick).toBe(11 + 30);
  });

  it('the runaway guard is drill time, not ticks: a 240 Hz drill on a slow machine (5 fps) still plays', () => {
    const p = new Playback({ ticks: 2000, tickRate: 240, holds: [] });
    p.play();
    for (let k = 0; k < 4; k++) p.frame(200); // 48 ticks a frame at 240 Hz
    // 0.8 s is 192 ticks; a tick of 1000/240 ms is not exact in binary, so the last may wait a frame.
    expect(p.tick).toBeGreaterThanOrEqual(191);
    expect(p.panics).toBe(0);
    const at = p.tick;
    p.frame(60_000);
    expect(p.tick).toBe(at);
    expect(p.panics).toBe(1);
  });

  it('stops at the end, or loops', () => {
    const p = new Playback(run());
    p.play();
    for (let k = 0; k < 30; k++) p.frame(100);
    expect(p.tick).toBe(100);
    expect(p.playing).toBe(false);
    p.loop = true;
    p.play(); // play at the end replays from the start
    expect(p.tick).toBe(0);
    for (let k = 0; k < 21; k++) p.frame(100);
    expect(p.playing).toBe(true);
    expect(p.tick).toBeLessThan(100);
  });

  it('holds on a judgment frame, with a flash that fades, then carries on', () => {
    const p = new Playback(run([30]));
    p.play();
    p.frame(500); // would reach tick 25
    p.frame(500); // would reach tick 50: stops at 30
    expect(p.tick).toBe(30);
    expect(p.flash).toBe(1);
    p.frame(FREEZE_MS / 2);
    expect(p.tick).toBe(30);
    expect(p.flash).toBeCloseTo(0.5, 9);
    p.frame(FREEZE_MS / 2);
    expect(p.flash).toBe(0);
    p.frame(100);
    expect(p.tick).toBe(35);
  });

  it('stepping pauses and moves exactly one tick, clamped to the recording', () => {
    const p = new Playback(run());
    p.play();
    p.frame(100);
    p.step(1);
    expect(p.playing).toBe(false);
    expect(p.tick).toBe(6);
    p.step(-10);
    expect(p.tick).toBe(0);
    p.seek(1e9);
    expect(p.tick).toBe(100);
    p.seek(NaN);
    expect(p.tick).toBe(0);
  });
});

describe('event jumps', () => {
  it.each([
    [[10, 20, 30], 15, 1, 20],
    [[10, 20, 30], 15, -1, 10],
    [[10, 20, 30], 20, 1, 30],
    [[10, 20, 30], 30, 1, 30], // none after: stay
    [[10, 20, 30], 10, -1, 10],
  ] as const)('%j from %i dir %i → %i', (ticks, from, dir, to) => {
    expect(neighbourEvent(ticks, from, dir)).toBe(to);
  });
});
