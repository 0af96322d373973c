import type { BgnbdParams } from './bgnbdFit';
import { bgnbdPredictor } from './bgnbdPredictor';
import { gammaGammaExpectedValue, type GammaGammaParams } from './gammaGammaFit';
import type { ModelInputs } from './modelInputs';

/** A month as a model time: 365.25 / 12 days. */
export const MONTH_DAYS = 365.25 / 12;

export interface ClientLifetimeValueSettings {
  horizonMonths: number;
  /** annual discount rates: the first is the one reported as `clv`, the others feed `clvAt` */
  discountRates: number[];
}

export interface ClientLifetimeValue {
  /** P(alive) at asOf (0 without purchases) */
  pAlive: Float64Array;
  /** expected purchase days in the next horizonMonths */
  expectedPurchases: Float64Array;
  /** expected value of one purchase (Gamma-Gamma, else the client's observed mean) */
  expectedValue: Float64Array;
  /** CLV at discountRates[j] (unrounded); clvAt[0] is the reported CLV */
  clvAt: Float64Array[];
  /** 1 = model result, 0 = not computed (no purchase) or numerics failed (see `failed`) */
  ok: Uint8Array;
  /** 1 = a client with purchases whose prediction was not finite */
  failed: Uint8Array;
  /** 1 = expected value is the client's observed mean (no usable Gamma-Gamma value) */
  observedValue: Uint8Array;
}

/**
 * Model CLV per client: Σ_{k=1..H} (E[X(k months)] − E[X(k−1 months)]) · expected value · margin rate
 * · (1 + d)^(−k/12), E being BG/NBD's conditional expectation from asOf. Clients with x = 0 get the
 * Gamma-Gamma population mean. The monthly expectations depend on (x, T) only and are cached per pair.
 */
export function clientLifetimeValue(
  inputs: ModelInputs,
  bgnbd: BgnbdParams,
  gammaGamma: GammaGammaParams | null,
  marginRate: Float64Array,
  settings: ClientLifetimeValueSettings,
): ClientLifetimeValue {
  const n = inputs.x.length;
  const H = settings.horizonMonths;
  const rates = settings.discountRates;
  const monthLength = MONTH_DAYS / (inputs.timeUnit === 'weeks' ? 7 : 1);
  // factors[j][k − 1] = (1 + d_j)^(−k/12)
  const factors = rates.map((d) =>
    Float64Array.from({ length: H }, (_, k) => Math.pow(1 + d, -(k + 1) / 12)),
  );
  const predictor = bgnbdPredictor(bgnbd);

  const pAlive = new Float64Array(n);
  const expectedPurchases = new Float64Array(n);
  const expectedValue = new Float64Array(n);
  const clvAt = rates.map(() => new Float64Array(n));
  const ok = new Uint8Array(n);
  const failed = new Uint8Array(n);
  const observedValue = new Uint8Array(n);

  // (x, T) → [E[X(H months)] if alive, Σ_k ΔE_k f_jk for each rate j], NaN entries when not finite.
  const cache = new Map<number, Map<number, Float64Array>>();
  const perPair = (x: number, T: number): Float64Array => {
    let byT = cache.get(x);
    if (!byT) cache.set(x, (byT = new Map()));
    let v = byT.get(T);
    if (v) return v;
    v = new Float64Array(1 + rates.length);
    let prev = 0;
    for (let k = 1; k <= H; k++) {
      const e = predictor.expectedIfAlive(k * monthLength, x, T);
      const de = e - prev;
      prev = e;
      for (let j = 0; j < rates.length; j++) v[1 + j] += de * factors[j][k - 1];
    }
    v[0] = prev;
    byT.set(T, v);
    return v;
  };

  const { x, tx, T, hasPurchase, meanValue, meanValueAll } = inputs;
  for (let i = 0; i < n; i++) {
    if (!hasPurchase[i]) continue;
    const pa = predictor.pAlive(x[i], tx[i], T[i]);
    const pair = perPair(x[i], T[i]);
    let value = gammaGamma ? gammaGammaExpectedValue(gammaGamma, x[i], meanValue[i]) : NaN;
    if (!Number.isFinite(value)) {
      value = meanValueAll[i];
      observedValue[i] = 1;
    }
    let finite = Number.isFinite(pa) && Number.isFinite(pair[0]);
    for (let j = 0; j < rates.length; j++) {
      const c = pa * pair[1 + j] * value * marginRate[i];
      clvAt[j][i] = c;
      finite &&= Number.isFinite(c);
    }
    if (!finite) {
      failed[i] = 1;
      for (let j = 0; j < rates.length; j++) clvAt[j][i] = 0;
      continue;
    }
    ok[i] = 1;
    pAlive[i] = pa;
    expectedPurchases[i] = pa * pair[0];
    expectedValue[i] = value;
  }
  return { pAlive, expectedPurchases, expectedValue, clvAt, ok, failed, observedValue };
}
