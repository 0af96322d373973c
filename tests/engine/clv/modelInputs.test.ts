import { modelInputs } from '../../../src/engine/clv/modelInputs';
import { purchaseOccasions } from '../../../src/engine/purchaseOccasions';
import type { SalesData } from '../../../src/engine/types';
import { cdnowSales, cdnowSummary, CDNOW_AS_OF } from './cdnow';

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
            rows.map((r) =>
              r[3] === undefined
                ? -1
                : labels.indexOf(r[3]) >= 0
                  ? labels.indexOf(r[3])
                  : labels.push(r[3]) - 1,
            ),
          ),
        }
      : null,
    product: null,
    buyingCentre: null,
    channel: null,
    salesperson: null,
  };
}

describe('modelInputs', () => {
  test('one purchase day is one purchase; the first day is excluded from x and the mean value', () => {
    // Client 0: day 100 (two invoices: 10 + 5), day 114 (20), day 128 (two lines: 7 + 3), asOf 135.
    const s = sales([
      [0, 100, 10, 'A'],
      [0, 100, 5, 'B'],
      [0, 114, 20, 'C'],
      [0, 128, 7, 'D'],
      [0, 128, 3, 'D'],
    ]);
    const inputs = modelInputs(purchaseOccasions(s, 1), 1, 135, 'weeks');
    expect(inputs.x[0]).toBe(2);
    expect(inputs.tx[0]).toBeCloseTo(28 / 7, 12);
    expect(inputs.T[0]).toBeCloseTo(35 / 7, 12);
    expect(inputs.meanValue[0]).toBeCloseTo((20 + 10) / 2, 12);
    expect(inputs.meanValueAll[0]).toBeCloseTo((15 + 20 + 10) / 3, 12);
    const days = modelInputs(purchaseOccasions(s, 1), 1, 135, 'days');
    expect([days.tx[0], days.T[0]]).toEqual([28, 35]);
  });

  test('returns are not purchases and add no value; sales after asOf and clients without purchases are left out', () => {
    const s = sales([
      [0, 10, 50, 'A'],
      [0, 20, -30, 'R'], // a return on its own day: not a purchase day
      [0, 30, 40, 'B'],
      [0, 30, -5, 'R2'], // a return on a purchase day: the purchase still counts at 40
      [0, 99, 70, 'C'], // after asOf
      [1, 20, -8], // only a return
    ]);
    const inputs = modelInputs(purchaseOccasions(s, 3), 3, 50, 'days');
    expect([inputs.x[0], inputs.tx[0], inputs.T[0], inputs.meanValue[0]]).toEqual([1, 20, 40, 40]);
    expect(Array.from(inputs.hasPurchase)).toEqual([1, 0, 0]);
    expect([inputs.x[1], inputs.T[1], inputs.firstDay[1]]).toEqual([0, 0, -1]);
  });

  test('CDNOW: x, t_x, T and zbar match the published summary for all 2,357 clients (to 2 decimals)', () => {
    const { sales: s, clientCount } = cdnowSales();
    const inputs = modelInputs(
      purchaseOccasions(s, clientCount, CDNOW_AS_OF),
      clientCount,
      CDNOW_AS_OF,
      'weeks',
    );
    const ref = cdnowSummary();
    expect(clientCount).toBe(2357);
    expect(ref.id.length).toBe(2357);
    const mismatches: string[] = [];
    for (let k = 0; k < ref.id.length; k++) {
      const c = ref.id[k] - 1;
      const mine = [inputs.x[c], inputs.tx[c], inputs.T[c], inputs.meanValue[c]];
      const theirs = [ref.x[k], ref.tx[k], ref.T[k], ref.zbar[k]];
      if (mine.some((v, j) => Math.abs(v - theirs[j]) > 0.005 + 1e-9))
        mismatches.push(`${ref.id[k]}: ${mine} vs ${theirs}`);
    }
    expect(mismatches).toEqual([]);
    let repeat = 0;
    for (let c = 0; c < clientCount; c++) repeat += inputs.x[c] > 0 ? 1 : 0;
    expect(repeat).toBe(946);
  });
});
