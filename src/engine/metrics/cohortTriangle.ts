import type { Granularity } from '../dates';
import { FIELDS, NEW } from './statFields';
import type { CohortTriangle, MetricRow } from './types';

/**
 * The cohort triangle, and its rows appended to `rows` ("cohort", cohort period); the rows of the
 * period `partialIndex` (−1 = none) carry `partial`.
 */
export function cohortTriangle(
  granularity: Granularity,
  labels: string[],
  stats: Float64Array,
  nG: number,
  active: Int32Array,
  revenue: Float64Array,
  rows: MetricRow[],
  partialIndex = -1,
): CohortTriangle {
  const nP = labels.length;
  const size = new Int32Array(nP);
  const triangle: CohortTriangle = { granularity, labels, size, active: [], share: [], revenue: [] };
  for (let c = 0; c < nP; c++) {
    size[c] = stats[c * nG * FIELDS + NEW];
    const act = active.slice(c * nP, c * nP + nP - c);
    const share = new Float64Array(nP - c);
    const money = new Float64Array(nP - c);
    for (let k = 0; k < nP - c; k++) {
      share[k] = size[c] > 0 ? act[k] / size[c] : NaN;
      money[k] = revenue[c * nP + k] / 100;
    }
    triangle.active.push(act);
    triangle.share.push(share);
    triangle.revenue.push(money);
    if (size[c] === 0) continue;
    for (let k = 0; k < nP - c; k++) {
      const period = labels[c + k];
      const flag = c + k === partialIndex ? { partial: true as const } : {};
      rows.push({
        period,
        metric: 'cohort_active_share',
        dimension: 'cohort',
        member: labels[c],
        value: share[k],
        ...flag,
      });
      rows.push({
        period,
        metric: 'cohort_revenue',
        dimension: 'cohort',
        member: labels[c],
        value: money[k],
        ...flag,
      });
    }
  }
  return triangle;
}
