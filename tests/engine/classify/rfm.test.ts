import fc from 'fast-check';
import { rfmScores } from '../../../src/engine/classify/rfmScores';
import { rfmSegment } from '../../../src/engine/classify/rfmSegment';
import { NO_CODE, RFM_SEGMENTS } from '../../../src/engine/types';

const all = (n: number) => new Uint8Array(n).fill(1);

describe('rfmScores', () => {
  test('distinct values: 1 + floor(5 w / n)', () => {
    const v = Float64Array.from([10, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Array.from(rfmScores(v, all(10)).score)).toEqual([5, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
  });

  test('heavy ties leave empty scores, and the bands show the thresholds used', () => {
    const v = Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1, 2, 3]);
    const r = rfmScores(v, all(10));
    expect(Array.from(r.score)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 5, 5]);
    expect(r.bands[0]).toEqual({ score: 1, clients: 8, min: 1, max: 1 });
    expect(r.bands[1].clients).toBe(0);
    expect(Number.isNaN(r.bands[2].min)).toBe(true);
    expect(r.bands[4]).toEqual({ score: 5, clients: 2, min: 2, max: 3 });
  });

  test('recency: fewer days is better', () => {
    const r = rfmScores(Int32Array.from([0, 10, 10, 400]), all(4), 'lower');
    // w = clients with strictly more days: 3, 1, 1, 0 → 1 + floor(5w/4)
    expect(Array.from(r.score)).toEqual([4, 2, 2, 1]);
  });

  test('only masked clients are scored and counted in n', () => {
    const r = rfmScores(Float64Array.from([100, 5, 1, 0]), Uint8Array.from([1, 1, 0, 0]));
    expect(Array.from(r.score)).toEqual([3, 1, 0, 0]);
    expect(r.scored).toBe(2);
  });

  test('everybody equal scores 1; negative money is simply the lowest', () => {
    expect(Array.from(rfmScores(Float64Array.from([7, 7, 7]), all(3)).score)).toEqual([1, 1, 1]);
    expect(Array.from(rfmScores(Float64Array.from([-50, 0, 50]), all(3)).score)).toEqual([1, 2, 4]);
  });

  // × 1 takes the histogram path, × 1e6 the packed-key sort, × 0.37 (not integers) the plain sort.
  test('properties: 1–5, equal values share a score, matches the definition, monotone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -3, max: 12 }), { minLength: 1, maxLength: 80 }),
        fc.boolean(),
        fc.constantFrom(1, 1e6, 0.37),
        (ints, lower, factor) => {
          const values = ints.map((x) => x * factor);
          const v = Float64Array.from(values);
          const s = rfmScores(v, all(v.length), lower ? 'lower' : 'higher').score;
          const n = values.length;
          values.forEach((x, i) => {
            const w = values.filter((y) => (lower ? y > x : y < x)).length;
            expect(s[i]).toBe(1 + Math.floor((5 * w) / n));
            values.forEach((y, j) => {
              if (y === x) expect(s[j]).toBe(s[i]);
              if ((lower ? y < x : y > x)) expect(s[j]).toBeGreaterThanOrEqual(s[i]);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the thresholds of a wide-ranging money column (packed-key path)', () => {
    const v = Float64Array.from([5_000_000, 100, 100, 2_000_000, 73]);
    const r = rfmScores(v, all(5));
    expect(Array.from(r.score)).toEqual([5, 2, 2, 4, 1]);
    expect(r.bands[1]).toEqual({ score: 2, clients: 2, min: 100, max: 100 });
  });
});

describe('rfmSegment', () => {
  // SPEC §4 grid written out by hand, row = R 5..1, column = F 1..5
  const GRID: Record<number, string[]> = {
    5: ['new', 'potential_loyalist', 'potential_loyalist', 'champions', 'champions'],
    4: ['promising', 'potential_loyalist', 'potential_loyalist', 'loyal', 'loyal'],
    3: ['about_to_sleep', 'about_to_sleep', 'need_attention', 'loyal', 'loyal'],
    2: ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'],
    1: ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'],
  };
  for (const r of [5, 4, 3, 2, 1]) {
    for (const f of [1, 2, 3, 4, 5]) {
      test(`R ${r} F ${f} → ${GRID[r][f - 1]}`, () => {
        expect(RFM_SEGMENTS[rfmSegment(r, f)]).toBe(GRID[r][f - 1]);
      });
    }
  }

  test('every segment is used and scores outside 1–5 have no segment', () => {
    const used = new Set<number>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) used.add(rfmSegment(r, f));
    expect(used.size).toBe(RFM_SEGMENTS.length);
    expect(rfmSegment(0, 3)).toBe(NO_CODE);
    expect(rfmSegment(3, 6)).toBe(NO_CODE);
    expect(rfmSegment(2.5, 3)).toBe(NO_CODE);
  });
});
