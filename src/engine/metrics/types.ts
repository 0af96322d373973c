import type { Granularity } from '../dates';

/** Metric ids of the long table (SPEC §10), in the order rows are written. */
export const METRIC_IDS = [
  'revenue',
  'active_clients',
  'new_clients',
  'new_client_revenue',
  'retained_clients',
  'retention_rate',
  'churn_rate',
  'nrr',
  'grr',
  'key_account_growth',
  'new_business_existing',
  'new_revenue_share',
  'acquisition_rate',
  'new_active_accounts',
  'clients',
  'penetration',
  'market_share',
  'top1_share',
  'top5_share',
  'top10_share',
  'top20pct_share',
  'hhi',
  'gini',
  'cohort_active_share',
  'cohort_revenue',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** One row of the pivot-ready table: period, metric, dimension, member, value. */
export interface MetricRow {
  /** "YYYY-MM", "YYYY-Qn", "YYYY-Hn" or "YYYY" */
  period: string;
  metric: MetricId;
  /** "all" (whole portfolio), a client attribute key, "product" / "buyingCentre", or "cohort" */
  dimension: string;
  /** "all", the attribute's value ("(blank)" for none), or the cohort's period */
  member: string;
  /** rates are fractions, money is rounded to cents */
  value: number;
  /** present (true) only on the rows of a period that ends after the as-of date (SPEC §6) */
  partial?: true;
}

/** Market size per member of one client attribute (SPEC §1 "optional small ranges"). */
export interface MarketTable {
  /** the client attribute key (its header) or a recognised role name such as "region" */
  attribute: string;
  rows: { member: string; clients?: number; revenue?: number }[];
}

export type MetricNoteCode =
  | 'no_data'
  | 'partial_period'
  | 'first_period'
  | 'new_active_pending'
  | 'no_first_contact'
  | 'first_contact_not_date'
  | 'no_abc'
  | 'no_product'
  | 'no_buying_centre'
  | 'attribute_missing'
  | 'attribute_not_text'
  | 'no_market'
  | 'market_attribute_missing'
  | 'market_member_unmatched'
  | 'market_value_invalid'
  | 'market_member_missing';

/** Why a metric is missing or needs a caveat. English default text; the UI localises by code. */
export interface MetricNote {
  code: MetricNoteCode;
  metric?: MetricId;
  period?: string;
  dimension?: string;
  member?: string;
  message: string;
}

/** Clients by period of first purchase (rows) × periods since (columns): a triangle. */
export interface CohortTriangle {
  granularity: Granularity;
  /** cohort period labels, one per period of the analysis, oldest first */
  labels: string[];
  /** clients whose first purchase is in the cohort's period */
  size: Int32Array;
  /** active[c][k]: cohort members with a purchase k periods after the cohort's period */
  active: Int32Array[];
  /** active / size (NaN for an empty cohort) */
  share: Float64Array[];
  /** net revenue of the cohort's members k periods after, rounded to cents */
  revenue: Float64Array[];
}

/** Lorenz curve of client revenue over the trailing 12 months ending on the as-of date. */
export interface LorenzCurve {
  /** first and last day of the window, "YYYY-MM-DD" */
  from: string;
  to: string;
  /** clients with revenue > 0 in the window (the curve's population) */
  clients: number;
  /** their revenue, rounded to cents */
  revenue: number;
  /** null when no client has revenue > 0 */
  gini: number | null;
  /** cumulative share of clients (smallest first) and of their revenue; (0,0) … (1,1) */
  x: Float64Array;
  y: Float64Array;
}

export interface PortfolioMetrics {
  granularity: Granularity;
  /** every period from the first sale through the as-of date, oldest first */
  periods: string[];
  /** the last period's label when the as-of date is before its end, else null */
  partialPeriod: string | null;
  rows: MetricRow[];
  cohorts: CohortTriangle;
  lorenz: LorenzCurve;
  notes: MetricNote[];
}
