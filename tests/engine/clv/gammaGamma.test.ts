import gammaln from '@stdlib/math-base-special-gammaln';
import {
  gammaGammaExpectedValue,
  gammaGammaFit,
  gammaGammaLogLikelihood,
  type GammaGammaParams,
} from '../../../src/engine/clv/gammaGammaFit';
import { modelInputs } from '../../../src/engine/clv/modelInputs';
import { purchaseOccasions } from '../../../src/engine/purchaseOccasions';
import { cdnowSales, cdnowSummary, CDNOW_AS_OF } from './cdnow';
import { simulateBgnbd, simulateMeanValues } from './simulate';

describe('Gamma-Gamma', () => {
  test('log-likelihood of one client by hand', () => {
    const p = 6.25,
      q = 3.74,
      g = 15.44,
      x = 3,
      m = 20;
    const want =
      gammaln(p * x + q) -
      gammaln(p * x) -
      gammaln(q) +
      q * Math.log(g) +
      (p * x - 1) * Math.log(m) +
      p * x * Math.log(x) -
      (p * x + q) * Math.log(x * m + g);
    expect(
      gammaGammaLogLikelihood({ p, q, gamma: g }, Float64Array.of(3, 0), Float64Array.of(20, 0)),
    ).toBeCloseTo(want, 10);
  });

  test('CDNOW from the raw transactions: the 946 repeat clients give p = 6.25, q = 3.74, γ = 15.44', () => {
    const { sales, clientCount } = cdnowSales();
    const inputs = modelInputs(purchaseOccasions(sales, clientCount, CDNOW_AS_OF), clientCount, CDNOW_AS_OF);
    const fit = gammaGammaFit(inputs.x, inputs.meanValue);
    expect(fit.status).toBe('ok');
    expect(fit.clients).toBe(946);
    expect(fit.params!.p).toBeCloseTo(6.25, 2);
    expect(fit.params!.q).toBeCloseTo(3.74, 2);
    expect(fit.params!.gamma).toBeCloseTo(15.44, 2);
    expect(fit.correlation!).toBeCloseTo(0.11, 2);
  });

  test("CDNOW summary: lifetimes' estimates to 1e-4 relative", () => {
    const s = cdnowSummary();
    const fit = gammaGammaFit(Float64Array.from(s.x), Float64Array.from(s.zbar));
    const ref = { p: 6.248802, q: 3.744588, gamma: 15.447748 };
    for (const k of ['p', 'q', 'gamma'] as const)
      expect(Math.abs(fit.params![k] / ref[k] - 1)).toBeLessThan(1e-4);
  });

  test('conditional expected value by hand; x = 0 is the population mean; q ≤ 1 has none', () => {
    const P: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
    expect(gammaGammaExpectedValue(P, 2, 22.35)).toBeCloseTo(
      ((15.44 + 2 * 22.35) * 6.25) / (6.25 * 2 + 3.74 - 1),
      12,
    );
    expect(gammaGammaExpectedValue(P, 0, 0)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
    expect(gammaGammaExpectedValue({ p: 2, q: 0.8, gamma: 5 }, 0, 0)).toBeNaN();
  });

  test('recovers simulated parameters within 3 standard errors', () => {
    const truth: GammaGammaParams = { p: 6, q: 4, gamma: 15 };
    const { x } = simulateBgnbd(40_000, { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, 7, 20, 80);
    const m = simulateMeanValues(x, truth, 11);
    const fit = gammaGammaFit(x, m);
    expect(fit.status).toBe('ok');
    for (const k of ['p', 'q', 'gamma'] as const) {
      expect(Math.abs(fit.params![k] - truth[k])).toBeLessThan(3 * fit.standardErrors![k]);
    }
    expect(Math.abs(fit.correlation!)).toBeLessThan(0.05);
  }, 120_000);

  test('clients with x = 0 or a zero mean value are not fitted; too few is a status, not a throw', () => {
    const x = Float64Array.of(1, 2, 0, 3);
    const m = Float64Array.of(10, 0, 0, 12);
    const fit = gammaGammaFit(x, m);
    expect(fit.clients).toBe(2);
    expect([fit.status, fit.reason, fit.params]).toEqual(['too_few_data', 'too_few_repeat_clients', null]);
  });
});
