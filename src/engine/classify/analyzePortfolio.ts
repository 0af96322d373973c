import { engineError } from '../engineError';
import { NO_CODE } from '../types';
import type { ClientsData, QualityIssue, QualityReport, SalesData } from '../types';
import { isoDate } from '../dates';
import { checkAsOf } from '../checkAsOf';
import type { Occasions } from '../purchaseOccasions';
import { purchaseOccasionsFast } from './purchaseOccasionsFast';
import { resolveAnalysisOptions, type AnalysisOptions } from './analysisOptions';
import { clientFacts, type ClientFacts } from './clientFacts';
import { abcClasses, type AbcResult } from './abcClasses';
import { rfmScores, type ScoreBand } from './rfmScores';
import { rfmSegment } from './rfmSegment';
import { lifecycleStatus, type LifecycleResult } from './lifecycleStatus';
import { behaviour, type BehaviourResult } from './behaviour';
import { portfolioSummary, type PortfolioSummary } from './portfolioSummary';

export interface PortfolioInput {
  sales: SalesData;
  clients: ClientsData;
  quality: QualityReport;
  /** names for quality messages (the sales sheet and its client column, e.g. "A (Cliente)") */
  salesSheet?: string;
  clientColumn?: string;
  dateColumn?: string;
}

export interface RfmResult {
  /** scores 1–5, 0 = no purchase in the RFM window */
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** R × 100 + F × 10 + M (e.g. 545); 0 = none */
  code: Uint16Array;
  /** R + F + M (3–15); 0 = none */
  value: Uint8Array;
  /** index into RFM_SEGMENTS, NO_CODE = no purchase in the window */
  segment: Uint8Array;
  scored: number;
  bands: { r: ScoreBand[]; f: ScoreBand[]; m: ScoreBand[] };
  /** first day of the RFM window (-Infinity = all history) */
  windowStart: number;
}

export interface PortfolioAnalysis {
  asOf: number;
  asOfIso: string;
  options: AnalysisOptions;
  clientCount: number;
  /** = clients.ids; every per-client array is indexed like it */
  ids: string[];
  /** the input report with rows after asOf moved out of rowsUsed, plus no_purchase / after_as_of issues */
  quality: QualityReport;
  occasions: Occasions;
  facts: ClientFacts;
  /** ABC on `valueCents` (the chosen basis and window) */
  abc: AbcResult & { valueCents: Float64Array };
  rfm: RfmResult;
  lifecycle: LifecycleResult;
  behaviour: BehaviourResult;
  summary: PortfolioSummary;
}

/** The classes alone (ABC and lifecycle, with what they rest on), as analyzePortfolio makes them. */
export interface PortfolioClasses {
  opts: AnalysisOptions;
  asOf: number;
  /** sales rows dated after asOf */
  afterAsOf: number;
  occasions: Occasions;
  facts: ClientFacts;
  valueCents: Float64Array;
  abc: AbcResult;
  lifecycle: LifecycleResult;
}

/** The whole classification pass: occasions, facts, ABC, RFM, lifecycle, behaviour and summary. */
export function analyzePortfolio(input: PortfolioInput, options: Partial<AnalysisOptions> = {}): PortfolioAnalysis {
  const { opts, asOf, afterAsOf, occasions, facts, valueCents, abc, lifecycle } = portfolioClasses(input, options);
  const { clients } = input;
  const clientCount = clients.ids.length;
  const rfm = rfmOf(facts);
  const behave = behaviour(occasions, clientCount, asOf, {
    windowMonths: opts.behaviourWindowMonths,
    trendThreshold: opts.trendThreshold,
  });

  const summary = portfolioSummary({
    value: valueCents,
    valueBasis: opts.abcBasis,
    valueWindow: opts.abcWindow,
    abc,
    rfmSegment: rfm.segment,
    status: lifecycle.status,
    behaviour: behave.behaviour,
    trend: behave.trend,
    hasSales: facts.hasSales,
    hasSalesButNoPurchase: facts.hasSalesButNoPurchase,
    inList: clients.inList,
    bands: rfm.bands,
  });

  return {
    asOf,
    asOfIso: isoDate(asOf),
    options: { ...opts, asOf },
    clientCount,
    ids: clients.ids,
    quality: qualityAfter(input, asOf, afterAsOf, facts),
    occasions,
    facts,
    abc: { ...abc, valueCents },
    rfm,
    lifecycle,
    behaviour: behave,
    summary,
  };
}

/**
 * analyzePortfolio's classes without RFM, behaviour, summary and quality report (issue #20: the
 * changes part classifies again on the comparison day and needs only these), same checks and errors.
 */
