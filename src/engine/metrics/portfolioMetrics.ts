import {
  type Granularity,
  isoDate,
  periodEnd,
  periodIndex,
  periodLabel,
  periodStart,
  trailingWindowStart,
} from '../dates';
import * as money from '../money';
import type { Occasions } from '../purchaseOccasions';
import { engineError } from '../engineError';
import type { CarteraError, ClientsData, SalesData } from '../types';
import { type ClientGroups, clientGroups } from './clientGroups';
import { cohortTriangle } from './cohortTriangle';
import { metricRows } from './metricRows';
import * as statFields from './statFields';
import * as concentrationModule from './concentration';
import { lorenzCurve, lorenzOfRows } from './lorenzCurve';
import { newBusinessRows } from './newBusinessRows';
import type { LorenzCurve, MarketTable, MetricNote, PortfolioMetrics } from './types';

// Module-local copies: hot loops then read constants, not imported bindings (which some
// module formats turn into getter calls).
const {
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
} = statFields;
const { toCents } = money;
const { CONCENTRATION_FIELDS, concentrationOfSorted } = concentrationModule;

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

/**
 * Periods one run may span (200 years of months): tables grow with the periods (the cohort triangle
 * with their square), so a span set by a far date is refused before anything is allocated.
 */
export const MAX_PERIODS = 2400;

function tooManyPeriods(nP: number, minDay: number, asOf: number, granularity: Granularity): CarteraError {
  return engineError(
    'too_many_periods',
    { periods: nP, max: MAX_PERIODS, firstDay: minDay, asOfDay: asOf, granularity },
    `From the first sale (${isoDate(minDay)}) to the as-of date (${isoDate(asOf)}) there are ${nP} periods of one ${granularity}; ` +
      `at most ${MAX_PERIODS} can be analysed: choose a later first date, an earlier as-of date or a longer period.`,
  );
}
const ABC_A = 0;

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
  const abc = input.abcClass ?? null;
  if (!Number.isFinite(asOf)) throw engineError('bad_as_of', {}, 'The as-of date is not a date.');
  if (abc && abc.length !== nC)
    throw engineError('bad_input', {}, `ABC classes are given for ${abc.length} clients, expected ${nC}.`);

  const timeline = periodize(sales, occasions, nC, asOf, granularity);
  if (!timeline) {
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
  const { labels, nP, pFirst } = timeline;
  const pLast = pFirst + nP - 1;

  const groups = clientGroups(clients, options.attributes, input.market ?? undefined, notes);
  const nG = groups.offset[groups.attributes.length];
  const stats = new Float64Array(nP * nG * FIELDS);
  const approachedKnown = countApproached(clients, timeline, asOf, granularity, groups, stats, notes);
  if (!abc)
    notes.push({
      code: 'no_abc',
      metric: 'key_account_growth',
      message: 'Key-account growth needs the ABC classes; they were not given, so it is not computed.',
    });

  // New business in existing accounts: bit 1 = new product line, bit 2 = new buying centre.
  const lines = [sales.product, sales.buyingCentre];
  const newFlags = lines[0] || lines[1] ? new Uint8Array(timeline.client.length) : null;
  for (let j = 0; j < 2; j++) {
    const line = lines[j];
    const codes = timeline.line[j];
    if (line && codes && newFlags)
      newBusinessRows(
        codes,
        line.labels.length,
        timeline.client,
        timeline.rowStart,
        timeline.firstBuy,
        nC,
        newFlags,
        1 << j,
      );
    else
      notes.push({
        code: j === 0 ? 'no_product' : 'no_buying_centre',
        metric: 'new_business_existing',
        message: `New business in existing accounts by ${j === 0 ? 'product line' : 'buying centre'} needs a ${j === 0 ? 'product' : 'buying centre'} column in the sales; there is none.`,
      });
  }

  const window12 = 12 / MONTHS_PER[granularity];
  const acc = accumulate(timeline, nC, groups, abc, newFlags, stats, window12);

  const ended = endedPeriods(pFirst, nP, asOf, granularity);
  const partial = asOf < periodEnd(pLast, granularity);
  const rows = metricRows({
    labels,
    groups,
    stats,
    concentration: acc.concentration,
    concentrationAcross: acc.concentrationAcross,
    newByLine: acc.newByLine.map((v, j) => (lines[j] ? v : null)),
    hasAbc: abc !== null,
    approachedKnown,
    newActiveKnownUpTo: ended - 2,
    partialIndex: partial ? nP - 1 : -1,
    window12,
    market: input.market ?? null,
    notes,
  });
  const cohorts = cohortTriangle(
    granularity,
    labels,
    stats,
    nG,
    acc.cohortActive,
    acc.cohortRevenue,
    rows,
    partial ? nP - 1 : -1,
  );

  notes.push({
    code: 'first_period',
    period: labels[0],
    message: `${labels[0]} is the first period with sales: it has no previous period, so retention, churn, NRR and GRR start with the next one, and every buyer in it counts as new.`,
  });
  const pendingFrom = Math.max(0, ended - 1);
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
      message: `${labels[nP - 1]} is incomplete: it runs only to the as-of date ${isoDate(asOf)}. Its rows are marked partial; retention, churn, NRR, GRR and key-account growth are not computed for it.`,
    });

  return {
    granularity,
    periods: labels,
    partialPeriod: partial ? labels[nP - 1] : null,
    rows,
    cohorts,
    lorenz: lastYearLorenz(timeline, nC, asOf),
    notes,
  };
}

