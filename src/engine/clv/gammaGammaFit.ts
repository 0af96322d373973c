import gammaln from '@stdlib/math-base-special-gammaln';
import { CompensatedSum } from './compensatedSum';
import { digamma } from './digamma';
import { inverseDiagonal, minimize } from './minimize';
import { failedFit, PARAMETER_BOUNDS, SEARCH_BOUND, type ModelFit } from './modelFit';

// Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; lifetimes' p, q, v = γ):
// a purchase's value ~ Gamma(p, ν), ν ~ Gamma(q, γ) across clients; for a client with x > 0 repeat
// purchases of mean value m,
//   ln f(m | x) = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(xm + γ).
// The gamma-function terms depend on x only: computed once per distinct x per evaluation.

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFit extends ModelFit<GammaGammaParams> {
  /** Pearson correlation of x and the mean value over the fitted clients (the model assumes none) */
  correlation: number | null;
}

export interface GammaGammaFitOptions {
  /** adds penalizer · (p² + q² + γ²) to the mean negative log-likelihood (default 0) */
  penalizer?: number;
  /** 1 = may use this client; only clients with x > 0 and a positive mean value are fitted */
  include?: Uint8Array;
  /** minimum clients fitted (default 10) */
  minClients?: number;
}

export const GAMMA_GAMMA_PARAM_NAMES = ['p', 'q', 'gamma'] as const;

export function gammaGammaFit(
  x: Float64Array,
  meanValue: Float64Array,
  options: GammaGammaFitOptions = {},
): GammaGammaFit {
  const prepared = prepare(x, meanValue, options.include);
  if (!prepared) return { ...failedFit('failed', 'invalid_data', 0), correlation: null };
  const { clients } = prepared;
  const correlation = prepared.correlation;
  if (clients < (options.minClients ?? 10)) {
    return { ...failedFit('too_few_data', 'too_few_repeat_clients', clients), correlation };
  }
  const penalizer = options.penalizer ?? 0;
  const objective = (theta: Float64Array, grad: Float64Array | null): number =>
    evaluate(prepared, theta, grad, penalizer);
  // Start: p = 1, q = 2, γ = mean of the means, so that the population mean pγ/(q−1) matches the data.
  const result = minimize(objective, [0, Math.log(2), Math.log(prepared.meanOfMeans)], {
    bound: SEARCH_BOUND,
  });
  const theta = result.x;
  if (!Number.isFinite(result.value)) {
    return { ...failedFit('failed', 'non_finite', clients, result.evaluations), correlation };
  }
  if (theta.some((t) => !(Math.exp(t) >= PARAMETER_BOUNDS[0] && Math.exp(t) <= PARAMETER_BOUNDS[1]))) {
    return { ...failedFit('failed', 'degenerate', clients, result.evaluations), correlation };
  }
  if (!result.converged)
    return { ...failedFit('failed', 'no_convergence', clients, result.evaluations), correlation };
  const variances = result.hessian ? inverseDiagonal(result.hessian, 3) : null;
  const se = variances ? Array.from(theta, (t, i) => Math.exp(t) * Math.sqrt(variances[i] / clients)) : null;
  return {
    status: 'ok',
    reason: null,
    params: { p: Math.exp(theta[0]), q: Math.exp(theta[1]), gamma: Math.exp(theta[2]) },
    standardErrors: se && se.every(Number.isFinite) ? { p: se[0], q: se[1], gamma: se[2] } : null,
    logLikelihood: evaluate(prepared, theta, null, 0) * -clients,
    clients,
    evaluations: result.evaluations,
    correlation,
  };
}

/** Total Gamma-Gamma log-likelihood of the clients with x > 0 and a positive mean value; NaN when invalid. */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  x: Float64Array,
  meanValue: Float64Array,
): number {
  const prepared = prepare(x, meanValue);
  if (!prepared || prepared.clients === 0) return NaN;
  const theta = Float64Array.from([params.p, params.q, params.gamma], Math.log);
  return evaluate(prepared, theta, null, 0) * -prepared.clients;
}

/**
 * Conditional expected value of a purchase: (γ + x·m) p / (p x + q − 1); for x = 0 the population
 * mean p γ / (q − 1). NaN when q ≤ 1 and x = 0 (the population mean does not exist).
 */
export function gammaGammaExpectedValue(params: GammaGammaParams, x: number, meanValue: number): number {
  const { p, q, gamma } = params;
  const den = p * x + q - 1;
  return den > 0 ? ((gamma + x * meanValue) * p) / den : NaN;
}

