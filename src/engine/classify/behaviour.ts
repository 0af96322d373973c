import { NO_CODE } from '../types';
import { toCents } from '../money';
import { trailingWindowStart } from '../dates';
import type { Occasions } from '../purchaseOccasions';
import { basisPoints, exactCompare } from './exactCompare';

export interface BehaviourOptions {
  /** length of the current and the previous window, months (SPEC: 12) */
  windowMonths: number;
  /** continuing clients: growing when revenue changes by more than +t, declining below −t (SPEC: 0.1) */
  trendThreshold: number;
}

const STARTED = 0, CONTINUING = 1, STOPPED = 2, NONE = 3;
const GROWING = 0, STABLE = 1, DECLINING = 2;

export interface BehaviourResult {
  /** index into BEHAVIOURS (started / continuing / stopped / none) */
  behaviour: Uint8Array;
  /** index into TRENDS for continuing clients, NO_CODE otherwise */
  trend: Uint8Array;
  /** net revenue in the current / previous window, cents */
  revenueCurrent: Float64Array;
  revenuePrevious: Float64Array;
  /** current window [currentStart, asOf], previous [previousStart, currentStart − 1] */
  currentStart: number;
  previousStart: number;
  asOf: number;
}

/**
 * SPEC §5 behaviour: a purchase in the current window and/or in the previous one of the same
 * length; for continuing clients, the trend of net revenue between the two windows.
 */
export function behaviour(
  occasions: Occasions,
  clientCount: number,
  asOf: number,
  options: BehaviourOptions = { windowMonths: 12, trendThreshold: 0.1 },
): BehaviourResult {
  const currentStart = trailingWindowStart(asOf, options.windowMonths);
  const previousStart = trailingWindowStart(currentStart - 1, options.windowMonths);
  const tBp = basisPoints(options.trendThreshold);
  const { start, day, amount, purchase } = occasions;
  const kind = new Uint8Array(clientCount);
  const trend = new Uint8Array(clientCount).fill(NO_CODE);
  const revenueCurrent = new Float64Array(clientCount);
  const revenuePrevious = new Float64Array(clientCount);
  for (let c = 0; c < clientCount; c++) {
    let now = 0, before = 0, boughtNow = false, boughtBefore = false;
    for (let k = start[c]; k < start[c + 1]; k++) {
      const d = day[k];
      if (d > asOf || d < previousStart) continue;
      if (d >= currentStart) {
        now += amount[k];
        if (purchase[k] === 1) boughtNow = true;
      } else {
        before += amount[k];
        if (purchase[k] === 1) boughtBefore = true;
      }
    }
    const cur = toCents(now), prev = toCents(before);
    revenueCurrent[c] = cur;
    revenuePrevious[c] = prev;
    kind[c] = boughtNow ? (boughtBefore ? CONTINUING : STARTED) : boughtBefore ? STOPPED : NONE;
    if (kind[c] === CONTINUING) {
      // change × 10000 against t (bp) × |previous|, in integers; previous 0 → sign of the change.
      const change = cur - prev, base = Math.abs(prev);
      if (exactCompare(change, 10_000, tBp, base) > 0) trend[c] = GROWING;
      else if (exactCompare(change, 10_000, -tBp, base) < 0) trend[c] = DECLINING;
      else trend[c] = STABLE;
    }
  }
  return { behaviour: kind, trend, revenueCurrent, revenuePrevious, currentStart, previousStart, asOf };
}
