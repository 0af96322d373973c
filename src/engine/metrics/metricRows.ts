import { type ClientGroups, matchKey } from './clientGroups';
import { CONCENTRATION_FIELDS } from './concentration';
import {
  REVENUE,
  ACTIVE,
  NEW,
  NEW_REVENUE,
  RETAINED,
  S_COUNT,
  S_PREV,
  S_CUR,
  S_MIN,
  A_PREV,
  A_CUR,
  NEW_ACTIVE,
  CLIENTS12,
  APPROACHED,
  CONVERTED,
  FIELDS,
  CONCENTRATION_METRICS,
} from './statFields';
import type { MarketTable, MetricId, MetricNote, MetricRow } from './types';

export interface RowInputs {
  labels: string[];
  groups: ClientGroups;
  stats: Float64Array;
  concentration: Float64Array;
  concentrationAcross: Float64Array;
  newByLine: (Float64Array | null)[];
  hasAbc: boolean;
  approachedKnown: boolean;
  /** new active accounts of period q are written when q ≤ this (q + 1 has ended) */
  newActiveKnownUpTo: number;
  /** index of the period that ends after the as-of date (its rows get `partial`), −1 = none */
  partialIndex: number;
  window12: number;
  market: MarketTable | null;
  notes: MetricNote[];
}

