import { type Granularity, isoDate, periodEnd, periodIndex, periodLabel, periodStart } from '../dates';
import { toCents } from '../money';
import type { Occasions } from '../purchaseOccasions';
import { CarteraError, type ClientsData, type SalesData } from '../types';
import { type ClientGroups, clientGroups, matchKey } from './clientGroups';
import { CONCENTRATION_FIELDS, concentrationOfSorted } from './concentration';
import { lorenzCurve } from './lorenzCurve';
import { newBusinessRows } from './newBusinessRows';
import type { CohortTriangle, MarketTable, MetricId, MetricNote, MetricRow, PortfolioMetrics } from './types';

export interface MetricsInput {
  sales: SalesData;
  clients: ClientsData;
  /** purchaseOccasions(sales, clients.ids.length, asOf); occasions after asOf are ignored */
  occasions: Occasions;
  /** current ABC class per client (index in ABC_CLASSES, NO_CODE = none); for key-account growth */
  abcClass?: Uint8Array | null;
  market?: MarketTable | null;
}

export interface MetricsOptions {
  /** as-of day (Excel serial): sales after it are ignored, its period is the last one */
  asOf: number;
  granularity: Granularity;
  /** client attribute keys for the mix and concentration; default: the recognised roles present */
  attributes?: string[];
}

const MONTHS_PER: Record<Granularity, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const ABC_A = 0;

// Per period × group accumulators: stats[(q * groups + g) * FIELDS + field]. Money is in cents.
const REVENUE = 0,
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
  FIELDS = 14;

const CONCENTRATION_METRICS: MetricId[] = ['top1_share', 'top5_share', 'top10_share', 'top20pct_share', 'hhi', 'gini'];

/**
 * Portfolio metrics by period (SPEC §6) as one long table, plus the cohort triangle and the Lorenz
 * curve of the last 12 months. One pass over the sales and the purchases in period order, keeping
 * only per-client state for the current and the previous period: O(rows + occasions) time and
 * O(clients) memory, whatever the number of periods.
 */
