/**
 * Marks the sales rows that are new business in an existing account (SPEC §6): a row of client c
 * in line L (a product line or a buying centre) in period p, where c had a purchase before p and
 * no row of L before p. All rows of the pair (c, L) in its first period count; later ones do not.
 * Rows with a blank line are never new business. Sets `bit` in flags[row].
 *
 * `byPeriod` lists the analysed rows in period order (a stable counting sort), `rowPeriod` their
 * period, `firstBuy` each client's first purchase period (−1 = none). Two more stable counting
 * sorts (by line, then by client) put each pair's rows together, earliest period first: O(rows).
 */
export function newBusinessRows(
  line: Int32Array,
  lineCount: number,
  rowClient: Int32Array,
  rowPeriod: Int32Array,
  byPeriod: Int32Array,
  firstBuy: Int32Array,
  clientCount: number,
  flags: Uint8Array,
  bit: number,
): void {
  const countByLine = new Int32Array(lineCount + 1);
  let used = 0;
  for (let k = 0; k < byPeriod.length; k++) {
    const code = line[byPeriod[k]];
    if (code >= 0) {
      countByLine[code + 1]++;
      used++;
    }
  }
  for (let j = 0; j < lineCount; j++) countByLine[j + 1] += countByLine[j];
  const byLine = new Int32Array(used);
  for (let k = 0; k < byPeriod.length; k++) {
    const r = byPeriod[k];
    const code = line[r];
    if (code >= 0) byLine[countByLine[code]++] = r;
  }

  const countByClient = new Int32Array(clientCount + 1);
  for (let k = 0; k < used; k++) countByClient[rowClient[byLine[k]] + 1]++;
  for (let c = 0; c < clientCount; c++) countByClient[c + 1] += countByClient[c];
  const pairs = new Int32Array(used);
  for (let k = 0; k < used; k++) {
    const r = byLine[k];
    pairs[countByClient[rowClient[r]]++] = r;
  }

  let k = 0;
  while (k < used) {
    const r0 = pairs[k];
    const c = rowClient[r0], code = line[r0], first = rowPeriod[r0];
    const existing = firstBuy[c] >= 0 && firstBuy[c] < first;
    while (k < used && rowClient[pairs[k]] === c && line[pairs[k]] === code) {
      const r = pairs[k];
      if (existing && rowPeriod[r] === first) flags[r] |= bit;
      k++;
    }
  }
}
