import { newBusinessRows } from '../../../src/engine/metrics/newBusinessRows';

// Rows in period order: period 0 = rows 0…2, period 1 = rows 3…6, period 2 = rows 7…9.
//   client 0 buys line 0 in period 0; in period 1 lines 0 (old) and 1 (new, twice); in period 2 line 1 (old now)
//   client 1 first buys in period 1 (line 2): not an existing account; in period 2 line 3 is new business
//   client 2 has a blank line (−1): never new business
const client = Int32Array.from([0, 0, 2, 0, 0, 0, 1, 0, 1, 2]);
const line = Int32Array.from([0, 0, -1, 0, 1, 1, 2, 1, 3, -1]);
const start = Int32Array.from([0, 3, 7, 10]);
const firstBuy = Int32Array.from([0, 1, 0]);

function marked(lineCount: number, clientCount: number): number[] {
  const flags = new Uint8Array(client.length);
  newBusinessRows(line, lineCount, client, start, firstBuy, clientCount, flags, 2);
  return Array.from(flags);
}

describe('newBusinessRows', () => {
  test('rows of a line a client never bought before, when the client bought before', () => {
    expect(marked(4, 3)).toEqual([0, 0, 0, 0, 2, 2, 0, 0, 2, 0]);
  });

  test('the hash set (huge client × line spaces) marks the same rows as the bitmap', () => {
    // 3 clients × 2^25 lines is beyond the bitmap limit; the codes used are the same
    expect(marked(1 << 25, 3)).toEqual(marked(4, 3));
    expect(marked(4, 1 << 25)).toEqual(marked(4, 3));
  });

  test('other bits of the flags are kept', () => {
    const flags = new Uint8Array(client.length).fill(1);
    newBusinessRows(line, 4, client, start, firstBuy, 3, flags, 2);
    expect(Array.from(flags)).toEqual([1, 1, 1, 1, 3, 3, 1, 1, 3, 1]);
  });
});
