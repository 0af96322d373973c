import type { Occasions } from '../purchaseOccasions';
import { fromCents, toCents } from '../money';

export type TimeUnit = 'days' | 'weeks';

/**
 * Per-client inputs of BG/NBD and Gamma-Gamma (SPEC §7), as lifetimes'
 * `summary_data_from_transaction_data(..., monetary_value_col=...)`: the purchases of one day are
 * one (purchase occasions only, net ≥ 0; returns play no part), the first purchase day is the
 * trial and is excluded from x and from the mean value. Clients with no purchase on or before
 * asOf have hasPurchase = 0 and zeros elsewhere (firstDay = lastDay = -1).
 */
export interface ModelInputs {
  timeUnit: TimeUnit;
  asOf: number;
  /** 1 = at least one purchase on or before asOf */
  hasPurchase: Uint8Array;
  /** repeat purchase days (distinct purchase days − 1) */
  x: Float64Array;
  /** first → last purchase day, in timeUnit */
  tx: Float64Array;
  /** first purchase day → asOf, in timeUnit */
  T: Float64Array;
  /** mean value of the repeat purchase days (0 when x = 0) */
  meanValue: Float64Array;
  /** mean value of all purchase days, the first included (0 without purchases) */
  meanValueAll: Float64Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
}

export function modelInputs(
  occasions: Occasions,
  clientCount: number,
  asOf: number,
  timeUnit: TimeUnit = 'weeks',
): ModelInputs {
  const unit = timeUnit === 'weeks' ? 7 : 1;
  const hasPurchase = new Uint8Array(clientCount);
  const x = new Float64Array(clientCount);
  const tx = new Float64Array(clientCount);
  const T = new Float64Array(clientCount);
  const meanValue = new Float64Array(clientCount);
  const meanValueAll = new Float64Array(clientCount);
  const firstDay = new Int32Array(clientCount).fill(-1);
  const lastDay = new Int32Array(clientCount).fill(-1);
  const { start, day, amount, purchase } = occasions;

  for (let c = 0; c < clientCount; c++) {
    // Occasions of a client are ordered by day: a purchase day is closed when the day changes.
    let days = 0;
    let first = -1;
    let last = -1;
    let firstCents = 0;
    let repeatCents = 0;
    let daySum = 0;
    for (let k = start[c]; k <= start[c + 1]; k++) {
      const end = k === start[c + 1];
      if (!end && (!purchase[k] || day[k] > asOf)) continue;
      if (last >= 0 && (end || day[k] !== last)) {
        if (days === 0) firstCents = toCents(daySum);
        else repeatCents += toCents(daySum);
        days++;
        daySum = 0;
      }
      if (end) break;
      if (first < 0) first = day[k];
      last = day[k];
      daySum += amount[k];
    }
    if (days === 0) continue;
    hasPurchase[c] = 1;
    firstDay[c] = first;
    lastDay[c] = last;
    x[c] = days - 1;
    tx[c] = (last - first) / unit;
    T[c] = (asOf - first) / unit;
    meanValue[c] = days > 1 ? fromCents(repeatCents) / (days - 1) : 0;
    meanValueAll[c] = fromCents(repeatCents + firstCents) / days;
  }
  return { timeUnit, asOf, hasPurchase, x, tx, T, meanValue, meanValueAll, firstDay, lastDay };
}
