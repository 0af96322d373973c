import gammaln from '@stdlib/math-base-special-gammaln';

// Gauss hypergeometric function 2F1(a, b; c; z) for real parameters and real z ≤ 1.
//   z < 0:          Pfaff transformation onto (0, 1): (1 − z)^−a 2F1(a, c − b; c; z / (z − 1)).
//   0 < z ≤ 0.75:   the power series.
//   0.75 < z < 1:   the 1 − z connection formula (A&S 15.3.6), two series in 1 − z < 0.25.
//   z = 1:          Gauss's sum when c − a − b > 0.
// When c − a − b is (nearly) an integer m the connection formula has cancelling poles; there we
// evaluate at c − a − b = m ± h, m ± 2h (h = 1e-4: the cancellation costs ~4 digits)
// and interpolate with the cubic through those four points (error O(h⁴)).
// Returns NaN outside the domain (c a non-positive integer, z > 1, or a series that does not settle).

const EPS = 1e-16;
const MAX_TERMS = 200_000;
const SERIES_LIMIT = 0.75;
const H = 1e-4;

export function hyp2f1(a: number, b: number, c: number, z: number): number {
  return hyp2f1Fixed(a, b, c)(z);
}

/** 2F1(a, b; c; ·) with the parameter-only work (gamma-function factors) done once. */
export function hyp2f1Fixed(a: number, b: number, c: number): (z: number) => number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || isNonPositiveInteger(c)) {
    return () => NaN;
  }
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) {
    // A polynomial: the series terminates for every z.
    return (z) => (z === 0 ? 1 : Number.isFinite(z) ? series(a, b, c, z) : NaN);
  }
  let unit: ((z: number) => number) | null = null;
  let pfaff: ((w: number) => number) | null = null;
  return (z) => {
    if (!(z <= 1)) return NaN; // also NaN
    if (z === 0) return 1;
    if (z < 0) {
      pfaff ??= hyp2f1Fixed(a, c - b, c);
      return Math.pow(1 - z, -a) * pfaff(z / (z - 1));
    }
    if (z === 1) return gaussSum(a, b, c);
    if (z <= SERIES_LIMIT) return series(a, b, c, z);
    unit ??= connection(a, b, c);
    return unit(z);
  };
}

function isNonPositiveInteger(v: number): boolean {
  return v <= 0 && Number.isInteger(v);
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

/** The sign of Γ(x); 0 at the poles (x a non-positive integer), where 1/Γ = 0. */
function signGamma(x: number): number {
  if (x > 0) return 1;
  if (Number.isInteger(x)) return 0;
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/** Γ(n1)Γ(n2) / (Γ(d1)Γ(d2)) through logs, 0 when a denominator sits on a pole. */
function gammaRatio(n1: number, n2: number, d1: number, d2: number): number {
  const sd = signGamma(d1) * signGamma(d2);
  if (sd === 0) return 0;
  const sn = signGamma(n1) * signGamma(n2);
  return sn * sd * Math.exp(gammaln(n1) + gammaln(n2) - gammaln(d1) - gammaln(d2));
}

function gaussSum(a: number, b: number, c: number): number {
  const m = c - a - b;
  return m > 0 ? gammaRatio(c, m, c - a, c - b) : NaN;
}

function connection(a: number, b: number, c: number): (z: number) => number {
  const m = c - a - b;
  const k = Math.round(m);
  if (Math.abs(m - k) >= H) return connectionExact(a, b, c);
  // Cubic through s = −2h, −h, h, 2h (c shifted so that c − a − b = k + s), evaluated at s = m − k.
  const nodes = [-2 * H, -H, H, 2 * H];
  const parts = nodes.map((s) => connectionExact(a, b, a + b + k + s));
  const s = m - k;
  const weights = nodes.map((si, i) => {
    let w = 1;
    for (let j = 0; j < 4; j++) if (j !== i) w *= (s - nodes[j]) / (si - nodes[j]);
    return w;
  });
  return (z) => {
    let v = 0;
    for (let i = 0; i < 4; i++) v += weights[i] * parts[i](z);
    return v;
  };
}

function connectionExact(a: number, b: number, c: number): (z: number) => number {
  const m = c - a - b;
  const first = gammaRatio(c, m, c - a, c - b);
  const second = gammaRatio(c, -m, a, b);
  return (z) => {
    const w = 1 - z;
    const t1 = first === 0 ? 0 : first * series(a, b, 1 - m, w);
    const t2 = second === 0 ? 0 : second * Math.pow(w, m) * series(c - a, c - b, 1 + m, w);
    return t1 + t2;
  };
}