/** The Lorenz curve of the trailing 12 months, reading only the periods that overlap them. */
function lastYearLorenz(t: Timeline, nC: number, asOf: number): LorenzCurve {
  const from = trailingWindowStart(asOf, 12);
  const q = from <= t.minDay ? 0 : t.dayPeriod[from - t.minDay];
  return lorenzOfRows(t.client, t.day, t.amount, t.rowStart[q], t.rowStart[t.nP], nC, asOf, 12);
}

/** The sales and purchases up to asOf, laid out by period q = 0 … nP − 1 (pFirst … pLast). */
interface Timeline {
  pFirst: number;
  nP: number;
  labels: string[];
  /** rows rowStart[q] … rowStart[q + 1] − 1 are period q (stable: sheet order within a period) */
  rowStart: Int32Array;
  client: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  /** product and buying-centre codes of the rows, when those columns exist */
  line: (Int32Array | null)[];
  /** each client's first purchase period, −1 = none */
  firstBuy: Int32Array;
  /** buyer[buyStart[q] … buyStart[q + 1] − 1]: the client of each purchase in period q */
  buyStart: Int32Array;
  buyer: Int32Array;
  /** day → q for days minDay … asOf */
  minDay: number;
  dayPeriod: Int32Array;
}

/**
 * Counting sorts by period that move the data itself (client, amount, lines) rather than indexes,
 * so that every later pass reads memory in order. Null when nothing is dated on or before asOf.
 */
