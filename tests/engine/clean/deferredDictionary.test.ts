import fc from 'fast-check';
import { IdDictionary } from '../../../src/engine/clean/clientId';
import { BLANK_KEY, CategoryCodes, DeferredDictionary } from '../../../src/engine/clean/deferredDictionary';
import type { Cell } from '../../../src/engine/types';

/** Codes of a column of cells through a DeferredDictionary: a run per change of cell, settled. */
function deferredCodes(cells: Cell[]): { codes: number[]; labels: string[] } {
  const d = new DeferredDictionary();
  const runs: number[] = [];
  let last: unknown = Symbol('none');
  let run = -1;
  for (const cell of cells) {
    if (cell !== last) {
      const k = d.key(cell);
      run = k === BLANK_KEY ? -1 : d.push(k);
      last = cell;
    }
    runs.push(run);
  }
  const { codeOfRun, labels } = d.settle();
  return { codes: runs.map((r) => (r < 0 ? -1 : codeOfRun[r])), labels };
}

function mapCodes(cells: Cell[]): { codes: number[]; labels: string[] } {
  const d = new IdDictionary();
  const codes = cells.map((c) => d.code(c));
  return { codes, labels: [...d.labels] };
}

// Cells that stress every key kind: packed short texts, hashed long or accented texts, integers,
// numbers with decimals, negative and huge numbers, numeric text, padded text, blanks.
const cell = fc.oneof(
  fc.constantFrom<Cell>(
    123, '123', ' 123 ', '00123', '123.0', 17850, 17850.0, '17850', 12.5, '12.5', -5, '-5', 1e15, '1000000000000000',
    'ACME', ' ACME', 'acme', 'Cliente Pérez S.L.', 'Cliente Pérez S.L. ', 'NaN', 'Infinity', 'Iberia', 'Nike', 'C536379',
    'AB-12_x', 'ABCDEFGH', 'ABCDEFGHI', true, 'TRUE', false, '', '   ', null, undefined, 2 ** 48, 2 ** 48 - 1, -0,
  ),
  fc.integer({ min: 0, max: 50 }),
  fc.stringMatching(/^[A-Za-z0-9 _-]{0,10}$/),
  fc.string({ maxLength: 12 }),
);

describe('DeferredDictionary', () => {
  test('same ids as IdDictionary: 123 = "123" = " 123 ", "00123" apart, blanks blank', () => {
    const cells: Cell[] = [123, '123', ' 123 ', '00123', '123.0', 17850.0, '17850', 12.5, '12.5', 'ACME', '', undefined, 'ACME', 'Cliente Pérez S.L.'];
    const { codes, labels } = deferredCodes(cells);
    expect(codes).toEqual([0, 0, 0, 1, 2, 3, 3, 4, 4, 5, -1, -1, 5, 6]);
    expect(labels).toEqual(['123', '00123', '123.0', '17850', '12.5', 'ACME', 'Cliente Pérez S.L.']);
  });

  test('negative, decimal and huge numbers meet their shortest text; other texts stay apart', () => {
    const cells: Cell[] = [-5, '-5', ' -5', '-05', 1e15, '1000000000000000', 2 ** 48, String(2 ** 48), 2 ** 48 - 1, '0.5', 0.5, '.5', -0, '0'];
    const { codes, labels } = deferredCodes(cells);
    expect(codes).toEqual([0, 0, 0, 1, 2, 2, 3, 3, 4, 5, 5, 6, 7, 7]);
    expect(labels).toEqual(['-5', '-05', '1000000000000000', String(2 ** 48), String(2 ** 48 - 1), '0.5', '.5', '0']);
    expect(deferredCodes(cells)).toEqual(mapCodes(cells));
  });

  test('"NaN", "Infinity" and non-finite numbers are blank, as in IdDictionary', () => {
    const d = new DeferredDictionary();
    for (const c of ['NaN', 'Infinity', ' NaN ', NaN, Infinity, -Infinity]) expect(d.key(c)).toBe(BLANK_KEY);
    expect(d.key('Nike')).not.toBe(BLANK_KEY);
    expect(d.key('Iberia')).not.toBe(BLANK_KEY);
  });

  test('texts that share a 52-bit hash are still told apart', () => {
    // Force every long text into one hash group by pushing them under one key.
    const d = new DeferredDictionary();
    const texts = ['Cliente Pérez S.L.', 'Cliente Gómez S.A.', 'Cliente Pérez S.L.', 'Cliente Gómez S.A.', 'Otro cliente'];
    for (const t of texts) {
      d.key(t);
      d.push(2 ** 52 + 7);
    }
    const { codeOfRun, labels } = d.settle();
    expect(Array.from(codeOfRun)).toEqual([0, 1, 0, 1, 2]);
    expect(labels).toEqual(['Cliente Pérez S.L.', 'Cliente Gómez S.A.', 'Otro cliente']);
  });

  test('seeded ids keep codes 0…n−1', () => {
    const d = new DeferredDictionary();
    d.seed(['B', '7', 'A']);
    d.push(d.key(7));
    d.push(d.key('C'));
    d.push(d.key('B'));
    d.push(d.key('C'));
    const s = d.settle();
    expect(Array.from(s.codeOfRun)).toEqual([0, 1, 2, 1, 3, 0, 3]);
    expect(s.labels).toEqual(['B', '7', 'A', 'C']);
  });

  test('property: codes and labels equal IdDictionary on any column of cells', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 300, size: 'max' }), (cells) => {
        expect(deferredCodes(cells)).toEqual(mapCodes(cells));
      }),
      { numRuns: 400 },
    );
  });
});

describe('CategoryCodes', () => {
  test('property: same codes as IdDictionary, below and past the switch to deferred codes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(cell, fc.integer({ min: 0, max: 60 }).map((k) => `F${k}`)), { maxLength: 200 }), fc.integer({ min: 0, max: 30 }), (cells, smallSize) => {
        const cat = new CategoryCodes(smallSize);
        const codes = Int32Array.from(cells, (c) => cat.code(c));
        const labels = cat.settle(codes);
        const want = mapCodes(cells);
        expect(labels).toEqual(want.labels);
        expect(Array.from(codes)).toEqual(want.codes);
      }),
      { numRuns: 300 },
    );
  });
});
