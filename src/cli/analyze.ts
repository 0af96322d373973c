// The seam between the CLI and the engine: the same pipeline the add-in runs (classification,
// period metrics, lifetime value, visits and cross-selling).
import type { AnalysisOptions } from '../engine/classify';
import type { Granularity } from '../engine/dates';
import {
  analyse,
  type FullAnalysis,
  type MetricsPart,
  type ClvPart,
  type PipelinePart,
} from '../engine/pipeline';
import { columnLabel } from '../engine/clean';
import type { ClientsData, SalesData } from '../engine/types';
import { CROSS_SELL_MAX_GRID } from '../engine/visits';
import type { Ingested } from './ingestTables';

export interface CliAnalysis {
  analysis: FullAnalysis;
  metrics: MetricsPart | null;
  clv: ClvPart | null;
}

export interface AnalyzeOptions {
  asOf: number | null;
  /** SPEC §11 comparison day; null/absent = as-of − 12 months */
  compareDate?: number | null;
  period: Granularity;
  timeUnit: 'days' | 'weeks' | null;
  /** CLV options (null = default) */
  horizonMonths?: number | null;
  discountRate?: number | null;
  marginRate?: number | null;
  holdout?: number | null;
  /** only the JSON is written: the parts it leaves out are skipped when that loses no warning */
  jsonOnly?: boolean;
}

export function analyze(ingested: Ingested, options: AnalyzeOptions): CliAnalysis {
  const { sales, clients, quality, salesSource, salesMapping } = ingested;
  const opts: Partial<AnalysisOptions> = {
    asOf: options.asOf,
    compareDate: options.compareDate ?? null,
    period: options.period,
  };
  if (options.timeUnit) opts.timeUnit = options.timeUnit;
  Object.assign(opts, clvOptionsOf(options));
  if (options.holdout) opts.holdout = options.holdout;
  const label = (c: number | undefined) =>
    c === undefined ? undefined : columnLabel(salesSource.firstColumn, c, salesSource.headers[c]);
  const analysis = analyse(
    {
      sales,
      clients,
      quality,
      salesSheet: salesSource.sheet,
      clientColumn: label(salesMapping.client),
      dateColumn: label(salesMapping.date),
    },
    opts,
    options.jsonOnly ? leftOutOfJson(sales, clients) : [],
  );
  return { analysis, metrics: analysis.metrics, clv: analysis.clv };
}

/** The CLV options given on the command line, as AnalysisOptions (absent = default). */
export function clvOptionsOf(
  o: Pick<AnalyzeOptions, 'horizonMonths' | 'discountRate' | 'marginRate'>,
): Partial<AnalysisOptions> {
  const out: Partial<AnalysisOptions> = {};
  if (o.horizonMonths != null) out.horizonMonths = o.horizonMonths;
  if (o.discountRate != null) out.discountRate = o.discountRate;
  if (o.marginRate != null) out.marginRate = o.marginRate;
  return out;
}

/**
 * The parts whose results the JSON does not hold (issue #20: ≈ 6 % of Online Retail's run), skipped
 * only when they cannot fail on these rows, so the JSON's warnings stay as they were. The visit plan
 * with the default policy cannot; cross-selling refuses sales without product lines and a
 * segment × line grid over CROSS_SELL_MAX_GRID cells (segments ≤ clients + a blank one, lines ≤
 * product labels).
 */
export function leftOutOfJson(sales: SalesData, clients: ClientsData): PipelinePart[] {
  const product = sales.product;
  const gridFits =
    product !== null && product.labels.length * (clients.ids.length + 1) <= CROSS_SELL_MAX_GRID;
  return gridFits ? ['visits', 'crossSell'] : ['visits'];
}
