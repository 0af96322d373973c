import { METHOD_MODEL, METHOD_NO_PURCHASE, METHOD_RETENTION } from '../../../src/engine/clv/codes';
import { portfolioValue } from '../../../src/engine/clv/portfolioValue';
import { NO_CODE } from '../../../src/engine/types';

describe('portfolioValue', () => {
  const clv = Float64Array.of(100.1, 50.2, 0.3, 999, 20);
  const method = Uint8Array.of(
    METHOD_MODEL,
    METHOD_MODEL,
    METHOD_RETENTION,
    METHOD_NO_PURCHASE,
    METHOD_MODEL,
  );

  test('total over current clients only, split by method, ABC class and RFM segment in exact cents', () => {
    const v = portfolioValue({
      clv,
      method,
      abcClass: Uint8Array.of(0, 1, NO_CODE, 0, 0), // A, B, none, (prospect), A
      rfmSegment: Uint8Array.of(0, 9, 9, NO_CODE, 3), // champions, hibernating, hibernating, -, new
    });
    expect(v.total).toBe(170.6);
    expect(v.clients).toBe(4);
    expect(v.average).toBeCloseTo(42.65, 12);
    expect(v.byMethod.map((g) => [g.id, g.clients, g.value])).toEqual([
      ['model', 3, 170.3],
      ['model_observed_value', 0, 0],
      ['retention', 1, 0.3],
    ]);
    expect(v.byAbcClass!.map((g) => [g.id, g.clients, g.value])).toEqual([
      ['A', 2, 120.1],
      ['B', 1, 50.2],
      ['C', 0, 0],
      ['N', 0, 0],
      ['none', 1, 0.3],
    ]);
    const rfm = Object.fromEntries(v.byRfmSegment!.map((g) => [g.id, g.value]));
    expect(rfm).toMatchObject({ champions: 100.1, hibernating: 50.5, new: 20, loyal: 0 });
    expect(v.byRfmSegment!.some((g) => g.id === 'none')).toBe(false);
    expect(v.byAbcClass![0].share).toBeCloseTo(120.1 / 170.6, 12);
  });

  test('sensitivity: one row per discount rate, margin factors scale the total', () => {
    const v = portfolioValue({
      clv,
      method,
      sensitivity: {
        discountRates: [0.05, 0.1],
        clv: [Float64Array.of(110, 55, 1, 0, 22), clv],
        marginFactors: [0.8, 1, 1.2],
      },
    });
    expect(v.sensitivity.values).toEqual([
      [150.4, 188, 225.6],
      [136.48, 170.6, 204.72],
    ]);
  });

  test('group columns of the wrong length are ignored', () => {
    const v = portfolioValue({ clv, method, abcClass: Uint8Array.of(0, 1) });
    expect(v.byAbcClass).toBeNull();
    expect(v.byRfmSegment).toBeNull();
    expect(v.total).toBe(170.6);
  });
});
