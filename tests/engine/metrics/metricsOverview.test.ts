import { metricsOverview } from '../../../src/engine/metrics/metricsOverview';
import type { MetricId, MetricRow } from '../../../src/engine/metrics/types';

const row = (
  period: string,
  metric: MetricId,
  value: number,
  dimension = 'all',
  member = 'all',
): MetricRow => ({
  period,
  metric,
  dimension,
  member,
  value,
});

describe('metricsOverview', () => {
  const rows: MetricRow[] = [
    row('2023-03', 'revenue', 100),
    row('2023-03', 'retention_rate', 0.4),
    row('2024-01', 'revenue', 0),
    row('2024-02', 'revenue', 80),
    row('2024-02', 'retention_rate', 0.5),
    row('2024-03', 'revenue', 120),
    row('2024-03', 'retention_rate', 0.6),
    row('2024-03', 'new_business_existing', 7, 'product'),
    // not whole-portfolio: ignored
    row('2024-03', 'revenue', 99, 'Zona', 'Norte'),
    row('2024-03', 'top1_share', 0.9, 'Zona', 'all'),
    row('2024-03', 'cohort_revenue', 5, 'cohort', '2024-01'),
  ];
  const o = metricsOverview(rows, 'month', { last: 2, partialPeriod: '2024-03' });
  const line = (metric: MetricId) => o.lines.find((l) => l.metric === metric)!;

  test('the last N periods, the partial one flagged', () => {
    expect(o.periods).toEqual(['2024-02', '2024-03']);
    expect(o.partial).toEqual([false, true]);
  });

  test('whole-portfolio metrics only, in the table order', () => {
    expect(o.lines.map((l) => `${l.metric}/${l.dimension}`)).toEqual([
      'revenue/all',
      'retention_rate/all',
      'new_business_existing/product',
    ]);
  });

  test('money and counts change as a ratio; a base of 0 gives no ratio', () => {
    const r = line('revenue');
    expect(r.change).toBe('relative');
    expect(r.values).toEqual([80, 120]);
    expect(r.vsPrevious).toEqual([null, 0.5]); // January's 0 is no base
    expect(r.vsYearAgo[1]).toBeCloseTo(0.2, 12); // 120 against 100 in 2023-03
    expect(r.vsYearAgo[0]).toBeNull(); // no 2023-02
  });

  test('rates change as a difference (percentage points as a fraction)', () => {
    const r = line('retention_rate');
    expect(r.change).toBe('difference');
    expect(r.vsPrevious[1]).toBeCloseTo(0.1, 12);
    expect(r.vsYearAgo[1]).toBeCloseTo(0.2, 12);
    expect(r.vsPrevious[0]).toBeNull(); // no January value
  });

  test('quarters: the previous quarter across a year boundary, the same quarter a year before', () => {
    const q = metricsOverview(
      [
        row('2022-Q4', 'active_clients', 10),
        row('2023-Q1', 'active_clients', 12),
        row('2022-Q1', 'active_clients', 6),
      ],
      'quarter',
    );
    expect(q.periods).toEqual(['2022-Q1', '2022-Q4', '2023-Q1']);
    const l = q.lines[0];
    expect(l.vsPrevious.slice(0, 2)).toEqual([null, null]); // 2022-Q1 has no Q4 of 2021; 2022-Q3 is missing
    expect(l.vsPrevious[2]).toBeCloseTo(0.2, 12);
    expect(l.vsYearAgo).toEqual([null, null, 1]);
    expect(q.partial).toEqual([false, false, false]);
  });
});
