import fc from 'fast-check';
import { createSalesReader } from '../../../src/engine/clean/createSalesReader';
import type { Cell, SourceRef } from '../../../src/engine/types';

const source: SourceRef = { sheet: 'Ventas', headerRow: 1, firstColumn: 0, headers: ['Cliente', 'Fecha', 'Importe', 'Factura'] };
const mapping = { client: 0, date: 1, amount: 2, invoice: 3 };

const blank = fc.constantFrom<Cell>('', null, undefined, '  ');
const clientCell = fc.oneof(fc.constantFrom<Cell>(1, '1', ' 1 ', 2, '00002', 'ACME', 17850.0, '17850'), blank);
const dateCell = fc.oneof(
  fc.integer({ min: 36_000, max: 46_000 }).map((d) => d + 0.25),
  fc.constantFrom<Cell>('2020-01-31 10:00:00', '03/04/2020', '13/04/2020', '04/13/2020', 'ayer', ''),
);
const amountCell = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom<Cell>('1.234', '1,234', '1.234,56', '1,234.56', '(12.50)', '-', 'n/a', ''),
);
const invoiceCell = fc.oneof(fc.constantFrom<Cell>(536365, '536365', 'C536379', 'F-1'), blank);
const row = fc.oneof(
  fc.tuple(clientCell, dateCell, amountCell, invoiceCell).map((r) => r as Cell[]),
  fc.constant<Cell[]>(['', '', '', '']),
);
const rows = fc.array(row, { maxLength: 60 });

function read(data: Cell[][], cuts: number[] = []) {
  const r = createSalesReader(mapping, source);
  let at = 0;
  for (const cut of [...cuts.filter((c) => c < data.length).sort((a, b) => a - b), data.length]) {
    r.add(data.slice(at, cut));
    at = Math.max(at, cut);
  }
  return r.finish();
}

/** What the analysis sees, independent of client indexes and row positions. */
function summary(result: ReturnType<typeof read>) {
  const { sales, clients, quality } = result;
  const lines: string[] = [];
  for (let i = 0; i < sales.length; i++) {
    const inv = sales.invoice!.codes[i];
    lines.push(`${clients.ids[sales.client[i]]}|${sales.day[i]}|${sales.amount[i]}|${inv < 0 ? '' : sales.invoice!.labels[inv]}`);
  }
  return {
    lines: lines.sort(),
    ids: [...clients.ids].sort(),
    counts: [quality.rowsRead, quality.rowsUsed, quality.rowsRejected, quality.blankRows],
    rejected: quality.rejected.map((r) => `${r.reason}|${r.column}|${r.value}`).sort(),
    issues: quality.issues.map((i) => `${i.kind}|${i.column}`).sort(),
  };
}

describe('sales reader properties', () => {
  test('the quality report balances: read = used + rejected + blank (+ after as-of)', () => {
    fc.assert(
      fc.property(rows, (data) => {
        const { sales, quality } = read(data);
        expect(quality.rowsRead).toBe(data.length);
        expect(quality.rowsUsed + quality.rowsRejected + quality.blankRows + quality.rowsAfterAsOf).toBe(quality.rowsRead);
        expect(quality.rejected).toHaveLength(quality.rowsRejected);
        expect(sales.length).toBe(quality.rowsUsed);
        // Every used and rejected row number is a distinct data row.
        const seen = new Set<number>([...sales.row, ...quality.rejected.map((r) => r.row)]);
        expect(seen.size).toBe(quality.rowsUsed + quality.rowsRejected);
        for (const r of seen) expect(r >= 2 && r < 2 + data.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('the output does not depend on row order', () => {
    fc.assert(
      fc.property(
        rows.chain((data) => fc.tuple(fc.constant(data), fc.shuffledSubarray(data, { minLength: data.length, maxLength: data.length }))),
        ([data, shuffled]) => {
          expect(summary(read(shuffled))).toEqual(summary(read(data)));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the output does not depend on how the rows are split into blocks', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.nat({ max: 60 }), { maxLength: 5 }), (data, cuts) => {
        expect(read(data, cuts)).toEqual(read(data));
      }),
      { numRuns: 200 },
    );
  });
});
