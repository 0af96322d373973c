// Test oracle: the exact sum of doubles (each term scaled by 2^60 and added as a BigInt), so that a
// reference log-likelihood carries no summation error at all, whatever the number of terms.

const SCALE = 2 ** 60;

export function exactSum(terms: Float64Array): number {
  let total = BigInt(0);
  for (let i = 0; i < terms.length; i++) total += BigInt(Math.round(terms[i] * SCALE));
  // Split so that the conversion back to a double rounds once.
  const sign = total < BigInt(0) ? -1 : 1;
  const abs = total < BigInt(0) ? -total : total;
  const hi = abs >> BigInt(60);
  const lo = abs - (hi << BigInt(60));
  return sign * (Number(hi) + Number(lo) / SCALE);
}
