import type { Occasions } from '../purchaseOccasions';
import { toCents } from '../money';
import { trailingWindowStart } from '../dates';

export interface FactsOptions {
  /** RFM window in months ending on asOf, or null for all history up to asOf (SPEC default). */
  rfmWindowMonths: number | null;
  /** usual gap when no client has ≥ 3 distinct purchase days (SPEC: 90). */
  defaultGapDays: number;
}

/** Where a client's usual gap came from (index in gapSource). */
export const GAP_SOURCES = ['own', 'portfolio', 'default'] as const;
export type GapSource = (typeof GAP_SOURCES)[number];

/** Per-client facts at the as-of date; money in integer cents (float sums, then rounded). */
export interface ClientFacts {
  clientCount: number;
  asOf: number;
  /** first day of the trailing 12-month window (asOf − 12 months + 1 day) */
  window12Start: number;
  /** first day of the RFM window (-Infinity = all history) */
  rfmWindowStart: number;
  /** purchases (occasions netting ≥ 0) in the RFM window: RFM's F */
  purchases: Int32Array;
  /** purchases in all history up to asOf */
  purchasesAll: Int32Array;
  /** distinct days with a purchase, all history */
  purchaseDays: Int32Array;
  /** first / last purchase day, all history; -1 = none */
  firstPurchase: Int32Array;
  lastPurchase: Int32Array;
  /** asOf − last purchase day (RFM's R); -1 = no purchase */
  recencyDays: Int32Array;
  /** net revenue (returns included) in the trailing 12 months / all history / the RFM window (RFM's M) */
  revenue12: Float64Array;
  revenueAll: Float64Array;
  monetary: Float64Array;
  /** net margin likewise; null when the sales have no margin */
  margin12: Float64Array | null;
  marginAll: Float64Array | null;
  /** mean value of the purchases in the RFM window (returns not counted), cents; NaN = no purchase */
  avgTicket: Float64Array;
  /** usual gap g in days (median gap between consecutive distinct purchase days) */
  usualGap: Float64Array;
  /** index into GAP_SOURCES */
  gapSource: Uint8Array;
  /** the portfolio's rhythm: median of the own usual gaps (or the default) and its source */
  portfolioGap: number;
  portfolioGapSource: GapSource;
  /** 1 = at least one occasion (purchase or return) up to asOf */
  hasSales: Uint8Array;
  /** 1 = occasions up to asOf, but none is a purchase (only returns / credit notes) */
  hasSalesButNoPurchase: Uint8Array;
}

/**
 * Facts per client from its occasions (ordered by day within the client, as purchaseOccasions
 * gives them). Occasions after asOf are ignored.
 */
