// The one sentence a coach reads for the timings that work, for the viewer's band and the command
// line's sweep alike: "Run start works from 0.55 to 1.3 s, and from 2.1 to 3 s." A one-seed sweep
// breaks a window into slivers where one seed's run happened to fail or work ("from 2.1 s, and from
// 2.25 to 3 s"): ranges closer than MIN_GAP are one window, and ranges narrower than MIN_WIDTH are
// dropped while a wider one is there. Pure: numbers in, text out.

export interface WorkingRange {
  from: number; // first and last working grid value
  to: number;
  share?: number; // of tries that worked over the range (several seeds), 0–1
  tries?: number; // seeds per value
}

/** Seconds: working ranges this close (the gap between one's last value and the next's first) are one window. */
export const MIN_GAP = 0.2;
/** Seconds: a working range narrower than this is a sliver, dropped when a wider one exists. */
export const MIN_WIDTH = 0.2;
/** For a parameter not in seconds (a speed, a lead), the same limits in grid steps. */
export const MIN_STEPS = 3;

/** The gap and width limits for a parameter in `unit` swept at `step`. */
export function limitsFor(unit: string, step: number): { minGap: number; minWidth: number } {
  const v = unit === 's' ? MIN_GAP : MIN_STEPS * step;
  return { minGap: v, minWidth: v };
}

/**
 * The windows to say: neighbours merged across gaps under `minGap` (a merged range's share is
 * weighted by its width + 1 step's worth, so a sliver counts for little), then slivers under
 * `minWidth` dropped if any range is wider. Sorted by `from`.
 */
export function sayableRanges(ranges: readonly WorkingRange[], minGap = MIN_GAP, minWidth = MIN_WIDTH): WorkingRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const merged: WorkingRange[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.from - last.to < minGap - 1e-9) {
      if (last.share !== undefined && r.share !== undefined) {
        const wl = last.to - last.from + 1e-3, wr = r.to - r.from + 1e-3;
        last.share = (last.share * wl + r.share * wr) / (wl + wr);
      }
      last.to = Math.max(last.to, r.to);
    } else {
      merged.push({ ...r });
    }
  }
  const wide = merged.filter((r) => r.to - r.from >= minWidth - 1e-9);
  return wide.length ? wide : merged;
}

function num(v: number): string {
  return `${Number(v.toFixed(2))}`;
}

/**
 * "Run start works from 0.55 to 1.3 s, and from 2.1 to 3 s" (no full stop): the ranges as
 * sayableRanges leaves them; with tries, "works in 7 of 10 tries from 1.6 to 2.4 s"; none:
 * `${label}: ${none}`.
 */
export function windowSentence(label: string, unit: string, ranges: readonly WorkingRange[], step: number, none = 'no timing works here'): string {
  const { minGap, minWidth } = limitsFor(unit, step);
  const say = sayableRanges(ranges, minGap, minWidth);
  if (!say.length) return `${label}: ${none}`;
  const u = unit ? ` ${unit}` : '';
  const parts = say.map((r) => {
    const tries = r.tries !== undefined && r.tries > 1 && r.share !== undefined ? ` in ${Math.round(r.share * r.tries)} of ${r.tries} tries` : '';
    return r.from === r.to ? `${tries ? tries.slice(1) + ' ' : ''}at ${num(r.from)}${u}` : `${tries ? tries.slice(1) + ' ' : ''}from ${num(r.from)} to ${num(r.to)}${u}`;
  });
  return `${label} works ${parts.join(', and ')}`;
}
