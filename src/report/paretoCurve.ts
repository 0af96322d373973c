import type { PortfolioAnalysis } from '../engine/classify';
import type { Cell } from '../engine/types';
import { money, type ReportContext } from './reportContext';

/** At most this many points on the Pareto chart: beyond it, ranked clients are grouped by rank. */
export const PARETO_POINTS = 50;

/**
 * Rows of the Pareto chart's data: [label, value, cumulative share, A mark, B mark]. With up to
 * PARETO_POINTS ranked clients, one row per client (label = client id); with more, PARETO_POINTS
 * groups of consecutive ranks of (nearly) equal size, each summing its clients' value, the
 * cumulative share taken at the group's last client. A chart of 100,000 columns is unreadable
 * and heavy; the full ranking is in the Pareto table.
 */
export function paretoCurve(analysis: PortfolioAnalysis, ctx: ReportContext): Cell[][] {
  const { order, cumShare, totalCents } = analysis.abc;
  const value = analysis.abc.valueCents;
  const n = order.length;
  const a = analysis.options.abcA;
  const b = analysis.options.abcB;
  const rows: Cell[][] = [];
  if (n === 0 || totalCents <= 0) return rows;
  const groups = Math.min(n, PARETO_POINTS);
  for (let g = 0; g < groups; g++) {
    const from = Math.floor((g * n) / groups);
    const to = Math.floor(((g + 1) * n) / groups);
    let sum = 0;
    for (let k = from; k < to; k++) sum += value[order[k]];
    const label = n <= PARETO_POINTS ? analysis.ids[order[from]] : ctx.text('group.rank', { from: from + 1, to });
    rows.push([label, money(sum), cumShare[order[to - 1]], a, b]);
  }
  return rows;
}
