// The whole analysis behind one call: classifications (SPEC §3–5), then period metrics (§6),
// lifetime value (§7), the visit plan and cross-selling (§8), changes since the comparison date (§11). Runs in the pane's worker, the CLI
// and tests. Each part after the classification is isolated: when one throws, the others still
// run and its error becomes a warning of the result. Everything returned is plain data (objects,
// arrays, typed arrays): it crosses a Web Worker boundary by structured clone.
import { analyzePortfolio, type AnalysisOptions, type PortfolioAnalysis, type PortfolioInput } from './classify';
import { portfolioChanges, type PortfolioChanges } from './changes';
import { lifetimeValue, modelBacktest, type LifetimeValueOptions, type LifetimeValueResult, type ModelBacktest } from './clv';
import { portfolioMetrics, type MarketTable, type MetricId, type PortfolioMetrics } from './metrics';
import { engineError } from './engineError';
import { CarteraError, type Categorical, type ErrorDetails } from './types';
import {
  attributeGroups,
  clientOwners,
  crossSellGaps,
  DEFAULT_VISIT_POLICY,
  parseVisitPolicy,
  portfolioBy,
  visitPlan,
  type CrossSellResult,
  type PortfolioRow,
  type VisitLog,
  type VisitPlan,
  type VisitPolicy,
} from './visits';

export interface PipelineInput extends PortfolioInput {
  /** a visits log (readVisitLog(...).log); optional */
  visits?: VisitLog | null;
  /** the visit policy (parseVisitPolicy); default DEFAULT_VISIT_POLICY */
  visitPolicy?: VisitPolicy | null;
  /** market sizes by one client attribute, for penetration and market share */
  market?: MarketTable | null;
}

/** What the page adds to sales kept by the engine (createSalesEngine): all but the sales, clients and quality. */
export type PipelineRequest = Omit<PipelineInput, 'sales' | 'clients' | 'quality'>;

/** The parts that run after the classification, each of which may fail on its own. */
export type PipelinePart = 'metrics' | 'clv' | 'visits' | 'crossSell' | 'changes';

/** A part that could not run (or ran degraded); `code` is the CarteraError code, or 'error'. */
export interface PipelineWarning {
  part: PipelinePart;
  code: string;
  /** English, for developers; the user's text is `error.<code>` filled with `where` */
  message: string;
  where?: ErrorDetails;
}

export interface MetricsPart extends PortfolioMetrics {
  /** the latest period that has ended on or before the as-of date (the last one when none has) */
  latestPeriod: string | null;
  /** whole-portfolio values of latestPeriod; a metric without a value there (zero denominator,
   * not yet known, not computable) is absent */
  latest: Partial<Record<MetricId, number>>;
}

/** Per-client CLV outputs (client-index order). */
export interface ClvClients {
  /** currency units, rounded to cents */
  clv: Float64Array;
  pAlive: Float64Array;
  /** purchase days expected over the horizon */
  expectedPurchases: Float64Array;
  /** expected value of one purchase, currency units */
  expectedValue: Float64Array;
  marginRate: Float64Array;
  /** CLV_METHODS index */
  method: Uint8Array;
  /** CLV_REASONS index */
  reasonCode: Uint8Array;
}

export type ClvPart = Omit<
  LifetimeValueResult,
  'inputs' | 'clv' | 'pAlive' | 'expectedPurchases' | 'expectedValue' | 'marginRate' | 'method' | 'reasonCode'
> & {
  clients: ClvClients;
  /** the back-test of the purchase model (SPEC §7 validation) */
  validation: ModelBacktest;
};

export interface VisitsPart {
  /** per client: day serial the next visit is due, NaN = none planned */
  nextVisit: Float64Array;
  plan: VisitPlan;
  policy: VisitPolicy;
  /** each client's salesperson (client list, else most sales lines); -1 = unassigned */
  owner: Categorical;
  /** 0 unassigned, 1 from the client list, 2 from the sales */
  ownerSource: Uint8Array;
  bySalesperson: PortfolioRow[];
  /** the client attribute used as territory (the region role), null when there is none */
  territoryKey: string | null;
  byTerritory: PortfolioRow[] | null;
}

export type FullAnalysis = PortfolioAnalysis & {
  metrics: MetricsPart | null;
  clv: ClvPart | null;
  visits: VisitsPart | null;
  crossSell: CrossSellResult | null;
  /** classes and statuses at the comparison date, migration matrices and action lists (SPEC §11) */
  changes: PortfolioChanges | null;
  /** parts that failed or could not run, in the order they ran */
  warnings: PipelineWarning[];
};

/** A classification with none of the later parts run (each reads as "not run" in the report). */
export function withoutParts(analysis: PortfolioAnalysis): FullAnalysis {
  return { ...analysis, metrics: null, clv: null, visits: null, crossSell: null, changes: null, warnings: [] };
}

/** The classification alone, as a FullAnalysis whose later parts did not run (runAnalysis's default). */
export function classificationOnly(input: PipelineInput, options: Partial<AnalysisOptions> = {}): FullAnalysis {
  return withoutParts(analyzePortfolio(input, options));
}

