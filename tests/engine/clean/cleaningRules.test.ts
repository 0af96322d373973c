// SPEC §2 rules for values that cannot be right (issue #15): currency marks that contradict the
// currency column, amounts of 10^15 or more, implausible and pre-1900 dates, ids beyond 2^53, and
// header matching that stays linear on long cells.
import fc from 'fast-check';
import { createSalesReader, MAX_MAGNITUDE } from '../../../src/engine/clean/createSalesReader';
import { readClientList } from '../../../src/engine/clean/readClientList';
import { normalizeHeader, MAX_HEADER_LENGTH } from '../../../src/engine/clean/normalizeHeader';
import { parseDate } from '../../../src/engine/clean/parseDate';
import { analyzePortfolio } from '../../../src/engine/classify';
import { dayFromYmd } from '../../../src/engine/dates';
import { CarteraError, type Cell, type SalesMapping, type SourceRef } from '../../../src/engine/types';

const src = (headers: string[], sheet = 'Ventas'): SourceRef => ({
  sheet,
  headerRow: 1,
  firstColumn: 0,
  headers,
});

function read(mapping: SalesMapping, headers: string[], rows: Cell[][], options = {}) {
  const r = createSalesReader(mapping, src(headers), options);
  r.add(rows);
  return r.finish();
}

function caught(run: () => unknown): CarteraError {
  try {
    run();
  } catch (e) {
    if (e instanceof CarteraError) return e;
    throw e;
  }
  throw new Error('no CarteraError');
}

const AMOUNT = { client: 0, date: 1, amount: 2 };
const D = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe('a currency column that contradicts the marks in the amounts is refused', () => {
  const mapping = { client: 0, date: 1, amount: 2, currency: 3 };
  const headers = ['Cliente', 'Fecha', 'Importe', 'Moneda'];

  test('EUR beside "US$ 10,00" on the same row', () => {
    const e = caught(() =>
      read(mapping, headers, [
        ['C1', 45000, 10, 'EUR'],
        ['C2', 45001, 'US$ 10,00', 'EUR'],
      ]),
    );
    expect(e.code).toBe('currency_mismatch');
    expect(e.where).toMatchObject({
      sheet: 'Ventas',
      row: 3,
      column: 'C (Importe)',
      mark: 'USD',
      currency: 'EUR',
    });
    expect(e.message).toContain('row 3');
  });

  test('the mark comes first, the currency column says otherwise later', () => {
    const e = caught(() =>
      read(mapping, headers, [
        ['C1', 45000, 'US$ 10,00', ''],
        ['C2', 45001, 7, 'EUR'],
      ]),
    );
    expect(e.code).toBe('currency_mismatch');
    expect(e.where).toMatchObject({ row: 2, column: 'C (Importe)', currencyRow: 3 });
  });

  test('marks that agree with the column are accepted ("$" with MXN, "€" with euros)', () => {
    expect(read(mapping, headers, [['C1', 45000, '$ 1.500,00', 'MXN']]).quality.rowsUsed).toBe(1);
    expect(
      read(mapping, headers, [
        ['C1', 45000, '10,00 €', 'euros'],
        ['C2', 45000, '5 €', 'EUR'],
      ]).quality.rowsUsed,
    ).toBe(2);
  });
});