export function portfolioMetrics(input: MetricsInput, options: MetricsOptions): PortfolioMetrics {
  const { sales, clients, occasions } = input;
  const granularity = options.granularity;
  const asOf = Math.floor(options.asOf);
  const notes: MetricNote[] = [];
  const nC = clients.ids.length;
  const nRows = sales.length;
  const { client: rowClient, day: rowDay, amount } = sales;
  const abc = input.abcClass ?? null;
  if (!Number.isFinite(asOf)) throw new CarteraError('bad_as_of', 'The as-of date is not a date.');
  if (abc && abc.length !== nC)
    throw new CarteraError('bad_input', `ABC classes are given for ${abc.length} clients, expected ${nC}.`);

  let minDay = Infinity;
  for (let i = 0; i < nRows; i++) if (rowDay[i] <= asOf && rowDay[i] < minDay) minDay = rowDay[i];
  for (let o = 0; o < occasions.length; o++)
    if (occasions.day[o] <= asOf && occasions.day[o] < minDay) minDay = occasions.day[o];
  if (minDay === Infinity) {
    notes.push({ code: 'no_data', message: `There are no sales on or before ${isoDate(asOf)}.` });
    return {
      granularity,
      periods: [],
      partialPeriod: null,
      rows: [],
      cohorts: { granularity, labels: [], size: new Int32Array(0), active: [], share: [], revenue: [] },
      lorenz: lorenzCurve(sales, nC, asOf),
      notes,
    };
  }

  // Periods q = 0 … nP − 1 are pFirst … pLast; day → q by table lookup.
  const pFirst = periodIndex(minDay, granularity);
  const pLast = periodIndex(asOf, granularity);
  const nP = pLast - pFirst + 1;
  const labels = Array.from({ length: nP }, (_, q) => periodLabel(pFirst + q, granularity));
  const dayPeriod = new Int32Array(asOf - minDay + 1);
  for (let q = 0; q < nP; q++) {
    const lo = Math.max(periodStart(pFirst + q, granularity), minDay);
    const hi = Math.min(periodEnd(pFirst + q, granularity), asOf);
    dayPeriod.fill(q, lo - minDay, hi - minDay + 1);
  }

  // Sales rows and purchases counting-sorted by period, moving the data itself (client, amount,
  // lines) rather than indexes, so that every later pass reads memory in order.
  const rowStart = new Int32Array(nP + 1);
  for (let i = 0; i < nRows; i++) if (rowDay[i] <= asOf) rowStart[dayPeriod[rowDay[i] - minDay] + 1]++;
  for (let q = 0; q < nP; q++) rowStart[q + 1] += rowStart[q];
  const used = rowStart[nP];
  const lines = [sales.product, sales.buyingCentre];
  const byPeriodClient = new Int32Array(used);
  const byPeriodAmount = new Float64Array(used);
  const byPeriodLine = lines.map((line) => (line ? new Int32Array(used) : null));
  {
    const fill = rowStart.slice(0, nP);
    const [line0, line1] = lines.map((line) => (line ? line.codes : null));
    const [out0, out1] = byPeriodLine;
    for (let i = 0; i < nRows; i++) {
      if (rowDay[i] > asOf) continue;
      const k = fill[dayPeriod[rowDay[i] - minDay]]++;
      byPeriodClient[k] = rowClient[i];
      byPeriodAmount[k] = amount[i];
      if (line0 && out0) out0[k] = line0[i];
      if (line1 && out1) out1[k] = line1[i];
    }
  }

  const firstBuy = new Int32Array(nC).fill(-1);
  const occStart = new Int32Array(nP + 1);
  for (let o = 0; o < occasions.length; o++) {
    if (!occasions.purchase[o] || occasions.day[o] > asOf) continue;
    const q = dayPeriod[occasions.day[o] - minDay];
    occStart[q + 1]++;
    const c = occasions.client[o];
    if (firstBuy[c] < 0 || q < firstBuy[c]) firstBuy[c] = q;
  }
  for (let q = 0; q < nP; q++) occStart[q + 1] += occStart[q];
  const buyerByPeriod = new Int32Array(occStart[nP]);
  {
    const fill = occStart.slice(0, nP);
    for (let o = 0; o < occasions.length; o++)
      if (occasions.purchase[o] && occasions.day[o] <= asOf)
        buyerByPeriod[fill[dayPeriod[occasions.day[o] - minDay]]++] = occasions.client[o];
  }

  const groups = clientGroups(clients, options.attributes, input.market ?? undefined, notes);
  const nA = groups.attributes.length;
  const nG = groups.offset[nA];
  const groupOf = groups.groupOf;
  const stats = new Float64Array(nP * nG * FIELDS);
  const add = (c: number, q: number, field: number, value: number): void => {
    const base = q * nG;
    stats[base * FIELDS + field] += value;
    for (let a = 0; a < nA; a++) stats[(base + groupOf[c * nA + a]) * FIELDS + field] += value;
  };

  // Prospects approached per period (acquisition rate).
  const firstContactKey = clients.roles.firstContact;
  const firstContact = firstContactKey === undefined ? undefined : clients.attributes[firstContactKey];
  const approachedKnown = firstContact !== undefined && firstContact.kind === 'date';
  if (firstContact === undefined)
    notes.push({
      code: 'no_first_contact',
      metric: 'acquisition_rate',
      message:
        'Acquisition rate needs a first-contact (prospect approached) date in the client list; there is none, so it is not computed.',
    });
  else if (firstContact.kind !== 'date')
    notes.push({
      code: 'first_contact_not_date',
      metric: 'acquisition_rate',
      dimension: firstContactKey,
      message: `The first-contact column "${firstContactKey}" does not hold dates; acquisition rate is not computed.`,
    });
  else {
    const from = periodStart(pFirst, granularity);
    for (let c = 0; c < nC; c++) {
      const v = Math.floor(firstContact.values[c]);
      if (!(v >= from && v <= asOf)) continue;
      add(c, v >= minDay ? dayPeriod[v - minDay] : 0, APPROACHED, 1);
    }
  }
  if (!abc)
    notes.push({
      code: 'no_abc',
      metric: 'key_account_growth',
      message: 'Key-account growth needs the ABC classes; they were not given, so it is not computed.',
    });

  // New business in existing accounts: bit 1 = new product line, bit 2 = new buying centre.
  const newFlags = lines[0] || lines[1] ? new Uint8Array(used) : null;
  lines.forEach((line, j) => {
    const codes = byPeriodLine[j];
    if (line && codes && newFlags)
      newBusinessRows(codes, line.labels.length, byPeriodClient, rowStart, firstBuy, nC, newFlags, 1 << j);
    else
      notes.push({
        code: j === 0 ? 'no_product' : 'no_buying_centre',
        metric: 'new_business_existing',
        message: `New business in existing accounts by ${j === 0 ? 'product line' : 'buying centre'} needs a ${j === 0 ? 'product' : 'buying centre'} column in the sales; there is none.`,
      });
  });
  const newByLine = [new Float64Array(nP), new Float64Array(nP)];

  // Per-client state, ping-pong between the current and the previous period (guarded by stamps).
  const rev = [new Float64Array(nC), new Float64Array(nC)];
  const stamp = [new Int32Array(nC).fill(-1), new Int32Array(nC).fill(-1)];
  const newLine = newFlags ? [new Float64Array(nC), new Float64Array(nC)] : null;
  const lastBuy = new Int32Array(nC).fill(-1);
  const touched = new Int32Array(nC);
  let buyers = new Int32Array(nC);
  let previousBuyers = new Int32Array(nC);
  let previousCount = 0;
  // hist[g * nP + q]: clients of group g whose last purchase so far is in q (for the 12-month base)
  const hist = new Int32Array(nG * nP);
  const window12 = 12 / MONTHS_PER[granularity];
  const cohortActive = new Int32Array(nP * nP);
  const cohortRevenue = new Float64Array(nP * nP);
  const concentration = new Float64Array(nP * nG * CONCENTRATION_FIELDS).fill(NaN);
  const concentrationAcross = new Float64Array(nP * nA * CONCENTRATION_FIELDS).fill(NaN);
  const positive = new Float64Array(nC);
  const positiveClient = new Int32Array(nC);
  const sorted = new Float64Array(nC);
  const bucketCount = new Int32Array(nG + 1);
  const memberRevenue = new Float64Array(nG);

  for (let q = 0; q < nP; q++) {
    const slot = q & 1;
    const cur = rev[slot], curStamp = stamp[slot], prev = rev[slot ^ 1], prevStamp = stamp[slot ^ 1];

    let nTouched = 0;
    for (let k = rowStart[q]; k < rowStart[q + 1]; k++) {
      const c = byPeriodClient[k];
      if (curStamp[c] !== q) {
        curStamp[c] = q;
        cur[c] = 0;
        if (newLine) newLine[0][c] = newLine[1][c] = 0;
        touched[nTouched++] = c;
      }
      cur[c] += byPeriodAmount[k];
      if (newLine && newFlags && newFlags[k]) {
        if (newFlags[k] & 1) newLine[0][c] += byPeriodAmount[k];
        if (newFlags[k] & 2) newLine[1][c] += byPeriodAmount[k];
      }
    }
    let nPositive = 0;
    for (let t = 0; t < nTouched; t++) {
      const c = touched[t];
      const cents = toCents(cur[c]);
      cur[c] = cents;
      add(c, q, REVENUE, cents);
      if (cents > 0) {
        positive[nPositive] = cents;
        positiveClient[nPositive++] = c;
      }
      const fb = firstBuy[c];
      if (fb === q) add(c, q, NEW_REVENUE, cents);
      if (fb >= 0 && fb <= q) cohortRevenue[fb * nP + q - fb] += cents;
      if (newLine) {
        newByLine[0][q] += toCents(newLine[0][c]);
        newByLine[1][q] += toCents(newLine[1][c]);
      }
    }

    let nBuyers = 0;
    for (let k = occStart[q]; k < occStart[q + 1]; k++) {
      const c = buyerByPeriod[k];
      if (lastBuy[c] === q) continue;
      const before = lastBuy[c];
      lastBuy[c] = q;
      buyers[nBuyers++] = c;
      if (before >= 0) hist[before]--;
      hist[q]++;
      for (let a = 0; a < nA; a++) {
        const g = groupOf[c * nA + a];
        if (before >= 0) hist[g * nP + before]--;
        hist[g * nP + q]++;
      }
    }
    for (let e = 0; e < nBuyers; e++) {
      const c = buyers[e];
      const fb = firstBuy[c];
      add(c, q, ACTIVE, 1);
      if (fb === q) add(c, q, NEW, 1);
      else if (fb === q - 1) add(c, q - 1, NEW_ACTIVE, 1);
      cohortActive[fb * nP + q - fb]++;
    }

    // S = buyers of q − 1: retention, NRR, GRR, key accounts.
    for (let s = 0; s < previousCount; s++) {
      const c = previousBuyers[s];
      const before = prevStamp[c] === q - 1 ? prev[c] : 0;
      const now = curStamp[c] === q ? cur[c] : 0;
      add(c, q, S_COUNT, 1);
      if (lastBuy[c] === q) add(c, q, RETAINED, 1);
      add(c, q, S_PREV, before);
      add(c, q, S_CUR, now);
      add(c, q, S_MIN, Math.min(before, now));
      if (abc && abc[c] === ABC_A) {
        add(c, q, A_PREV, before);
        add(c, q, A_CUR, now);
      }
    }

    for (let g = 0; g < nG; g++) {
      let base = 0;
      for (let j = Math.max(0, q - window12 + 1); j <= q; j++) base += hist[g * nP + j];
      stats[(q * nG + g) * FIELDS + CLIENTS12] = base;
    }

    // Concentration: the whole portfolio, the clients within each member, and across members.
    if (nPositive > 0) {
      const all = sorted.subarray(0, nPositive);
      all.set(positive.subarray(0, nPositive));
      all.sort();
      concentrationOfSorted(all, concentration, q * nG * CONCENTRATION_FIELDS);
    }
    for (let a = 0; a < nA; a++) {
      const lo = groups.offset[a], hi = groups.offset[a + 1];
      bucketCount.fill(0, 0, hi - lo + 1);
      for (let t = 0; t < nPositive; t++) bucketCount[groupOf[positiveClient[t] * nA + a] - lo + 1]++;
      for (let j = 0; j < hi - lo; j++) bucketCount[j + 1] += bucketCount[j];
      for (let t = 0; t < nPositive; t++) sorted[bucketCount[groupOf[positiveClient[t] * nA + a] - lo]++] = positive[t];
      let from = 0;
      for (let j = 0; j < hi - lo; j++) {
        const to = bucketCount[j];
        if (to > from) {
          const members = sorted.subarray(from, to).sort();
          concentrationOfSorted(members, concentration, (q * nG + lo + j) * CONCENTRATION_FIELDS);
        }
        from = to;
      }
      let nMembers = 0;
      for (let g = lo; g < hi; g++) {
        const v = stats[(q * nG + g) * FIELDS + REVENUE];
        if (v > 0) memberRevenue[nMembers++] = v;
      }
      if (nMembers > 0)
        concentrationOfSorted(
          memberRevenue.subarray(0, nMembers).sort(),
          concentrationAcross,
          (q * nA + a) * CONCENTRATION_FIELDS,
        );
    }

    [previousBuyers, buyers] = [buyers, previousBuyers];
    previousCount = nBuyers;
  }

  const partial = asOf < periodEnd(pLast, granularity);
  const rows = writeRows({
    labels,
    groups,
    stats,
    concentration,
    concentrationAcross,
    newByLine: newFlags ? newByLine.map((v, j) => (lines[j] ? v : null)) : [null, null],
    hasAbc: abc !== null,
    approachedKnown,
    newActiveKnownUpTo: lastEndedPeriod(pFirst, nP, asOf, granularity) - 2,
    window12,
    market: input.market ?? null,
    notes,
  });
  const cohorts = cohortTriangle(granularity, labels, stats, nG, cohortActive, cohortRevenue, rows);

  notes.push({
    code: 'first_period',
    period: labels[0],
    message: `${labels[0]} is the first period with sales: it has no previous period, so retention, churn, NRR and GRR start with the next one, and every buyer in it counts as new.`,
  });
  const pendingFrom = Math.max(0, lastEndedPeriod(pFirst, nP, asOf, granularity) - 1);
  if (pendingFrom < nP)
    notes.push({
      code: 'new_active_pending',
      metric: 'new_active_accounts',
      period: labels[pendingFrom],
      message: `New active accounts from ${labels[pendingFrom]} on are known once the following period has ended.`,
    });
  if (partial)
    notes.push({
      code: 'partial_period',
      period: labels[nP - 1],
      message: `${labels[nP - 1]} is incomplete: it runs only to the as-of date ${isoDate(asOf)}; compare it with full periods with care.`,
    });

  return {
    granularity,
    periods: labels,
    partialPeriod: partial ? labels[nP - 1] : null,
    rows,
    cohorts,
    lorenz: lorenzCurve(sales, nC, asOf),
    notes,
  };
}