function periodize(
  sales: SalesData,
  occasions: Occasions,
  nC: number,
  asOf: number,
  granularity: Granularity,
): Timeline | null {
  const { client: rowClient, day: rowDay, amount } = sales;
  const nRows = sales.length;
  let minDay = Infinity;
  for (let i = 0; i < nRows; i++) if (rowDay[i] <= asOf && rowDay[i] < minDay) minDay = rowDay[i];
  for (let o = 0; o < occasions.length; o++)
    if (occasions.day[o] <= asOf && occasions.day[o] < minDay) minDay = occasions.day[o];
  if (minDay === Infinity) return null;

  const pFirst = periodIndex(minDay, granularity);
  const nP = periodIndex(asOf, granularity) - pFirst + 1;
  if (nP > MAX_PERIODS) throw tooManyPeriods(nP, minDay, asOf, granularity);
  const labels: string[] = [];
  const dayPeriod = new Int32Array(asOf - minDay + 1);
  for (let q = 0; q < nP; q++) {
    labels.push(periodLabel(pFirst + q, granularity));
    const lo = Math.max(periodStart(pFirst + q, granularity), minDay);
    const hi = Math.min(periodEnd(pFirst + q, granularity), asOf);
    dayPeriod.fill(q, lo - minDay, hi - minDay + 1);
  }

  const rowStart = new Int32Array(nP + 1);
  // Sales logs usually come by date: then the rows up to asOf already are in period order.
  let inOrder = true;
  let lastQ = 0;
  let afterAsOf = false;
  for (let i = 0; i < nRows; i++) {
    if (rowDay[i] > asOf) {
      afterAsOf = true;
      continue;
    }
    if (!(rowClient[i] >= 0 && rowClient[i] < nC))
      throw engineError(
        'bad_input',
        { row: sales.row[i] },
        `Sales row ${sales.row[i]} refers to client index ${rowClient[i]}, outside the ${nC} clients.`,
      );
    const q = dayPeriod[rowDay[i] - minDay];
    if (q < lastQ || afterAsOf) inOrder = false;
    lastQ = q;
    rowStart[q + 1]++;
  }
  for (let q = 0; q < nP; q++) rowStart[q + 1] += rowStart[q];
  const used = rowStart[nP];
  const line0 = sales.product ? sales.product.codes : null;
  const line1 = sales.buyingCentre ? sales.buyingCentre.codes : null;
  let client: Int32Array, dayByPeriod: Int32Array, amountByPeriod: Float64Array;
  let out0: Int32Array | null, out1: Int32Array | null;
  if (inOrder) {
    // Views of the sales themselves (read only from here on): no copy.
    client = rowClient.subarray(0, used);
    dayByPeriod = rowDay.subarray(0, used);
    amountByPeriod = amount.subarray(0, used);
    out0 = line0 ? line0.subarray(0, used) : null;
    out1 = line1 ? line1.subarray(0, used) : null;
  } else {
    client = new Int32Array(used);
    dayByPeriod = new Int32Array(used);
    amountByPeriod = new Float64Array(used);
    out0 = line0 ? new Int32Array(used) : null;
    out1 = line1 ? new Int32Array(used) : null;
    const fill = rowStart.slice(0, nP);
    for (let i = 0; i < nRows; i++) {
      if (rowDay[i] > asOf) continue;
      const k = fill[dayPeriod[rowDay[i] - minDay]]++;
      client[k] = rowClient[i];
      dayByPeriod[k] = rowDay[i];
      amountByPeriod[k] = amount[i];
      if (line0 !== null && out0 !== null) out0[k] = line0[i];
      if (line1 !== null && out1 !== null) out1[k] = line1[i];
    }
  }

  const firstBuy = new Int32Array(nC).fill(-1);
  const buyStart = new Int32Array(nP + 1);
  for (let o = 0; o < occasions.length; o++) {
    if (!occasions.purchase[o] || occasions.day[o] > asOf) continue;
    const q = dayPeriod[occasions.day[o] - minDay];
    buyStart[q + 1]++;
    const c = occasions.client[o];
    if (!(c >= 0 && c < nC))
      throw engineError(
        'bad_input',
        {},
        `A purchase refers to client index ${c}, outside the ${nC} clients.`,
      );
    if (firstBuy[c] < 0 || q < firstBuy[c]) firstBuy[c] = q;
  }
  for (let q = 0; q < nP; q++) buyStart[q + 1] += buyStart[q];
  const buyer = new Int32Array(buyStart[nP]);
  const next = buyStart.slice(0, nP);
  for (let o = 0; o < occasions.length; o++)
    if (occasions.purchase[o] && occasions.day[o] <= asOf)
      buyer[next[dayPeriod[occasions.day[o] - minDay]]++] = occasions.client[o];

  return {
    pFirst,
    nP,
    labels,
    rowStart,
    client,
    day: dayByPeriod,
    amount: amountByPeriod,
    line: [out0, out1],
    firstBuy,
    buyStart,
    buyer,
    minDay,
    dayPeriod,
  };
}

/** stats[q, all] and stats[q, the client's member of each attribute] += value */
function addToGroups(
  stats: Float64Array,
  groupOf: Int32Array,
  nA: number,
  nG: number,
  c: number,
  q: number,
  field: number,
  value: number,
): void {
  const base = q * nG;
  stats[base * FIELDS + field] += value;
  const at = c * nA;
  for (let a = 0; a < nA; a++) stats[(base + groupOf[at + a]) * FIELDS + field] += value;
}