/** The long table's period rows (cohort rows are added by cohortTriangle). */
export function metricRows(x: RowInputs): MetricRow[] {
  const { labels, groups, stats } = x;
  const nP = labels.length;
  const nA = groups.attributes.length;
  const nG = groups.offset[nA];
  const rows: MetricRow[] = [];

  // Market sizes by group; market members that match no value of the attribute are kept apart.
  const marketClients = new Float64Array(nG).fill(NaN);
  const marketRevenue = new Float64Array(nG).fill(NaN);
  const unmatched: { member: string; clients: number; revenue: number }[] = [];
  const ma = groups.marketAttribute;
  if (x.market && ma >= 0) {
    const byKey = new Map<string, number>();
    for (let g = groups.offset[ma]; g < groups.offset[ma + 1] - 1; g++)
      byKey.set(matchKey(groups.member[g]), g);
    const sizeOf = (v: number | undefined, what: string, member: string): number => {
      if (v == null) return NaN;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        x.notes.push({
          code: 'market_value_invalid',
          dimension: groups.attributes[ma],
          member,
          message: `The market ${what} of "${member}" is not a number ≥ 0; its ${what === 'clients' ? 'penetration' : 'market share'} is not computed.`,
        });
        return NaN;
      }
      return v;
    };
    const matched = new Set<number>();
    for (const row of x.market.rows) {
      const member = String(row.member ?? '').trim();
      const clients = sizeOf(row.clients, 'clients', member);
      const revenue = sizeOf(row.revenue, 'revenue', member);
      const g = byKey.get(matchKey(member));
      if (g === undefined) {
        unmatched.push({ member, clients, revenue });
        x.notes.push({
          code: 'market_member_unmatched',
          dimension: groups.attributes[ma],
          member,
          message: `No client has "${member}" as ${groups.attributes[ma]}: its penetration and market share are 0.`,
        });
      } else {
        marketClients[g] = clients;
        marketRevenue[g] = revenue;
        matched.add(g);
      }
    }
    const missing: string[] = [];
    for (let g = groups.offset[ma]; g < groups.offset[ma + 1]; g++)
      if (groups.size[g] > 0 && !matched.has(g)) missing.push(groups.member[g]);
    if (missing.length > 0)
      x.notes.push({
        code: 'market_member_missing',
        metric: 'penetration',
        dimension: groups.attributes[ma],
        message: `The market table has no size for ${missing.map((m) => `"${m}"`).join(', ')}; no penetration or market share for them.`,
      });
  } else if (!x.market) {
    x.notes.push({
      code: 'no_market',
      metric: 'penetration',
      message: 'Penetration and market share need a market table (market size by segment); none was given.',
    });
  }

  const revenue12 = (q: number, g: number): number => {
    let s = 0;
    for (let j = Math.max(0, q - x.window12 + 1); j <= q; j++) s += stats[(j * nG + g) * FIELDS + REVENUE];
    return s;
  };

  for (let q = 0; q < nP; q++) {
    const period = labels[q];
    const partial = q === x.partialIndex;
    const periodRow = (metric: MetricId, dimension: string, member: string, value: number): MetricRow =>
      partial
        ? { period, metric, dimension, member, value, partial }
        : { period, metric, dimension, member, value };
    for (let g = 0; g < nG; g++) {
      if (g > 0 && groups.size[g] === 0) continue;
      const a = groups.attributeOf[g];
      const dimension = g === 0 ? 'all' : groups.attributes[a];
      const member = groups.member[g];
      const push = (metric: MetricId, value: number): void => {
        rows.push(periodRow(metric, dimension, member, value));
      };
      const s = (field: number): number => stats[(q * nG + g) * FIELDS + field];
      const revenue = s(REVENUE);
      push('revenue', revenue / 100);
      push('active_clients', s(ACTIVE));
      push('new_clients', s(NEW));
      push('new_client_revenue', s(NEW_REVENUE) / 100);
      // A partial period is not compared with the previous one (SPEC §6): no rates against it.
      if (q > 0 && partial) push('retained_clients', s(RETAINED));
      else if (q > 0) {
        push('retained_clients', s(RETAINED));
        if (s(S_COUNT) > 0) {
          push('retention_rate', s(RETAINED) / s(S_COUNT));
          push('churn_rate', (s(S_COUNT) - s(RETAINED)) / s(S_COUNT));
        }
        if (s(S_PREV) > 0) {
          push('nrr', s(S_CUR) / s(S_PREV));
          push('grr', s(S_MIN) / s(S_PREV));
        }
        if (x.hasAbc && s(A_PREV) > 0) push('key_account_growth', s(A_CUR) / s(A_PREV) - 1);
      }
      if (g === 0)
        x.newByLine.forEach((v, j) => {
          if (v)
            rows.push(
              periodRow('new_business_existing', j === 0 ? 'product' : 'buyingCentre', 'all', v[q] / 100),
            );
        });
      if (revenue > 0) push('new_revenue_share', s(NEW_REVENUE) / revenue);
      if (x.approachedKnown && s(APPROACHED) > 0) push('acquisition_rate', s(CONVERTED) / s(APPROACHED));
      if (q <= x.newActiveKnownUpTo) push('new_active_accounts', s(NEW_ACTIVE));
      push('clients', s(CLIENTS12));
      if (a === ma && a >= 0) {
        if (marketClients[g] > 0) push('penetration', s(CLIENTS12) / marketClients[g]);
        if (marketRevenue[g] > 0) push('market_share', revenue12(q, g) / 100 / marketRevenue[g]);
      }
      const at = (q * nG + g) * CONCENTRATION_FIELDS;
      if (!Number.isNaN(x.concentration[at]))
        CONCENTRATION_METRICS.forEach((metric, j) => push(metric, x.concentration[at + j]));
    }
    for (let a = 0; a < nA; a++) {
      const at = (q * nA + a) * CONCENTRATION_FIELDS;
      if (Number.isNaN(x.concentrationAcross[at])) continue;
      CONCENTRATION_METRICS.forEach((metric, j) =>
        rows.push(periodRow(metric, groups.attributes[a], 'all', x.concentrationAcross[at + j])),
      );
    }
    for (const m of unmatched) {
      const dimension = groups.attributes[ma];
      if (m.clients > 0) rows.push(periodRow('penetration', dimension, m.member, 0));
      if (m.revenue > 0) rows.push(periodRow('market_share', dimension, m.member, 0));
    }
  }
  return rows;
}
