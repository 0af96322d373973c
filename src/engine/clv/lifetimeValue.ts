import { isoDate } from '../dates';
import { fromCents, toCents } from '../money';
import type { Occasions } from '../purchaseOccasions';
import { bgnbdFit, type BgnbdParams } from './bgnbdFit';
import { clientLifetimeValue, MONTH_DAYS } from './clientLifetimeValue';
import {
  METHOD_MODEL,
  METHOD_MODEL_OBSERVED_VALUE,
  METHOD_NO_PURCHASE,
  METHOD_RETENTION,
  type Assumption,
  type ClvWarning,
} from './codes';
import { gammaGammaFit, type GammaGammaFit } from './gammaGammaFit';
import type { ModelFit } from './modelFit';
import { modelInputs, type ModelInputs, type TimeUnit } from './modelInputs';
import { portfolioValue, type PortfolioValue } from './portfolioValue';
import { trailingYear } from './trailingYear';

export interface LifetimeValueOptions {
  /** model time unit (default 'weeks'); predictions do not depend on it, the parameters do */
  timeUnit?: TimeUnit;
  /** whole months, 1–600 (default 12) */
  horizonMonths?: number;
  /** annual discount rate, > 0 (default 0.10), applied monthly: (1 + d)^(−k/12) */
  discountRate?: number;
  /** margin rate in [0, 1] for every client; overrides the margin data (default: from data, else 1) */
  marginRate?: number;
  /** with margin data and no marginRate: each client's margin/revenue ('client', default) or the portfolio's */
  marginBasis?: 'client' | 'portfolio';
  /** yearly retention r in [0, 1] for the retention model (default: measured on the last two years) */
  retentionRate?: number;
  /** lifetimes' penalizer_coef for both fits (default 0) */
  penalizer?: number;
  /** discount rates of the sensitivity table (default d − 5 pp, d, d + 5 pp, the non-positive ones left out) */
  sensitivityDiscountRates?: number[];
  /** factors on the margin rate for the sensitivity table (default 0.8, 1, 1.2) */
  sensitivityMarginFactors?: number[];
  /** BG/NBD minimum clients with a purchase / with a repeat purchase; Gamma-Gamma minimum repeat clients */
  minClients?: number;
  minRepeatClients?: number;
}

export interface LifetimeValueGroups {
  /** ABC_CLASSES index or NO_CODE per client */
  abcClass?: Uint8Array | null;
  /** RFM_SEGMENTS index or NO_CODE per client */
  rfmSegment?: Uint8Array | null;
}

export type LifetimeValueStatus =
  /** the models valued the clients (some may still be on the retention model: see method) */
  | 'ok'
  /** BG/NBD unusable: every client with purchases is on the retention model */
  | 'fallback'
  /** no client has a purchase on or before asOf */
  | 'no_purchases'
  /** an option is out of range (reason = its name) */
  | 'invalid_options'
  /** an unexpected failure (reason = its message); outputs are empty */
  | 'error';

export type MarginSource = 'parameter' | 'data_client' | 'data_portfolio' | 'default';

export interface LifetimeValueResult {
  status: LifetimeValueStatus;
  reason: string | null;
  inputs: ModelInputs;
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  expectedValue: Float64Array;
  /** CLV per client, currency units rounded to cents */
  clv: Float64Array;
  /** margin rate applied per client */
  marginRate: Float64Array;
  /** CLV_METHODS index per client */
  method: Uint8Array;
  /** CLV_REASONS index per client (0 = valued by the models) */
  reasonCode: Uint8Array;
  bgnbd: ModelFit<BgnbdParams>;
  gammaGamma: GammaGammaFit;
  retention: {
    /** r used by the retention model (0 when unknown) */
    rate: number;
    measured: number | null;
    previousClients: number;
    retainedClients: number;
    source: 'data' | 'parameter' | 'unknown';
  };
  margin: { source: MarginSource; portfolioRate: number };
  settings: Required<Pick<LifetimeValueOptions, 'timeUnit' | 'horizonMonths' | 'discountRate' | 'penalizer'>>;
  warnings: ClvWarning[];
  portfolio: PortfolioValue;
}

