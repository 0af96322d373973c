// The Options step as the user edits it (percent and day numbers, ISO date text) and its conversion to
// the engine's AnalysisOptions (fractions, day serials). Pure; stored per workbook.
import type { AnalysisOptions } from '../engine/classify';
import { defaultAnalysisOptions } from '../engine/classify/analysisOptions';
import { dayFromIso, isoDate, type Granularity } from '../engine/dates';
import { DEFAULT_OUTPUTS, type Outputs } from '../report/selectOutputs';
import type { MessageKey } from '../i18n';

export interface PaneOptions {
  /** "" = the last sale date */
  asOf: string;
  abcBasis: 'revenue' | 'margin';
  abcWindow: 'trailing12' | 'all';
  abcMode: 'value' | 'count';
  /** cumulative thresholds in percent (value mode: of value; count mode: of ranked clients) */
  abcA: number;
  abcB: number;
  newDays: number;
  lostDays: number;
  period: Granularity;
  /** lifetime value (SPEC §7): horizon in whole months, annual discount rate in percent */
  horizonMonths: number;
  discountRate: number;
  /** margin rate in percent for CLV when the sales have no margin or cost column (100 = revenue CLV) */
  assumedMargin: number;
  outputs: Outputs;
}

export const ABC_DEFAULTS: Record<PaneOptions['abcMode'], { a: number; b: number }> = {
  value: { a: defaultAnalysisOptions.abcA * 100, b: defaultAnalysisOptions.abcB * 100 },
  count: { a: defaultAnalysisOptions.abcCountA * 100, b: defaultAnalysisOptions.abcCountB * 100 },
};

export { DEFAULT_OUTPUTS, type Outputs };

export const defaultPaneOptions: Readonly<PaneOptions> = Object.freeze({
  asOf: '',
  abcBasis: defaultAnalysisOptions.abcBasis,
  abcWindow: defaultAnalysisOptions.abcWindow,
  abcMode: defaultAnalysisOptions.abcMode,
  abcA: ABC_DEFAULTS.value.a,
  abcB: ABC_DEFAULTS.value.b,
  newDays: defaultAnalysisOptions.newDays,
  lostDays: defaultAnalysisOptions.lostDays,
  period: defaultAnalysisOptions.period,
  horizonMonths: defaultAnalysisOptions.horizonMonths,
  discountRate: defaultAnalysisOptions.discountRate * 100,
  assumedMargin: 100,
  outputs: DEFAULT_OUTPUTS,
});

/** The problems of the options as message keys by field (empty = can run). */
export function optionProblems(o: PaneOptions): Partial<Record<keyof PaneOptions, MessageKey>> {
  const out: Partial<Record<keyof PaneOptions, MessageKey>> = {};
  if (o.asOf !== '' && !isIsoDate(o.asOf)) out.asOf = 'pane.options.bad.asOf';
  if (!(o.abcA > 0 && o.abcA <= 100)) out.abcA = 'pane.options.bad.percent';
  if (!(o.abcB > 0 && o.abcB <= 100)) out.abcB = 'pane.options.bad.percent';
  else if (!out.abcA && o.abcB < o.abcA) out.abcB = 'pane.options.bad.abcOrder';
  if (!(Number.isInteger(o.newDays) && o.newDays > 0)) out.newDays = 'pane.options.bad.days';
  if (!(Number.isInteger(o.lostDays) && o.lostDays > 0)) out.lostDays = 'pane.options.bad.days';
  if (!(Number.isInteger(o.horizonMonths) && o.horizonMonths >= 1 && o.horizonMonths <= 600))
    out.horizonMonths = 'pane.options.bad.horizon';
  if (!(o.discountRate > 0 && o.discountRate <= 100)) out.discountRate = 'pane.options.bad.discount';
  if (!(o.assumedMargin >= 0 && o.assumedMargin <= 100)) out.assumedMargin = 'pane.options.bad.margin';
  return out;
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const day = dayFromIso(s);
  return Number.isFinite(day) && isoDate(day) === s;
}

/**
 * The engine's options for the pane's (valid) options. The assumed margin applies only without a margin
 * or cost column (`hasMargin` false); 100 % stays "no margin data" (null), which the results show as
 * an assumed margin.
 */
export function analysisOptionsOf(o: PaneOptions, hasMargin = false): Partial<AnalysisOptions> {
  const a = o.abcA / 100;
  const b = o.abcB / 100;
  return {
    asOf: o.asOf === '' ? null : dayFromIso(o.asOf),
    abcBasis: o.abcBasis,
    abcWindow: o.abcWindow,
    abcMode: o.abcMode,
    ...(o.abcMode === 'value' ? { abcA: a, abcB: b } : { abcCountA: a, abcCountB: b }),
    newDays: o.newDays,
    lostDays: o.lostDays,
    period: o.period,
    horizonMonths: o.horizonMonths,
    discountRate: o.discountRate / 100,
    marginRate: hasMargin || o.assumedMargin === 100 ? null : o.assumedMargin / 100,
  };
}

/** Back from stored AnalysisOptions (settings of an earlier run); anything missing or odd → default. */
export function paneOptionsOf(stored: Partial<AnalysisOptions> | undefined, outputs?: Partial<Outputs>): PaneOptions {
  const s = stored ?? {};
  const d = defaultPaneOptions;
  const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  const mode = pick(s.abcMode, ['value', 'count'] as const, d.abcMode);
  const pct = (v: unknown, fallback: number) =>
    typeof v === 'number' && v > 0 && v <= 1 ? Math.round(v * 10000) / 100 : fallback;
  const days = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fallback);
  return {
    asOf: typeof s.asOf === 'number' && Number.isInteger(s.asOf) && s.asOf > 60 ? isoDate(s.asOf) : '',
    abcBasis: pick(s.abcBasis, ['revenue', 'margin'] as const, d.abcBasis),
    abcWindow: pick(s.abcWindow, ['trailing12', 'all'] as const, d.abcWindow),
    abcMode: mode,
    abcA: pct(mode === 'value' ? s.abcA : s.abcCountA, ABC_DEFAULTS[mode].a),
    abcB: pct(mode === 'value' ? s.abcB : s.abcCountB, ABC_DEFAULTS[mode].b),
    newDays: days(s.newDays, d.newDays),
    lostDays: days(s.lostDays, d.lostDays),
    period: pick(s.period, ['month', 'quarter', 'half', 'year'] as const, d.period),
    horizonMonths:
      typeof s.horizonMonths === 'number' && Number.isInteger(s.horizonMonths) && s.horizonMonths >= 1 && s.horizonMonths <= 600
        ? s.horizonMonths
        : d.horizonMonths,
    discountRate: pct(s.discountRate, d.discountRate),
    assumedMargin: typeof s.marginRate === 'number' && s.marginRate >= 0 && s.marginRate <= 1 ? Math.round(s.marginRate * 10000) / 100 : d.assumedMargin,
    outputs: {
      columns: outputs?.columns !== false,
      sheets: outputs?.sheets !== false,
      charts: outputs?.charts !== false,
    },
  };
}
