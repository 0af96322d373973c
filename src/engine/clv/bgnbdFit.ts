import { CompensatedSum } from './compensatedSum';
import { inverseDiagonal, minimize } from './minimize';
import { failedFit, PARAMETER_BOUNDS, SEARCH_BOUND, type ModelFit } from './modelFit';

// BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"). Per client,
//   L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
//     + [x > 0] B(a+1, b+x−1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x)),
// evaluated in logs as A1 + A2 + logaddexp(A3, A4) (lifetimes' form):
//   A1 = lnΓ(r+x) − lnΓ(r) + r ln α, A2 = ln B(a, b+x) − ln B(a, b),
//   A3 = −(r+x) ln(α+T),             A4 = ln a − ln(b+x−1) − (r+x) ln(α+t_x).
// x is an integer, so the gamma/beta differences are finite sums (Σ_{j<x} ln(r+j) ...), and so are
// their derivatives: the analytic gradient needs no digamma. Clients with x = 0 only contribute
// r ln α − r ln(α+T), summed by distinct T; the others are grouped by identical (x, t_x, T), and
// ln(α+·) is computed once per distinct time value.

export interface BgnbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgnbdData {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
}

export interface BgnbdFitOptions {
  /** lifetimes' penalizer_coef: adds penalizer · (r² + α² + a² + b²) to the mean negative log-likelihood (default 0) */
  penalizer?: number;
  /** 1 = use this client (default: all) */
  include?: Uint8Array;
  /** minimum clients / clients with a repeat purchase (defaults 10 and 5) */
  minClients?: number;
  minRepeatClients?: number;
}

export const BGNBD_PARAM_NAMES = ['r', 'alpha', 'a', 'b'] as const;

export function bgnbdFit(data: BgnbdData, options: BgnbdFitOptions = {}): ModelFit<BgnbdParams> {
  const prepared = prepare(data, options.include);
  if (!prepared) return failedFit('failed', 'invalid_data', 0);
  const { clients, repeatClients } = prepared;
  if (clients < (options.minClients ?? 10)) return failedFit('too_few_data', 'too_few_clients', clients);
  if (repeatClients < (options.minRepeatClients ?? 5)) {
    return failedFit('too_few_data', 'too_few_repeat_clients', clients);
  }
  const penalizer = options.penalizer ?? 0;
  const objective = (theta: Float64Array, grad: Float64Array | null): number =>
    evaluate(prepared, theta, grad, penalizer);
  // Start: r = a = b = 1 and α = mean T (the time scale of the data), in log-parameters.
  const start = [0, Math.log(Math.max(prepared.meanT, 1e-3)), 0, 0];
  const result = minimize(objective, start, { bound: SEARCH_BOUND });
  if (!Number.isFinite(result.value)) return failedFit('failed', 'non_finite', clients, result.evaluations);
  const theta = result.x;
  const params = toParams(theta);
  if (theta.some((t) => !(Math.exp(t) >= PARAMETER_BOUNDS[0] && Math.exp(t) <= PARAMETER_BOUNDS[1]))) {
    return failedFit('failed', 'degenerate', clients, result.evaluations);
  }
  if (!result.converged) return failedFit('failed', 'no_convergence', clients, result.evaluations);
  const variances = result.hessian ? inverseDiagonal(result.hessian, 4) : null;
  const se = variances ? Array.from(theta, (t, i) => Math.exp(t) * Math.sqrt(variances[i] / clients)) : null;
  return {
    status: 'ok',
    reason: null,
    params,
    standardErrors: se && se.every(Number.isFinite) ? { r: se[0], alpha: se[1], a: se[2], b: se[3] } : null,
    logLikelihood: evaluate(prepared, theta, null, 0) * -clients,
    clients,
    evaluations: result.evaluations,
  };
}

/** Total BG/NBD log-likelihood of the included clients; NaN when the data are invalid. */
export function bgnbdLogLikelihood(params: BgnbdParams, data: BgnbdData, include?: Uint8Array): number {
  const prepared = prepare(data, include);
  if (!prepared) return NaN;
  const theta = Float64Array.from([params.r, params.alpha, params.a, params.b], Math.log);
  return evaluate(prepared, theta, null, 0) * -prepared.clients;
}

