import { isoDate, trailingWindowStart } from '../dates';
import { toCents } from '../money';
import type { SalesData } from '../types';
import { concentrationOfSorted } from './concentration';
import type { LorenzCurve } from './types';

/** Above this many clients the curve is given at every whole percent of clients (101 points). */
const MAX_POINTS = 101;

/**
 * Lorenz curve of client net revenue over the trailing window of `months` ending on asOf (SPEC:
 * from the day after asOf − 12 months through asOf). Clients with revenue ≤ 0 in the window are
 * left out, as for every concentration figure.
 */
export function lorenzCurve(sales: SalesData, clientCount: number, asOf: number, months = 12): LorenzCurve {
  return lorenzOfRows(sales.client, sales.day, sales.amount, 0, sales.length, clientCount, asOf, months);
}

/** The same over rows lo … hi − 1 of columnar arrays (rows outside the window are skipped). */
export function lorenzOfRows(
  client: Int32Array,
  day: Int32Array,
  amount: Float64Array,
  lo: number,
  hi: number,
  clientCount: number,
  asOf: number,
  months = 12,
): LorenzCurve {
  const from = trailingWindowStart(asOf, months);
  const sum = new Float64Array(clientCount);
  const seen = new Uint8Array(clientCount);
  const touched = new Int32Array(clientCount);
  let nTouched = 0;
  for (let i = lo; i < hi; i++) {
    const d = day[i];
    if (d < from || d > asOf) continue;
    const c = client[i];
    if (seen[c] === 0) {
      seen[c] = 1;
      touched[nTouched++] = c;
    }
    sum[c] += amount[i];
  }
  const values = new Float64Array(nTouched);
  let n = 0;
  for (let t = 0; t < nTouched; t++) {
    const cents = toCents(sum[touched[t]]);
    if (cents > 0) values[n++] = cents;
  }
  const sorted = values.subarray(0, n).sort();
  let total = 0;
  for (let i = 0; i < n; i++) total += sorted[i];

  const base = { from: isoDate(from), to: isoDate(asOf), clients: n, revenue: total / 100 };
  if (n === 0) return { ...base, gini: null, x: new Float64Array(0), y: new Float64Array(0) };

  const stats = new Float64Array(6);
  concentrationOfSorted(sorted, stats, 0);
  // cum[i] = revenue of the i smallest clients
  const points = n + 1 <= MAX_POINTS ? n + 1 : MAX_POINTS;
  const x = new Float64Array(points);
  const y = new Float64Array(points);
  let i = 0,
    cum = 0;
  for (let k = 0; k < points; k++) {
    const upTo = points === n + 1 ? k : Math.round((k * n) / (MAX_POINTS - 1));
    while (i < upTo) cum += sorted[i++];
    x[k] = upTo / n;
    y[k] = cum / total;
  }
  return { ...base, gini: stats[5], x, y };
}
