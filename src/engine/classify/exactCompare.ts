/**
 * Sign of a × b − c × d for integers (cents, counts, basis points), exact even when the products
 * pass 2^53 (a large portfolio in pesos): plain doubles when safe, BigInt otherwise.
 */
export function exactCompare(a: number, b: number, c: number, d: number): number {
  const p = a * b;
  const q = c * d;
  if (Math.abs(p) < Number.MAX_SAFE_INTEGER && Math.abs(q) < Number.MAX_SAFE_INTEGER) {
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const bp = BigInt(a) * BigInt(b);
  const bq = BigInt(c) * BigInt(d);
  return bp < bq ? -1 : bp > bq ? 1 : 0;
}

/** A fraction option (0.8) as whole basis points (8000). */
export function basisPoints(fraction: number): number {
  return Math.round(fraction * 10_000);
}