describe('amounts of magnitude 10^15 or more are rejected rows, never a crash', () => {
  test('numbers and texts in the amount column', () => {
    const { sales, quality } = read(
      AMOUNT,
      ['Cliente', 'Fecha', 'Importe'],
      [
        ['C1', 45000, 1.8e306],
        ['C1', 45000, -1e15],
        ['C1', 45000, '2e306'],
        ['C1', 45000, 999_999_999_999_999],
        ['C2', 45001, 10],
      ],
    );
    expect(quality.rejected.map((r) => [r.row, r.reason])).toEqual([
      [2, 'too_large'],
      [3, 'too_large'],
      [4, 'too_large'],
    ]);
    expect(Array.from(sales.amount)).toEqual([999_999_999_999_999, 10]);
    expect(quality.rowsUsed + quality.rowsRejected).toBe(quality.rowsRead);
  });

  test('quantity × price that reaches 10^15 (or overflows) is rejected at the price column', () => {
    const { quality } = read(
      { client: 0, date: 1, quantity: 2, price: 3 },
      ['Cliente', 'Fecha', 'Cant', 'Precio'],
      [
        ['C1', 45000, 1e8, 1e8],
        ['C1', 45000, 1e14, 1e14],
        ['C1', 45000, 2, 3],
      ],
    );
    expect(quality.rejected).toEqual([
      { sheet: 'Ventas', row: 2, column: 'D (Precio)', reason: 'too_large', value: '100000000 × 100000000' },
      {
        sheet: 'Ventas',
        row: 3,
        column: 'D (Precio)',
        reason: 'too_large',
        value: '100000000000000 × 100000000000000',
      },
    ]);
    expect(quality.rowsUsed).toBe(1);
  });

  test('a product settled at finish() (a text that reads both ways) is checked then', () => {
    // "1.000" reads 1 or 1000; "2,5" settles the column on "," as decimal separator: 1000 × 10^12.
    const { sales, quality } = read(
      { client: 0, date: 1, quantity: 2, price: 3 },
      ['Cliente', 'Fecha', 'Cant', 'Precio'],
      [
        ['C1', 45000, '1.000', 1e12],
        ['C2', 45001, '2,5', 4],
        ['C2', 45002, '3,5', 4],
      ],
    );
    expect(quality.rejected).toEqual([
      { sheet: 'Ventas', row: 2, column: 'D (Precio)', reason: 'too_large', value: '1.000 × 1000000000000' },
    ]);
    expect(Array.from(sales.amount)).toEqual([10, 14]);
    expect(quality.rowsUsed + quality.rowsRejected).toBe(quality.rowsRead);
  });

  test('the analysis of what is left runs (no "Infinity cannot be converted to a BigInt")', () => {
    const input = read(
      AMOUNT,
      ['Cliente', 'Fecha', 'Importe'],
      [
        ['C1', 45000, 1.7e308],
        ['C2', 45000, 9e14],
        ['C3', 45001, 9e14],
      ],
    );
    const analysis = analyzePortfolio(input);
    expect(analysis.clientCount).toBe(2);
    expect(MAX_MAGNITUDE).toBe(1e15);
  });
});

describe('dates that cannot be right', () => {
  test('a sale more than 366 days after the latest other sale is set aside and does not set the as-of', () => {
    const input = read(
      AMOUNT,
      ['Cliente', 'Fecha', 'Importe'],
      [
        ['C1', '2024-01-10', 10],
        ['C2', '2024-03-01', 20],
        ['C1', '9999-12-31', 5],
        ['C3', '2024-02-01', 30],
        ['C2', 1e5, 1], // a CSV "1e5" read as a number: serial 100000 = 2173-10-14
      ],
    );
    expect(input.quality.rejected).toEqual([
      { sheet: 'Ventas', row: 4, column: 'B (Fecha)', reason: 'implausible_date', value: '9999-12-31' },
      { sheet: 'Ventas', row: 6, column: 'B (Fecha)', reason: 'implausible_date', value: '2173-10-14' },
    ]);
    expect(input.quality).toMatchObject({ rowsRead: 5, rowsUsed: 3, rowsRejected: 2 });
    expect(Array.from(input.sales.row)).toEqual([2, 3, 5]);
    const analysis = analyzePortfolio(input);
    expect(analysis.asOfIso).toBe('2024-03-01');
    expect(analysis.lifecycle.status.length).toBe(3);
  });

  test('366 days after is still plausible; a far date shared by two sales is data, not a typo', () => {
    const near = read(
      AMOUNT,
      ['Cliente', 'Fecha', 'Importe'],
      [
        ['C1', D(2024, 1, 1), 1],
        ['C1', D(2024, 1, 1) + 366, 1],
      ],
    );
    expect(near.quality.rowsRejected).toBe(0);
    const twice = read(
      AMOUNT,
      ['Cliente', 'Fecha', 'Importe'],
      [
        ['C1', D(2024, 1, 1), 1],
        ['C2', D(2030, 1, 1), 1],
        ['C3', D(2030, 1, 1), 1],
      ],
    );
    expect(twice.quality.rowsRejected).toBe(0);
  });

  test('each stray is judged against the plausible dates below it', () => {
    const { quality } = read(
      AMOUNT,
      ['Cliente', 'Fecha', 'Importe'],
      [
        ['C1', D(2020, 1, 1), 1],
        ['C1', D(2020, 6, 1), 1],
        ['C2', D(2022, 6, 1), 1],
        ['C3', D(2024, 6, 1), 1],
      ],
    );
    expect(quality.rejected.map((r) => [r.row, r.value])).toEqual([
      [4, '2022-06-01'],
      [5, '2024-06-01'],
    ]);
  });

  test('an id seen only on an implausible row is not a client; the others keep their order', () => {
    const list = readClientList([['L1'], ['L2']], { client: 0 }, src(['Cliente'], 'Clientes'));
    const r = createSalesReader(AMOUNT, src(['Cliente', 'Fecha', 'Importe']), { clientList: list });
    r.add([
      ['N1', D(2024, 1, 1), 1],
      ['Typo', D(2204, 1, 1), 1],
      ['N2', D(2024, 1, 2), 1],
      ['L2', D(2024, 1, 3), 1],
    ]);
    const { sales, clients, quality } = r.finish();
    expect(clients.ids).toEqual(['L1', 'L2', 'N1', 'N2']);
    expect(Array.from(sales.client)).toEqual([2, 3, 1]);
    expect(quality.issues.filter((i) => i.kind === 'not_in_list').map((i) => [i.clientId, i.row])).toEqual([
      ['N1', 2],
      ['N2', 4],
    ]);
  });

  test('dates before 1900-01-01 are rejected rows; "1e5" text is not a date', () => {
    const { quality } = read(
      AMOUNT,
      ['Cliente', 'Fecha', 'Importe'],
      [
        ['C1', '1899-12-31', 1],
        ['C1', '31/12/1899', 1],
        ['C1', 0, 1],
        ['C1', -3, 1],
        ['C1', '1e5', 1],
        ['C1', '100000', 1],
        ['C1', '1900-01-01', 1],
      ],
    );
    expect(quality.rejected.map((r) => [r.row, r.reason])).toEqual(
      [2, 3, 4, 5, 6, 7].map((row) => [row, 'bad_date']),
    );
    expect(parseDate('1e5')).toBeNaN();
    expect(quality.rowsUsed).toBe(1);
  });
});