export function portfolioClasses(input: PortfolioInput, options: Partial<AnalysisOptions> = {}): PortfolioClasses {
  const opts = resolveAnalysisOptions(options);
  const { sales, clients } = input;
  const clientCount = clients.ids.length;
  const lastSale = checkedLastSale(sales, clientCount);
  const asOf = opts.asOf ?? lastSale;
  if (!Number.isFinite(asOf)) {
    throw engineError('no_sales', {}, 'The sales range has no usable rows, so there is no date to analyse from.');
  }
  checkAsOf(asOf, lastSale);
  // No row is after an as-of date on or after the last sale (the default as-of): no pass to count them.
  let afterAsOf = 0;
  if (asOf < lastSale) for (let i = 0; i < sales.length; i++) if (sales.day[i] > asOf) afterAsOf++;

  if (opts.abcBasis === 'margin' && !sales.margin) {
    throw engineError(
      'no_margin',
      {},
      'ABC by margin needs a margin (or cost) column in the sales range; map one or classify by revenue.',
    );
  }

  const occasions = purchaseOccasionsFast(sales, clientCount, asOf);
  const facts = clientFacts(occasions, clientCount, asOf, {
    rfmWindowMonths: opts.rfmWindowMonths,
    defaultGapDays: opts.defaultGapDays,
  });

  const valueCents =
    opts.abcBasis === 'margin'
      ? (opts.abcWindow === 'all' ? facts.marginAll : facts.margin12)!
      : opts.abcWindow === 'all'
        ? facts.revenueAll
        : facts.revenue12;
  const counted = opts.abcMode === 'count';
  const abc = abcClasses(valueCents, clients.ids, {
    mode: opts.abcMode,
    a: counted ? opts.abcCountA : opts.abcA,
    b: counted ? opts.abcCountB : opts.abcB,
    mask: facts.hasSales,
  });

  const lifecycle = lifecycleStatus(
    facts,
    asOf,
    {
      newDays: opts.newDays,
      lostDays: opts.lostDays,
      activeGapFactor: opts.activeGapFactor,
      atRiskGapFactor: opts.atRiskGapFactor,
    },
    clients.special,
  );
  return { opts, asOf, afterAsOf, occasions, facts, valueCents, abc, lifecycle };
}

function rfmOf(facts: ClientFacts): RfmResult {
  const n = facts.clientCount;
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) mask[i] = facts.purchases[i] > 0 ? 1 : 0;
  const r = rfmScores(facts.recencyDays, mask, 'lower');
  const f = rfmScores(facts.purchases, mask, 'higher');
  const m = rfmScores(facts.monetary, mask, 'higher');
  const code = new Uint16Array(n);
  const value = new Uint8Array(n);
  const segment = new Uint8Array(n).fill(NO_CODE);
  for (let i = 0; i < n; i++) {
    if (mask[i] === 0) continue;
    code[i] = r.score[i] * 100 + f.score[i] * 10 + m.score[i];
    value[i] = r.score[i] + f.score[i] + m.score[i];
    segment[i] = rfmSegment(r.score[i], f.score[i]);
  }
  return {
    r: r.score,
    f: f.score,
    m: m.score,
    code,
    value,
    segment,
    scored: r.scored,
    bands: { r: r.bands, f: f.bands, m: m.bands },
    windowStart: facts.rfmWindowStart,
  };
}

/** The last sale's day (−Infinity when none), in the pass that checks every row's client index. */
function checkedLastSale(sales: SalesData, clientCount: number): number {
  const n = sales.length;
  for (const [name, col] of [
    ['client', sales.client],
    ['day', sales.day],
    ['amount', sales.amount],
  ] as const) {
    if (col.length < n) throw engineError('bad_input', {}, `Sales column "${name}" has ${col.length} rows, expected ${n}.`);
  }
  const { client, day } = sales;
  let lastSale = -Infinity;
  for (let i = 0; i < n; i++) {
    const c = client[i];
    if (c < 0 || c >= clientCount) {
      throw engineError('bad_input', { row: sales.row[i] }, `Sales row ${sales.row[i]} refers to client index ${c}, which is not in the client table.`);
    }
    if (day[i] > lastSale) lastSale = day[i];
  }
  return lastSale;
}

function qualityAfter(input: PortfolioInput, asOf: number, afterAsOf: number, facts: ClientFacts): QualityReport {
  const { sales, clients, quality } = input;
  const sheet = input.salesSheet ?? '';
  const issues: QualityIssue[] = [...quality.issues];
  if (afterAsOf > 0) {
    issues.push({
      kind: 'after_as_of',
      sheet,
      row: 0,
      column: input.dateColumn ?? '',
      detail: { code: 'after_as_of', count: afterAsOf, asOfDay: asOf },
      message: `${afterAsOf} sales row(s) dated after the as-of date ${isoDate(asOf)} were set aside.`,
    });
  }
  const flagged = facts.hasSalesButNoPurchase;
  let any = false;
  for (let c = 0; c < flagged.length; c++) if (flagged[c] === 1) any = true;
  if (any) {
    // Name each client by its first sales row (up to asOf).
    const firstRow = new Int32Array(clients.ids.length).fill(-1);
    for (let i = 0; i < sales.length; i++) {
      const c = sales.client[i];
      if (flagged[c] === 1 && sales.day[i] <= asOf && (firstRow[c] < 0 || sales.row[i] < firstRow[c])) {
        firstRow[c] = sales.row[i];
      }
    }
    for (let c = 0; c < flagged.length; c++) {
      if (flagged[c] !== 1) continue;
      const id = clients.ids[c];
      issues.push({
        kind: 'no_purchase',
        sheet,
        row: Math.max(0, firstRow[c]),
        column: input.clientColumn ?? '',
        clientId: id,
        detail: { code: 'no_purchase', asOfDay: asOf },
        message: `Client ${id} has sales rows up to ${isoDate(asOf)} but no purchase (only returns or credit notes); it is counted as Inactive.`,
      });
    }
  }
  return {
    ...quality,
    rowsUsed: quality.rowsUsed - afterAsOf,
    rowsAfterAsOf: quality.rowsAfterAsOf + afterAsOf,
    rejected: quality.rejected,
    issues,
  };
}