export function clientFacts(
  occasions: Occasions,
  clientCount: number,
  asOf: number,
  options: Partial<FactsOptions> = {},
): ClientFacts {
  const rfmMonths = options.rfmWindowMonths ?? null;
  const defaultGap = options.defaultGapDays ?? 90;
  const window12Start = trailingWindowStart(asOf, 12);
  const rfmWindowStart = rfmMonths === null ? -Infinity : trailingWindowStart(asOf, rfmMonths);
  const { start, day, amount, purchase, margin } = occasions;

  const purchases = new Int32Array(clientCount);
  const purchasesAll = new Int32Array(clientCount);
  const purchaseDays = new Int32Array(clientCount);
  const firstPurchase = new Int32Array(clientCount).fill(-1);
  const lastPurchase = new Int32Array(clientCount).fill(-1);
  const recencyDays = new Int32Array(clientCount).fill(-1);
  const revenue12 = new Float64Array(clientCount);
  const revenueAll = new Float64Array(clientCount);
  const monetary = new Float64Array(clientCount);
  const margin12 = margin ? new Float64Array(clientCount) : null;
  const marginAll = margin ? new Float64Array(clientCount) : null;
  const avgTicket = new Float64Array(clientCount);
  const usualGap = new Float64Array(clientCount);
  const gapSource = new Uint8Array(clientCount);
  const hasSales = new Uint8Array(clientCount);
  const hasSalesButNoPurchase = new Uint8Array(clientCount);

  let gaps = new Float64Array(64);
  const ownGaps = new Float64Array(clientCount);
  let owners = 0;

  for (let c = 0; c < clientCount; c++) {
    const lo = start[c], hi = start[c + 1];
    let r12 = 0, rAll = 0, rRfm = 0, m12 = 0, mAll = 0, ticket = 0;
    let buy = 0, buyAll = 0, days = 0, any = 0, first = -1, last = -1, prevDay = -1, nGaps = 0;
    if (hi - lo > gaps.length + 1) gaps = new Float64Array(2 * (hi - lo));
    for (let k = lo; k < hi; k++) {
      const d = day[k];
      if (d > asOf) continue;
      any = 1;
      const a = amount[k];
      rAll += a;
      if (d >= window12Start) r12 += a;
      if (d >= rfmWindowStart) rRfm += a;
      if (margin) {
        const g = margin[k];
        mAll += g;
        if (d >= window12Start) m12 += g;
      }
      if (purchase[k] === 1) {
        buyAll++;
        if (first < 0 || d < first) first = d;
        if (d > last) last = d;
        if (d >= rfmWindowStart) {
          buy++;
          ticket += a;
        }
        if (d !== prevDay) {
          if (prevDay >= 0) gaps[nGaps++] = d - prevDay;
          prevDay = d;
          days++;
        }
      }
    }
    purchases[c] = buy;
    purchasesAll[c] = buyAll;
    purchaseDays[c] = days;
    firstPurchase[c] = first;
    lastPurchase[c] = last;
    recencyDays[c] = last >= 0 ? asOf - last : -1;
    revenue12[c] = toCents(r12);
    revenueAll[c] = toCents(rAll);
    monetary[c] = toCents(rRfm);
    if (margin12 && marginAll) {
      margin12[c] = toCents(m12);
      marginAll[c] = toCents(mAll);
    }
    avgTicket[c] = buy > 0 ? toCents(ticket / buy) : NaN;
    hasSales[c] = any;
    hasSalesButNoPurchase[c] = any === 1 && buyAll === 0 ? 1 : 0;
    if (days >= 3) {
      const g = median(gaps, nGaps);
      usualGap[c] = g;
      ownGaps[owners++] = g;
    } else {
      usualGap[c] = NaN;
    }
  }

  let portfolioGap = defaultGap;
  let portfolioGapSource: GapSource = 'default';
  if (owners > 0) {
    portfolioGap = median(ownGaps, owners);
    portfolioGapSource = 'portfolio';
  }
  const fallback = portfolioGapSource === 'portfolio' ? 1 : 2;
  for (let c = 0; c < clientCount; c++) {
    if (Number.isNaN(usualGap[c])) {
      usualGap[c] = portfolioGap;
      gapSource[c] = fallback;
    }
  }

  return {
    clientCount,
    asOf,
    window12Start,
    rfmWindowStart,
    purchases,
    purchasesAll,
    purchaseDays,
    firstPurchase,
    lastPurchase,
    recencyDays,
    revenue12,
    revenueAll,
    monetary,
    margin12,
    marginAll,
    avgTicket,
    usualGap,
    gapSource,
    portfolioGap,
    portfolioGapSource,
    hasSales,
    hasSalesButNoPurchase,
  };
}

/** Median of values[0, n) (n ≥ 1); reorders that prefix. */
function median(values: Float64Array, n: number): number {
  if (n <= 24) {
    for (let i = 1; i < n; i++) {
      const v = values[i];
      let j = i - 1;
      while (j >= 0 && values[j] > v) {
        values[j + 1] = values[j];
        j--;
      }
      values[j + 1] = v;
    }
  } else {
    values.subarray(0, n).sort();
  }
  const h = n >> 1;
  return n % 2 === 1 ? values[h] : (values[h - 1] + values[h]) / 2;
}
