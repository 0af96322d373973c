export { lifetimeValue } from './lifetimeValue';
export type {
  LifetimeValueGroups,
  LifetimeValueOptions,
  LifetimeValueResult,
  LifetimeValueStatus,
  MarginSource,
} from './lifetimeValue';
export { modelInputs } from './modelInputs';
export type { ModelInputs, TimeUnit } from './modelInputs';
export { bgnbdFit, bgnbdLogLikelihood, BGNBD_PARAM_NAMES } from './bgnbdFit';
export type { BgnbdData, BgnbdFitOptions, BgnbdParams } from './bgnbdFit';
export { bgnbdPredictor, bgnbdConditionalExpected, pAlive } from './bgnbdPredictor';
export type { BgnbdPredictor } from './bgnbdPredictor';
export {
  gammaGammaFit,
  gammaGammaLogLikelihood,
  gammaGammaExpectedValue,
  GAMMA_GAMMA_PARAM_NAMES,
} from './gammaGammaFit';
export type { GammaGammaFit, GammaGammaFitOptions, GammaGammaParams } from './gammaGammaFit';
export { clientLifetimeValue, MONTH_DAYS } from './clientLifetimeValue';
export type { ClientLifetimeValue, ClientLifetimeValueSettings } from './clientLifetimeValue';
export { portfolioValue } from './portfolioValue';
export type { GroupValue, PortfolioValue, PortfolioValueInput } from './portfolioValue';
export { trailingYear } from './trailingYear';
export type { TrailingYear } from './trailingYear';
export { hyp2f1, hyp2f1Fixed } from './hyp2f1';
export { modelBacktest, BACKTEST_FREQUENCY_ROWS } from './modelBacktest';
export type {
  BacktestFrequencyRow,
  ModelBacktest,
  ModelBacktestOptions,
  ModelBacktestStatus,
} from './modelBacktest';
export { digamma } from './digamma';
export * from './codes';
export type { FitReason, FitStatus, ModelFit } from './modelFit';
