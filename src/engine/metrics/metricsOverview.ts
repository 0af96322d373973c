import { type Granularity, periodLabel } from '../dates';
import type { MetricId, MetricRow } from './types';
import { METRIC_IDS } from './types';

/** Counts and money change as a ratio (+0.12 = +12 %); rates, shares and indices as a difference. */
const RELATIVE = new Set<MetricId>([
  'revenue',
  'active_clients',
  'new_clients',
  'new_client_revenue',
  'retained_clients',
  'new_business_existing',
  'new_active_accounts',
  'clients',
]);

export interface OverviewLine {
  metric: MetricId;
  /** "all", or "product" / "buyingCentre" for new business in existing accounts */
  dimension: string;
  /** how the changes are expressed */
  change: 'relative' | 'difference';
  /** per period of MetricsOverview.periods; null = not available */
  values: (number | null)[];
  /** against the previous period */
  vsPrevious: (number | null)[];
  /** against the same period one year before */
  vsYearAgo: (number | null)[];
}

export interface MetricsOverview {
  periods: string[];
  /** per period: true for the incomplete current period */
  partial: boolean[];
  lines: OverviewLine[];
}

export interface OverviewOptions {
  /** how many of the latest periods to show (default 12) */
  last?: number;
  /** PortfolioMetrics.partialPeriod */
  partialPeriod?: string | null;
}

const PER_YEAR: Record<Granularity, number> = { month: 12, quarter: 4, half: 2, year: 1 };

/** The label `shift` periods away ("2011-01", −1 → "2010-12"); undefined for a foreign label. */
function shiftPeriod(label: string, granularity: Granularity, shift: number): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12]))?$/.exec(label);
  if (!m) return undefined;
  const year = Number(m[1]);
  const perYear = PER_YEAR[granularity];
  const within = m[2] ? Number(m[2]) - 1 : m[3] ? Number(m[3]) - 1 : m[4] ? Number(m[4]) - 1 : 0;
  const index = year * perYear + within;
  return periodLabel(index, granularity) === label ? periodLabel(index + shift, granularity) : undefined;
}

/**
 * For the readable Metrics sheet: each whole-portfolio metric over the last N periods, with its
 * change against the previous period and against the same period a year before. A relative change
 * whose base is ≤ 0 is null (no meaningful ratio); a change against a missing value is null.
 */
export function metricsOverview(
  rows: readonly MetricRow[],
  granularity: Granularity,
  options: OverviewOptions = {},
): MetricsOverview {
  const last = options.last ?? 12;
  const value = new Map<string, number>();
  const allPeriods = new Set<string>();
  const present = new Map<string, { metric: MetricId; dimension: string }>();
  for (const row of rows) {
    const whole =
      row.member === 'all' &&
      (row.dimension === 'all' || (row.metric === 'new_business_existing' && row.dimension !== 'cohort'));
    if (!whole) continue;
    const line = `${row.metric}\u0000${row.dimension}`;
    value.set(`${line}\u0000${row.period}`, row.value);
    allPeriods.add(row.period);
    if (!present.has(line)) present.set(line, { metric: row.metric, dimension: row.dimension });
  }
  // Labels of one granularity sort as text in time order.
  const sortedPeriods = [...allPeriods].sort();
  const periods = sortedPeriods.slice(Math.max(0, sortedPeriods.length - last));

  const order = (m: MetricId): number => METRIC_IDS.indexOf(m);
  const lines: OverviewLine[] = [...present.entries()]
    .sort(([, a], [, b]) => order(a.metric) - order(b.metric) || (a.dimension < b.dimension ? -1 : 1))
    .map(([line, { metric, dimension }]) => {
      const change = RELATIVE.has(metric) ? 'relative' : 'difference';
      const get = (period: string | undefined): number | null => {
        if (period === undefined) return null;
        const v = value.get(`${line}\u0000${period}`);
        return v === undefined ? null : v;
      };
      const delta = (now: number | null, before: number | null): number | null => {
        if (now === null || before === null) return null;
        if (change === 'difference') return now - before;
        return before > 0 ? now / before - 1 : null;
      };
      const values = periods.map((p) => get(p));
      return {
        metric,
        dimension,
        change,
        values,
        vsPrevious: periods.map((p, i) => delta(values[i], get(shiftPeriod(p, granularity, -1)))),
        vsYearAgo: periods.map((p, i) =>
          delta(values[i], get(shiftPeriod(p, granularity, -PER_YEAR[granularity]))),
        ),
      };
    });
  return { periods, partial: periods.map((p) => p === options.partialPeriod), lines };
}