function toParams(theta: Float64Array): BgnbdParams {
  return { r: Math.exp(theta[0]), alpha: Math.exp(theta[1]), a: Math.exp(theta[2]), b: Math.exp(theta[3]) };
}

interface Prepared {
  clients: number;
  repeatClients: number;
  meanT: number;
  maxX: number;
  /** distinct time values (T and t_x) */
  times: Float64Array;
  /** clients with x = 0: count per distinct time value of T */
  zeroCount: Float64Array;
  zeroClients: number;
  /** distinct (x, t_x, T) of clients with x > 0 */
  gx: Int32Array;
  gtx: Int32Array;
  gT: Int32Array;
  gCount: Float64Array;
}

function prepare(data: BgnbdData, include?: Uint8Array): Prepared | null {
  const { x, tx, T } = data;
  const n = x.length;
  if (tx.length !== n || T.length !== n || (include && include.length !== n)) return null;
  const timeIndex = new Map<number, number>();
  const times: number[] = [];
  const indexOf = (v: number): number => {
    let i = timeIndex.get(v);
    if (i === undefined) {
      i = times.length;
      times.push(v);
      timeIndex.set(v, i);
    }
    return i;
  };
  const zero: number[] = [];
  // Clients with x > 0 grouped by identical (x, t_x, T): key (x, index of t_x, index of T) as one number.
  const groups = new Map<number, number>();
  const gx: number[] = [],
    gtx: number[] = [],
    gT: number[] = [],
    gCount: number[] = [];
  let clients = 0,
    repeatClients = 0,
    sumT = 0,
    maxX = 0;
  const KEY = 1 << 20; // time indices above this are not grouped (key would lose exactness)
  for (let i = 0; i < n; i++) {
    if (include && !include[i]) continue;
    const xi = x[i],
      ti = tx[i],
      Ti = T[i];
    if (!(xi >= 0 && Number.isInteger(xi) && ti >= 0 && ti <= Ti && Number.isFinite(Ti))) return null;
    if (xi > 0 && !(ti > 0)) return null; // repeat purchases happen after the first
    clients++;
    sumT += Ti;
    const iT = indexOf(Ti);
    if (xi === 0) {
      while (zero.length <= iT) zero.push(0);
      zero[iT]++;
      continue;
    }
    repeatClients++;
    if (xi > maxX) maxX = xi;
    const itx = indexOf(ti);
    const key = iT < KEY && itx < KEY && xi < 4096 ? (xi * KEY + itx) * KEY + iT : -1;
    const g = key >= 0 ? groups.get(key) : undefined;
    if (g !== undefined) {
      gCount[g]++;
    } else {
      if (key >= 0) groups.set(key, gx.length);
      gx.push(xi);
      gtx.push(itx);
      gT.push(iT);
      gCount.push(1);
    }
  }
  const zeroCount = new Float64Array(times.length);
  let zeroClients = 0;
  for (let u = 0; u < times.length; u++) {
    zeroCount[u] = zero[u] ?? 0;
    zeroClients += zeroCount[u];
  }
  return {
    clients,
    repeatClients,
    meanT: clients ? sumT / clients : 1,
    maxX,
    times: Float64Array.from(times),
    zeroCount,
    zeroClients,
    gx: Int32Array.from(gx),
    gtx: Int32Array.from(gtx),
    gT: Int32Array.from(gT),
    gCount: Float64Array.from(gCount),
  };
}