/** Prospects approached per period and group (acquisition rate); false when not available. */
function countApproached(
  clients: ClientsData,
  t: Timeline,
  asOf: number,
  granularity: Granularity,
  groups: ClientGroups,
  stats: Float64Array,
  notes: MetricNote[],
): boolean {
  const key = clients.roles.firstContact;
  const attr = key === undefined ? undefined : clients.attributes[key];
  if (attr === undefined) {
    notes.push({
      code: 'no_first_contact',
      metric: 'acquisition_rate',
      message:
        'Acquisition rate needs a first-contact (prospect approached) date in the client list; there is none, so it is not computed.',
    });
    return false;
  }
  if (attr.kind !== 'date') {
    notes.push({
      code: 'first_contact_not_date',
      metric: 'acquisition_rate',
      dimension: key,
      message: `The first-contact column "${key}" does not hold dates; acquisition rate is not computed.`,
    });
    return false;
  }
  const nA = groups.attributes.length;
  const nG = groups.offset[nA];
  const from = periodStart(t.pFirst, granularity);
  for (let c = 0; c < clients.ids.length; c++) {
    const v = Math.floor(attr.values[c]);
    if (!(v >= from && v <= asOf)) continue;
    const q = v >= t.minDay ? t.dayPeriod[v - t.minDay] : 0;
    addToGroups(stats, groups.groupOf, nA, nG, c, q, APPROACHED, 1);
    // SPEC §6: a conversion rate — the approached prospects whose first purchase came by the as-of date.
    if (t.firstBuy[c] >= 0) addToGroups(stats, groups.groupOf, nA, nG, c, q, CONVERTED, 1);
  }
  return true;
}

interface Accumulated {
  concentration: Float64Array;
  concentrationAcross: Float64Array;
  newByLine: Float64Array[];
  cohortActive: Int32Array;
  cohortRevenue: Float64Array;
}

/**
 * The period stream: per-client revenue of the current and the previous period (ping-pong arrays
 * guarded by period stamps), buyers of both, and everything summed into stats per group.
 */
function accumulate(
  t: Timeline,
  nC: number,
  groups: ClientGroups,
  abc: Uint8Array | null,
  newFlags: Uint8Array | null,
  stats: Float64Array,
  window12: number,
): Accumulated {
  const stream = new PeriodStream(t, nC, groups, abc, newFlags, stats);
  for (let q = 0; q < t.nP; q++) {
    stream.sumRows(q);
    stream.settleRevenue(q);
    stream.countBuyers(q);
    stream.retention(q);
    stream.recentClients(q, window12);
    periodConcentration(
      q,
      stream.nPositive,
      groups,
      stats,
      stream.scratch,
      stream.concentration,
      stream.concentrationAcross,
    );
    stream.next();
  }
  return stream;
}

/** State of the period stream; one small method per step, so each gets hot and optimised early. */
class PeriodStream implements Accumulated {
  readonly nP: number;
  readonly nA: number;
  readonly nG: number;
  readonly groupOf: Int32Array;
  readonly rowStart: Int32Array;
  readonly client: Int32Array;
  readonly amount: Float64Array;
  readonly firstBuy: Int32Array;
  readonly buyStart: Int32Array;
  readonly buyer: Int32Array;
  readonly abc: Uint8Array | null;
  readonly newFlags: Uint8Array | null;
  readonly stats: Float64Array;
  // client revenue (float sum, then cents) in the current / previous period, with period stamps
  cur: Float64Array;
  curStamp: Int32Array;
  prev: Float64Array;
  prevStamp: Int32Array;
  // new-business revenue per client in the current period (stamped; few rows are new business)
  readonly newRev0: Float64Array;
  readonly newRev1: Float64Array;
  readonly newStamp: Int32Array;
  readonly newTouched: Int32Array;
  nNewTouched = 0;
  readonly lastBuy: Int32Array;
  readonly touched: Int32Array;
  nTouched = 0;
  nPositive = 0;
  buyers: Int32Array;
  nBuyers = 0;
  previousBuyers: Int32Array;
  previousCount = 0;
  /** hist[g * nP + q]: clients of group g whose last purchase so far is in q */
  readonly hist: Int32Array;
  readonly newByLine: Float64Array[];
  readonly cohortActive: Int32Array;
  readonly cohortRevenue: Float64Array;
  readonly concentration: Float64Array;
  readonly concentrationAcross: Float64Array;
  readonly scratch: ConcentrationScratch;

