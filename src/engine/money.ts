// SPEC: amounts are summed in floating point, then rounded to whole cents; rankings, scores and
// thresholds work on those integer cents so results never depend on summation order.

export function toCents(amount: number): number {
  // Math.round(-0.5) is -0; normalise so that cents compare and print as integers.
  return Math.round(amount * 100) + 0;
}

export function fromCents(cents: number): number {
  return cents / 100;
}
