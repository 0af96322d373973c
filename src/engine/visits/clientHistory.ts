import { periodIndex, periodLabel } from '../dates';
import { toCents } from '../money';
import type { SalesData } from '../types';

export interface ClientHistoryOptions {
  /** calendar months shown, ending with the as-of date's month (12) */
  months?: number;
  /** invoices listed, latest first (5) */
  invoices?: number;
  /** products listed, most revenue first (5) */
  products?: number;
}

/** One client's purchases for the client card: small, plain data (it crosses from the worker). */
export interface ClientHistory {
  client: number;
  /** "YYYY-MM", oldest first; the last is the as-of date's (partial) month */
  months: string[];
  /** net revenue per month, currency units rounded to cents */
  monthRevenue: Float64Array;
  /** latest first; `invoice` null when the sales have no invoice column (then one purchase = one day) */
  invoices: { day: number; invoice: string | null; amount: number; lines: number }[];
  /** by net revenue over the whole history up to the as-of date, highest first (net > 0 only) */
  products: { product: string; amount: number; share: number }[];
  /** net revenue of the whole history up to the as-of date */
  total: number;
}

/**
 * The client card's history from the cleaned sales: revenue by calendar month over the last
 * `months` months (the as-of month included), the last invoices and the top products by revenue.
 * Rows after the as-of date are left out. One pass over the sales; memory is per client only.
 */
export function clientHistory(sales: SalesData, client: number, asOf: number, options: ClientHistoryOptions = {}): ClientHistory {
  const nMonths = options.months ?? 12;
  const last = periodIndex(asOf, 'month');
  const first = last - nMonths + 1;
  const months = Array.from({ length: nMonths }, (_, k) => periodLabel(first + k, 'month'));
  const monthSum = new Float64Array(nMonths);
  const invoiceCodes = sales.invoice?.codes;
  const productCodes = sales.product?.codes;
  // Purchases keyed by invoice code (or by day without invoices); products by code.
  const purchases = new Map<number, { day: number; invoice: string | null; amount: number; lines: number }>();
  const products = new Map<number, number>();
  let total = 0;
  for (let k = 0; k < sales.length; k++) {
    if (sales.client[k] !== client) continue;
    const day = sales.day[k];
    if (day > asOf) continue;
    const amount = sales.amount[k];
    total += amount;
    const m = periodIndex(day, 'month') - first;
    if (m >= 0) monthSum[m] += amount;
    const inv = invoiceCodes ? invoiceCodes[k] : -1;
    const key = inv >= 0 ? inv : -1 - day;
    let p = purchases.get(key);
    if (!p) purchases.set(key, (p = { day, invoice: inv >= 0 ? sales.invoice!.labels[inv] : null, amount: 0, lines: 0 }));
    p.amount += amount;
    p.lines++;
    if (day > p.day) p.day = day;
    const prod = productCodes ? productCodes[k] : -1;
    if (prod >= 0) products.set(prod, (products.get(prod) ?? 0) + amount);
  }
  const invoices = [...purchases.values()]
    .sort((a, b) => b.day - a.day || (b.invoice ?? '').localeCompare(a.invoice ?? ''))
    .slice(0, options.invoices ?? 5)
    .map((p) => ({ ...p, amount: toCents(p.amount) / 100 }));
  const totalCents = toCents(total);
  const top = [...products.entries()]
    .map(([code, amount]) => ({ code, cents: toCents(amount) }))
    .filter((p) => p.cents > 0)
    .sort((a, b) => b.cents - a.cents || a.code - b.code)
    .slice(0, options.products ?? 5)
    .map((p) => ({
      product: sales.product!.labels[p.code],
      amount: p.cents / 100,
      share: totalCents > 0 ? p.cents / totalCents : NaN,
    }));
  return {
    client,
    months,
    monthRevenue: monthSum.map((v) => toCents(v) / 100),
    invoices,
    products: top,
    total: totalCents / 100,
  };
}
