import { fromCents, toCents } from '../money';
import { ABC_CLASSES, RFM_SEGMENTS } from '../types';
import { CLV_METHODS, METHOD_NO_PURCHASE, type Assumption } from './codes';

export interface PortfolioValueInput {
  /** CLV per client at the chosen discount rate and margin, in cents-exact currency units */
  clv: Float64Array;
  /** CLV_METHODS index per client; METHOD_NO_PURCHASE clients are not current clients and not counted */
  method: Uint8Array;
  /** per-client CLV at each discount rate of the sensitivity grid (same rounding as clv) */
  sensitivity?: { discountRates: number[]; clv: Float64Array[]; marginFactors: number[] };
  /** ABC_CLASSES index or NO_CODE per client */
  abcClass?: Uint8Array | null;
  /** RFM_SEGMENTS index or NO_CODE per client */
  rfmSegment?: Uint8Array | null;
  assumptions?: Assumption[];
}

export interface GroupValue {
  /** the class / segment / method id; 'none' for clients without a code */
  id: string;
  clients: number;
  value: number;
  /** value / total (0 when the total is 0) */
  share: number;
}

export interface PortfolioValue {
  /** Σ CLV over current clients (clients with a purchase), in currency units rounded to cents */
  total: number;
  clients: number;
  /** total / clients (0 without clients) */
  average: number;
  byMethod: GroupValue[];
  byAbcClass: GroupValue[] | null;
  byRfmSegment: GroupValue[] | null;
  /** values[i][j]: total at discountRates[i] with the margin rate × marginFactors[j] */
  sensitivity: { discountRates: number[]; marginFactors: number[]; values: number[][] };
  assumptions: Assumption[];
}

/**
 * Customer equity ("fondo de comercio"): the sum of the current clients' CLV, split by method, ABC
 * class and RFM segment, with its sensitivity to the discount rate and the margin rate. Sums are
 * taken in integer cents, so every split adds up exactly to the total.
 */
export function portfolioValue(input: PortfolioValueInput): PortfolioValue {
  const { clv, method } = input;
  const n = clv.length;
  const cents = new Float64Array(n);
  let totalCents = 0,
    clients = 0;
  for (let i = 0; i < n; i++) {
    if (method[i] === METHOD_NO_PURCHASE) continue;
    cents[i] = Number.isFinite(clv[i]) ? toCents(clv[i]) : 0;
    totalCents += cents[i];
    clients++;
  }
  const total = fromCents(totalCents);
  const group = (codes: ArrayLike<number>, ids: readonly string[]): GroupValue[] => {
    const k = ids.length;
    const sums = new Float64Array(k + 1),
      counts = new Float64Array(k + 1);
    for (let i = 0; i < n; i++) {
      if (method[i] === METHOD_NO_PURCHASE) continue;
      const c = codes[i] < k ? codes[i] : k; // NO_CODE (or anything unknown) → 'none'
      sums[c] += cents[i];
      counts[c]++;
    }
    const out: GroupValue[] = [];
    for (let c = 0; c <= k; c++) {
      if (c === k && counts[k] === 0) continue;
      out.push({
        id: c < k ? ids[c] : 'none',
        clients: counts[c],
        value: fromCents(sums[c]),
        share: totalCents !== 0 ? sums[c] / totalCents : 0,
      });
    }
    return out;
  };
  const usable = (codes: Uint8Array | null | undefined): codes is Uint8Array => !!codes && codes.length === n;

  const s = input.sensitivity;
  const values: number[][] = [];
  if (s) {
    for (const perClient of s.clv) {
      let rateCents = 0;
      for (let i = 0; i < n; i++) {
        if (method[i] !== METHOD_NO_PURCHASE && Number.isFinite(perClient[i]))
          rateCents += toCents(perClient[i]);
      }
      values.push(s.marginFactors.map((f) => fromCents(toCents(fromCents(rateCents) * f))));
    }
  }
  return {
    total,
    clients,
    average: clients ? total / clients : 0,
    byMethod: group(method, CLV_METHODS).filter((g) => g.id !== 'no_purchase'),
    byAbcClass: usable(input.abcClass) ? group(input.abcClass, ABC_CLASSES) : null,
    byRfmSegment: usable(input.rfmSegment) ? group(input.rfmSegment, RFM_SEGMENTS) : null,
    sensitivity: {
      discountRates: s ? [...s.discountRates] : [],
      marginFactors: s ? [...s.marginFactors] : [],
      values,
    },
    assumptions: input.assumptions ?? [],
  };
}
