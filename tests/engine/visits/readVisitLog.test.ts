import { readVisitLog } from '../../../src/engine/visits/readVisitLog';
import { CarteraError, type Cell, type SourceRef } from '../../../src/engine/types';
import { clientsData, d } from './fixtures';

const clients = clientsData(['C1', '123', '00123']);
const source: SourceRef = {
  sheet: 'Visitas',
  headerRow: 3,
  firstColumn: 1,
  headers: ['Cliente', 'Fecha', 'Vendedor'],
};
const header: Cell[] = ['Cliente', 'Fecha', 'Vendedor'];

describe('readVisitLog', () => {
  const rows: Cell[][] = [
    header,
    ['C1', 45474, 'Ana López'], // Excel row 4
    [123, '13/03/2024', 'ana lopez'], // 5: the number 123 is the id "123"; day-first proven by 13
    ['', '', ''], // 6: blank
    ['', '2024-01-02', 'Ana'], // 7: no client
    ['ZZ', '2024-01-02', ''], // 8: unknown client
    ['C1', '31/02/2024', 'Ana'], // 9: impossible date
    [' 00123 ', '2099-01-01', 'Bea'], // 10: after the as-of date
    ['00123', 45000.75, ''], // 11: time of day dropped, no salesperson
    ['C1', 'mañana', 'Bea'], // 12: unreadable date
  ];
  const read = readVisitLog(rows, { client: 0, date: 1, salesperson: 2 }, source, clients, {
    asOf: d('2024-12-31'),
  });

  test('usable rows, with their client index, day, Excel row and merged salesperson names', () => {
    expect(read.rowsUsed).toBe(3);
    expect(Array.from(read.log.client)).toEqual([0, 1, 2]);
    expect(Array.from(read.log.day)).toEqual([d('2024-07-01'), d('2024-03-13'), 45000]);
    expect(Array.from(read.log.row)).toEqual([4, 5, 11]);
    expect(read.log.salesperson!.labels).toEqual(['Ana López']);
    expect(Array.from(read.log.salesperson!.codes)).toEqual([0, 0, -1]);
    expect(read.dateOrder).toBe('dmy');
  });

  test('bad rows are rejected with sheet, row, column and reason; totals add up', () => {
    expect(read.rejected).toEqual([
      { sheet: 'Visitas', row: 7, column: 'B (Cliente)', reason: 'missing_client', value: '' },
      { sheet: 'Visitas', row: 8, column: 'B (Cliente)', reason: 'unknown_client', value: 'ZZ' },
      { sheet: 'Visitas', row: 9, column: 'C (Fecha)', reason: 'bad_date', value: '31/02/2024' },
      { sheet: 'Visitas', row: 12, column: 'C (Fecha)', reason: 'bad_date', value: 'mañana' },
    ]);
    expect([read.rowsRead, read.rowsUsed, read.rowsRejected, read.rowsAfterAsOf, read.blankRows]).toEqual([
      9, 3, 4, 1, 1,
    ]);
    expect(read.rowsRead).toBe(read.rowsUsed + read.rowsRejected + read.rowsAfterAsOf + read.blankRows);
  });

  test('month-first text is read month-first when the column proves it, or when forced', () => {
    const us = readVisitLog(
      [header, ['C1', '03/13/2024'], ['C1', '04/05/2024']],
      { client: 0, date: 1 },
      source,
      clients,
    );
    expect(Array.from(us.log.day)).toEqual([d('2024-03-13'), d('2024-04-05')]);
    expect(us.log.salesperson).toBeNull();
    const forced = readVisitLog([header, ['C1', '04/05/2024']], { client: 0, date: 1 }, source, clients, {
      dateOrder: 'mdy',
    });
    expect(Array.from(forced.log.day)).toEqual([d('2024-04-05')]);
    const unsure = readVisitLog([header, ['C1', '04/05/2024']], { client: 0, date: 1 }, source, clients);
    expect(unsure.ambiguousDates).toBe(true);
    expect(Array.from(unsure.log.day)).toEqual([d('2024-05-04')]);
  });

  test('dates: serials (time dropped, 1904 option), ISO with a time, each date its only possible way', () => {
    const r = readVisitLog(
      [
        header,
        ['C1', 45474.99],
        ['C1', '2024-03-05T10:30:00'],
        ['C1', '13/01/2024'],
        ['C1', '01/13/2024'],
        ['C1', '05-03-95'],
      ],
      { client: 0, date: 1 },
      source,
      clients,
    );
    expect(Array.from(r.log.day)).toEqual([
      d('2024-07-01'),
      d('2024-03-05'),
      d('2024-01-13'),
      d('2024-01-13'),
      d('1995-03-05'),
    ]);
    // evidence both ways: day-first for the dates that read both ways, and the column is ambiguous
    expect([r.dateOrder, r.ambiguousDates]).toEqual(['dmy', true]);
    const r1904 = readVisitLog([header, ['C1', 45474 - 1462]], { client: 0, date: 1 }, source, clients, {
      date1904: true,
    });
    expect(Array.from(r1904.log.day)).toEqual([d('2024-07-01')]);
  });

  test('a mapping outside the range is a clear error', () => {
    expect(() => readVisitLog([header], { client: 0, date: 5 }, source, clients)).toThrow(CarteraError);
    expect(() => readVisitLog([header], { client: 0, date: 5 }, source, clients)).toThrow(
      /Visitas.*date column/,
    );
  });

  test('an empty log (header only) reads as no visits', () => {
    const r = readVisitLog([header], { client: 0, date: 1 }, source, clients);
    expect([r.rowsRead, r.log.length]).toEqual([0, 0]);
  });
});