/** Reasons for fallback in CLV_REASONS order. */
const REASON_OF_FIT: Record<string, number> = { too_few_clients: 1, too_few_repeat_clients: 2 };
const REASON_FIT_FAILED = 3,
  REASON_NON_FINITE = 4,
  REASON_NO_PURCHASE = 5;

/**
 * SPEC §7 end to end: model inputs, BG/NBD and Gamma-Gamma fits, CLV per client (or the retention
 * model where the models cannot be used, said per client), and the portfolio value. Never throws.
 */
export function lifetimeValue(
  occasions: Occasions,
  clientCount: number,
  asOf: number,
  options: LifetimeValueOptions = {},
  groups: LifetimeValueGroups = {},
): LifetimeValueResult {
  const settings = {
    timeUnit: options.timeUnit ?? 'weeks',
    horizonMonths: options.horizonMonths ?? 12,
    discountRate: options.discountRate ?? 0.1,
    penalizer: options.penalizer ?? 0,
  } as const;
  const invalid = invalidOption(options, settings, clientCount, asOf);
  if (invalid) return emptyResult(clientCount, asOf, settings, 'invalid_options', invalid);
  try {
    return compute(occasions, clientCount, asOf, options, settings, groups);
  } catch (e) {
    return emptyResult(clientCount, asOf, settings, 'error', e instanceof Error ? e.message : String(e));
  }
}

type Settings = LifetimeValueResult['settings'];

function invalidOption(
  o: LifetimeValueOptions,
  s: Settings,
  clientCount: number,
  asOf: number,
): string | null {
  const inUnit = (v: number | undefined): boolean => v === undefined || (v >= 0 && v <= 1);
  if (s.timeUnit !== 'days' && s.timeUnit !== 'weeks') return 'timeUnit';
  if (!(Number.isInteger(s.horizonMonths) && s.horizonMonths >= 1 && s.horizonMonths <= 600))
    return 'horizonMonths';
  if (!(s.discountRate > 0 && s.discountRate <= 10)) return 'discountRate';
  if (!(s.penalizer >= 0 && Number.isFinite(s.penalizer))) return 'penalizer';
  if (!inUnit(o.marginRate)) return 'marginRate';
  if (!inUnit(o.retentionRate)) return 'retentionRate';
  if (o.marginBasis !== undefined && o.marginBasis !== 'client' && o.marginBasis !== 'portfolio')
    return 'marginBasis';
  if (o.sensitivityDiscountRates && !o.sensitivityDiscountRates.every((d) => d > 0 && d <= 10)) {
    return 'sensitivityDiscountRates';
  }
  if (o.sensitivityMarginFactors && !o.sensitivityMarginFactors.every((f) => Number.isFinite(f) && f >= 0)) {
    return 'sensitivityMarginFactors';
  }
  if (!(Number.isInteger(clientCount) && clientCount >= 0)) return 'clientCount';
  if (!Number.isFinite(asOf)) return 'asOf';
  return null;
}

