// exp, log, sin, cos and atan2 from + − × ÷ and sqrt only. Those five operations are correctly
// rounded by IEEE 754 everywhere, so these give the same bits in Node and in every browser,
// which Math.exp and friends do not (V8 and Chromium differ in the last bit for ~9% of inputs).
// Accuracy: within a few units in the last place of the Math versions (tests/unit/detmath.test.ts).

const LN2_HI = 6.93147180369123816490e-1; // ln 2 split so that k·LN2_HI is exact (fdlibm)
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700;
const PIO2_HI = 1.57079632673412561417; // π/2 split likewise
const PIO2_LO = 6.07710050650619224932e-11;
const SQRT2 = 1.4142135623730951;

const bits = new DataView(new ArrayBuffer(8));

/** 2^k for k = −1074…1023, built once by exact doublings and halvings. */
const POW2_MIN = -1074;
const POW2 = new Float64Array(1023 - POW2_MIN + 1);
POW2[-POW2_MIN] = 1;
for (let k = 1; k <= 1023; k++) POW2[k - POW2_MIN] = POW2[k - 1 - POW2_MIN] * 2;
for (let k = -1; k >= POW2_MIN; k--) POW2[k - POW2_MIN] = POW2[k + 1 - POW2_MIN] / 2;

function pow2(k: number): number {
  return k > 1023 ? Infinity : k < POW2_MIN ? 0 : POW2[k - POW2_MIN];
}

/** 1/n! for n = 0…18, computed once (exact factorials, one correctly rounded division each). */
const INV_FACT: number[] = [];
for (let n = 0, f = 1; n <= 18; n++, f *= n) INV_FACT.push(1 / f);
const [E0, E1, E2, E3, E4, E5, E6, E7, E8, E9, E10, E11, E12, E13, E14] = INV_FACT;

export function exp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.78) return Infinity;
  if (x < -745.2) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO; // |r| ≤ ln2/2
  // Taylor to r^14/14!: the remainder is below 1e-18 relative for |r| ≤ 0.35. Horner's rule,
  // written out (the engine's hottest arithmetic: the interception search's sprint curve).
  const s = (((((((((((((E14 * r + E13) * r + E12) * r + E11) * r + E10) * r + E9) * r + E8) * r +
    E7) * r + E6) * r + E5) * r + E4) * r + E3) * r + E2) * r + E1) * r + E0;
  return s * pow2(k);
}

export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= 18014398509481984; e = -54; } // subnormal: scale by 2^54 (exact)
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  e += ((hi >>> 20) & 0x7ff) - 1023;
  bits.setUint32(0, (hi & 0x800fffff) | (1023 << 20)); // the mantissa, in [1, 2)
  let m = bits.getFloat64(0);
  if (m > SQRT2) { m /= 2; e++; }
  // log m = 2·atanh(f), f = (m − 1)/(m + 1), |f| ≤ 0.172: the series to f^23 is exact to 1e-18.
  const f = (m - 1) / (m + 1);
  const s = f * f;
  let t = 1 / 23;
  for (let n = 21; n >= 1; n -= 2) t = t * s + 1 / n;
  return e * LN2_HI + (2 * f * t + e * LN2_LO);
}

/** sin r for |r| ≤ π/4: Taylor series to r^17 (error below 1e-18). */
function sinKernel(r: number): number {
  const s = r * r;
  let t = INV_FACT[17];
  for (let n = 15; n >= 1; n -= 2) t = -t * s + INV_FACT[n]; // r·(1 − s/3! + s²/5! − …), innermost first
  return r * t;
}

/** cos r for |r| ≤ π/4: Taylor series to r^18. */
function cosKernel(r: number): number {
  const s = r * r;
  let t = INV_FACT[18];
  for (let n = 16; n >= 0; n -= 2) t = -t * s + INV_FACT[n];
  return t;
}

function reduce(x: number): { k: number; r: number } {
  const k = Math.round(x / (PIO2_HI + PIO2_LO));
  return { k: ((k % 4) + 4) % 4, r: x - k * PIO2_HI - k * PIO2_LO };
}

export function sin(x: number): number {
  const { k, r } = reduce(x);
  return k === 0 ? sinKernel(r) : k === 1 ? cosKernel(r) : k === 2 ? -sinKernel(r) : -cosKernel(r);
}

export function cos(x: number): number {
  const { k, r } = reduce(x);
  return k === 0 ? cosKernel(r) : k === 1 ? -sinKernel(r) : k === 2 ? -cosKernel(r) : sinKernel(r);
}

/** atan of z, any z: halve the angle until |z| < 0.2, then the series to z^25. */
function atan(z: number): number {
  if (z !== z) return NaN;
  if (z === Infinity) return PIO2_HI + PIO2_LO;
  if (z === -Infinity) return -(PIO2_HI + PIO2_LO);
  let scale = 1;
  while (Math.abs(z) > 0.2) {
    z = z / (1 + Math.sqrt(1 + z * z)); // tan(a/2) from tan a
    scale *= 2;
  }
  const s = z * z;
  let t = 1 / 25;
  for (let n = 23; n >= 1; n -= 2) t = t * -s + 1 / n; // alternating: 1 − s/3 + s²/5 − …
  return scale * z * t;
}

export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const pi = 2 * (PIO2_HI + PIO2_LO);
  if (x === 0) return y > 0 ? pi / 2 : y < 0 ? -pi / 2 : 0;
  const a = atan(y / x);
  if (x > 0) return a;
  return y >= 0 ? a + pi : a - pi;
}