  constructor(
    t: Timeline,
    nC: number,
    groups: ClientGroups,
    abc: Uint8Array | null,
    newFlags: Uint8Array | null,
    stats: Float64Array,
  ) {
    const nP = t.nP;
    this.nP = nP;
    this.nA = groups.attributes.length;
    this.nG = groups.offset[this.nA];
    this.groupOf = groups.groupOf;
    this.rowStart = t.rowStart;
    this.client = t.client;
    this.amount = t.amount;
    this.firstBuy = t.firstBuy;
    this.buyStart = t.buyStart;
    this.buyer = t.buyer;
    this.abc = abc;
    this.newFlags = newFlags;
    this.stats = stats;
    this.cur = new Float64Array(nC);
    this.curStamp = new Int32Array(nC).fill(-1);
    this.prev = new Float64Array(nC);
    this.prevStamp = new Int32Array(nC).fill(-1);
    this.newRev0 = new Float64Array(newFlags ? nC : 0);
    this.newRev1 = new Float64Array(newFlags ? nC : 0);
    this.newStamp = new Int32Array(newFlags ? nC : 0).fill(-1);
    this.newTouched = new Int32Array(newFlags ? nC : 0);
    this.lastBuy = new Int32Array(nC).fill(-1);
    this.touched = new Int32Array(nC);
    this.buyers = new Int32Array(nC);
    this.previousBuyers = new Int32Array(nC);
    this.hist = new Int32Array(this.nG * nP);
    this.newByLine = [new Float64Array(nP), new Float64Array(nP)];
    this.cohortActive = new Int32Array(nP * nP);
    this.cohortRevenue = new Float64Array(nP * nP);
    this.concentration = new Float64Array(nP * this.nG * CONCENTRATION_FIELDS).fill(NaN);
    this.concentrationAcross = new Float64Array(nP * this.nA * CONCENTRATION_FIELDS).fill(NaN);
    this.scratch = concentrationScratch(nC, this.nG, this.nA);
  }

  /** Float sums of each client's rows in q (and of its new-business rows). */
  sumRows(q: number): void {
    const { client, amount, cur, curStamp, touched, newFlags } = this;
    let nTouched = 0;
    for (let k = this.rowStart[q], end = this.rowStart[q + 1]; k < end; k++) {
      const c = client[k];
      if (curStamp[c] !== q) {
        curStamp[c] = q;
        cur[c] = 0;
        touched[nTouched++] = c;
      }
      cur[c] += amount[k];
    }
    this.nTouched = nTouched;
    if (newFlags === null) return;
    const { newRev0, newRev1, newStamp, newTouched } = this;
    let nNew = 0;
    for (let k = this.rowStart[q], end = this.rowStart[q + 1]; k < end; k++) {
      const flag = newFlags[k];
      if (flag === 0) continue;
      const c = client[k];
      if (newStamp[c] !== q) {
        newStamp[c] = q;
        newRev0[c] = newRev1[c] = 0;
        newTouched[nNew++] = c;
      }
      if (flag & 1) newRev0[c] += amount[k];
      if (flag & 2) newRev1[c] += amount[k];
    }
    this.nNewTouched = nNew;
  }

  /** Rounds each client's revenue to cents; revenue, new-client revenue, cohorts, new business. */
  settleRevenue(q: number): void {
    const { cur, touched, firstBuy, groupOf, stats, nA, nG, nP, cohortRevenue } = this;
    const positive = this.scratch.value,
      positiveGroups = this.scratch.groups;
    let nPositive = 0;
    for (let i = 0; i < this.nTouched; i++) {
      const c = touched[i];
      const cents = toCents(cur[c]);
      cur[c] = cents;
      const fb = firstBuy[c];
      const newCents = fb === q ? cents : 0;
      for (let a = -1; a < nA; a++) {
        const at = (q * nG + (a < 0 ? 0 : groupOf[c * nA + a])) * FIELDS;
        stats[at + REVENUE] += cents;
        stats[at + NEW_REVENUE] += newCents;
      }
      if (cents > 0) {
        for (let a = 0; a < nA; a++) positiveGroups[nPositive * nA + a] = groupOf[c * nA + a];
        positive[nPositive++] = cents;
      }
      if (fb >= 0 && fb <= q) cohortRevenue[fb * nP + q - fb] += cents;
    }
    this.nPositive = nPositive;
    let newLine0 = 0,
      newLine1 = 0;
    for (let i = 0; i < this.nNewTouched; i++) {
      const c = this.newTouched[i];
      newLine0 += toCents(this.newRev0[c]);
      newLine1 += toCents(this.newRev1[c]);
    }
    this.newByLine[0][q] = newLine0;
    this.newByLine[1][q] = newLine1;
  }