function compute(
  occasions: Occasions,
  clientCount: number,
  asOf: number,
  options: LifetimeValueOptions,
  settings: Settings,
  groups: LifetimeValueGroups,
): LifetimeValueResult {
  const warnings: ClvWarning[] = [];
  const d = settings.discountRate;
  const inputs = modelInputs(occasions, clientCount, asOf, settings.timeUnit);
  const { hasPurchase } = inputs;
  let purchasing = 0;
  for (let i = 0; i < clientCount; i++) purchasing += hasPurchase[i];

  const tidy = (v: number): number => Math.round(v * 1e12) / 1e12;
  const sensitivityRates =
    options.sensitivityDiscountRates ?? [tidy(d - 0.05), d, tidy(d + 0.05)].filter((v) => v > 0);
  const marginFactors = options.sensitivityMarginFactors ?? [0.8, 1, 1.2];
  const rates = [d, ...sensitivityRates];

  // Fits.
  const fitOptions = {
    include: hasPurchase,
    penalizer: settings.penalizer,
    minClients: options.minClients,
    minRepeatClients: options.minRepeatClients,
  };
  const bgnbd = bgnbdFit(inputs, fitOptions);
  const gammaGamma = gammaGammaFit(inputs.x, inputs.meanValue, {
    include: hasPurchase,
    penalizer: settings.penalizer,
    minClients: options.minClients,
  });
  let zeroValueRepeat = 0;
  for (let i = 0; i < clientCount; i++) if (inputs.x[i] > 0 && !(inputs.meanValue[i] > 0)) zeroValueRepeat++;
  if (zeroValueRepeat) warnings.push({ id: 'zero_value_repeat_clients', clients: zeroValueRepeat });
  if (gammaGamma.correlation !== null && gammaGamma.correlation > 0.3) {
    warnings.push({ id: 'gamma_gamma_correlation', value: gammaGamma.correlation });
  }
  const gg = gammaGamma.params;
  if (!gg) warnings.push({ id: 'gamma_gamma_unavailable', reason: gammaGamma.reason ?? undefined });
  else if (!(gg.q > 1)) warnings.push({ id: 'gamma_gamma_no_population_mean', value: gg.q });
  if (!bgnbd.params && purchasing > 0)
    warnings.push({ id: 'bgnbd_unavailable', reason: bgnbd.reason ?? undefined });

  // Margin rates.
  const {
    marginRate,
    source: marginSource,
    portfolioRate,
  } = marginRates(occasions, clientCount, asOf, options);

  // Retention model inputs.
  const year = trailingYear(occasions, clientCount, asOf);
  const retentionSource: 'data' | 'parameter' | 'unknown' =
    options.retentionRate !== undefined ? 'parameter' : year.retention !== null ? 'data' : 'unknown';
  const r = options.retentionRate ?? year.retention ?? 0;

  // Model values.
  const model = bgnbd.params
    ? clientLifetimeValue(inputs, bgnbd.params, gg, marginRate, {
        horizonMonths: settings.horizonMonths,
        discountRates: rates,
      })
    : null;

  const pAlive = new Float64Array(clientCount);
  const expectedPurchases = new Float64Array(clientCount);
  const expectedValue = new Float64Array(clientCount);
  const clvAt = rates.map(() => new Float64Array(clientCount));
  const method = new Uint8Array(clientCount);
  const reasonCode = new Uint8Array(clientCount);
  let fallbackClients = 0;
  for (let i = 0; i < clientCount; i++) {
    if (!hasPurchase[i]) {
      method[i] = METHOD_NO_PURCHASE;
      reasonCode[i] = REASON_NO_PURCHASE;
      continue;
    }
    if (model && model.ok[i]) {
      method[i] = model.observedValue[i] ? METHOD_MODEL_OBSERVED_VALUE : METHOD_MODEL;
      pAlive[i] = model.pAlive[i];
      expectedPurchases[i] = model.expectedPurchases[i];
      expectedValue[i] = model.expectedValue[i];
      for (let j = 0; j < rates.length; j++) clvAt[j][i] = cents(model.clvAt[j][i]);
      continue;
    }
    // Retention model: m · r / (1 + d − r), m = last year's revenue × margin rate. A client who bought
    // last year is retained with probability r; the next H months repeat last year's purchases × r.
    fallbackClients++;
    method[i] = METHOD_RETENTION;
    reasonCode[i] = model ? REASON_NON_FINITE : (REASON_OF_FIT[bgnbd.reason ?? ''] ?? REASON_FIT_FAILED);
    const m = year.revenue[i] * marginRate[i];
    pAlive[i] = year.purchaseDays[i] > 0 ? r : 0;
    expectedPurchases[i] = year.purchaseDays[i] * r * (settings.horizonMonths / 12);
    expectedValue[i] = Number.isFinite(inputs.meanValueAll[i]) ? inputs.meanValueAll[i] : 0;
    for (let j = 0; j < rates.length; j++) clvAt[j][i] = cents((m * r) / (1 + rates[j] - r));
  }
  if (fallbackClients) {
    warnings.push({ id: 'retention_fallback', clients: fallbackClients });
    if (retentionSource === 'unknown') warnings.push({ id: 'retention_unknown' });
  }
  for (const [key, codes] of Object.entries(groups)) {
    if (codes && codes.length !== clientCount) warnings.push({ id: 'group_length_mismatch', reason: key });
  }

  const clv = clvAt[0];
  const assumptions = describe({
    asOf,
    settings,
    purchasing,
    fallbackClients,
    marginSource,
    portfolioRate,
    r,
    retentionSource,
    bgnbd,
    gammaGamma,
  });
  const portfolio = portfolioValue({
    clv,
    method,
    sensitivity: { discountRates: sensitivityRates, clv: clvAt.slice(1), marginFactors },
    abcClass: groups.abcClass,
    rfmSegment: groups.rfmSegment,
    assumptions,
  });
  const status = purchasing === 0 ? 'no_purchases' : bgnbd.params ? 'ok' : 'fallback';
  return {
    status,
    reason: status === 'fallback' ? bgnbd.reason : null,
    inputs,
    pAlive,
    expectedPurchases,
    expectedValue,
    clv,
    marginRate,
    method,
    reasonCode,
    bgnbd,
    gammaGamma,
    retention: {
      rate: r,
      measured: year.retention,
      previousClients: year.previousClients,
      retainedClients: year.retainedClients,
      source: retentionSource,
    },
    margin: { source: marginSource, portfolioRate },
    settings,
    warnings,
    portfolio,
  };
}

