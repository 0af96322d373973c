import fc from 'fast-check';
import { abcClasses, rankOrder } from '../../../src/engine/classify/abcClasses';
import { exactCompare } from '../../../src/engine/classify/exactCompare';
import { ABC_CLASSES, CarteraError, NO_CODE } from '../../../src/engine/types';

const VALUE = { mode: 'value' as const, a: 0.8, b: 0.95 };
const letters = (codes: Uint8Array) => Array.from(codes, (c) => (c === NO_CODE ? '-' : ABC_CLASSES[c])).join('');

describe('abcClasses', () => {
  test('the client that reaches 80 % is A, ties by id, zero and negative values are N, masked get no class', () => {
    const ids = ['a', 'b', 'c', 'e', 'd', 'f', 'g', 'h'];
    const values = Float64Array.from([5000, 3000, 1000, 500, 500, 0, -300, 9999]);
    const mask = Uint8Array.from([1, 1, 1, 1, 1, 1, 1, 0]);
    const r = abcClasses(values, ids, { ...VALUE, mask });
    // cumulative before: a 0, b 50 %, c 80 % → B, d 90 % → B, e 95 % → C
    expect(letters(r.classCode)).toBe('AABCBNN-');
    expect(Array.from(r.rank)).toEqual([1, 2, 3, 5, 4, 0, 0, 0]);
    expect(Array.from(r.order)).toEqual([0, 1, 2, 4, 3]);
    expect(r.cumShare[1]).toBeCloseTo(0.8, 12);
    expect(r.share[2]).toBeCloseTo(0.1, 12);
    expect(r.totalCents).toBe(10000);
    expect(r.summary.map((s) => [s.label, s.clients, s.valueCents])).toEqual([
      ['A', 2, 8000],
      ['B', 2, 1500],
      ['C', 1, 500],
      ['N', 2, -300],
    ]);
    expect(r.summary[0].clientShare).toBeCloseTo(2 / 7, 12);
    expect(r.pareto).toEqual({
      topClients: 2,
      rankedClients: 5,
      clientShare: 0.4,
      topValueCents: 8000,
      totalValueCents: 10000,
      valueShare: 0.8,
    });
    expect(r.thresholds).toMatchObject({ aBasisPoints: 8000, bBasisPoints: 9500, minValueA: 3000, minValueB: 500 });
  });

  test('a client that crosses 80 % (from below) is A', () => {
    const r = abcClasses(Float64Array.from([50, 31, 19]), ['x', 'y', 'z'], VALUE);
    expect(letters(r.classCode)).toBe('AAB');
  });

  test('one client with all the value is A; nobody ranked leaves empty shares', () => {
    expect(letters(abcClasses(Float64Array.from([7, 0]), ['x', 'y'], VALUE).classCode)).toBe('AN');
    const none = abcClasses(Float64Array.from([0, -1]), ['x', 'y'], VALUE);
    expect(letters(none.classCode)).toBe('NN');
    expect(none.pareto.clientShare).toBe(0);
    expect(Number.isNaN(none.thresholds.minValueA)).toBe(true);
  });

  test('ties are broken by client id in text order ("10" < "100" < "9")', () => {
    const r = abcClasses(Float64Array.from([10, 10, 10, 10]), ['9', '100', '10', 'b'], { ...VALUE, a: 0.25, b: 0.5 });
    expect(Array.from(r.rank)).toEqual([3, 2, 1, 4]);
    expect(letters(r.classCode)).toBe('CBAC');
  });

  test('count mode: top 20 % / next 30 % / rest of the ranked clients', () => {
    const ten = Float64Array.from([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    const ids = 'abcdefghij'.split('');
    expect(letters(abcClasses(ten, ids, { mode: 'count', a: 0.2, b: 0.5 }).classCode)).toBe('AABBBCCCCC');
    // 7 clients: 20 % is 1.4 clients → the second one crosses it and is A; 50 % is 3.5 → ranks 3, 4 are B
    const seven = ten.slice(0, 7);
    expect(letters(abcClasses(seven, ids.slice(0, 7), { mode: 'count', a: 0.2, b: 0.5 }).classCode)).toBe('AABBCCC');
  });

  test('bad thresholds are refused', () => {
    expect(() => abcClasses(new Float64Array(1), ['a'], { mode: 'value', a: 0.9, b: 0.8 })).toThrow(CarteraError);
    expect(() => abcClasses(new Float64Array(1), ['a'], { mode: 'value', a: 0, b: 0.8 })).toThrow(/thresholds/);
  });

  test('huge values (beyond packed keys) still rank by value then id', () => {
    const big = 2 ** 52;
    const values = Float64Array.from([big, big + 2, big, 5]);
    expect(Array.from(rankOrder(values, ['b', 'x', 'a', 'z'], Int32Array.from([0, 1, 2, 3])))).toEqual([1, 2, 0, 3]);
  });

  test('exactCompare is exact where doubles are not', () => {
    const a = 94_906_267; // a² > 2^53
    expect(a * a === (a - 1) * (a + 1)).toBe(true); // doubles cannot tell them apart
    expect(exactCompare(a, a, a - 1, a + 1)).toBe(1);
    expect(exactCompare(3, 4, 2, 6)).toBe(0);
    expect(exactCompare(-3, 4, 2, 6)).toBe(-1);
  });

  test('large cents are classed with exact integer comparisons', () => {
    // before × 10000 vs 8000 × total differ by one unit of 10^4·… beyond 2^53
    const t = 50_000_000_000_000;
    const r = abcClasses(Float64Array.from([40_000_000_000_000, t - 40_000_000_000_000]), ['a', 'b'], VALUE);
    expect(letters(r.classCode)).toBe('AB'); // b starts exactly at 80 %
    const r2 = abcClasses(Float64Array.from([40_000_000_000_001, 9_999_999_999_999]), ['a', 'b'], VALUE);
    expect(letters(r2.classCode)).toBe('AB');
    const r3 = abcClasses(Float64Array.from([39_999_999_999_999, 10_000_000_000_001]), ['a', 'b'], VALUE);
    expect(letters(r3.classCode)).toBe('AA'); // a stops just below 80 %: b crosses it
  });
});

describe('abcClasses properties', () => {
  const clientsArb = fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 60 })
    .chain((ids) =>
      fc.record({
        ids: fc.constant(ids),
        values: fc.array(fc.integer({ min: -500, max: 100_000 }), { minLength: ids.length, maxLength: ids.length }),
        mode: fc.constantFrom('value' as const, 'count' as const),
        seed: fc.integer(),
      }),
    );

  test('shares sum to 100 %, classes follow rank, A is the smallest set reaching the threshold', () => {
    fc.assert(
      fc.property(clientsArb, ({ ids, values, mode }) => {
        const v = Float64Array.from(values);
        const opts = mode === 'value' ? VALUE : { mode, a: 0.2, b: 0.5 };
        const r = abcClasses(v, ids, opts);
        const ranked = values.filter((x) => x > 0);
        const total = ranked.reduce((s, x) => s + x, 0);
        if (ranked.length > 0) {
          const sum = r.summary[0].valueShare + r.summary[1].valueShare + r.summary[2].valueShare;
          expect(sum).toBeCloseTo(1, 9);
          expect(r.cumShare[r.order[ranked.length - 1]]).toBeCloseTo(1, 9);
        }
        // classes never go back along the ranking
        let prev = 0;
        for (const i of r.order) {
          expect(r.classCode[i]).toBeGreaterThanOrEqual(prev);
          prev = r.classCode[i];
        }
        // A: the smallest top set whose cumulative share reaches a
        const weight = (i: number) => (mode === 'value' ? v[i] : 1);
        const whole = mode === 'value' ? total : ranked.length;
        let cum = 0;
        let aCount = 0;
        for (const i of r.order) {
          if (r.classCode[i] === 0) aCount++;
          cum += weight(i);
          if (aCount > 0 && r.classCode[i] === 0) {
            const reached = cum * 10000 >= opts.a * 10000 * whole;
            const isLastA = r.order.indexOf(i) === aCount - 1;
            if (!isLastA) expect(reached).toBe(false);
          }
        }
        if (ranked.length > 0) {
          const aValue = Array.from(r.order.slice(0, aCount)).reduce((s, i) => s + weight(i), 0);
          expect(aValue * 10000 >= opts.a * 10000 * whole).toBe(true);
        }
        values.forEach((x, i) => expect(r.classCode[i] === 3).toBe(x <= 0));
      }),
    );
  });

  test('the class of each client does not depend on the order clients come in', () => {
    fc.assert(
      fc.property(clientsArb, ({ ids, values, mode, seed }) => {
        const perm = ids.map((_, i) => i).sort((x, y) => ((x * 7919 + seed) % 97) - ((y * 7919 + seed) % 97) || x - y);
        const a = abcClasses(Float64Array.from(values), ids, { mode, a: 0.8, b: 0.95 });
        const b = abcClasses(
          Float64Array.from(perm.map((i) => values[i])),
          perm.map((i) => ids[i]),
          { mode, a: 0.8, b: 0.95 },
        );
        perm.forEach((i, k) => {
          expect(b.classCode[k]).toBe(a.classCode[i]);
          expect(b.rank[k]).toBe(a.rank[i]);
        });
      }),
    );
  });
});
