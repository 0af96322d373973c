import { addMonths, trailingWindowStart } from '../dates';
import { fromCents, toCents } from '../money';
import type { Occasions } from '../purchaseOccasions';

/** What the simple retention model needs: last year's revenue and purchases, and the yearly retention. */
export interface TrailingYear {
  /** net revenue (returns included) in the trailing 12 months ending on asOf, rounded to cents */
  revenue: Float64Array;
  /** distinct purchase days in the trailing 12 months */
  purchaseDays: Float64Array;
  /** clients with a purchase in the 12 months before the trailing window */
  previousClients: number;
  /** of those, clients with a purchase in the trailing window */
  retainedClients: number;
  /** retainedClients / previousClients (SPEC §6 retention over yearly windows); null when previousClients = 0 */
  retention: number | null;
}

export function trailingYear(occasions: Occasions, clientCount: number, asOf: number): TrailingYear {
  const currentStart = trailingWindowStart(asOf, 12);
  const previousEnd = addMonths(asOf, -12);
  const previousStart = trailingWindowStart(previousEnd, 12);
  const revenue = new Float64Array(clientCount);
  const purchaseDays = new Float64Array(clientCount);
  let previousClients = 0,
    retainedClients = 0;
  const { start, day, amount, purchase } = occasions;
  for (let c = 0; c < clientCount; c++) {
    let sum = 0,
      before = false,
      now = false,
      lastDay = -1;
    for (let k = start[c]; k < start[c + 1]; k++) {
      const d = day[k];
      if (d > asOf) continue;
      if (d >= currentStart) {
        sum += amount[k];
        if (purchase[k]) {
          now = true;
          if (d !== lastDay) purchaseDays[c]++;
          lastDay = d;
        }
      } else if (d >= previousStart && d <= previousEnd && purchase[k]) {
        before = true;
      }
    }
    revenue[c] = fromCents(toCents(sum));
    if (before) {
      previousClients++;
      if (now) retainedClients++;
    }
  }
  return {
    revenue,
    purchaseDays,
    previousClients,
    retainedClients,
    retention: previousClients > 0 ? retainedClients / previousClients : null,
  };
}
