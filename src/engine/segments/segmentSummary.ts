export interface SegmentSummary {
  clients: number;
  /** share of all clients, NaN when there are none */
  clientShare: number;
  /** cents; NaN when no revenue was given */
  revenue: number;
  /** share of the whole portfolio's revenue; NaN when that total is 0 */
  revenueShare: number;
}

/** Count and revenue of a segment, as the task pane shows them while the conditions change. */
export function segmentSummary(mask: Uint8Array, revenueCents?: Float64Array | null): SegmentSummary {
  const n = mask.length;
  let clients = 0,
    revenue = 0,
    total = 0;
  if (revenueCents) {
    for (let i = 0; i < n; i++) {
      const r = revenueCents[i] || 0;
      total += r;
      if (mask[i]) {
        clients++;
        revenue += r;
      }
    }
  } else for (let i = 0; i < n; i++) clients += mask[i];
  return {
    clients,
    clientShare: n ? clients / n : NaN,
    revenue: revenueCents ? revenue : NaN,
    revenueShare: revenueCents && total !== 0 ? revenue / total : NaN,
  };
}
