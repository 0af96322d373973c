// Ids of the CLV outputs (per-client Uint8Array columns hold the index). The UI and the
// "Portfolio value" sheet phrase them in the user's language.

/** How a client's CLV was obtained. */
export const CLV_METHODS = [
  /** BG/NBD purchases × Gamma-Gamma value */
  'model',
  /** BG/NBD purchases × the client's observed mean purchase value (no usable Gamma-Gamma value) */
  'model_observed_value',
  /** simple retention model m · r / (1 + d − r) */
  'retention',
  /** no purchase on or before the as-of date: no CLV, not a current client */
  'no_purchase',
] as const;
export type ClvMethod = (typeof CLV_METHODS)[number];
export const METHOD_MODEL = 0;
export const METHOD_MODEL_OBSERVED_VALUE = 1;
export const METHOD_RETENTION = 2;
export const METHOD_NO_PURCHASE = 3;

/** Why a client is not valued by the models (index 0 = it is). */
export const CLV_REASONS = [
  'none',
  /** fewer clients with purchases than BG/NBD needs (default 10) */
  'too_few_clients',
  /** fewer clients with a repeat purchase than BG/NBD needs (default 5) */
  'too_few_repeat_clients',
  /** the BG/NBD fit did not give usable parameters (no convergence, boundary solution, invalid data) */
  'fit_failed',
  /** the model's prediction for this client was not a finite number */
  'non_finite',
  'no_purchase',
] as const;
export type ClvReason = (typeof CLV_REASONS)[number];

export type ClvWarningId =
  /** corr(x, mean repeat value) > 0.3: Gamma-Gamma's independence assumption is doubtful (value = corr) */
  | 'gamma_gamma_correlation'
  /** no Gamma-Gamma fit (reason = the fit's reason): values are the clients' observed means */
  | 'gamma_gamma_unavailable'
  /** q ≤ 1: no population mean value; clients with x = 0 use their observed mean */
  | 'gamma_gamma_no_population_mean'
  /** clients with repeat purchases whose mean repeat value is 0 (left out of the Gamma-Gamma fit) */
  | 'zero_value_repeat_clients'
  /** BG/NBD unusable (reason): every client is valued by the retention model */
  | 'bgnbd_unavailable'
  /** clients valued by the retention model (clients = how many) */
  | 'retention_fallback'
  /** the yearly retention could not be measured (less than two years of data) and none was given: r = 0 */
  | 'retention_unknown'
  /** a group column (ABC / RFM) does not have one code per client and was ignored */
  | 'group_length_mismatch';

export interface ClvWarning {
  id: ClvWarningId;
  value?: number;
  reason?: string;
  clients?: number;
}

/** One line of the "Portfolio value" sheet's parameters and assumptions: an id and its value. */
export interface Assumption {
  id: string;
  value: number | string | null;
}
