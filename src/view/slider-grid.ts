// A slider's grid: values from min in whole steps, as a person would type them.

/** Snap to the slider's grid, without float dust (0.1 + 0.2). */
export function snap(v: number, min: number, step: number): number {
  const k = Math.round((v - min) / step);
  const decimals = (String(step).split('.')[1] ?? '').length + (String(min).split('.')[1] ?? '').length;
  return Number((min + k * step).toFixed(Math.min(9, decimals)));
}
