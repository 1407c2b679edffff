// What every bench measures with: medians and wall times of a call, in ms.

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median wall time of fn in ms over `repeats` calls, after `warmup` calls. */
export function timeMs(fn: () => unknown, repeats: number, warmup = 0): number {
  for (let k = 0; k < warmup; k++) fn();
  const ms: number[] = [];
  for (let k = 0; k < repeats; k++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}
