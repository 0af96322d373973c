import type { SalesData } from './types';
import { toCents } from './money';

/**
 * The client's buying occasions (SPEC: "purchase"): one invoice/order when the invoice column is
 * mapped (lines with a blank invoice fall back to their client-day), otherwise one client-day.
 * An occasion whose net amount is ≥ 0 (in cents) is a purchase; a negative one is a return.
 * Occasions of client c are [start[c], start[c + 1]), ordered by day, then by first line.
 */
export interface Occasions {
  length: number;
  client: Int32Array;
  /** first day of the occasion */
  day: Int32Array;
  /** net amount, float sum of its lines (round with toCents when ranking) */
  amount: Float64Array;
  margin: Float64Array | null;
  /** 1 = purchase (net ≥ 0 cents), 0 = return / credit note */
  purchase: Uint8Array;
  start: Int32Array;
}

/** Sales on or before `asOf` (all sales when asOf is Infinity), grouped into occasions. */
export function purchaseOccasions(sales: SalesData, clientCount: number, asOf = Infinity): Occasions {
  const n = sales.length;
  const { client, day, amount, margin } = sales;
  const invoice = sales.invoice ? sales.invoice.codes : null;

  // Counting sort of the rows by client (stable, so row order breaks later ties deterministically).
  const counts = new Int32Array(clientCount + 1);
  for (let i = 0; i < n; i++) if (day[i] <= asOf) counts[client[i] + 1]++;
  for (let c = 0; c < clientCount; c++) counts[c + 1] += counts[c];
  const used = counts[clientCount];
  const order = new Int32Array(used);
  const fill = counts.slice(0, clientCount);
  for (let i = 0; i < n; i++) if (day[i] <= asOf) order[fill[client[i]]++] = i;

  // Within a client, order by (group key, day, row): the key is the invoice code, or −1 − day for
  // lines grouped by day, so both kinds never collide.
  const keyOf = (i: number): number => (invoice && invoice[i] >= 0 ? invoice[i] : -1 - day[i]);
  const cmp = (a: number, b: number): number => keyOf(a) - keyOf(b) || day[a] - day[b] || a - b;

  const occClient = new Int32Array(used);
  const occDay = new Int32Array(used);
  const occAmount = new Float64Array(used);
  const occMargin = margin ? new Float64Array(used) : null;
  let m = 0;
  const start = new Int32Array(clientCount + 1);
  for (let c = 0; c < clientCount; c++) {
    const lo = counts[c], hi = counts[c + 1];
    start[c] = m;
    if (hi === lo) continue;
    const rows = order.subarray(lo, hi);
    if (hi - lo > 1) rows.sort(cmp);
    const first = m;
    let prevKey = NaN;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      const key = keyOf(i);
      if (key !== prevKey) {
        occClient[m] = c;
        occDay[m] = day[i];
        occAmount[m] = 0;
        if (occMargin) occMargin[m] = 0;
        m++;
        prevKey = key;
      }
      occAmount[m - 1] += amount[i];
      if (occMargin && margin) occMargin[m - 1] += margin[i];
    }
    // Groups were built in key order; present the client's occasions by day.
    if (m - first > 1 && !isSorted(occDay, first, m)) sortOccasionsByDay(first, m, occDay, occAmount, occMargin);
  }
  start[clientCount] = m;

  const purchase = new Uint8Array(m);
  for (let k = 0; k < m; k++) purchase[k] = toCents(occAmount[k]) >= 0 ? 1 : 0;
  return {
    length: m,
    client: occClient.slice(0, m),
    day: occDay.slice(0, m),
    amount: occAmount.slice(0, m),
    margin: occMargin ? occMargin.slice(0, m) : null,
    purchase,
    start,
  };
}

function isSorted(day: Int32Array, lo: number, hi: number): boolean {
  for (let k = lo + 1; k < hi; k++) if (day[k] < day[k - 1]) return false;
  return true;
}

function sortOccasionsByDay(
  lo: number,
  hi: number,
  day: Int32Array,
  amount: Float64Array,
  margin: Float64Array | null,
): void {
  const idx = Array.from({ length: hi - lo }, (_, k) => lo + k);
  idx.sort((a, b) => day[a] - day[b] || a - b);
  const d = idx.map((i) => day[i]);
  const a = idx.map((i) => amount[i]);
  const g = margin ? idx.map((i) => margin[i]) : null;
  for (let k = 0; k < idx.length; k++) {
    day[lo + k] = d[k];
    amount[lo + k] = a[k];
    if (margin && g) margin[lo + k] = g[k];
  }
}
