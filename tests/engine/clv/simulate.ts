// Test/benchmark helper: clients drawn from known BG/NBD and Gamma-Gamma parameters with a
// deterministic seeded PRNG (mulberry32), so every run sees the same clients.
import type { BgnbdParams } from '../../../src/engine/clv/bgnbdFit';
import type { GammaGammaParams } from '../../../src/engine/clv/gammaGammaFit';
import type { Occasions } from '../../../src/engine/purchaseOccasions';

export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296; // in (0, 1)
  };
}

function normal(u: () => number): number {
  return Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/** Gamma(shape, rate) by Marsaglia–Tsang (shape < 1 boosted by U^(1/shape)). */
export function gammaVariate(u: () => number, shape: number, rate: number): number {
  if (shape < 1) return gammaVariate(u, shape + 1, rate) * Math.pow(u(), 1 / shape);
  const d = shape - 1 / 3,
    c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number, v: number;
    do {
      x = normal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = u();
    if (w < 1 - 0.0331 * x * x * x * x || Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v)))
      return (d * v) / rate;
  }
}

/** BG/NBD clients in continuous time: T uniform in [minT, maxT], the trial purchase at 0. */
export function simulateBgnbd(
  n: number,
  params: BgnbdParams,
  seed: number,
  minT: number,
  maxT: number,
): { x: Float64Array; tx: Float64Array; T: Float64Array } {
  const u = mulberry32(seed);
  const x = new Float64Array(n),
    tx = new Float64Array(n),
    T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const Ti = minT + (maxT - minT) * u();
    const lambda = gammaVariate(u, params.r, params.alpha);
    const g1 = gammaVariate(u, params.a, 1),
      g2 = gammaVariate(u, params.b, 1);
    const p = g1 / (g1 + g2);
    let t = 0,
      k = 0,
      last = 0;
    for (;;) {
      t += -Math.log(u()) / lambda;
      if (t > Ti) break;
      k++;
      last = t;
      if (u() < p) break; // drops out after this repeat purchase
    }
    x[i] = k;
    tx[i] = last;
    T[i] = Ti;
  }
  return { x, tx, T };
}

/** Mean of x purchase values per client: values ~ Gamma(p, ν), ν ~ Gamma(q, γ). */
export function simulateMeanValues(x: Float64Array, params: GammaGammaParams, seed: number): Float64Array {
  const u = mulberry32(seed);
  const m = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    if (x[i] === 0) continue;
    const nu = gammaVariate(u, params.q, params.gamma);
    let s = 0;
    for (let k = 0; k < x[i]; k++) s += gammaVariate(u, params.p, nu);
    m[i] = s / x[i];
  }
  return m;
}

/**
 * Purchase occasions of n clients in whole days (as real data): first purchase uniform over the
 * `spanDays` before asOf, BG/NBD purchase times (α per day) floored to days (same-day purchases
 * merged), each purchase day's value from Gamma-Gamma, rounded to cents.
 */
export function simulateOccasions(
  n: number,
  bgnbd: BgnbdParams,
  gg: GammaGammaParams,
  seed: number,
  asOf: number,
  spanDays: number,
): Occasions {
  const u = mulberry32(seed);
  const client: number[] = [],
    day: number[] = [],
    amount: number[] = [];
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    start[i] = day.length;
    const first = asOf - Math.floor(u() * spanDays);
    const lambda = gammaVariate(u, bgnbd.r, bgnbd.alpha);
    const g1 = gammaVariate(u, bgnbd.a, 1),
      g2 = gammaVariate(u, bgnbd.b, 1);
    const p = g1 / (g1 + g2);
    const nu = gammaVariate(u, gg.q, gg.gamma);
    const value = (): number => Math.round(gammaVariate(u, gg.p, nu) * 100) / 100;
    client.push(i);
    day.push(first);
    amount.push(value());
    let t = 0;
    for (;;) {
      t += -Math.log(u()) / lambda;
      const d = first + Math.floor(t);
      if (d > asOf) break;
      if (d === day[day.length - 1]) amount[amount.length - 1] += value();
      else {
        client.push(i);
        day.push(d);
        amount.push(value());
      }
      if (u() < p) break;
    }
  }
  start[n] = day.length;
  const m = day.length;
  return {
    length: m,
    client: Int32Array.from(client),
    day: Int32Array.from(day),
    amount: Float64Array.from(amount),
    margin: null,
    purchase: new Uint8Array(m).fill(1),
    start,
  };
}
