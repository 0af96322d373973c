// selectedCells (issue #20): the CLI types only the fields the sales reader reads. The selected
// fields must be exactly recordCells' cells, and every row must stay blank or not as it was.
import fc from 'fast-check';
import type { Cell } from '../../src/engine/types';
import type { TextRow } from '../../src/files/createTextReader';
import { recordCells } from '../../src/files/recordCells';
import { selectedCells } from '../../src/files/selectedCells';

const blank = (v: Cell | undefined) =>
  v === '' || v === undefined || (typeof v === 'string' && v.trim() === '');
const row = (cells: string[], n = 1): TextRow => ({ row: n, cells: [...cells], invalidBytes: 0 });

describe('selectedCells', () => {
  const field = fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      '\t',
      '  ',
      '0',
      '17850.0',
      '-2.5',
      '00123',
      'TRUE',
      ' false ',
      'C536379',
      '1e3',
      ' 42 ',
    ),
    fc.string({ maxLength: 6 }),
  );

  test('selected fields are recordCells’ cells; blank rows stay blank, others not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 0, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.uniqueArray(fc.nat(6), { maxLength: 4 }),
        (records, columns) => {
          const typed = selectedCells(columns);
          records.forEach((cells, i) => {
            const all = recordCells(row(cells, i + 1));
            const some = typed(row(cells, i + 1));
            expect(some.length).toBe(all.length);
            for (let j = 0; j < all.length; j++) {
              if (columns.includes(j)) expect([j, some[j]]).toEqual([j, all[j]]);
              else expect([j, blank(some[j])]).toEqual([j, blank(all[j])]);
            }
            expect(some.every(blank)).toBe(all.every(blank));
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('with a key column: a row whose key is blank has only its key typed, blank or not as before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 0, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.uniqueArray(fc.nat(6), { minLength: 1, maxLength: 4 }),
        (records, columns) => {
          const key = columns[0];
          const typed = selectedCells(columns, key);
          records.forEach((cells, i) => {
            const all = recordCells(row(cells, i + 1));
            const some = typed(row(cells, i + 1));
            expect(some.length).toBe(all.length);
            expect(some[key]).toEqual(all[key]);
            const keyBlank = blank(all[key]);
            for (let j = 0; j < all.length; j++) {
              if (columns.includes(j) && !keyBlank) expect([j, some[j]]).toEqual([j, all[j]]);
              else expect([j, blank(some[j])]).toEqual([j, blank(all[j])]);
            }
            expect(some.every(blank)).toBe(all.every(blank));
            // untyped when the key is blank
            if (keyBlank)
              for (let j = 0; j < cells.length; j++) if (j !== key) expect(some[j]).toBe(cells[j]);
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('a field with the text of the row above gets the same cell, read once', () => {
    const typed = selectedCells([0, 2]);
    const a = typed(row(['C536379', 'x', '2010-12-01 08:26:00']));
    const b = typed(row(['C536379', 'y', '2010-12-01 08:26:00']));
    expect(b[0]).toBe(a[0]);
    expect(b[2]).toBe(a[2]);
    // not selected: left as written
    expect(b[1]).toBe('y');
    const c = typed(row(['17850.0', ' 7 ', '']));
    expect(c).toEqual([17850, ' 7 ', '']);
  });

  test('a record whose quote is never closed is an empty row', () => {
    expect(selectedCells([0])({ row: 3, cells: [], invalidBytes: 0, broken: '"abc' })).toEqual([]);
  });
});