  /** E = distinct buyers of q: active, new, new active accounts of q − 1, cohorts, last purchase. */
  countBuyers(q: number): void {
    const { buyer, lastBuy, buyers, firstBuy, groupOf, stats, nA, nG, nP, hist, cohortActive } = this;
    let nBuyers = 0;
    for (let k = this.buyStart[q], end = this.buyStart[q + 1]; k < end; k++) {
      const c = buyer[k];
      const before = lastBuy[c];
      if (before === q) continue;
      lastBuy[c] = q;
      buyers[nBuyers++] = c;
      const fb = firstBuy[c];
      const isNew = fb === q ? 1 : 0;
      const newActive = fb === q - 1;
      for (let a = -1; a < nA; a++) {
        const g = a < 0 ? 0 : groupOf[c * nA + a];
        const at = (q * nG + g) * FIELDS;
        stats[at + ACTIVE] += 1;
        stats[at + NEW] += isNew;
        if (newActive) stats[at - nG * FIELDS + NEW_ACTIVE] += 1;
        if (before >= 0) hist[g * nP + before]--;
        hist[g * nP + q]++;
      }
      cohortActive[fb * nP + q - fb]++;
    }
    this.nBuyers = nBuyers;
  }

  /** S = buyers of q − 1: retained, and their revenue in q − 1 and q (all, and class A). */
  retention(q: number): void {
    const { previousBuyers, prev, prevStamp, cur, curStamp, lastBuy, abc, groupOf, stats, nA, nG } = this;
    for (let i = 0; i < this.previousCount; i++) {
      const c = previousBuyers[i];
      const before = prevStamp[c] === q - 1 ? prev[c] : 0;
      const now = curStamp[c] === q ? cur[c] : 0;
      const retained = lastBuy[c] === q ? 1 : 0;
      const low = before < now ? before : now;
      const key = abc !== null && abc[c] === ABC_A;
      for (let a = -1; a < nA; a++) {
        const at = (q * nG + (a < 0 ? 0 : groupOf[c * nA + a])) * FIELDS;
        stats[at + S_COUNT] += 1;
        stats[at + RETAINED] += retained;
        stats[at + S_PREV] += before;
        stats[at + S_CUR] += now;
        stats[at + S_MIN] += low;
        if (key) {
          stats[at + A_PREV] += before;
          stats[at + A_CUR] += now;
        }
      }
    }
  }

  /** Clients whose last purchase is within the `window` periods ending with q. */
  recentClients(q: number, window: number): void {
    const { hist, stats, nG, nP } = this;
    for (let g = 0; g < nG; g++) {
      let base = 0;
      for (let j = Math.max(0, q - window + 1); j <= q; j++) base += hist[g * nP + j];
      stats[(q * nG + g) * FIELDS + CLIENTS12] = base;
    }
  }

  /** The current period becomes the previous one. */
  next(): void {
    [this.prev, this.cur] = [this.cur, this.prev];
    [this.prevStamp, this.curStamp] = [this.curStamp, this.prevStamp];
    [this.previousBuyers, this.buyers] = [this.buyers, this.previousBuyers];
    this.previousCount = this.nBuyers;
  }
}

interface ConcentrationScratch {
  /** positive client revenues of the period (cents), and each one's groups (nA per value) */
  value: Float64Array;
  groups: Int32Array;
  /** radix sort: keys and the index of each key's value, and their spares */
  key: Uint32Array;
  index: Int32Array;
  spareKey: Uint32Array;
  spareIndex: Int32Array;
  digits: Int32Array;
  sorted: Float64Array;
  bucket: Float64Array;
  count: Int32Array;
  members: Float64Array;
}

function concentrationScratch(nC: number, nG: number, nA: number): ConcentrationScratch {
  return {
    value: new Float64Array(nC),
    groups: new Int32Array(nC * nA),
    key: new Uint32Array(nC),
    index: new Int32Array(nC),
    spareKey: new Uint32Array(nC),
    spareIndex: new Int32Array(nC),
    digits: new Int32Array(1 << RADIX_BITS),
    sorted: new Float64Array(nC),
    bucket: new Float64Array(nC),
    count: new Int32Array(nG + 1),
    members: new Float64Array(nG),
  };
}