/** The whole analysis; the parts in `skip` are not run (null, no warning: a caller that leaves them out). */
export function analyse(
  input: PipelineInput,
  options: Partial<AnalysisOptions> = {},
  skip: readonly PipelinePart[] = [],
): FullAnalysis {
  const analysis = analyzePortfolio(input, options);
  const warnings: PipelineWarning[] = [];
  const part = <T>(name: PipelinePart, run: () => T): T | null => {
    if (skip.includes(name)) return null;
    try {
      return run();
    } catch (error) {
      warnings.push(warningOf(name, error));
      return null;
    }
  };
  const metrics = part('metrics', () => metricsPart(analysis, input));
  const clv = part('clv', () => clvPart(analysis));
  const visits = part('visits', () => visitsPart(analysis, input));
  const crossSell = part('crossSell', () => crossSellPart(analysis, input, visits));
  const changes = part('changes', () => portfolioChanges(input, analysis, analysis.options.compareDate));
  return { ...analysis, metrics, clv, visits, crossSell, changes, warnings };
}

function warningOf(part: PipelinePart, error: unknown): PipelineWarning {
  if (error instanceof CarteraError) return { part, code: error.code, message: error.message, ...(error.where ? { where: error.where } : {}) };
  const message = error instanceof Error ? error.message : String(error);
  return { part, code: 'error', message };
}

function metricsPart(analysis: PortfolioAnalysis, input: PipelineInput): MetricsPart {
  const metrics = portfolioMetrics(
    {
      sales: input.sales,
      clients: input.clients,
      occasions: analysis.occasions,
      abcClass: analysis.abc.classCode,
      market: input.market ?? null,
    },
    { asOf: analysis.asOf, granularity: analysis.options.period },
  );
  const { periods, partialPeriod } = metrics;
  const complete = partialPeriod === null ? periods : periods.slice(0, -1);
  const latestPeriod = complete.length ? complete[complete.length - 1] : periods.length ? periods[periods.length - 1] : null;
  const latest: Partial<Record<MetricId, number>> = {};
  for (const row of metrics.rows) {
    if (row.period !== latestPeriod || row.member !== 'all') continue;
    // New business in existing accounts is by product line (preferred) or buying centre.
    const whole =
      row.dimension === 'all' ||
      (row.metric === 'new_business_existing' && (row.dimension === 'product' || latest.new_business_existing === undefined));
    if (whole && Number.isFinite(row.value)) latest[row.metric] = row.value;
  }
  return { ...metrics, latestPeriod, latest };
}

function clvPart(analysis: PortfolioAnalysis): ClvPart {
  const o = analysis.options;
  const options: LifetimeValueOptions = {
    timeUnit: o.timeUnit,
    horizonMonths: o.horizonMonths,
    discountRate: o.discountRate,
    ...(o.marginRate !== null ? { marginRate: o.marginRate } : {}),
  };
  const result = lifetimeValue(analysis.occasions, analysis.clientCount, analysis.asOf, options, {
    abcClass: analysis.abc.classCode,
    rfmSegment: analysis.rfm.segment,
  });
  // lifetimeValue never throws: its own failures come back as a status.
  if (result.status === 'invalid_options')
    throw engineError('clv_bad_option', { option: result.reason ?? '' }, `Lifetime value: option ${result.reason} is out of range.`);
  if (result.status === 'error')
    throw engineError('clv_failed', { detail: result.reason ?? '' }, `Lifetime value could not be computed: ${result.reason}`);
  const { inputs, clv, pAlive, expectedPurchases, expectedValue, marginRate, method, reasonCode, ...rest } = result;
  void inputs;
  const validation = modelBacktest(analysis.occasions, analysis.clientCount, analysis.asOf, {
    timeUnit: o.timeUnit,
    holdout: o.holdout,
  });
  return { ...rest, clients: { clv, pAlive, expectedPurchases, expectedValue, marginRate, method, reasonCode }, validation };
}

function visitsPart(analysis: PortfolioAnalysis, input: PipelineInput): VisitsPart {
  const { clients, sales } = input;
  const policy = input.visitPolicy ? parseVisitPolicy(input.visitPolicy) : DEFAULT_VISIT_POLICY;
  const abc = analysis.abc.classCode;
  const status = analysis.lifecycle.status;
  const revenue12 = analysis.facts.revenue12;
  const owners = clientOwners(clients, sales, analysis.asOf);
  const plan = visitPlan({ clients, asOf: analysis.asOf, abc, status, policy, visits: input.visits ?? null });
  const bySalesperson = portfolioBy({ by: owners.owner, abc, status, revenue12, plan, capacity: policy, blankLabel: '(unassigned)' });
  const region = clients.roles.region;
  const territoryKey = region !== undefined && region in clients.attributes ? region : null;
  const byTerritory =
    territoryKey === null
      ? null
      : portfolioBy({ by: attributeGroups(clients, territoryKey), abc, status, revenue12, plan, blankLabel: '(blank)' });
  return {
    nextVisit: plan.nextDue,
    plan,
    policy: { ...policy, visitsPerYear: { ...policy.visitsPerYear }, visitHours: { ...policy.visitHours }, capacityBySalesperson: { ...policy.capacityBySalesperson } },
    owner: owners.owner,
    ownerSource: owners.source,
    bySalesperson,
    territoryKey,
    byTerritory,
  };
}

function crossSellPart(analysis: PortfolioAnalysis, input: PipelineInput, visits: VisitsPart | null): CrossSellResult {
  const owner = visits?.owner ?? clientOwners(input.clients, input.sales, analysis.asOf).owner;
  return crossSellGaps({ clients: input.clients, sales: input.sales, asOf: analysis.asOf, owner });
}
