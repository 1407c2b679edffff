import type { EventType } from '../core/events';
import type { Trace } from '../core/trace';
import type { Seconds, Tick } from '../core/units';

// When each coaching cue is on screen: at a fixed time, or at the first matching event of the run.

/** A cue with its time already resolved to a number (parameter references are the UI's job). */
export interface CueSpec {
  text: string;
  at: { time?: Seconds; event?: EventType; agent?: string };
  for?: Seconds;
}

export interface CueWindow {
  text: string;
  from: Tick;
  to: Tick; // exclusive
}

export const DEFAULT_CUE_SECONDS: Seconds = 2;

/** Windows of the cues that happen in this run (a cue whose event never happens is left out). */
export function cueWindows(trace: Trace, cues: readonly CueSpec[]): CueWindow[] {
  const out: CueWindow[] = [];
  for (const c of cues) {
    let from: Tick | undefined;
    if (c.at.event !== undefined) {
      const e = trace.events.find((x) => x.type === c.at.event && (c.at.agent === undefined || x.agent === c.at.agent));
      if (e) from = e.tick;
    } else if (c.at.time !== undefined && Number.isFinite(c.at.time)) {
      from = Math.max(0, Math.round(c.at.time * trace.tickRate));
    }
    if (from === undefined || from >= trace.ticks) continue;
    const len = Math.max(1, Math.round((c.for ?? DEFAULT_CUE_SECONDS) * trace.tickRate));
    out.push({ text: c.text, from, to: from + len });
  }
  return out.sort((a, b) => a.from - b.from);
}

/** Texts of the cues showing at a tick, earliest first. */
export function cuesAt(windows: readonly CueWindow[], tick: number): string[] {
  const out: string[] = [];
  for (const w of windows) if (tick >= w.from && tick < w.to) out.push(w.text);
  return out;
}
