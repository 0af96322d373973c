/** Concentration of positive amounts (cents) among units (clients, or an attribute's members). */
export interface Concentration {
  /** units with amount > 0 (the population measured) */
  units: number;
  top1: number;
  top5: number;
  top10: number;
  /** share of the top ceil(units / 5) */
  top20pct: number;
  /** Σ (share × 100)², 0…10 000 */
  hhi: number;
  /** 0 = equal, → 1 = one unit has everything */
  gini: number;
}

export const CONCENTRATION_FIELDS = 6;

/**
 * Concentration of the values > 0 (values ≤ 0 are left out: a unit that only returned goods does
 * not dilute the shares of the ones that bought). Null when no value is positive.
 */
export function concentration(values: ArrayLike<number>): Concentration | null {
  const positive = Float64Array.from(values).filter((v) => v > 0);
  if (positive.length === 0) return null;
  positive.sort();
  const out = new Float64Array(CONCENTRATION_FIELDS);
  concentrationOfSorted(positive, out, 0);
  return {
    units: positive.length,
    top1: out[0],
    top5: out[1],
    top10: out[2],
    top20pct: out[3],
    hhi: out[4],
    gini: out[5],
  };
}

/**
 * The hot-loop form: `sorted` holds positive values in ascending order (at least one); writes
 * top1, top5, top10, top20pct, hhi, gini at out[at…at+5]. Sums run in sorted order, so the result
 * does not depend on the order the values came in.
 */
export function concentrationOfSorted(sorted: Float64Array, out: Float64Array, at: number): void {
  const n = sorted.length;
  let total = 0;
  let ranked = 0; // Σ i·x_i, i = 1…n ascending
  for (let i = 0; i < n; i++) {
    total += sorted[i];
    ranked += (i + 1) * sorted[i];
  }
  const k20 = Math.ceil(n / 5);
  let top = 0,
    top1 = 0,
    top5 = 0,
    top10 = 0,
    top20 = 0,
    squares = 0;
  for (let j = 1; j <= n; j++) {
    const x = sorted[n - j];
    top += x;
    squares += x * x;
    if (j === 1) top1 = top;
    if (j === 5) top5 = top;
    if (j === 10) top10 = top;
    if (j === k20) top20 = top;
  }
  if (n < 5) top5 = total;
  if (n < 10) top10 = total;
  out[at] = top1 / total;
  out[at + 1] = top5 / total;
  out[at + 2] = top10 / total;
  out[at + 3] = top20 / total;
  out[at + 4] = (10_000 * squares) / (total * total);
  // Gini = Σ (2i − n − 1) x_i / (n Σ x) over ascending x
  out[at + 5] = (2 * ranked - (n + 1) * total) / (n * total);
}
