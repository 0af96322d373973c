// The seam between the CLI and the engine: classification, period metrics and CLV.
import { analyzePortfolio, type AnalysisOptions, type PortfolioAnalysis } from '../engine/classify';
import { lifetimeValue, type LifetimeValueResult } from '../engine/clv';
import type { Granularity } from '../engine/dates';
import { portfolioMetrics, type PortfolioMetrics } from '../engine/metrics';
import { columnLabel } from '../engine/clean';
import type { Ingested } from './ingestTables';

export interface CliAnalysis {
  analysis: PortfolioAnalysis;
  metrics: PortfolioMetrics;
  clv: LifetimeValueResult;
}

export interface AnalyzeOptions {
  asOf: number | null;
  period: Granularity;
  timeUnit: 'days' | 'weeks' | null;
}

/** analyzePortfolio, then portfolioMetrics and lifetimeValue on its occasions and as-of date. */
export function analyze(ingested: Ingested, options: AnalyzeOptions): CliAnalysis {
  const { sales, clients, quality, salesSource, salesMapping } = ingested;
  const opts: Partial<AnalysisOptions> = { asOf: options.asOf, period: options.period };
  if (options.timeUnit) opts.timeUnit = options.timeUnit;
  const label = (c: number | undefined) =>
    c === undefined ? undefined : columnLabel(salesSource.firstColumn, c, salesSource.headers[c]);
  const analysis = analyzePortfolio(
    {
      sales,
      clients,
      quality,
      salesSheet: salesSource.sheet,
      clientColumn: label(salesMapping.client),
      dateColumn: label(salesMapping.date),
    },
    opts,
  );
  const { asOf, occasions, clientCount } = analysis;
  const metrics = portfolioMetrics(
    { sales, clients, occasions, abcClass: analysis.abc.classCode },
    { asOf, granularity: options.period },
  );
  const clv = lifetimeValue(
    occasions,
    clientCount,
    asOf,
    {
      timeUnit: analysis.options.timeUnit,
      horizonMonths: analysis.options.horizonMonths,
      discountRate: analysis.options.discountRate,
      ...(analysis.options.marginRate !== null ? { marginRate: analysis.options.marginRate } : {}),
    },
    { abcClass: analysis.abc.classCode, rfmSegment: analysis.rfm.segment },
  );
  return { analysis, metrics, clv };
}
