import stdlibHyp2f1 from '@stdlib/math-base-special-hyp2f1';

// Gauss hypergeometric function 2F1(a, b; c; z), real arguments. `@stdlib/math-base-special-hyp2f1`
// (Cephes' algorithm: series, the 1 − z connection formula with its integer-(c − a − b) limits,
// recurrences on c) does the work: on the stress points of issue #17 (near-integer c − a − b,
// z just above 0.75 with large a and b) and over the BG/NBD domain it agrees with 50-digit values
// to ≤ 1e-12 relative (tests/engine/clv/hyp2f1.test.ts), where our former series + connection
// formula was off by up to 10^77. Where stdlib gives no finite value and |z| < 1 (very large
// values, or an exactly integer c − a − b close to z = 1) the power series is tried before NaN.
// Returns NaN outside the domain (c a non-positive integer, z > 1 unless a or b is a non-positive
// integer, a series that does not settle).

const EPS = 1e-16;
const MAX_TERMS = 200_000;

export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (![a, b, c, z].every(Number.isFinite) || (c <= 0 && Number.isInteger(c))) return NaN;
  const v = stdlibHyp2f1(a, b, c, z);
  if (Number.isFinite(v)) return v;
  return Math.abs(z) < 1 ? series(a, b, c, z) : NaN;
}

/** 2F1(a, b; c; ·) for one set of parameters (the predictor keeps one per x). */
export function hyp2f1Fixed(a: number, b: number, c: number): (z: number) => number {
  return (z) => hyp2f1(a, b, c, z);
}

/** Σ (a)_n (b)_n / ((c)_n n!) z^n, stopped when the geometric bound of the tail is below EPS·|sum|. */
function series(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    const q = Math.abs(ratio);
    if (q < 1 && (Math.abs(term) * q) / (1 - q) <= EPS * Math.abs(sum)) return sum;
    term *= ratio;
    sum += term;
    if (term === 0) return sum;
    if (!Number.isFinite(sum)) return NaN;
  }
  return NaN;
}
