import { FREEZE_MS } from './playback';

// Which instant of the run each frame of an exported video shows: the run played at the chosen
// speed, holding on each judgment frame as the viewer does (the line flashing), and on the last
// frame for a moment so that the result can be read. Pure.

export const END_HOLD_S = 1;

export interface VideoPlan {
  ticks: number; // recorded frames of the run
  tickRate: number; // Hz
  speed: number; // playback speed (1 = real time)
  fps: number; // video frames per second
  holds: readonly number[]; // judgment ticks
}

export interface VideoFrameAt {
  tick: number; // fractional playhead
  flash: number; // 0–1, as Playback.flash
}

interface Segment { start: number; dur: number; t0: number; t1: number; hold: boolean }

function segments(p: VideoPlan): Segment[] {
  const last = p.ticks - 1;
  const stops = [...new Set(p.holds.filter((h) => h > 0 && h <= last))].sort((a, b) => a - b);
  const out: Segment[] = [];
  let at = 0, tick = 0;
  const play = (to: number) => {
    const dur = (to - tick) / p.tickRate / p.speed;
    if (dur > 0) out.push({ start: at, dur, t0: tick, t1: to, hold: false });
    at += dur;
    tick = to;
  };
  for (const h of stops) {
    play(h);
    out.push({ start: at, dur: FREEZE_MS / 1000, t0: h, t1: h, hold: true });
    at += FREEZE_MS / 1000;
  }
  play(last);
  out.push({ start: at, dur: END_HOLD_S, t0: last, t1: last, hold: false });
  return out;
}

/** Length of the video in seconds (before rounding to whole frames). */
export function videoSeconds(p: VideoPlan): number {
  const s = segments(p);
  const e = s[s.length - 1];
  return e.start + e.dur;
}

/** The playhead of every video frame, frame n showing the instant n / fps. */
export function videoSchedule(p: VideoPlan): VideoFrameAt[] {
  if (!(p.speed > 0 && p.fps > 0 && p.tickRate > 0 && p.ticks >= 1)) throw new Error('video plan: speed, fps, tick rate and ticks must be positive');
  const segs = segments(p);
  const n = Math.max(1, Math.round(videoSeconds(p) * p.fps));
  const out: VideoFrameAt[] = [];
  let s = 0;
  for (let k = 0; k < n; k++) {
    const time = k / p.fps;
    while (s < segs.length - 1 && time >= segs[s].start + segs[s].dur) s++;
    const g = segs[s];
    const u = g.dur > 0 ? Math.min(1, Math.max(0, (time - g.start) / g.dur)) : 1;
    out.push(g.hold ? { tick: g.t0, flash: 1 - u } : { tick: g.t0 + (g.t1 - g.t0) * u, flash: 0 });
  }
  return out;
}
