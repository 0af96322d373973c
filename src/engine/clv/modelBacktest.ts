import type { Occasions } from '../purchaseOccasions';
import { bgnbdFit, type BgnbdParams } from './bgnbdFit';
import { bgnbdPredictor } from './bgnbdPredictor';
import type { FitReason } from './modelFit';
import { modelInputs, type TimeUnit } from './modelInputs';

// Back-test of the purchase model (SPEC §7 "Validation"), as Fader, Hardie & Lee do on CDNOW: fit
// BG/NBD on the purchases up to calibrationEnd = asOf − H, predict each calibration client's repeat
// purchase days in (calibrationEnd, asOf], and compare with what happened. Only clients with a
// purchase on or before calibrationEnd take part (those acquired in the holdout have no
// calibration history). Purchase days are counted as in the model (one per client and day).
// Gamma-Gamma plays no part: it predicts the value of a purchase, not how many there are.

export interface ModelBacktestOptions {
  timeUnit?: TimeUnit;
  /** H in the time unit; default: the last third of the history (first purchase → asOf), at most 12 months */
  holdout?: number | null;
  penalizer?: number;
}

export interface BacktestFrequencyRow {
  /** calibration repeat purchase days; the last row (x = 7) holds 7 and more */
  x: number;
  clients: number;
  /** mean predicted / actual repeat purchase days in the holdout */
  predicted: number;
  actual: number;
}

export type ModelBacktestStatus = 'ok' | 'too_short' | 'fit_failed' | 'invalid_holdout';

export interface ModelBacktest {
  status: ModelBacktestStatus;
  /** why the fit failed (status fit_failed) */
  reason: FitReason | null;
  timeUnit: TimeUnit;
  /** H in the time unit and in days */
  holdout: number;
  holdoutDays: number;
  /** day serials */
  calibrationEnd: number;
  holdoutEnd: number;
  /** calibration clients */
  clients: number;
  params: BgnbdParams | null;
  predictedTotal: number;
  actualTotal: number;
  /** mean absolute error per client (repeat purchase days) */
  mae: number;
  byFrequency: BacktestFrequencyRow[];
}

/** Calibration frequencies 0 … 6 and "7+". */
export const BACKTEST_FREQUENCY_ROWS = 8;
const MAX_DEFAULT_DAYS = 365;

export function modelBacktest(
  occasions: Occasions,
  clientCount: number,
  asOf: number,
  options: ModelBacktestOptions = {},
): ModelBacktest {
  const timeUnit = options.timeUnit ?? 'weeks';
  const unit = timeUnit === 'weeks' ? 7 : 1;
  const { start, day, purchase } = occasions;
  let firstDay = Infinity;
  for (let k = 0; k < occasions.length; k++)
    if (purchase[k] && day[k] <= asOf && day[k] < firstDay) firstDay = day[k];
  const history = Number.isFinite(firstDay) ? asOf - firstDay : 0;
  const holdoutDays =
    options.holdout != null
      ? Math.round(options.holdout * unit)
      : Math.min(Math.floor(history / 3), MAX_DEFAULT_DAYS);
  const base: ModelBacktest = {
    status: 'ok',
    reason: null,
    timeUnit,
    holdout: holdoutDays / unit,
    holdoutDays,
    calibrationEnd: asOf - holdoutDays,
    holdoutEnd: asOf,
    clients: 0,
    params: null,
    predictedTotal: 0,
    actualTotal: 0,
    mae: 0,
    byFrequency: [],
  };
  if (
    options.holdout != null &&
    !(Number.isFinite(options.holdout) && options.holdout > 0 && holdoutDays >= 1)
  )
    return { ...base, status: 'invalid_holdout' };
  if (!(holdoutDays >= 1 && holdoutDays < history)) return { ...base, status: 'too_short' };

  const calibrationEnd = asOf - holdoutDays;
  const inputs = modelInputs(occasions, clientCount, calibrationEnd, timeUnit);
  const fit = bgnbdFit(inputs, { include: inputs.hasPurchase, penalizer: options.penalizer ?? 0 });
  if (fit.status !== 'ok' || !fit.params) return { ...base, status: 'fit_failed', reason: fit.reason };
  const predictor = bgnbdPredictor(fit.params);
  const t = holdoutDays / unit;

  const rows = BACKTEST_FREQUENCY_ROWS;
  const clients = new Float64Array(rows),
    predicted = new Float64Array(rows),
    actual = new Float64Array(rows);
  let n = 0,
    predictedTotal = 0,
    actualTotal = 0,
    absError = 0;
  for (let c = 0; c < clientCount; c++) {
    if (!inputs.hasPurchase[c]) continue;
    // Distinct purchase days in the holdout (a client's occasions are ordered by day).
    let days = 0,
      last = -1;
    for (let k = start[c]; k < start[c + 1]; k++) {
      const d = day[k];
      if (!purchase[k] || d <= calibrationEnd || d > asOf || d === last) continue;
      days++;
      last = d;
    }
    const x = inputs.x[c];
    const e = predictor.expected(t, x, inputs.tx[c], inputs.T[c]);
    const p = Number.isFinite(e) ? e : 0;
    const row = Math.min(x, rows - 1);
    n++;
    clients[row]++;
    predicted[row] += p;
    actual[row] += days;
    predictedTotal += p;
    actualTotal += days;
    absError += Math.abs(p - days);
  }
  const byFrequency: BacktestFrequencyRow[] = [];
  for (let x = 0; x < rows; x++) {
    if (clients[x] === 0) continue;
    byFrequency.push({
      x,
      clients: clients[x],
      predicted: predicted[x] / clients[x],
      actual: actual[x] / clients[x],
    });
  }
  return {
    ...base,
    clients: n,
    params: fit.params,
    predictedTotal,
    actualTotal,
    mae: n ? absError / n : 0,
    byFrequency,
  };
}
