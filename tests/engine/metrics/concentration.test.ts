import { concentration } from '../../../src/engine/metrics/concentration';

describe('concentration', () => {
  test('nothing positive: null', () => {
    expect(concentration([])).toBeNull();
    expect(concentration([0, -5])).toBeNull();
  });

  test('one unit has everything: shares 1, HHI 10 000, Gini 0 (nobody to be unequal to)', () => {
    expect(concentration([700])).toEqual({
      units: 1,
      top1: 1,
      top5: 1,
      top10: 1,
      top20pct: 1,
      hhi: 10_000,
      gini: 0,
    });
  });

  test('equal units: Gini 0, HHI 10 000 / n', () => {
    const c = concentration([5, 5, 5, 5])!;
    expect(c.gini).toBe(0);
    expect(c.hhi).toBe(2_500);
    expect(c.top1).toBe(0.25);
    expect(c.top20pct).toBe(0.25); // ceil(4 / 5) = 1 unit
  });

  test('values ≤ 0 are left out; top 20 % of 6 units is 2 units', () => {
    const c = concentration([-100, 0, 10, 20, 30, 40, 50, 50])!;
    expect(c.units).toBe(6);
    expect(c.top1).toBe(50 / 200);
    expect(c.top5).toBe(190 / 200);
    expect(c.top10).toBe(1);
    expect(c.top20pct).toBe(100 / 200);
    expect(c.hhi).toBeCloseTo((10_000 * (100 + 400 + 900 + 1600 + 2500 + 2500)) / 200 ** 2, 9);
    // ascending 10, 20, 30, 40, 50, 50: Σ (2i − 7) x_i / (6 · 200)
    expect(c.gini).toBeCloseTo((-5 * 10 - 3 * 20 - 1 * 30 + 1 * 40 + 3 * 50 + 5 * 50) / 1200, 12);
  });

  test('the order of the values does not matter', () => {
    expect(concentration([3, 1, 2, 9])).toEqual(concentration([9, 2, 1, 3]));
  });
});
