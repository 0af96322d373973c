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
  // pairs seen before the current period: a bitmap when small enough, else a hash set
  const bitmap = pairs <= MAX_BITMAP_PAIRS ? new Uint8Array((pairs + 7) >>> 3) : null;
  const hash = bitmap ? null : new PairHash(line.length);
  let most = 0; // rows in the longest period: the pairs bought in one period are at most that many
  for (let q = 0; q + 1 < start.length; q++) most = Math.max(most, start[q + 1] - start[q]);
  const pending = new Float64Array(most);
  for (let q = 0; q + 1 < start.length; q++) {
    let nPending = 0;
    for (let k = start[q]; k < start[q + 1]; k++) {
      const code = line[k];
      if (code < 0) continue;
      const c = client[k];
      const key = c * lineCount + code;
      if (bitmap !== null ? (bitmap[key >>> 3] & (1 << (key & 7))) !== 0 : hash!.has(key)) continue;
      pending[nPending++] = key;
      const fb = firstBuy[c];
      if (fb >= 0 && fb < q) flags[k] |= bit;
    }
    // pairs bought in q count as "bought before" from q + 1 on
    for (let j = 0; j < nPending; j++) {
      const key = pending[j];
      if (bitmap !== null) bitmap[key >>> 3] |= 1 << (key & 7);
      else hash!.add(key);
    }
  }
}

/** Open addressing over keys < 2^53 (client × lineCount + line), with room for `maxKeys` keys. */
class PairHash {
  private readonly keys: Float64Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(maxKeys: number) {
    let bits = 4;
    while (1 << bits < 2 * maxKeys + 1) bits++;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.keys = new Float64Array(this.mask + 1).fill(-1);
  }

  private slot(key: number): number {
    let h = Math.imul((key | 0) ^ Math.floor(key / 4_294_967_296), 0x9e3779b1) >>> this.shift;
    while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & this.mask;
    return h;
  }

  has(key: number): boolean {
    return this.keys[this.slot(key)] === key;
  }

  add(key: number): void {
    this.keys[this.slot(key)] = key;
  }
}
