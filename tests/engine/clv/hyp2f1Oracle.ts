// Test oracle: 2F1(a, b; c; z) for 0 ≤ z < 1 by its power series in BigInt fixed point with 256
// fractional bits. The double arguments are converted exactly, every term carries an absolute error
// below 2^-250, so the result is exact to far beyond double precision (the only rounding is the
// final conversion to a double) whenever the sum is not itself tiny.

const BITS = 256n;
const ONE = 1n << BITS;

/** The double v exactly (to 2^-256), as a fixed-point BigInt. */
function toFixed(v: number): bigint {
  if (v === 0) return 0n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const hi = view.getUint32(0),
    lo = view.getUint32(4);
  const exponent = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exponent !== 0) mantissa |= 1n << 52n;
  const shift = BigInt(Math.max(exponent, 1) - 1075) + BITS; // v = mantissa · 2^(e − 1075)
  const fixed = shift >= 0n ? mantissa << shift : mantissa >> -shift;
  return v < 0 ? -fixed : fixed;
}

export function hyp2f1Oracle(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1 && c > 0)) throw new Error('oracle domain: 0 ≤ z < 1, c > 0');
  const A = toFixed(a),
    B = toFixed(b),
    C = toFixed(c),
    Z = toFixed(z);
  const largest = Math.max(Math.abs(a), Math.abs(b), c);
  let term = ONE,
    sum = ONE;
  for (let n = 0; n < 5_000_000; n++) {
    const N = BigInt(n) * ONE;
    const num = A + N,
      den = C + N;
    if (num === 0n || B + N === 0n) break; // a polynomial: the series ends here
    term = (((((term * num) / ONE) * (B + N)) / ONE) * Z) / den / BigInt(n + 1);
    sum += term;
    // Past the largest parameter the term ratio is below max(z, its current value) < 1 for good:
    // stop when the geometric bound of the tail is below 2^-120 of the sum.
    const ratio = Math.abs(((a + n + 1) * (b + n + 1) * z) / ((c + n + 1) * (n + 2)));
    const q = Math.max(ratio, z);
    if (n > largest + 2 && q < 1) {
      const mag = term < 0n ? -term : term;
      const total = sum < 0n ? -sum : sum;
      if (Number(mag >> 64n) / (1 - q) < Number(total >> 184n)) break;
    }
  }
  // Scaled down in two steps so that neither the BigInt conversion nor the division overflows.
  const top = sum >> 128n;
  return top >= 1n << 60n || top <= -(1n << 60n) ? Number(top) / 2 ** 128 : Number(sum) / 2 ** 256;
}
