import { STATUSES } from '../types';
import type { ClientFacts } from './clientFacts';

export interface LifecycleParams {
  /** New: first purchase less than this many days before asOf (SPEC: 90) */
  newDays: number;
  /** Lost: no purchase for more than this many days (SPEC: 365) */
  lostDays: number;
  /** Active: days since last purchase ≤ activeGapFactor × g (SPEC: 1.5) */
  activeGapFactor: number;
  /** At risk: ≤ atRiskGapFactor × g (SPEC: 3) */
  atRiskGapFactor: number;
}

export const defaultLifecycleParams: LifecycleParams = {
  newDays: 90,
  lostDays: 365,
  activeGapFactor: 1.5,
  atRiskGapFactor: 3,
};

/** Which rule decided the status (index in rule). 'no_purchase' = sales but only returns → Inactive. */
export const LIFECYCLE_RULES = ['prospect', 'no_purchase', 'new', 'lost', 'active', 'at_risk', 'inactive'] as const;
export type LifecycleRule = (typeof LIFECYCLE_RULES)[number];

const S_PROSPECT = 0, S_NEW = 1, S_ACTIVE = 2, S_AT_RISK = 3, S_INACTIVE = 4, S_LOST = 5;
const R_PROSPECT = 0, R_NO_PURCHASE = 1, R_NEW = 2, R_LOST = 3, R_ACTIVE = 4, R_AT_RISK = 5, R_INACTIVE = 6;

export interface LifecycleResult {
  /** index into STATUSES */
  status: Uint8Array;
  /** index into LIFECYCLE_RULES */
  rule: Uint8Array;
  /** the number the deciding rule compared against (days): newDays, lostDays, 1.5 g or 3 g; NaN for prospect / no_purchase */
  limit: Float64Array;
  /** asOf − first / last purchase day; -1 = no purchase */
  daysSinceFirst: Int32Array;
  daysSinceLast: Int32Array;
  /** g, as used (days) */
  usualGap: Float64Array;
  /** the client list's special (loyalty) flag, beside the status (all 0 without the column) */
  special: Uint8Array;
  params: LifecycleParams;
}

/** What the client card shows: the rule that fired and its numbers. */
export interface LifecycleWhy {
  status: (typeof STATUSES)[number];
  rule: LifecycleRule;
  daysSinceFirst: number | null;
  daysSinceLast: number | null;
  usualGap: number;
  limit: number | null;
  special: boolean;
}

/**
 * SPEC §5 status at asOf, first rule that holds: prospect (no sales), no_purchase (only returns →
 * inactive), new (first purchase < newDays ago), lost (last purchase > lostDays ago), active
 * (≤ 1.5 g), at risk (≤ 3 g), inactive.
 */
export function lifecycleStatus(
  facts: Pick<ClientFacts, 'firstPurchase' | 'lastPurchase' | 'usualGap' | 'hasSalesButNoPurchase'>,
  asOf: number,
  params: LifecycleParams = defaultLifecycleParams,
  special: Uint8Array | null = null,
): LifecycleResult {
  const { firstPurchase, lastPurchase, usualGap, hasSalesButNoPurchase } = facts;
  const n = firstPurchase.length;
  const status = new Uint8Array(n);
  const rule = new Uint8Array(n);
  const limit = new Float64Array(n);
  const daysSinceFirst = new Int32Array(n);
  const daysSinceLast = new Int32Array(n);
  const { newDays, lostDays, activeGapFactor, atRiskGapFactor } = params;
  for (let i = 0; i < n; i++) {
    const first = firstPurchase[i], last = lastPurchase[i], g = usualGap[i];
    const sinceFirst = first >= 0 ? asOf - first : -1;
    const sinceLast = last >= 0 ? asOf - last : -1;
    daysSinceFirst[i] = sinceFirst;
    daysSinceLast[i] = sinceLast;
    let s: number, r: number, lim: number;
    if (last < 0) {
      lim = NaN;
      if (hasSalesButNoPurchase[i] === 1) {
        s = S_INACTIVE;
        r = R_NO_PURCHASE;
      } else {
        s = S_PROSPECT;
        r = R_PROSPECT;
      }
    } else if (sinceFirst < newDays) {
      s = S_NEW;
      r = R_NEW;
      lim = newDays;
    } else if (sinceLast > lostDays) {
      s = S_LOST;
      r = R_LOST;
      lim = lostDays;
    } else if (sinceLast <= activeGapFactor * g) {
      s = S_ACTIVE;
      r = R_ACTIVE;
      lim = activeGapFactor * g;
    } else if (sinceLast <= atRiskGapFactor * g) {
      s = S_AT_RISK;
      r = R_AT_RISK;
      lim = atRiskGapFactor * g;
    } else {
      s = S_INACTIVE;
      r = R_INACTIVE;
      lim = atRiskGapFactor * g;
    }
    status[i] = s;
    rule[i] = r;
    limit[i] = lim;
  }
  return {
    status,
    rule,
    limit,
    daysSinceFirst,
    daysSinceLast,
    usualGap: Float64Array.from(usualGap),
    special: special ? Uint8Array.from(special) : new Uint8Array(n),
    params,
  };
}

/** The client card's "why" for client i. */
export function lifecycleWhy(result: LifecycleResult, i: number): LifecycleWhy {
  const first = result.daysSinceFirst[i], last = result.daysSinceLast[i], lim = result.limit[i];
  return {
    status: STATUSES[result.status[i]],
    rule: LIFECYCLE_RULES[result.rule[i]],
    daysSinceFirst: first >= 0 ? first : null,
    daysSinceLast: last >= 0 ? last : null,
    usualGap: result.usualGap[i],
    limit: Number.isNaN(lim) ? null : lim,
    special: result.special[i] === 1,
  };
}
