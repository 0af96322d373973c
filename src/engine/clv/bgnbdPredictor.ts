import type { BgnbdParams } from './bgnbdFit';
import { hyp2f1 } from './hyp2f1';

// BG/NBD predictions (Fader, Hardie & Lee 2005, eq. 10, 11 and 13), all times in the fit's unit.
//   P(alive | x, t_x, T) = 1 / (1 + [x > 0] a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))
//   E[X(t) | x, t_x, T] = P(alive) · (a+b+x−1)/(a−1)
//                         · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))]
//   E[X(t)] (a new client) = (a+b−1)/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b; a+b−1; t/(α+t))]
// At a = 1 the factor 1/(a−1) meets a bracket that vanishes; there (|a − 1| < 1e-4) the value is
// interpolated linearly between a = 1 ± 1e-4 (error O(1e-8)).
// The product (1−z)^(r+x) · 2F1(r+x, b+x; a+b+x−1; z) is taken in Euler's form
// (1−z)^(a−1) · 2F1(a+b−1−r, a−1; a+b+x−1; z): the same value, but its 2F1 stays near 1 for large x
// where the original overflows (x in the hundreds, z near 1); the original form is the fallback.

export interface BgnbdPredictor {
  pAlive(x: number, tx: number, T: number): number;
  /** conditional expected repeat purchases in (T, T + t]; NaN only if the numerics fail */
  expected(t: number, x: number, tx: number, T: number): number;
  /** the same for a client known to be alive (expected = pAlive · expectedIfAlive); t_x plays no part */
  expectedIfAlive(t: number, x: number, T: number): number;
  /** expected repeat purchases in (0, t] of a client just acquired */
  expectedNew(t: number): number;
}

const A_GAP = 1e-4;

export function bgnbdPredictor(params: BgnbdParams): BgnbdPredictor {
  if (Math.abs(params.a - 1) < A_GAP) {
    const lo = predictor({ ...params, a: 1 - A_GAP });
    const hi = predictor({ ...params, a: 1 + A_GAP });
    const w = (params.a - (1 - A_GAP)) / (2 * A_GAP);
    const mix = (l: number, h: number): number => l + w * (h - l);
    return {
      pAlive: (x, tx, T) => pAlive(params, x, tx, T),
      expected: (t, x, tx, T) =>
        pAlive(params, x, tx, T) * mix(lo.expectedIfAlive(t, x, T), hi.expectedIfAlive(t, x, T)),
      expectedIfAlive: (t, x, T) => mix(lo.expectedIfAlive(t, x, T), hi.expectedIfAlive(t, x, T)),
      expectedNew: (t) => mix(lo.expectedNew(t), hi.expectedNew(t)),
    };
  }
  return predictor(params);
}

function predictor(params: BgnbdParams): BgnbdPredictor {
  const { alpha, a, b } = params;
  return {
    pAlive: (x, tx, T) => pAlive(params, x, tx, T),
    expected(t, x, tx, T) {
      return pAlive(params, x, tx, T) * this.expectedIfAlive(t, x, T);
    },
    expectedIfAlive(t, x, T) {
      if (!(t > 0)) return 0;
      const bracket = 1 - survival(params, x, t / (alpha + T + t));
      const e = ((a + b + x - 1) * bracket) / (a - 1);
      return e >= 0 ? e : e > -1e-12 ? 0 : NaN;
    },
    expectedNew(t) {
      if (!(t > 0)) return 0;
      const e = ((a + b - 1) * (1 - survival(params, 0, t / (alpha + t)))) / (a - 1);
      return e >= 0 ? e : e > -1e-12 ? 0 : NaN;
    },
  };
}

/** (1−z)^(r+x) · 2F1(r+x, b+x; a+b+x−1; z), by Euler's transformation (see above). */
function survival(params: BgnbdParams, x: number, z: number): number {
  const { r, a, b } = params;
  const ln1z = Math.log1p(-z);
  const euler = Math.exp((a - 1) * ln1z) * hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
  return Number.isFinite(euler) ? euler : Math.exp((r + x) * ln1z) * hyp2f1(r + x, b + x, a + b + x - 1, z);
}

export function pAlive(params: BgnbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const lnOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return lnOdds > 0 ? Math.exp(-lnOdds) / (1 + Math.exp(-lnOdds)) : 1 / (1 + Math.exp(lnOdds));
}

export function bgnbdConditionalExpected(
  params: BgnbdParams,
  t: number,
  x: number,
  tx: number,
  T: number,
): number {
  return bgnbdPredictor(params).expected(t, x, tx, T);
}
