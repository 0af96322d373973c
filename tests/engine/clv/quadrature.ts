// Test helper: tanh-sinh (double-exponential) quadrature on [0, 1], an integration method
// independent of the series the engine uses, accurate to ~1e-12 even with algebraic endpoint
// singularities. The integrand gets t and 1 − t (both accurate near the ends).

export function integrate01(f: (t: number, oneMinusT: number) => number, h = 1 / 64, tMax = 4.5): number {
  let sum = 0;
  for (let k = -Math.round(tMax / h); k <= Math.round(tMax / h); k++) {
    const s = k * h;
    const u = (Math.PI / 2) * Math.sinh(s);
    const cu = Math.cosh(u);
    const w = ((Math.PI / 4) * Math.cosh(s)) / (cu * cu);
    if (!(w > 0)) continue;
    const t = 1 / (1 + Math.exp(-2 * u));
    const omt = 1 / (1 + Math.exp(2 * u));
    if (t <= 0 || omt <= 0) continue;
    sum += w * f(t, omt);
  }
  return sum * h;
}

/** Walks a value and fails on the first number that is NaN or ±Infinity (typed arrays included). */
export function nonFinitePaths(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const arr = value as unknown as ArrayLike<number>;
    for (let i = 0; i < arr.length; i++) if (!Number.isFinite(arr[i])) out.push(`${path}[${i}] = ${arr[i]}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nonFinitePaths(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nonFinitePaths(v, `${path}.${k}`, out);
  }
  return out;
}
