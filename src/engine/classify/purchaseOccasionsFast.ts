import type { SalesData } from '../types';
import type { Occasions } from '../purchaseOccasions';
import { toCents } from '../money';

const INT_MAX = 2_147_483_647;

/**
 * Same result as purchaseOccasions (src/engine/purchaseOccasions.ts), array for array, several
 * times faster on a million rows. One pass in row order opens occasions (per-client "current
 * occasion" slots, a table by invoice code, the client's last day for lines without invoice), so
 * lines are summed in row order; then the occasions (not the rows) are bucketed by client.
 * Clients the pass cannot settle exactly — an invoice whose lines carry different days, an invoice
 * code shared with another client, day-grouped lines out of day order — take the reference path
 * (rows sorted by key, day, row), so every sum is added in the reference's order.
 */
export function purchaseOccasionsFast(sales: SalesData, clientCount: number, asOf = Infinity): Occasions {
  const n = sales.length;
  const { client, day, amount, margin } = sales;
  const invoice = sales.invoice ? sales.invoice.codes : null;
  const limit = asOf >= INT_MAX ? INT_MAX : Math.floor(asOf);

  let maxCode = -1;
  if (invoice) for (let i = 0; i < n; i++) if (invoice[i] > maxCode) maxCode = invoice[i];
  const invOwner = new Int32Array(maxCode + 1).fill(-1);
  const invSlot = new Int32Array(maxCode + 1);
  const lastKey = new Int32Array(clientCount);
  const lastSlot = new Int32Array(clientCount).fill(-1);
  const dayDay = new Int32Array(clientCount).fill(-INT_MAX);
  const daySlot = new Int32Array(clientCount);
  const bad = new Uint8Array(clientCount);
  let anyBad = false;

  // Occasions in order of their first line.
  const oClient = new Int32Array(n);
  const oDay = new Int32Array(n);
  const oKey = new Int32Array(n);
  const oAmount = new Float64Array(n);
  const oMargin = margin ? new Float64Array(n) : null;
  let m = 0;
  // The previous row taken (its client, key, day and occasion): the lines of one invoice follow
  // one another, and add to that occasion without a look at the per-client tables.
  let prevC = -1, prevKey = 0, prevDay = 0, prevSlot = -1;
  for (let i = 0; i < n; i++) {
    const d = day[i];
    if (d > limit) continue;
    const c = client[i];
    const code = invoice ? invoice[i] : -1;
    const key = code >= 0 ? code : -1 - d;
    if (c === prevC && key === prevKey && d === prevDay) {
      oAmount[prevSlot] += amount[i];
      if (oMargin && margin) oMargin[prevSlot] += margin[i];
      continue;
    }
    prevC = -1;
    if (bad[c] === 1) continue;
    let slot = lastSlot[c];
    if (slot < 0 || lastKey[c] !== key) {
      if (code >= 0) {
        const owner = invOwner[code];
        if (owner === c) slot = invSlot[code];
        else if (owner < 0) {
          invOwner[code] = c;
          invSlot[code] = slot = m++;
          oClient[slot] = c;
          oDay[slot] = d;
          oKey[slot] = key;
        } else {
          bad[c] = 1;
          anyBad = true;
          continue;
        }
      } else if (d === dayDay[c]) slot = daySlot[c];
      else if (d > dayDay[c]) {
        dayDay[c] = d;
        daySlot[c] = slot = m++;
        oClient[slot] = c;
        oDay[slot] = d;
        oKey[slot] = key;
      } else {
        bad[c] = 1;
        anyBad = true;
        continue;
      }
      lastKey[c] = key;
      lastSlot[c] = slot;
    }
    if (oDay[slot] !== d) {
      bad[c] = 1;
      anyBad = true;
      continue;
    }
    oAmount[slot] += amount[i];
    if (oMargin && margin) oMargin[slot] += margin[i];
    prevC = c;
    prevKey = key;
    prevDay = d;
    prevSlot = slot;
  }

  // Clients for the reference path: their rows, bucketed by client.
  let refStart: Int32Array | null = null;
  let refRows: Int32Array | null = null;
  if (anyBad) {
    refStart = new Int32Array(clientCount + 1);
    for (let i = 0; i < n; i++) if (day[i] <= limit && bad[client[i]] === 1) refStart[client[i] + 1]++;
    for (let c = 0; c < clientCount; c++) refStart[c + 1] += refStart[c];
    refRows = new Int32Array(refStart[clientCount]);
    const at = refStart.slice(0, clientCount);
    for (let i = 0; i < n; i++) if (day[i] <= limit && bad[client[i]] === 1) refRows[at[client[i]]++] = i;
  }

  // Bucket the occasions by client (stable), leaving room for the reference clients' occasions
  // (at most one per row).
  const start = new Int32Array(clientCount + 1);
  for (let k = 0; k < m; k++) if (bad[oClient[k]] === 0) start[oClient[k] + 1]++;
  if (refStart) for (let c = 0; c < clientCount; c++) if (bad[c] === 1) start[c + 1] = refStart[c + 1] - refStart[c];
  for (let c = 0; c < clientCount; c++) start[c + 1] += start[c];
  const cap = start[clientCount];
  const client2 = new Int32Array(cap);
  const day2 = new Int32Array(cap);
  const key2 = new Int32Array(cap);
  const amount2 = new Float64Array(cap);
  const margin2 = margin ? new Float64Array(cap) : null;
  const fill = start.slice(0, clientCount);
  for (let k = 0; k < m; k++) {
    const c = oClient[k];
    if (bad[c] === 1) continue;
    const p = fill[c]++;
    day2[p] = oDay[k];
    key2[p] = oKey[k];
    amount2[p] = oAmount[k];
    if (margin2 && oMargin) margin2[p] = oMargin[k];
  }
  if (refStart && refRows) {
    for (let c = 0; c < clientCount; c++) {
      if (bad[c] === 1) {
        fill[c] = referenceClient(sales, refRows.subarray(refStart[c], refStart[c + 1]), start[c], day2, key2, amount2, margin2);
      }
    }
  }

  // Compact (reference clients may have fewer occasions than rows) and order each client's by day.
  let w = 0;
  const out = new Int32Array(clientCount + 1);
  for (let c = 0; c < clientCount; c++) {
    const lo = start[c], hi = fill[c];
    out[c] = w;
    if (w !== lo) {
      day2.copyWithin(w, lo, hi);
      key2.copyWithin(w, lo, hi);
      amount2.copyWithin(w, lo, hi);
      if (margin2) margin2.copyWithin(w, lo, hi);
    }
    const next = w + (hi - lo);
    client2.fill(c, w, next);
    if (next - w > 1) orderByDayThenKey(w, next, day2, key2, amount2, margin2);
    w = next;
  }
  out[clientCount] = w;

  const purchase = new Uint8Array(w);
  for (let k = 0; k < w; k++) purchase[k] = toCents(amount2[k]) >= 0 ? 1 : 0;
  const full = w === cap;
  return {
    length: w,
    client: full ? client2 : client2.slice(0, w),
    day: full ? day2 : day2.slice(0, w),
    amount: full ? amount2 : amount2.slice(0, w),
    margin: margin2 ? (full ? margin2 : margin2.slice(0, w)) : null,
    purchase,
    start: out,
  };
}

