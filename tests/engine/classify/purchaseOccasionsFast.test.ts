import fc from 'fast-check';
import { purchaseOccasionsFast } from '../../../src/engine/classify/purchaseOccasionsFast';
import { purchaseOccasions } from '../../../src/engine/purchaseOccasions';
import type { SalesData } from '../../../src/engine/types';

function sales(rows: [client: number, day: number, amount: number, invoice: number][], withInvoice: boolean, withMargin: boolean): SalesData {
  return {
    length: rows.length,
    client: Int32Array.from(rows, (r) => r[0]),
    day: Int32Array.from(rows, (r) => r[1]),
    amount: Float64Array.from(rows, (r) => r[2]),
    margin: withMargin ? Float64Array.from(rows, (r) => r[2] / 3) : null,
    row: Int32Array.from(rows, (_, i) => i + 2),
    invoice: withInvoice ? { codes: Int32Array.from(rows, (r) => r[3]), labels: [] } : null,
    product: null,
    buyingCentre: null,
    channel: null,
    salesperson: null,
  };
}

const plain = (o: ReturnType<typeof purchaseOccasions>) => ({
  length: o.length,
  client: Array.from(o.client),
  day: Array.from(o.day),
  amount: Array.from(o.amount),
  margin: o.margin ? Array.from(o.margin) : null,
  purchase: Array.from(o.purchase),
  start: Array.from(o.start),
});

describe('purchaseOccasionsFast', () => {
  test('equals purchaseOccasions array for array (invoices shared, blank, spanning days; asOf; margin)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 5 }),
            fc.integer({ min: 100, max: 130 }),
            fc.integer({ min: -3000, max: 9000 }).map((c) => c / 100 + 0.001 * (c % 7)),
            fc.integer({ min: -1, max: 8 }),
          ),
          { maxLength: 80 },
        ),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.integer({ min: 95, max: 135 }), { nil: undefined }),
        (rows, withInvoice, withMargin, asOf) => {
          const s = sales(rows, withInvoice, withMargin);
          expect(plain(purchaseOccasionsFast(s, 7, asOf))).toEqual(plain(purchaseOccasions(s, 7, asOf)));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('equals purchaseOccasions when rows come in runs of lines (rows after the as-of date among them)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 4 }),
            fc.integer({ min: 100, max: 112 }),
            fc.integer({ min: -1, max: 6 }),
            fc.array(fc.integer({ min: -2000, max: 9000 }), { minLength: 1, maxLength: 4 }),
            fc.integer({ min: 0, max: 3 }),
          ),
          { maxLength: 40 },
        ),
        fc.boolean(),
        fc.option(fc.integer({ min: 98, max: 114 }), { nil: undefined }),
        (runs, withMargin, asOf) => {
          // each run: lines of one (client, invoice, day); a line may move a day on, or past asOf
          const rows: [number, number, number, number][] = [];
          for (const [c, d, k, cents, shift] of runs)
            cents.forEach((a, j) => rows.push([c, j === 1 ? d + shift : d, a / 100, k]));
          const s = sales(rows, true, withMargin);
          expect(plain(purchaseOccasionsFast(s, 7, asOf))).toEqual(plain(purchaseOccasions(s, 7, asOf)));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('equals purchaseOccasions on chronological logs with per-client invoices (the fast path)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 5 }),
            fc.integer({ min: 100, max: 115 }),
            fc.integer({ min: -3000, max: 9000 }).map((c) => c / 100),
            fc.integer({ min: -1, max: 5 }),
          ),
          { maxLength: 80 },
        ),
        fc.boolean(),
        (raw, withMargin) => {
          // invoice k of client c on day d is code (d * 6 + k) * 6 + c: one client, one day
          const rows = raw
            .map(([c, d, a, k]) => [c, d, a, k < 0 ? -1 : (d * 6 + k) * 6 + c] as [number, number, number, number])
            .sort((x, y) => x[1] - y[1]);
          const s = sales(rows, true, withMargin);
          expect(plain(purchaseOccasionsFast(s, 7))).toEqual(plain(purchaseOccasions(s, 7)));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a client with many occasions in reverse day order', () => {
    const rows: [number, number, number, number][] = [];
    for (let k = 0; k < 200; k++) rows.push([1, 5000 - k, k, k % 3 === 0 ? -1 : k]);
    const s = sales(rows, true, true);
    expect(plain(purchaseOccasionsFast(s, 2))).toEqual(plain(purchaseOccasions(s, 2)));
  });
});
