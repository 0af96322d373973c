import fc from 'fast-check';
import { clientId, IdDictionary } from '../../../src/engine/clean/clientId';
import type { Cell } from '../../../src/engine/types';

describe('clientId', () => {
  test('numbers in shortest form, text trimmed, leading zeros kept', () => {
    expect(clientId(123)).toBe('123');
    expect(clientId(' 123 ')).toBe('123');
    expect(clientId(17850.0)).toBe('17850');
    expect(clientId('00123')).toBe('00123');
    expect(clientId(12.5)).toBe('12.5');
    expect(clientId('')).toBe('');
    expect(clientId('   ')).toBe('');
    expect(clientId(null)).toBe('');
    expect(clientId(-0)).toBe('0');
  });
});

describe('IdDictionary', () => {
  test('123, "123" and " 123 " are one code; "00123" and "123.0" are others', () => {
    const d = new IdDictionary();
    expect(d.code(123)).toBe(0);
    expect(d.code('123')).toBe(0);
    expect(d.code(' 123 ')).toBe(0);
    expect(d.code('00123')).toBe(1);
    expect(d.code('123.0')).toBe(2);
    expect(d.code(17850.0)).toBe(3);
    expect(d.code('17850')).toBe(3);
    expect(d.code(12.5)).toBe(4);
    expect(d.code('12.5')).toBe(4);
    expect(d.code('ACME')).toBe(5);
    expect(d.code('')).toBe(-1);
    expect(d.code(undefined)).toBe(-1);
    expect(d.labels).toEqual(['123', '00123', '123.0', '17850', '12.5', 'ACME']);
    expect(d.find('123')).toBe(0);
    expect(d.find('00123')).toBe(1);
    expect(d.find('999')).toBe(-1);
    expect(d.find('nope')).toBe(-1);
  });

  test('text first, number later: still one code', () => {
    const d = new IdDictionary();
    expect(d.code('42')).toBe(0);
    expect(d.code(42)).toBe(0);
    expect(d.size).toBe(1);
  });

  test('many integer ids survive the hash table growing', () => {
    const d = new IdDictionary();
    for (let i = 0; i < 5000; i++) expect(d.code(i * 7919 - 1e6)).toBe(i);
    for (let i = 0; i < 5000; i++) expect(d.code(String(i * 7919 - 1e6))).toBe(i);
    expect(d.size).toBe(5000);
  });
});

describe('IdDictionary against clientId()', () => {
  // The oracle: codes by first appearance of clientId(cell) in a Map; blank ids (and the texts
  // "NaN", "Infinity", "-Infinity", which name no number) get −1.
  function oracle(cells: Cell[]): number[] {
    const seen = new Map<string, number>();
    return cells.map((cell) => {
      const id = clientId(cell);
      if (id === '' || id === 'NaN' || id === 'Infinity' || id === '-Infinity') return -1;
      let c = seen.get(id);
      if (c === undefined) seen.set(id, (c = seen.size));
      return c;
    });
  }
  const cell = fc.oneof(
    fc.integer({ min: -1000, max: 100_000 }),
    fc.double({ noNaN: false }),
    fc.constantFrom<Cell>(2 ** 48, 2 ** 48 - 1, 2 ** 53, -0, 'NaN', 'Infinity', '', '  ', null, undefined, true, false, 'TRUE'),
    fc.stringMatching(/^ ?[0-9]{1,9} ?$/),
    fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/),
    fc.string({ maxLength: 12 }),
  );

  test('property: codes and labels are those of clientId(), in order of first appearance', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 300 }), (cells) => {
        const d = new IdDictionary();
        const codes = cells.map((c) => d.code(c));
        expect(codes).toEqual(oracle(cells));
        const labels: string[] = [];
        cells.forEach((c, k) => {
          if (codes[k] >= labels.length) labels.push(clientId(c));
        });
        expect(d.labels).toEqual(labels);
        // find() by the normalised id and peek() by the cell agree with code().
        cells.forEach((c, k) => {
          expect(d.peek(c)).toBe(codes[k] < 0 ? -2 : codes[k]);
          if (codes[k] >= 0) expect(d.find(labels[codes[k]])).toBe(codes[k]);
        });
      }),
      { numRuns: 300 },
    );
  });

  test('peek() never creates; code() after peek() of a new id creates it once', () => {
    const d = new IdDictionary();
    expect(d.peek('CL-1')).toBe(-1);
    expect(d.peek(' CL-1')).toBe(-1);
    expect(d.size).toBe(0);
    expect(d.code('CL-1')).toBe(0);
    expect(d.peek(' CL-1 ')).toBe(0);
    expect(d.peek('Cliente con nombre largo')).toBe(-1);
    expect(d.code('Cliente con nombre largo ')).toBe(1);
    expect(d.find('Cliente con nombre largo')).toBe(1);
    expect(d.peek('')).toBe(-2);
    expect(d.size).toBe(2);
  });
});