/** Mean negative log-likelihood (+ penalty) at log-parameters theta; gradient in log-parameters. */
function evaluate(p: Prepared, theta: Float64Array, grad: Float64Array | null, penalizer: number): number {
  const r = Math.exp(theta[0]),
    alpha = Math.exp(theta[1]),
    a = Math.exp(theta[2]),
    b = Math.exp(theta[3]);
  if (!(
    r > 0 &&
    alpha > 0 &&
    a > 0 &&
    b > 0 &&
    r < Infinity &&
    alpha < Infinity &&
    a < Infinity &&
    b < Infinity
  )) {
    return Infinity;
  }
  const K = p.maxX + 1;
  // Cumulative sums over j < k: S1 = Σ ln(r+j), S2 = Σ ln(b+j) − ln(a+b+j), and their derivatives.
  const S1 = new Float64Array(K),
    S2 = new Float64Array(K);
  const D1 = new Float64Array(K),
    D2a = new Float64Array(K),
    D2b = new Float64Array(K);
  const lnB1 = new Float64Array(K); // ln(b + k − 1)
  for (let k = 1; k < K; k++) {
    const j = k - 1;
    S1[k] = S1[j] + Math.log(r + j);
    S2[k] = S2[j] + Math.log(b + j) - Math.log(a + b + j);
    D1[k] = D1[j] + 1 / (r + j);
    D2a[k] = D2a[j] - 1 / (a + b + j);
    D2b[k] = D2b[j] + 1 / (b + j) - 1 / (a + b + j);
    lnB1[k] = Math.log(b + j);
  }
  const times = p.times;
  const nt = times.length;
  const lnTime = new Float64Array(nt);
  const invTime = new Float64Array(nt);
  for (let u = 0; u < nt; u++) {
    lnTime[u] = Math.log(alpha + times[u]);
    invTime[u] = 1 / (alpha + times[u]);
  }
  const lnAlpha = Math.log(alpha),
    lnA = Math.log(a);

  // Compensated sums (see compensatedSum.ts): the per-client terms are large and cancel.
  const ll = new CompensatedSum(),
    dr = new CompensatedSum(),
    dAlpha = new CompensatedSum(),
    da = new CompensatedSum(),
    db = new CompensatedSum();
  // x = 0: r ln α − r ln(α+T) per client.
  const zc = p.zeroCount;
  ll.add(p.zeroClients * r * lnAlpha);
  dr.add(p.zeroClients * lnAlpha);
  dAlpha.add((p.zeroClients * r) / alpha);
  for (let u = 0; u < nt; u++) {
    if (zc[u] === 0) continue;
    ll.add(-r * zc[u] * lnTime[u]);
    dr.add(-zc[u] * lnTime[u]);
    dAlpha.add(-r * zc[u] * invTime[u]);
  }

  const { gx, gtx, gT, gCount } = p;
  const m = gx.length;
  for (let g = 0; g < m; g++) {
    const k = gx[g],
      w = gCount[g];
    const lT = lnTime[gT[g]],
      lx = lnTime[gtx[g]];
    const rk = r + k;
    const A3 = -rk * lT;
    const A4 = lnA - lnB1[k] - rk * lx;
    const d = A4 - A3;
    const e = Math.exp(-Math.abs(d));
    const mix = (d > 0 ? A4 : A3) + Math.log1p(e);
    ll.add(w * (S1[k] + r * lnAlpha + S2[k] + mix));
    if (grad) {
      const p4 = d > 0 ? 1 / (1 + e) : e / (1 + e); // weight of the "dropped out after t_x" term
      const p3 = 1 - p4;
      dr.add(w * (D1[k] + lnAlpha - p3 * lT - p4 * lx));
      dAlpha.add(w * (r / alpha - rk * (p3 * invTime[gT[g]] + p4 * invTime[gtx[g]])));
      da.add(w * (D2a[k] + p4 / a));
      db.add(w * (D2b[k] - p4 / (b + k - 1)));
    }
  }
  const n = p.clients;
  const value = -ll.value / n + penalizer * (r * r + alpha * alpha + a * a + b * b);
  if (grad) {
    grad[0] = (-r * dr.value) / n + 2 * penalizer * r * r;
    grad[1] = (-alpha * dAlpha.value) / n + 2 * penalizer * alpha * alpha;
    grad[2] = (-a * da.value) / n + 2 * penalizer * a * a;
    grad[3] = (-b * db.value) / n + 2 * penalizer * b * b;
  }
  return Number.isFinite(value) ? value : Infinity;
}
