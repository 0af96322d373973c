// Unconstrained minimisation of a smooth objective with an analytic gradient (the models' negative
// mean log-likelihoods in log-parameters). Written here rather than taken from `fmin` because the
// fits need three things together: BFGS with the analytic gradient (a few dozen evaluations, so a
// 100,000-client fit stays well under a second), a derivative-free Nelder–Mead with restarts when
// BFGS stalls (bad start, flat region), and a final Newton polish on the numerical Hessian, which
// is also what the standard errors are taken from.

/** Value at x; when `grad` is given it is filled with the gradient. Non-finite = outside the domain. */
export type Objective = (x: Float64Array, grad: Float64Array | null) => number;

export interface MinimizeResult {
  x: Float64Array;
  value: number;
  /** max-norm of the gradient at x */
  gradientNorm: number;
  converged: boolean;
  /** Hessian at x (row-major n × n) from central differences of the gradient; null if not finite */
  hessian: Float64Array | null;
  evaluations: number;
}

export interface MinimizeOptions {
  /** convergence: max-norm of the gradient (default 1e-7) */
  gradientTolerance?: number;
  maxIterations?: number;
  /** largest move of one coordinate in one step (default 5; log-parameters: a factor e⁵) */
  maxStep?: number;
  /** search only inside |x_i| ≤ bound (default Infinity): a boundary solution ends there quickly */
  bound?: number;
}

export function minimize(f: Objective, x0: ArrayLike<number>, options: MinimizeOptions = {}): MinimizeResult {
  const tol = options.gradientTolerance ?? 1e-7;
  const maxIterations = options.maxIterations ?? 500;
  const maxStep = options.maxStep ?? 5;
  const n = x0.length;
  const bound = options.bound ?? Infinity;
  let evaluations = 0;
  const counted: Objective = (x, g) => {
    for (let i = 0; i < n; i++) if (!(Math.abs(x[i]) <= bound)) return Infinity;
    evaluations++;
    return f(x, g);
  };

  let best = bfgs(counted, Float64Array.from(x0), tol, maxIterations, maxStep);
  let polished = polish(counted, best, tol);
  best = polished.best;
  const atBound = best.x.some((v) => Math.abs(v) > bound - 1);
  if (!(best.gradientNorm <= tol) && !atBound) {
    // BFGS stalled or started outside the domain: search without derivatives, then polish again.
    const start = Number.isFinite(best.value) ? best.x : Float64Array.from(x0);
    const nm = nelderMeadRestarts(counted, start, maxIterations * 2);
    if (Number.isFinite(nm.value) && !(nm.value > best.value)) {
      const again = bfgs(counted, nm.x, tol, maxIterations, maxStep);
      polished = polish(
        counted,
        again.value <= nm.value ? again : { ...nm, gradientNorm: gradientNorm(counted, nm.x) },
        tol,
      );
      best = polished.best;
    }
  }
  return {
    x: best.x,
    value: best.value,
    gradientNorm: best.gradientNorm,
    converged: best.gradientNorm <= tol,
    hessian: polished.hessian,
    evaluations,
  };
}

/**
 * Newton steps on one numerical Hessian: where BFGS stopped (its inverse-Hessian estimate spoiled
 * by rounding in a narrow valley, or just short of the tolerance) this reaches the rounding level in
 * a step or two; the same Hessian (the moves are tiny) gives the standard errors.
 */
function polish(f: Objective, start: Point, tol: number): { best: Point; hessian: Float64Array | null } {
  if (!Number.isFinite(start.value)) return { best: start, hessian: null };
  const n = start.x.length;
  const hessian = numericalHessian(f, start.x);
  let best = start;
  let g = new Float64Array(n);
  f(best.x, g);
  for (let k = 0; k < 4 && hessian && best.gradientNorm > tol * 1e-3; k++) {
    const step = solveSpd(hessian, g);
    if (!step) break;
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = best.x[i] - step[i];
    const gx = new Float64Array(n);
    const value = f(x, gx);
    const norm = maxAbs(gx);
    if (!(norm < best.gradientNorm) || !acceptable(value, best.value, 0.5 * dot(step, g))) break;
    best = { x, value, gradientNorm: norm };
    g = gx;
  }
  return { best, hessian };
}