/** Number of leading periods (q < result) that ended on or before asOf. */
function lastEndedPeriod(pFirst: number, nP: number, asOf: number, granularity: Granularity): number {
  let q = nP;
  while (q > 0 && periodEnd(pFirst + q - 1, granularity) > asOf) q--;
  return q;
}

interface RowInputs {
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
  window12: number;
  market: MarketTable | null;
  notes: MetricNote[];
}

function writeRows(x: RowInputs): MetricRow[] {
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
    for (let g = groups.offset[ma]; g < groups.offset[ma + 1] - 1; g++) byKey.set(matchKey(groups.member[g]), g);
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
    for (let g = 0; g < nG; g++) {
      if (g > 0 && groups.size[g] === 0) continue;
      const a = groups.attributeOf[g];
      const dimension = g === 0 ? 'all' : groups.attributes[a];
      const member = groups.member[g];
      const push = (metric: MetricId, value: number): void => {
        rows.push({ period, metric, dimension, member, value });
      };
      const s = (field: number): number => stats[(q * nG + g) * FIELDS + field];
      const revenue = s(REVENUE);
      push('revenue', revenue / 100);
      push('active_clients', s(ACTIVE));
      push('new_clients', s(NEW));
      push('new_client_revenue', s(NEW_REVENUE) / 100);
      if (q > 0) {
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
            rows.push({
              period,
              metric: 'new_business_existing',
              dimension: j === 0 ? 'product' : 'buyingCentre',
              member: 'all',
              value: v[q] / 100,
            });
        });
      if (revenue > 0) push('new_revenue_share', s(NEW_REVENUE) / revenue);
      if (x.approachedKnown && s(APPROACHED) > 0) push('acquisition_rate', s(NEW) / s(APPROACHED));
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
        rows.push({ period, metric, dimension: groups.attributes[a], member: 'all', value: x.concentrationAcross[at + j] }),
      );
    }
    for (const m of unmatched) {
      const dimension = groups.attributes[ma];
      if (m.clients > 0) rows.push({ period, metric: 'penetration', dimension, member: m.member, value: 0 });
      if (m.revenue > 0) rows.push({ period, metric: 'market_share', dimension, member: m.member, value: 0 });
    }
  }
  return rows;
}

/** The cohort triangle, and its rows appended to `rows` ("cohort", cohort period). */
function cohortTriangle(
  granularity: Granularity,
  labels: string[],
  stats: Float64Array,
  nG: number,
  active: Int32Array,
  revenue: Float64Array,
  rows: MetricRow[],
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
      rows.push({ period: labels[c + k], metric: 'cohort_active_share', dimension: 'cohort', member: labels[c], value: share[k] });
      rows.push({ period: labels[c + k], metric: 'cohort_revenue', dimension: 'cohort', member: labels[c], value: money[k] });
    }
  }
  return triangle;
}
