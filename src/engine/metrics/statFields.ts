import type { MetricId } from './types';

// Per period × group accumulators: stats[(q * groups + g) * FIELDS + field]. Money is in cents.
export const REVENUE = 0,
  ACTIVE = 1,
  NEW = 2,
  NEW_REVENUE = 3,
  RETAINED = 4,
  S_COUNT = 5,
  S_PREV = 6,
  S_CUR = 7,
  S_MIN = 8,
  A_PREV = 9,
  A_CUR = 10,
  NEW_ACTIVE = 11,
  CLIENTS12 = 12,
  APPROACHED = 13,
  /** of the prospects approached in q, those with a first purchase by the as-of date */
  CONVERTED = 14,
  FIELDS = 15;

export const CONCENTRATION_METRICS: MetricId[] = [
  'top1_share',
  'top5_share',
  'top10_share',
  'top20pct_share',
  'hhi',
  'gini',
];