/**
 * Acceptance of a Newton step whose gradient is smaller: the value must fall, unless the decrease
 * the quadratic model expects (½ gᵀH⁻¹g) is itself below what the objective can resolve, in which
 * case comparing values compares rounding noise and the gradient decides; a rise is then still
 * bounded by that resolution.
 */
function acceptable(value: number, previous: number, expectedDecrease: number): boolean {
  const resolution = 1e-10 * (1 + Math.abs(previous));
  return expectedDecrease <= resolution ? value <= previous + resolution : value < previous;
}

interface Point {
  x: Float64Array;
  value: number;
  gradientNorm: number;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return Number.isFinite(m) ? m : Infinity;
}

function gradientNorm(f: Objective, x: Float64Array): number {
  const g = new Float64Array(x.length);
  return Number.isFinite(f(x, g)) ? maxAbs(g) : Infinity;
}

function bfgs(f: Objective, x0: Float64Array, tol: number, maxIterations: number, maxStep: number): Point {
  const n = x0.length;
  let x = x0;
  let g = new Float64Array(n);
  let fx = f(x, g);
  if (!Number.isFinite(fx)) return { x, value: Infinity, gradientNorm: Infinity };
  const hinv = identity(n);
  const p = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const history: number[] = [];
  for (let iter = 0; iter < maxIterations && maxAbs(g) > tol; iter++) {
    // Stagnation (a flat ridge running off to a boundary solution): < 1e-10 relative gain in 10 steps.
    history.push(fx);
    if (iter >= 10 && history[iter - 10] - fx <= 1e-10 * (1 + Math.abs(fx))) break;
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v -= hinv[i * n + j] * g[j];
      p[i] = v;
    }
    let slope = dot(p, g);
    if (!(slope < 0)) {
      hinv.set(identity(n));
      for (let i = 0; i < n; i++) p[i] = -g[i];
      slope = dot(p, g);
    }
    const longest = maxAbs(p);
    let step = longest > maxStep ? maxStep / longest : 1;
    const xn = new Float64Array(n);
    const gn = new Float64Array(n);
    let fn = NaN;
    for (let tries = 0; tries < 60; tries++) {
      for (let i = 0; i < n; i++) xn[i] = x[i] + step * p[i];
      fn = f(xn, gn);
      if (Number.isFinite(fn) && fn <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
      fn = NaN;
    }
    if (Number.isNaN(fn)) break; // no decrease along the direction: stalled (or already at rounding level)
    for (let i = 0; i < n; i++) {
      s[i] = xn[i] - x[i];
      y[i] = gn[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (iter === 0) {
        const scale = sy / dot(y, y);
        for (let i = 0; i < n; i++) hinv[i * n + i] = scale;
      }
      updateInverse(hinv, s, y, sy);
    }
    x = xn;
    g = gn;
    fx = fn;
  }
  return { x, value: fx, gradientNorm: maxAbs(g) };
}

function identity(n: number): Float64Array {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
  return m;
}

function dot(a: Float64Array, b: Float64Array): number {
  let v = 0;
  for (let i = 0; i < a.length; i++) v += a[i] * b[i];
  return v;
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ */
function updateInverse(h: Float64Array, s: Float64Array, y: Float64Array, sy: number): void {
  const n = s.length;
  const rho = 1 / sy;
  const hy = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) hy[i] += h[i * n + j] * y[j];
  const yhy = dot(y, hy);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      h[i * n + j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
    }
  }
}

function nelderMeadRestarts(f: Objective, x0: Float64Array, budget: number): Point {
  let best = nelderMead(f, x0, budget);
  for (let restart = 0; restart < 3; restart++) {
    const next = nelderMead(f, best.x, budget);
    const gain = best.value - next.value;
    if (next.value < best.value) best = next;
    if (!(gain > 1e-10 * Math.max(1, Math.abs(best.value)))) break;
  }
  return best;
}

