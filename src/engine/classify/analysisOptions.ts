import { engineError } from '../engineError';
import type { Granularity } from '../dates';

/** Every parameter of a run. Fractions are fractions (0.8, not 80). */
export interface AnalysisOptions {
  /** as-of day (Excel serial); null = the last sale date in the data (never today) */
  asOf: number | null;
  /** ABC value basis and window (SPEC §3) */
  abcBasis: 'revenue' | 'margin';
  abcWindow: 'trailing12' | 'all';
  abcMode: 'value' | 'count';
  /** cumulative value thresholds for A and B (value mode) */
  abcA: number;
  abcB: number;
  /** cumulative client-count thresholds for A and B (count mode: top 20 %, next 30 %) */
  abcCountA: number;
  abcCountB: number;
  /** RFM window in months ending on asOf; null = all history (SPEC default) */
  rfmWindowMonths: number | null;
  /** lifecycle (SPEC §5) */
  newDays: number;
  lostDays: number;
  activeGapFactor: number;
  atRiskGapFactor: number;
  /** usual gap when no client has ≥ 3 purchase days */
  defaultGapDays: number;
  /** behaviour: window length (months) and trend threshold */
  behaviourWindowMonths: number;
  trendThreshold: number;
  // Used by the metrics / CLV parts wired in by the lead (not read by classify).
  period: Granularity;
  timeUnit: 'days' | 'weeks';
  horizonMonths: number;
  /** annual discount rate for CLV */
  discountRate: number;
  /** margin rate for CLV; null = from the margin column when there is one, else 1 */
  marginRate: number | null;
  /** changes over time (SPEC §11, src/engine/changes): the comparison day; null = asOf − 12 months */
  compareDate: number | null;
  /** back-test holdout in the time unit (SPEC §7); null = the last third of the history, ≤ 12 months */
  holdout: number | null;
}

export const defaultAnalysisOptions: Readonly<AnalysisOptions> = Object.freeze({
  asOf: null,
  abcBasis: 'revenue',
  abcWindow: 'trailing12',
  abcMode: 'value',
  abcA: 0.8,
  abcB: 0.95,
  abcCountA: 0.2,
  abcCountB: 0.5,
  rfmWindowMonths: null,
  newDays: 90,
  lostDays: 365,
  activeGapFactor: 1.5,
  atRiskGapFactor: 3,
  defaultGapDays: 90,
  behaviourWindowMonths: 12,
  trendThreshold: 0.1,
  period: 'month',
  timeUnit: 'days',
  horizonMonths: 12,
  discountRate: 0.1,
  marginRate: null,
  compareDate: null,
  holdout: null,
});

/** Defaults filled in and every value checked; a bad one throws CarteraError ('bad_option_…'). */
export function resolveAnalysisOptions(options: Partial<AnalysisOptions> = {}): AnalysisOptions {
  const o: AnalysisOptions = { ...defaultAnalysisOptions };
  for (const key of Object.keys(options) as (keyof AnalysisOptions)[]) {
    if (options[key] !== undefined) (o as unknown as Record<string, unknown>)[key] = options[key];
  }
  type Rule = 'bad_option_positive' | 'bad_option_months' | 'bad_option_date' | 'bad_option_thresholds' | 'bad_option_non_negative' | 'bad_option_fraction';
  const bad = (code: Rule, name: string, value: unknown, rule: string): never => {
    throw engineError(code, { option: name, value: String(value) }, `Option ${name} = ${String(value)} is not valid: ${rule}.`);
  };
  const oneOf = <T>(name: string, value: T, allowed: readonly T[]) => {
    if (!allowed.includes(value))
      throw engineError(
        'bad_option_choice',
        { option: name, value: String(value), allowed: allowed.join(', ') },
        `Option ${name} = ${String(value)} is not valid: use one of ${allowed.join(', ')}.`,
      );
  };
  const positive = (name: string, value: number) => {
    if (!(Number.isFinite(value) && value > 0)) bad('bad_option_positive', name, value, 'it must be a number above 0');
  };
  const wholeMonths = (name: string, value: number) => {
    if (!(Number.isInteger(value) && value >= 1)) bad('bad_option_months', name, value, 'it must be a whole number of months ≥ 1');
  };
  if (o.asOf !== null && !(Number.isInteger(o.asOf) && o.asOf > 60)) bad('bad_option_date', 'asOf', o.asOf, 'it must be a date');
  if (o.compareDate !== null && !(Number.isInteger(o.compareDate) && o.compareDate > 60))
    bad('bad_option_date', 'compareDate', o.compareDate, 'it must be a date');
  oneOf('abcBasis', o.abcBasis, ['revenue', 'margin']);
  oneOf('abcWindow', o.abcWindow, ['trailing12', 'all']);
  oneOf('abcMode', o.abcMode, ['value', 'count']);
  for (const [a, b, names] of [
    [o.abcA, o.abcB, 'abcA/abcB'],
    [o.abcCountA, o.abcCountB, 'abcCountA/abcCountB'],
  ] as const) {
    if (!(a > 0 && a <= b && b <= 1)) bad('bad_option_thresholds', names, `${a}/${b}`, 'they need 0 < A ≤ B ≤ 1');
  }
  if (o.rfmWindowMonths !== null) wholeMonths('rfmWindowMonths', o.rfmWindowMonths);
  positive('newDays', o.newDays);
  positive('lostDays', o.lostDays);
  positive('activeGapFactor', o.activeGapFactor);
  positive('atRiskGapFactor', o.atRiskGapFactor);
  if (o.atRiskGapFactor < o.activeGapFactor)
    throw engineError(
      'bad_option_at_least',
      { option: 'atRiskGapFactor', value: String(o.atRiskGapFactor), other: 'activeGapFactor' },
      `Option atRiskGapFactor = ${o.atRiskGapFactor} is not valid: it must be ≥ activeGapFactor.`,
    );
  positive('defaultGapDays', o.defaultGapDays);
  wholeMonths('behaviourWindowMonths', o.behaviourWindowMonths);
  if (!(Number.isFinite(o.trendThreshold) && o.trendThreshold >= 0)) bad('bad_option_non_negative', 'trendThreshold', o.trendThreshold, 'it must be ≥ 0');
  oneOf('period', o.period, ['month', 'quarter', 'half', 'year']);
  oneOf('timeUnit', o.timeUnit, ['days', 'weeks']);
  wholeMonths('horizonMonths', o.horizonMonths);
  if (!(Number.isFinite(o.discountRate) && o.discountRate >= 0)) bad('bad_option_non_negative', 'discountRate', o.discountRate, 'it must be ≥ 0');
  if (o.marginRate !== null && !(Number.isFinite(o.marginRate) && o.marginRate >= 0 && o.marginRate <= 1))
    bad('bad_option_fraction', 'marginRate', o.marginRate, 'it must be between 0 and 1');
  if (o.holdout !== null) positive('holdout', o.holdout);
  return o;
}