/**
 * Concentration of period q: over all clients, over the clients of each member, and across the
 * members of each attribute. One sort per period (a radix sort on the cents, carrying the value's
 * index), then a stable distribution by member keeps each member's values sorted. Client revenues
 * of 2^32 cents or more in one period fall back to a comparison sort per member.
 */
function periodConcentration(
  q: number,
  n: number,
  groups: ClientGroups,
  stats: Float64Array,
  s: ConcentrationScratch,
  out: Float64Array,
  outAcross: Float64Array,
): void {
  const nA = groups.attributes.length;
  const nG = groups.offset[nA];
  if (n > 0) {
    let max = 0;
    for (let i = 0; i < n; i++) if (s.value[i] > max) max = s.value[i];
    const radix = max < 4_294_967_296;
    const sorted = s.sorted.subarray(0, n);
    const index = s.index;
    if (radix) {
      radixSortCents(s, n, max);
      for (let i = 0; i < n; i++) sorted[i] = s.key[i];
    } else {
      for (let i = 0; i < n; i++) index[i] = i;
      sorted.set(s.value.subarray(0, n));
      sorted.sort();
    }
    concentrationOfSorted(sorted, out, q * nG * CONCENTRATION_FIELDS);

    const pg = s.groups,
      count = s.count,
      bucket = s.bucket;
    for (let a = 0; a < nA; a++) {
      const lo = groups.offset[a],
        width = groups.offset[a + 1] - lo;
      count.fill(0, 0, width + 1);
      for (let i = 0; i < n; i++) count[pg[index[i] * nA + a] - lo + 1]++;
      for (let j = 0; j < width; j++) count[j + 1] += count[j];
      if (radix) for (let i = 0; i < n; i++) bucket[count[pg[index[i] * nA + a] - lo]++] = sorted[i];
      else for (let i = 0; i < n; i++) bucket[count[pg[i * nA + a] - lo]++] = s.value[i];
      let from = 0;
      for (let j = 0; j < width; j++) {
        const to = count[j];
        if (to > from) {
          const members = bucket.subarray(from, to);
          if (!radix) members.sort();
          concentrationOfSorted(members, out, (q * nG + lo + j) * CONCENTRATION_FIELDS);
        }
        from = to;
      }
    }
  }
  for (let a = 0; a < nA; a++) {
    let nMembers = 0;
    for (let g = groups.offset[a]; g < groups.offset[a + 1]; g++) {
      const v = stats[(q * nG + g) * FIELDS + REVENUE];
      if (v > 0) s.members[nMembers++] = v;
    }
    if (nMembers > 0)
      concentrationOfSorted(
        s.members.subarray(0, nMembers).sort(),
        outAcross,
        (q * nA + a) * CONCENTRATION_FIELDS,
      );
  }
}

const RADIX_BITS = 8;

/**
 * LSD radix sort of s.value[0…n) (integers < 2^32, at most `max`) into s.key, carrying each key's
 * index into s.index: as many passes of RADIX_BITS bits as `max` needs (small digits keep the
 * scatter's write streams in the first-level cache).
 */
function radixSortCents(s: ConcentrationScratch, n: number, max: number): void {
  let key = s.key,
    index = s.index,
    toKey = s.spareKey,
    toIndex = s.spareIndex;
  const value = s.value;
  for (let i = 0; i < n; i++) {
    key[i] = value[i];
    index[i] = i;
  }
  const count = s.digits;
  const mask = (1 << RADIX_BITS) - 1;
  for (let shift = 0; shift < 32 && max >>> shift > 0; shift += RADIX_BITS) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(key[i] >>> shift) & mask]++;
    let sum = 0;
    for (let d = 0; d <= mask; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const v = key[i];
      const j = count[(v >>> shift) & mask]++;
      toKey[j] = v;
      toIndex[j] = index[i];
    }
    [key, toKey] = [toKey, key];
    [index, toIndex] = [toIndex, index];
  }
  if (key !== s.key) {
    s.key.set(key.subarray(0, n));
    s.index.set(index.subarray(0, n));
  }
}

/** Number of leading periods (q < result) that ended on or before asOf. */
function endedPeriods(pFirst: number, nP: number, asOf: number, granularity: Granularity): number {
  let q = nP;
  while (q > 0 && periodEnd(pFirst + q - 1, granularity) > asOf) q--;
  return q;
}