function cents(v: number): number {
  return Number.isFinite(v) ? fromCents(toCents(v)) : 0;
}

/** Per-client margin rate: the parameter, else margin/revenue from the data (client or portfolio), else 1. */
function marginRates(
  occasions: Occasions,
  clientCount: number,
  asOf: number,
  options: LifetimeValueOptions,
): { marginRate: Float64Array; source: MarginSource; portfolioRate: number } {
  const marginRate = new Float64Array(clientCount);
  const margin = occasions.margin;
  if (options.marginRate !== undefined || !margin) {
    const rate = options.marginRate ?? 1;
    marginRate.fill(rate);
    return {
      marginRate,
      source: options.marginRate !== undefined ? 'parameter' : 'default',
      portfolioRate: rate,
    };
  }
  const revenue = new Float64Array(clientCount);
  const marginSum = new Float64Array(clientCount);
  let totalRevenue = 0,
    totalMargin = 0;
  for (let c = 0; c < clientCount; c++) {
    for (let k = occasions.start[c]; k < occasions.start[c + 1]; k++) {
      if (occasions.day[k] > asOf) continue;
      revenue[c] += occasions.amount[k];
      marginSum[c] += margin[k];
    }
    totalRevenue += revenue[c];
    totalMargin += marginSum[c];
  }
  const portfolioRate = toCents(totalRevenue) > 0 ? toCents(totalMargin) / toCents(totalRevenue) : 1;
  const byClient = options.marginBasis !== 'portfolio';
  for (let c = 0; c < clientCount; c++) {
    const rev = toCents(revenue[c]);
    marginRate[c] = byClient && rev > 0 ? toCents(marginSum[c]) / rev : portfolioRate;
  }
  return { marginRate, source: byClient ? 'data_client' : 'data_portfolio', portfolioRate };
}

