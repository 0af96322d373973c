import { purchaseOccasions } from '../../src/engine/purchaseOccasions';
import type { SalesData } from '../../src/engine/types';

function sales(rows: Array<[client: number, day: number, amount: number, invoice?: string]>): SalesData {
  const labels: string[] = [];
  const withInvoice = rows.some((r) => r[3] !== undefined);
  return {
    length: rows.length,
    client: Int32Array.from(rows.map((r) => r[0])),
    day: Int32Array.from(rows.map((r) => r[1])),
    amount: Float64Array.from(rows.map((r) => r[2])),
    margin: null,
    row: Int32Array.from(rows.map((_, i) => i + 2)),
    invoice: withInvoice
      ? {
          labels,
          codes: Int32Array.from(
            rows.map((r) => {
              if (r[3] === undefined) return -1;
              const k = labels.indexOf(r[3]);
              return k >= 0 ? k : labels.push(r[3]) - 1;
            }),
          ),
        }
      : null,
    product: null,
    buyingCentre: null,
    channel: null,
    salesperson: null,
  };
}

describe('purchaseOccasions', () => {
  test('without invoices, one client-day is one occasion', () => {
    const o = purchaseOccasions(sales([[0, 100, 5], [0, 100, 7], [0, 101, 1], [1, 100, 2]]), 2);
    expect(o.length).toBe(3);
    expect(Array.from(o.start)).toEqual([0, 2, 3]);
    expect(Array.from(o.amount)).toEqual([12, 1, 2]);
  });

  test('with invoices, lines of one invoice are one occasion and two invoices of a day are two', () => {
    const o = purchaseOccasions(sales([[0, 100, 5, 'F2'], [0, 100, 7, 'F1'], [0, 99, 1, 'F2']]), 1);
    expect(o.length).toBe(2);
    expect(Array.from(o.day)).toEqual([99, 100]);
    expect(Array.from(o.amount)).toEqual([6, 7]);
  });

  test('an occasion that nets negative is a return; a zero order is a purchase', () => {
    const o = purchaseOccasions(sales([[0, 1, -5], [0, 2, 0], [0, 3, 10], [0, 3, -10.01]]), 1);
    expect(Array.from(o.purchase)).toEqual([0, 1, 0]);
  });

  test('sales after the as-of date are left out; clients without sales have empty ranges', () => {
    const o = purchaseOccasions(sales([[2, 10, 1], [2, 20, 1]]), 3, 15);
    expect(o.length).toBe(1);
    expect(Array.from(o.start)).toEqual([0, 0, 0, 1]);
  });
});
