/** Bitmaps up to this many (client, line) pairs (8 MB); above, a hash set of the pairs seen. */
const MAX_BITMAP_PAIRS = 1 << 26;

/**
 * Marks the sales rows that are new business in an existing account (SPEC §6): a row of client c
 * in line L (a product line or a buying centre) in period p, where c had a purchase before p and
 * no row of L before p. All rows of the pair (c, L) in its first period count; later ones do not.
 * Rows with a blank line (code −1) are never new business. Sets `bit` in flags[k].
 *
 * The rows are given in period order: rows start[q] … start[q + 1] − 1 are period q, with their
 * client and line code; `firstBuy` is each client's first purchase period (−1 = none).
 */
export function newBusinessRows(
  line: Int32Array,
  lineCount: number,
  client: Int32Array,
  start: Int32Array,
  firstBuy: Int32Array,
  clientCount: number,
  flags: Uint8Array,
  bit: number,
): void {
  const pairs = clientCount * lineCount;
  const seen = pairs <= MAX_BITMAP_PAIRS ? bitmapSet(pairs) : hashSet(line.length);
  const pending = new Float64Array(line.length);
  for (let q = 0; q + 1 < start.length; q++) {
    let nPending = 0;
    for (let k = start[q]; k < start[q + 1]; k++) {
      const code = line[k];
      if (code < 0) continue;
      const c = client[k];
      const key = c * lineCount + code;
      if (seen.has(key)) continue;
      pending[nPending++] = key;
      const fb = firstBuy[c];
      if (fb >= 0 && fb < q) flags[k] |= bit;
    }
    // pairs bought in q count as "bought before" from q + 1 on
    for (let j = 0; j < nPending; j++) seen.add(pending[j]);
  }
}

interface PairSet {
  has(key: number): boolean;
  add(key: number): void;
}

function bitmapSet(size: number): PairSet {
  const bits = new Uint8Array((size + 7) >>> 3);
  return {
    has: (key) => (bits[key >>> 3] & (1 << (key & 7))) !== 0,
    add: (key) => {
      bits[key >>> 3] |= 1 << (key & 7);
    },
  };
}

/** Open addressing over keys < 2^53 (client × lineCount + line); room for `maxKeys` keys. */
function hashSet(maxKeys: number): PairSet {
  let bitsWide = 4;
  while (1 << bitsWide < 2 * maxKeys + 1) bitsWide++;
  const mask = (1 << bitsWide) - 1;
  const keys = new Float64Array(mask + 1).fill(-1);
  const slot = (key: number): number => {
    let h = Math.imul((key | 0) ^ Math.floor(key / 4_294_967_296), 0x9e3779b1) >>> (32 - bitsWide);
    while (keys[h] !== -1 && keys[h] !== key) h = (h + 1) & mask;
    return h;
  };
  return {
    has: (key) => keys[slot(key)] === key,
    add: (key) => {
      keys[slot(key)] = key;
    },
  };
}