/** The reference grouping for one client: rows sorted by (key, day, row), summed in that order. */
function referenceClient(
  sales: SalesData,
  rows: Int32Array,
  first: number,
  occDay: Int32Array,
  occKey: Int32Array,
  occAmount: Float64Array,
  occMargin: Float64Array | null,
): number {
  const { day, amount, margin } = sales;
  const invoice = sales.invoice ? sales.invoice.codes : null;
  const keyOf = (i: number): number => (invoice && invoice[i] >= 0 ? invoice[i] : -1 - day[i]);
  const sorted = Int32Array.from(rows).sort((a, b) => keyOf(a) - keyOf(b) || day[a] - day[b] || a - b);
  let m = first;
  let prevKey = NaN;
  for (let k = 0; k < sorted.length; k++) {
    const i = sorted[k];
    const key = keyOf(i);
    if (key !== prevKey) {
      occDay[m] = day[i];
      occKey[m] = key;
      occAmount[m] = 0;
      if (occMargin) occMargin[m] = 0;
      m++;
      prevKey = key;
    }
    occAmount[m - 1] += amount[i];
    if (occMargin && margin) occMargin[m - 1] += margin[i];
  }
  return m;
}

/** The client's occasions by day, then key (as the reference orders them). */
function orderByDayThenKey(
  lo: number,
  hi: number,
  day: Int32Array,
  key: Int32Array,
  amount: Float64Array,
  margin: Float64Array | null,
): void {
  let sorted = true;
  for (let k = lo + 1; k < hi; k++) {
    if (day[k] < day[k - 1] || (day[k] === day[k - 1] && key[k] < key[k - 1])) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  if (hi - lo > 32) {
    const idx = Int32Array.from({ length: hi - lo }, (_, k) => lo + k);
    idx.sort((a, b) => day[a] - day[b] || key[a] - key[b]);
    const d = Int32Array.from(idx, (i) => day[i]);
    const y = Int32Array.from(idx, (i) => key[i]);
    const a = Float64Array.from(idx, (i) => amount[i]);
    const g = margin ? Float64Array.from(idx, (i) => margin[i]) : null;
    day.set(d, lo);
    key.set(y, lo);
    amount.set(a, lo);
    if (margin && g) margin.set(g, lo);
    return;
  }
  // Insertion sort: a client's occasions are few and nearly in order.
  for (let k = lo + 1; k < hi; k++) {
    const d = day[k], y = key[k], a = amount[k], g = margin ? margin[k] : 0;
    let j = k - 1;
    while (j >= lo && (day[j] > d || (day[j] === d && key[j] > y))) {
      day[j + 1] = day[j];
      key[j + 1] = key[j];
      amount[j + 1] = amount[j];
      if (margin) margin[j + 1] = margin[j];
      j--;
    }
    day[j + 1] = d;
    key[j + 1] = y;
    amount[j + 1] = a;
    if (margin) margin[j + 1] = g;
  }
}