describe('ids of 16 or more digits', () => {
  test('text ids keep their exact text; a number beyond 2^53 is a rejected row', () => {
    const { clients, sales, quality } = read(
      AMOUNT,
      ['Cliente', 'Fecha', 'Importe'],
      [
        ['9007199254740993', 45000, 1],
        ['9007199254740992', 45000, 2],
        [Number('9007199254740993'), 45000, 3], // the number is already …992: which id was typed is lost
        ['12345678901234567890', 45000, 4],
        [1234567890123456, 45000, 5], // below 2^53: exact
      ],
    );
    expect(clients.ids).toEqual([
      '9007199254740993',
      '9007199254740992',
      '12345678901234567890',
      '1234567890123456',
    ]);
    expect(Array.from(sales.amount)).toEqual([1, 2, 4, 5]);
    expect(quality.rejected).toEqual([
      { sheet: 'Ventas', row: 4, column: 'A (Cliente)', reason: 'imprecise_id', value: '9007199254740992' },
    ]);
  });

  test('the client list rejects such numbers too', () => {
    const list = readClientList(
      [[Number('9007199254740993')], ['9007199254740993'], [17850]],
      { client: 0 },
      src(['Cliente'], 'Clientes'),
    );
    expect(list.clients.ids).toEqual(['9007199254740993', '17850']);
    expect(list.rejected.map((r) => [r.row, r.reason])).toEqual([[2, 'imprecise_id']]);
  });
});

describe('header normalisation is linear and bounded', () => {
  // The former implementation, for the equivalence property on short labels.
  const former = (text: string) =>
    String(text)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/\b[Nn][º°ªo]\s*\.?(?=\s|$|\d|_)/g, ' numero ')
      .replace(/[º°]/g, ' numero ')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9%]+/g, ' ')
      .trim();

  test('same result as before on labels', () => {
    for (const h of [
      'CustomerID',
      'IDCliente',
      'InvoiceNo',
      'Nº Factura',
      'Código cliente',
      'ABCDef',
      'aBCDeFG',
      'UnitPRICE',
    ])
      expect(normalizeHeader(h)).toBe(former(h));
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('A', 'B', 'a', 'b', ' ', 'º', 'N', 'o', '.', '1', 'É'),
          maxLength: 40,
        }),
        (s) => {
          expect(normalizeHeader(s)).toBe(former(s));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('only the first characters of a long cell are considered (a 1 MB upper-case field)', () => {
    const huge = 'A'.repeat(1 << 20) + 'b';
    expect(normalizeHeader(huge)).toBe('a'.repeat(MAX_HEADER_LENGTH));
    expect(normalizeHeader('CLIENTE' + 'X'.repeat(32_767))).toHaveLength(MAX_HEADER_LENGTH);
  });
});
