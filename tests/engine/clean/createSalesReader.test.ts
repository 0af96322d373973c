import { createSalesReader } from '../../../src/engine/clean/createSalesReader';
import { readClientList } from '../../../src/engine/clean/readClientList';
import { CarteraError, type Cell, type SalesMapping, type SourceRef } from '../../../src/engine/types';
import { dayFromYmd } from '../../../src/engine/dates';

const src = (headers: string[], sheet = 'Ventas'): SourceRef => ({ sheet, headerRow: 1, firstColumn: 0, headers });

function read(mapping: SalesMapping, headers: string[], rows: Cell[][], options = {}) {
  const r = createSalesReader(mapping, src(headers), options);
  r.add(rows);
  return r.finish();
}

describe('createSalesReader', () => {
  test('rows are used, rejected (sheet, row, column, reason, value) or blank; the counts balance', () => {
    const { sales, clients, quality } = read({ client: 0, date: 1, amount: 2 }, ['Cliente', 'Fecha', 'Importe'], [
      [123, 45000, 10],
      ['123', '2023-03-15', '1.234,56'],
      ['', 45000, 5],
      ['', '', ''],
      ['B', 'ayer', 7],
      ['B', 45001, 'mucho'],
      ['B', 45001, ''],
      [null, null],
      ['00123', 45002.75, -3],
    ]);
    expect(quality).toMatchObject({ rowsRead: 9, rowsUsed: 3, rowsRejected: 4, blankRows: 2, rowsAfterAsOf: 0 });
    expect(quality.rowsUsed + quality.rowsRejected + quality.blankRows + quality.rowsAfterAsOf).toBe(quality.rowsRead);
    expect(quality.rejected).toEqual([
      { sheet: 'Ventas', row: 4, column: 'A (Cliente)', reason: 'missing_client', value: '' },
      { sheet: 'Ventas', row: 6, column: 'B (Fecha)', reason: 'bad_date', value: 'ayer' },
      { sheet: 'Ventas', row: 7, column: 'C (Importe)', reason: 'bad_amount', value: 'mucho' },
      { sheet: 'Ventas', row: 8, column: 'C (Importe)', reason: 'bad_amount', value: '' },
    ]);
    expect(clients.ids).toEqual(['123', '00123']);
    expect(Array.from(sales.client)).toEqual([0, 0, 1]);
    expect(Array.from(sales.day)).toEqual([45000, dayFromYmd(2023, 3, 15), 45002]);
    expect(Array.from(sales.amount)).toEqual([10, 1234.56, -3]);
    expect(Array.from(sales.row)).toEqual([2, 3, 10]);
    expect(sales.margin).toBeNull();
    expect(Array.from(clients.inList)).toEqual([0, 0]);
  });

  test('an undefined or null client cell at the start of a block is missing, not a cached id', () => {
    const r = createSalesReader({ client: 0, date: 1, amount: 2 }, src(['c', 'd', 'a']));
    r.add([[undefined, 45000, 1], [1, 45000, 1]]);
    r.add([[null, 45000, 1], [undefined, undefined, undefined]]);
    const { quality, clients } = r.finish();
    expect(clients.ids).toEqual(['1']);
    expect(quality).toMatchObject({ rowsUsed: 1, rowsRejected: 2, blankRows: 1 });
  });

  test('amount from quantity × price when there is no amount column', () => {
    const { sales, quality } = read(
      { client: 0, quantity: 1, price: 2 , date: 3 },
      ['Cliente', 'Cantidad', 'Precio unitario', 'Fecha'],
      [
        ['A', 6, 2.55, 40513],
        ['A', -2, '3,50', 40513],
        ['A', 'seis', 2, 40513],
        ['A', 1, null, 40513],
      ],
    );
    expect(Array.from(sales.amount)).toEqual([6 * 2.55, -7]);
    expect(quality.rejected.map((r) => [r.row, r.reason, r.column])).toEqual([
      [4, 'bad_quantity', 'B (Cantidad)'],
      [5, 'bad_price', 'C (Precio unitario)'],
    ]);
  });

  test('margin from a margin column, or amount − cost', () => {
    const m = read({ client: 0, date: 1, amount: 2, margin: 3 }, ['c', 'd', 'Importe', 'Margen'], [['A', 45000, 100, 30], ['A', 45000, 50, 'x']]);
    expect(Array.from(m.sales.margin!)).toEqual([30]);
    expect(m.quality.rejected[0]).toMatchObject({ reason: 'bad_margin', column: 'D (Margen)', value: 'x' });
    const c = read({ client: 0, date: 1, amount: 2, cost: 3 }, ['c', 'd', 'Importe', 'Coste'], [['A', 45000, 100, 70], ['A', 45000, 100, '']]);
    expect(Array.from(c.sales.margin!)).toEqual([30]);
    expect(c.quality.rejected[0]).toMatchObject({ reason: 'bad_cost', column: 'D (Coste)' });
  });

  test('the decimal convention is decided per column from the data', () => {
    // "1.234,5" settles column C as comma-decimal, so "1.234" there is 1234; column D has "1,234.5", so "1,234" is 1234.
    const r = read({ client: 0, date: 1, amount: 2, margin: 3 }, ['c', 'd', 'a', 'm'], [
      ['A', 45000, '1.234', '1,234'],
      ['A', 45000, '1.234,5', '1,234.5'],
    ]);
    expect(Array.from(r.sales.amount)).toEqual([1234, 1234.5]);
    expect(Array.from(r.sales.margin!)).toEqual([1234, 1234.5]);
    expect(r.quality.issues).toEqual([]);
  });

  test('an ambiguous column is read with the locale and reported', () => {
    const rows = [['A', 45000, '1.234'], ['A', 45000, '2.500']];
    const es = read({ client: 0, date: 1, amount: 2 }, ['c', 'd', 'Importe'], rows, { locale: 'es-ES' });
    expect(Array.from(es.sales.amount)).toEqual([1234, 2500]);
    expect(es.quality.issues).toHaveLength(1);
    expect(es.quality.issues[0]).toMatchObject({ kind: 'ambiguous_decimal', column: 'C (Importe)', row: 2 });
    const us = read({ client: 0, date: 1, amount: 2 }, ['c', 'd', 'Importe'], rows, { locale: 'en-US' });
    expect(Array.from(us.sales.amount)).toEqual([1.234, 2.5]);
    const mx = read({ client: 0, date: 1, amount: 2 }, ['c', 'd', 'Importe'], rows, { locale: 'es-MX' });
    expect(Array.from(mx.sales.amount)).toEqual([1.234, 2.5]);
  });

  test('a column mixing both forms: each read its only way, and reported', () => {
    const r = read({ client: 0, date: 1, amount: 2 }, ['c', 'd', 'Importe'], [
      ['A', 45000, '1.234,56'],
      ['A', 45000, '1,234.56'],
      ['A', 45000, '7,5'],
    ]);
    expect(Array.from(r.sales.amount)).toEqual([1234.56, 1234.56, 7.5]);
    expect(r.quality.issues.map((i) => i.kind)).toEqual(['ambiguous_decimal']);
  });

  test('dd/mm versus mm/dd decided per column; the ambiguous rows follow the majority', () => {
    const dm = read({ client: 0, date: 1, amount: 2 }, ['c', 'Fecha', 'a'], [
      ['A', '03/04/2020', 1],
      ['A', '25/04/2020', 1],
    ], { locale: 'en-US' });
    expect(Array.from(dm.sales.day)).toEqual([dayFromYmd(2020, 4, 3), dayFromYmd(2020, 4, 25)]);
    expect(dm.quality.issues).toEqual([]);
    const md = read({ client: 0, date: 1, amount: 2 }, ['c', 'Fecha', 'a'], [
      ['A', '03/04/2020', 1],
      ['A', '04/25/2020', 1],
    ]);
    expect(Array.from(md.sales.day)).toEqual([dayFromYmd(2020, 3, 4), dayFromYmd(2020, 4, 25)]);
    const none = read({ client: 0, date: 1, amount: 2 }, ['c', 'Fecha', 'a'], [['A', '03/04/2020', 1]], { locale: 'pt-BR' });
    expect(Array.from(none.sales.day)).toEqual([dayFromYmd(2020, 4, 3)]);
    expect(none.quality.issues[0]).toMatchObject({ kind: 'ambiguous_date', column: 'B (Fecha)', row: 2 });
  });

  test('1904 date system', () => {
    const r = read({ client: 0, date: 1, amount: 2 }, ['c', 'd', 'a'], [['A', 35064, 1]], { date1904: true });
    expect(r.sales.day[0]).toBe(36526);
  });

  test('1904 serials past 31/12/9999 once shifted are rejected, as are yyyymmdd numbers past it', () => {
    const r = read({ client: 0, date: 1, amount: 2 }, ['c', 'd', 'a'], [['A', 2_958_465, 1], ['B', 2_958_465 - 1462, 1], ['C', 20240315, 1]], {
      date1904: true,
    });
    // 9999-12-31 is read, then set aside as implausible next to 2024 (SPEC §2).
    expect(Array.from(r.sales.day)).toEqual([dayFromYmd(2024, 3, 15)]);
    expect(r.quality.rejected).toEqual([
      expect.objectContaining({ row: 2, column: 'B (d)', reason: 'bad_date' }),
      expect.objectContaining({ row: 3, column: 'B (d)', reason: 'implausible_date', value: '9999-12-31' }),
    ]);
  });

  test('client texts that name no id ("NaN", "Infinity") are rejected every time they come', () => {
    const rows: Cell[][] = [['Infinity', 45000, 1], ['A', 45000, 2], ['Infinity', 45001, 3], ['NaN', 45002, 4], ['NaN', 45003, 5]];
    const r = read({ client: 0, date: 1, amount: 2 }, ['c', 'd', 'a'], rows);
    expect(r.clients.ids).toEqual(['A']);
    expect(Array.from(r.sales.client)).toEqual([0]);
    expect(r.quality.rejected.map((x) => [x.row, x.reason])).toEqual([
      [2, 'missing_client'],
      [4, 'missing_client'],
      [5, 'missing_client'],
      [6, 'missing_client'],
    ]);
  });

  test('readers made one after another keep their own state', () => {
    const a = createSalesReader({ client: 0, date: 1, amount: 2, invoice: 3 }, src(['c', 'd', 'a', 'f']));
    const b = createSalesReader({ client: 1, date: 0, quantity: 2, price: 3 }, src(['d', 'c', 'q', 'p']));
    a.add([['X', 45000, 5, 'F1'], ['Y', 45001, '2,5', 'F2']]);
    b.add([[45002, 'Z', 2, 3], [45003, 'X', '1,5', 2]]);
    a.add([['X', 45004, 1, 'F1']]);
    const ra = a.finish();
    const rb = b.finish();
    expect(ra.clients.ids).toEqual(['X', 'Y']);
    expect(Array.from(ra.sales.amount)).toEqual([5, 2.5, 1]);
    expect(Array.from(ra.sales.invoice!.codes)).toEqual([0, 1, 0]);
    expect(rb.clients.ids).toEqual(['Z', 'X']);
    expect(Array.from(rb.sales.amount)).toEqual([6, 3]);
    expect(Array.from(rb.sales.day)).toEqual([45002, 45003]);
    expect(rb.sales.invoice).toBeNull();
    expect([a.rowsRead, b.rowsRead]).toEqual([3, 2]);
  });

  test('categorical columns are dictionary-encoded; blank is −1', () => {
    const r = read({ client: 0, date: 1, amount: 2, invoice: 3, product: 4, salesperson: 5 }, ['c', 'd', 'a', 'f', 'p', 'v'], [
      ['A', 45000, 1, 536365, 'Tazas', 'Ana'],
      ['A', 45000, 1, '536365', 'Platos', ''],
      ['B', 45000, 1, 'C536379', 'Tazas', ' Ana '],
      ['B', 45000, 1, '', 'Tazas', 'Luis'],
    ]);
    expect(r.sales.invoice).toEqual({ codes: Int32Array.from([0, 0, 1, -1]), labels: ['536365', 'C536379'] });
    expect(r.sales.product).toEqual({ codes: Int32Array.from([0, 1, 0, 0]), labels: ['Tazas', 'Platos'] });
    expect(r.sales.salesperson).toEqual({ codes: Int32Array.from([0, -1, 0, 1]), labels: ['Ana', 'Luis'] });
    expect(r.sales.channel).toBeNull();
  });

  test('mixed currencies are refused with a CarteraError naming the column and both currencies', () => {
    const go = (rows: Cell[][]) => () => read({ client: 0, date: 1, amount: 2, currency: 3 }, ['c', 'd', 'Importe', 'Moneda'], rows);
    expect(go([['A', 45000, 1, 'EUR'], ['A', 45000, 1, '€'], ['A', 45000, 1, '']])).not.toThrow();
    let err: unknown;
    try {
      go([['A', 45000, 1, 'EUR'], ['A', 45000, 1, 'eur'], ['A', 45000, 1, 'BRL']])();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CarteraError);
    expect((err as CarteraError).code).toBe('mixed_currency');
    expect((err as CarteraError).message).toMatch(/D \(Moneda\).*EUR \(row 2\).*BRL \(row 4\)/);
    // Currency marks inside the amount texts too.
    expect(() => read({ client: 0, date: 1, amount: 2 }, ['c', 'd', 'Importe'], [['A', 45000, 'R$ 10,00'], ['A', 45000, '10,00 €']])).toThrow(
      /C \(Importe\).*BRL.*EUR/,
    );
    expect(() => read({ client: 0, date: 1, amount: 2 }, ['c', 'd', 'Importe'], [['A', 45000, '$ 10.00'], ['A', 45000, 'USD 5']])).not.toThrow();
  });

  test('a missing required role is a CarteraError', () => {
    expect(() => createSalesReader({ client: 0, date: 1 }, src(['c', 'd']))).toThrow(/amount/);
    expect(() => createSalesReader({ date: 1, amount: 2 }, src(['c', 'd', 'a']))).toThrow(/client/);
    expect(() => createSalesReader({ client: 0, date: 1, amount: 7 }, src(['c', 'd', 'a']))).toThrow(/column 8/);
  });

  test('blocks give the same result as one add; rows numbered across blocks', () => {
    const rows: Cell[][] = Array.from({ length: 10 }, (_, i) => [i % 3, 45000 + i, i === 4 ? 'x' : i]);
    const one = read({ client: 0, date: 1, amount: 2 }, ['c', 'd', 'a'], rows);
    const r = createSalesReader({ client: 0, date: 1, amount: 2 }, src(['c', 'd', 'a']), { rowCount: 4 });
    r.add(rows.slice(0, 3));
    r.add(rows.slice(3, 7));
    expect(r.rowsRead).toBe(7);
    r.add(rows.slice(7));
    const many = r.finish();
    expect(many).toEqual(one);
    expect(many.quality.rejected[0].row).toBe(6);
    expect(r.finish()).toBe(many);
    expect(() => r.add([])).toThrow();
  });

  describe('with a client list', () => {
    const list = readClientList(
      [[1, 'Uno'], [2, 'Dos'], [3, 'Tres']],
      { client: 0, name: 1 },
      { sheet: 'Clientes', headerRow: 1, firstColumn: 0, headers: ['Código', 'Nombre'] },
    );
    const r = createSalesReader({ client: 0, date: 1, amount: 2 }, src(['Cliente', 'Fecha', 'Importe']), { clientList: list });
    r.add([
      ['9', 45000, 1],
      [2, 45000, 1],
      ['8', 45001, 1],
      [9, 45002, 1],
    ]);
    const { sales, clients, quality } = r.finish();

    test('list rows first, then ids seen only in the sales', () => {
      expect(clients.ids).toEqual(['1', '2', '3', '9', '8']);
      expect(Array.from(clients.inList)).toEqual([1, 1, 1, 0, 0]);
      expect(Array.from(clients.listRow)).toEqual([2, 3, 4, -1, -1]);
      expect(Array.from(sales.client)).toEqual([3, 1, 4, 3]);
      const name = clients.attributes['Nombre'];
      expect(name.kind === 'text' && Array.from(name.codes)).toEqual([0, 1, 2, -1, -1]);
    });

    test('sales ids not in the list are flagged once each', () => {
      const nil = quality.issues.filter((i) => i.kind === 'not_in_list');
      expect(nil.map((i) => [i.clientId, i.row])).toEqual([['9', 2], ['8', 4]]);
    });

    test('the list is not modified', () => {
      expect(list.clients.ids).toEqual(['1', '2', '3']);
    });
  });
});