function describe(f: {
  asOf: number;
  settings: Settings;
  purchasing: number;
  fallbackClients: number;
  marginSource: MarginSource;
  portfolioRate: number;
  r: number;
  retentionSource: string;
  bgnbd: ModelFit<BgnbdParams>;
  gammaGamma: GammaGammaFit;
}): Assumption[] {
  const b = f.bgnbd.params,
    g = f.gammaGamma.params;
  return [
    { id: 'as_of', value: isoDate(f.asOf) },
    { id: 'method', value: b ? 'bgnbd_gamma_gamma' : 'retention' },
    { id: 'fallback_method', value: 'retention_m_r_over_1_plus_d_minus_r' },
    { id: 'time_unit', value: f.settings.timeUnit },
    { id: 'month_length_days', value: MONTH_DAYS },
    { id: 'horizon_months', value: f.settings.horizonMonths },
    { id: 'discount_rate', value: f.settings.discountRate },
    { id: 'discounting', value: 'monthly_end_of_month' },
    { id: 'margin_source', value: f.marginSource },
    { id: 'margin_rate', value: f.portfolioRate },
    { id: 'retention_rate', value: f.r },
    { id: 'retention_source', value: f.retentionSource },
    { id: 'current_clients', value: f.purchasing },
    { id: 'clients_model', value: f.purchasing - f.fallbackClients },
    { id: 'clients_retention', value: f.fallbackClients },
    { id: 'penalizer', value: f.settings.penalizer },
    { id: 'bgnbd_status', value: f.bgnbd.status },
    { id: 'bgnbd_reason', value: f.bgnbd.reason },
    { id: 'bgnbd_r', value: b ? b.r : null },
    { id: 'bgnbd_alpha', value: b ? b.alpha : null },
    { id: 'bgnbd_a', value: b ? b.a : null },
    { id: 'bgnbd_b', value: b ? b.b : null },
    { id: 'bgnbd_log_likelihood', value: f.bgnbd.logLikelihood },
    { id: 'bgnbd_clients', value: f.bgnbd.clients },
    { id: 'gamma_gamma_status', value: f.gammaGamma.status },
    { id: 'gamma_gamma_reason', value: f.gammaGamma.reason },
    { id: 'gamma_gamma_p', value: g ? g.p : null },
    { id: 'gamma_gamma_q', value: g ? g.q : null },
    { id: 'gamma_gamma_gamma', value: g ? g.gamma : null },
    { id: 'gamma_gamma_log_likelihood', value: f.gammaGamma.logLikelihood },
    { id: 'gamma_gamma_clients', value: f.gammaGamma.clients },
    { id: 'gamma_gamma_correlation', value: f.gammaGamma.correlation },
  ];
}

function emptyResult(
  clientCount: number,
  asOf: number,
  settings: Settings,
  status: 'invalid_options' | 'error',
  reason: string,
): LifetimeValueResult {
  const n = Number.isInteger(clientCount) && clientCount > 0 ? clientCount : 0;
  const z = (): Float64Array => new Float64Array(n);
  const noFit = {
    status: 'failed' as const,
    reason: null,
    params: null,
    standardErrors: null,
    logLikelihood: null,
    clients: 0,
    evaluations: 0,
  };
  const method = new Uint8Array(n).fill(METHOD_NO_PURCHASE);
  return {
    status,
    reason,
    inputs: {
      timeUnit: settings.timeUnit === 'days' ? 'days' : 'weeks',
      asOf: Number.isFinite(asOf) ? asOf : 0,
      hasPurchase: new Uint8Array(n),
      x: z(),
      tx: z(),
      T: z(),
      meanValue: z(),
      meanValueAll: z(),
      firstDay: new Int32Array(n).fill(-1),
      lastDay: new Int32Array(n).fill(-1),
    },
    pAlive: z(),
    expectedPurchases: z(),
    expectedValue: z(),
    clv: z(),
    marginRate: z(),
    method,
    reasonCode: new Uint8Array(n).fill(REASON_NO_PURCHASE),
    bgnbd: noFit,
    gammaGamma: { ...noFit, correlation: null },
    retention: { rate: 0, measured: null, previousClients: 0, retainedClients: 0, source: 'unknown' },
    margin: { source: 'default', portfolioRate: 1 },
    settings: {
      timeUnit: settings.timeUnit === 'days' ? 'days' : 'weeks',
      horizonMonths: Number.isFinite(settings.horizonMonths) ? settings.horizonMonths : 12,
      discountRate: Number.isFinite(settings.discountRate) ? settings.discountRate : 0.1,
      penalizer: Number.isFinite(settings.penalizer) ? settings.penalizer : 0,
    },
    warnings: [],
    portfolio: portfolioValue({ clv: z(), method }),
  };
}
