// Small vector helpers for the hot loop. Math.hypot is several times slower than this in V8,
// and the values here never come near overflow (metres and m/s on a football pitch).

/** Length of (x, y). */
export function len(x: number, y: number): number {
  return Math.sqrt(x * x + y * y);
}

/** Length of (x, y, z). */
export function len3(x: number, y: number, z: number): number {
  return Math.sqrt(x * x + y * y + z * z);
}
