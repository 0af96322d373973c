// What a model fit returns: a status and reason instead of a throw, nothing non-finite.

export type FitStatus = 'ok' | 'too_few_data' | 'failed';

/** Why a fit has no usable parameters (ids; the UI phrases them). */
export type FitReason =
  | 'too_few_clients'
  | 'too_few_repeat_clients'
  | 'invalid_data'
  | 'no_convergence'
  | 'degenerate'
  | 'non_finite';

export interface ModelFit<P> {
  status: FitStatus;
  reason: FitReason | null;
  /** null unless status is 'ok' */
  params: P | null;
  /** from the numerical Hessian (delta method from the log-parameters); null when not available */
  standardErrors: P | null;
  /** total log-likelihood at params (penalty excluded); null unless status is 'ok' */
  logLikelihood: number | null;
  /** clients the model was fitted on */
  clients: number;
  /** objective evaluations used (gradient evaluations included) */
  evaluations: number;
}

/** Parameters further out than this are a degenerate fit (a boundary solution, e.g. identical clients). */
export const PARAMETER_BOUNDS = [1e-6, 1e6] as const;
/** The optimiser searches log-parameters within ±ln 1e8, a little beyond PARAMETER_BOUNDS. */
export const SEARCH_BOUND = Math.log(1e8);

export function failedFit<P>(
  status: FitStatus,
  reason: FitReason,
  clients: number,
  evaluations = 0,
): ModelFit<P> {
  return { status, reason, params: null, standardErrors: null, logLikelihood: null, clients, evaluations };
}