function nelderMead(f: Objective, x0: Float64Array, budget: number): Point {
  const n = x0.length;
  const simplex: Float64Array[] = [Float64Array.from(x0)];
  for (let i = 0; i < n; i++) {
    const v = Float64Array.from(x0);
    v[i] += 1;
    simplex.push(v);
  }
  const value = (x: Float64Array): number => {
    const v = f(x, null);
    return Number.isFinite(v) ? v : Infinity;
  };
  const values = simplex.map(value);
  const order = simplex.map((_, i) => i);
  const point = (base: Float64Array, towards: Float64Array, t: number): Float64Array => {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = base[i] + t * (towards[i] - base[i]);
    return v;
  };
  for (let iter = 0; iter < budget; iter++) {
    order.sort((i, j) => values[i] - values[j]);
    const bestI = order[0],
      worstI = order[n],
      secondI = order[n - 1];
    const spread = Math.abs(values[worstI] - values[bestI]);
    let size = 0;
    for (let k = 1; k <= n; k++)
      for (let i = 0; i < n; i++) size = Math.max(size, Math.abs(simplex[order[k]][i] - simplex[bestI][i]));
    if (spread <= 1e-13 * (1 + Math.abs(values[bestI])) && size < 1e-9) break;
    const centroid = new Float64Array(n);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i] += simplex[order[k]][i] / n;
    const reflected = point(centroid, simplex[worstI], -1);
    const fr = value(reflected);
    if (fr < values[bestI]) {
      const expanded = point(centroid, simplex[worstI], -2);
      const fe = value(expanded);
      if (fe < fr) [simplex[worstI], values[worstI]] = [expanded, fe];
      else [simplex[worstI], values[worstI]] = [reflected, fr];
    } else if (fr < values[secondI]) {
      [simplex[worstI], values[worstI]] = [reflected, fr];
    } else {
      const outside = fr < values[worstI];
      const contracted = point(centroid, outside ? reflected : simplex[worstI], 0.5);
      const fc = value(contracted);
      if (fc < (outside ? fr : values[worstI])) {
        [simplex[worstI], values[worstI]] = [contracted, fc];
      } else {
        for (let k = 1; k <= n; k++) {
          const j = order[k];
          simplex[j] = point(simplex[bestI], simplex[j], 0.5);
          values[j] = value(simplex[j]);
        }
      }
    }
  }
  let b = 0;
  for (let k = 1; k <= n; k++) if (values[k] < values[b]) b = k;
  return { x: simplex[b], value: values[b], gradientNorm: Infinity };
}

/** Central differences of the analytic gradient, symmetrised; null when some value is not finite. */
export function numericalHessian(f: Objective, x: Float64Array, h = 1e-4): Float64Array | null {
  const n = x.length;
  const hess = new Float64Array(n * n);
  const gp = new Float64Array(n);
  const gm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xp = Float64Array.from(x);
    const xm = Float64Array.from(x);
    xp[i] += h;
    xm[i] -= h;
    if (!Number.isFinite(f(xp, gp)) || !Number.isFinite(f(xm, gm))) return null;
    for (let j = 0; j < n; j++) hess[i * n + j] = (gp[j] - gm[j]) / (2 * h);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const v = (hess[i * n + j] + hess[j * n + i]) / 2;
      hess[i * n + j] = v;
      hess[j * n + i] = v;
    }
  }
  for (let i = 0; i < n * n; i++) if (!Number.isFinite(hess[i])) return null;
  return hess;
}

/** Solves H v = g for a symmetric positive-definite H (Cholesky); null when H is not SPD. */
export function solveSpd(h: Float64Array, g: ArrayLike<number>): Float64Array | null {
  const n = g.length;
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let v = h[i * n + j];
      for (let k = 0; k < j; k++) v -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(v > 0)) return null;
        l[i * n + i] = Math.sqrt(v);
      } else {
        l[i * n + j] = v / l[j * n + j];
      }
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let v = g[i];
    for (let k = 0; k < i; k++) v -= l[i * n + k] * y[k];
    y[i] = v / l[i * n + i];
  }
  const v = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * v[k];
    v[i] = s / l[i * n + i];
  }
  return v;
}

/** Diagonal of H⁻¹ (the variances when H is the Hessian of a negative log-likelihood); null if not SPD. */
export function inverseDiagonal(h: Float64Array, n: number): Float64Array | null {
  const out = new Float64Array(n);
  const e = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    e.fill(0);
    e[i] = 1;
    const col = solveSpd(h, e);
    if (!col) return null;
    out[i] = col[i];
  }
  return out;
}
