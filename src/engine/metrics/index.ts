export { portfolioMetrics } from './portfolioMetrics';
export type { MetricsInput, MetricsOptions } from './portfolioMetrics';
export { metricsOverview } from './metricsOverview';
export type { MetricsOverview, OverviewLine, OverviewOptions } from './metricsOverview';
export { concentration } from './concentration';
export type { Concentration } from './concentration';
export { lorenzCurve } from './lorenzCurve';
export { METRIC_IDS } from './types';
export type {
  CohortTriangle,
  LorenzCurve,
  MarketTable,
  MetricId,
  MetricNote,
  MetricNoteCode,
  MetricRow,
  PortfolioMetrics,
} from './types';