interface Prepared {
  clients: number;
  meanOfMeans: number;
  correlation: number | null;
  /** distinct x values, clients per x and Σ ln m per x */
  ks: Float64Array;
  counts: Float64Array;
  sumLnM: Float64Array;
  /** per fitted client: index into ks, and x·m */
  group: Int32Array;
  xm: Float64Array;
}

function prepare(x: Float64Array, m: Float64Array, include?: Uint8Array): Prepared | null {
  const n = x.length;
  if (m.length !== n || (include && include.length !== n)) return null;
  const kIndex = new Map<number, number>();
  const ks: number[] = [],
    counts: number[] = [],
    sumLnM: CompensatedSum[] = [];
  const group: number[] = [],
    xm: number[] = [];
  let sx = 0,
    sm = 0,
    sxx = 0,
    smm = 0,
    sxm = 0;
  for (let i = 0; i < n; i++) {
    if (include && !include[i]) continue;
    const xi = x[i],
      mi = m[i];
    if (!(xi > 0 && mi > 0)) continue;
    if (!Number.isFinite(xi) || !Number.isFinite(mi)) return null;
    let g = kIndex.get(xi);
    if (g === undefined) {
      g = ks.length;
      kIndex.set(xi, g);
      ks.push(xi);
      counts.push(0);
      sumLnM.push(new CompensatedSum());
    }
    counts[g]++;
    sumLnM[g].add(Math.log(mi));
    group.push(g);
    xm.push(xi * mi);
    sx += xi;
    sm += mi;
    sxx += xi * xi;
    smm += mi * mi;
    sxm += xi * mi;
  }
  const c = group.length;
  const vx = sxx - (sx * sx) / c,
    vm = smm - (sm * sm) / c;
  const correlation = c > 1 && vx > 0 && vm > 0 ? (sxm - (sx * sm) / c) / Math.sqrt(vx * vm) : null;
  return {
    clients: c,
    meanOfMeans: c ? sm / c : 1,
    correlation,
    ks: Float64Array.from(ks),
    counts: Float64Array.from(counts),
    sumLnM: Float64Array.from(sumLnM, (s) => s.value),
    group: Int32Array.from(group),
    xm: Float64Array.from(xm),
  };
}

function evaluate(d: Prepared, theta: Float64Array, grad: Float64Array | null, penalizer: number): number {
  const p = Math.exp(theta[0]),
    q = Math.exp(theta[1]),
    gamma = Math.exp(theta[2]);
  if (!(p > 0 && q > 0 && gamma > 0 && p < Infinity && q < Infinity && gamma < Infinity)) return Infinity;
  const { ks, counts, sumLnM, group, xm } = d;
  const nk = ks.length;
  // Per distinct x = k: the terms not involving m (times the clients), and (pk+q) for the m-terms.
  const lnGq = gammaln(q),
    lnGamma = Math.log(gamma);
  const psiQ = grad ? digamma(q) : 0;
  const pkq = new Float64Array(nk);
  // Compensated sums (see compensatedSum.ts): the terms are large and cancel.
  const ll = new CompensatedSum(),
    dp = new CompensatedSum(),
    dq = new CompensatedSum(),
    dg = new CompensatedSum();
  for (let g = 0; g < nk; g++) {
    const k = ks[g],
      pk = p * k;
    pkq[g] = pk + q;
    const lnk = Math.log(k);
    const c = counts[g];
    ll.add(c * (gammaln(pk + q) - gammaln(pk) - lnGq));
    ll.add(c * q * lnGamma);
    ll.add(c * pk * lnk);
    ll.add((pk - 1) * sumLnM[g]);
    if (grad) {
      const psi = digamma(pk + q);
      dp.add(k * c * (psi - digamma(pk) + lnk));
      dp.add(k * sumLnM[g]);
      dq.add(c * (psi - psiQ));
      dq.add(c * lnGamma);
    }
  }
  const n = xm.length;
  if (grad) dg.add((n * q) / gamma);
  for (let i = 0; i < n; i++) {
    const g = group[i];
    const s = xm[i] + gamma;
    const ls = Math.log(s);
    ll.add(-pkq[g] * ls);
    if (grad) {
      dp.add(-ks[g] * ls);
      dq.add(-ls);
      dg.add(-pkq[g] / s);
    }
  }
  const value = -ll.value / n + penalizer * (p * p + q * q + gamma * gamma);
  if (grad) {
    grad[0] = (-p * dp.value) / n + 2 * penalizer * p * p;
    grad[1] = (-q * dq.value) / n + 2 * penalizer * q * q;
    grad[2] = (-gamma * dg.value) / n + 2 * penalizer * gamma * gamma;
  }
  return Number.isFinite(value) ? value : Infinity;
}
