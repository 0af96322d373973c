import betaln from '@stdlib/math-base-special-betaln';
import gammaln from '@stdlib/math-base-special-gammaln';
import { bgnbdFit, bgnbdLogLikelihood, type BgnbdParams } from '../../../src/engine/clv/bgnbdFit';
import { bgnbdConditionalExpected, bgnbdPredictor, pAlive } from '../../../src/engine/clv/bgnbdPredictor';
import { modelInputs } from '../../../src/engine/clv/modelInputs';
import { purchaseOccasions } from '../../../src/engine/purchaseOccasions';
import { cdnowSales, cdnowSummary, CDNOW_AS_OF } from './cdnow';
import { integrate01 } from './quadrature';
import { simulateBgnbd } from './simulate';

const SPEC: BgnbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** The paper's per-client likelihood written out directly (no log-space tricks), for small cases. */
function directLogLikelihood(p: BgnbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const common = Math.exp(gammaln(r + x) - gammaln(r) + r * Math.log(alpha));
  const alive = (Math.exp(betaln(a, b + x) - betaln(a, b)) * common) / Math.pow(alpha + T, r + x);
  const dead =
    x > 0 ? (Math.exp(betaln(a + 1, b + x - 1) - betaln(a, b)) * common) / Math.pow(alpha + tx, r + x) : 0;
  return Math.log(alive + dead);
}

/**
 * E[X(t) | x, t_x, T] without 2F1: given alive, λ ~ Gamma(r+x, α+T) and p ~ Beta(a, b+x), and a
 * live client makes (1/p)(1 − e^(−λpt)) purchases in t; integrate λ in closed form, p numerically.
 */
function expectedByQuadrature(p: BgnbdParams, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const lnB = betaln(a, b + x);
  const inner = integrate01((q, omq) => {
    const density = Math.exp((a - 1) * Math.log(q) + (b + x - 1) * Math.log(omq) - lnB);
    const perAlive = (1 - Math.pow((alpha + T) / (alpha + T + q * t), r + x)) / q;
    return density * perAlive;
  });
  return pAlive(p, x, tx, T) * inner;
}

function cdnowInputs(unit: 'weeks' | 'days') {
  const { sales, clientCount } = cdnowSales();
  return modelInputs(purchaseOccasions(sales, clientCount, CDNOW_AS_OF), clientCount, CDNOW_AS_OF, unit);
}

describe('BG/NBD log-likelihood', () => {
  test('equals the direct formula client by client', () => {
    const cases: Array<[number, number, number]> = [
      [0, 0, 38.86],
      [1, 1.71, 38.86],
      [2, 30.43, 38.86],
      [14, 30, 31],
      [0, 0, 0],
    ];
    for (const [x, tx, T] of cases) {
      const one = bgnbdLogLikelihood(SPEC, {
        x: Float64Array.of(x),
        tx: Float64Array.of(tx),
        T: Float64Array.of(T),
      });
      expect(one).toBeCloseTo(directLogLikelihood(SPEC, x, tx, T), 10);
    }
  });

  test('CDNOW summary at the SPEC parameters gives LL ≈ −9582.4', () => {
    const s = cdnowSummary();
    const data = { x: Float64Array.from(s.x), tx: Float64Array.from(s.tx), T: Float64Array.from(s.T) };
    expect(Math.abs(bgnbdLogLikelihood(SPEC, data) - -9582.4)).toBeLessThan(0.1);
  });

  test('invalid data (t_x > T, non-integer x) is NaN for the likelihood and a failed fit, not a throw', () => {
    const bad = { x: Float64Array.of(1), tx: Float64Array.of(5), T: Float64Array.of(3) };
    expect(bgnbdLogLikelihood(SPEC, bad)).toBeNaN();
    const fit = bgnbdFit({ x: Float64Array.of(1.5), tx: Float64Array.of(1), T: Float64Array.of(3) });
    expect([fit.status, fit.reason, fit.params]).toEqual(['failed', 'invalid_data', null]);
  });
});

describe('BG/NBD fit', () => {
  test('CDNOW from the raw transactions (SalesData → occasions → inputs): the SPEC reference fit', () => {
    const fit = bgnbdFit(cdnowInputs('weeks'), {});
    expect(fit.status).toBe('ok');
    const p = fit.params!;
    expect(p.r).toBeCloseTo(0.243, 3);
    expect(p.alpha).toBeCloseTo(4.414, 3);
    expect(p.a).toBeCloseTo(0.793, 3);
    expect(p.b).toBeCloseTo(2.426, 3);
    expect(Math.abs(fit.logLikelihood! - -9582.4)).toBeLessThan(0.1);
    expect(fit.clients).toBe(2357);
  });

  test("CDNOW summary: lifetimes' estimates to 1e-4 relative and the paper's standard errors", () => {
    const s = cdnowSummary();
    const fit = bgnbdFit({
      x: Float64Array.from(s.x),
      tx: Float64Array.from(s.tx),
      T: Float64Array.from(s.T),
    });
    const ref = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(fit.params![k] / ref[k] - 1)).toBeLessThan(1e-4);
    }
    // Fader, Hardie & Lee (2005) report SEs 0.0125, 0.3781, 0.1850, 0.7054.
    const se = fit.standardErrors!;
    expect(se.r).toBeCloseTo(0.0125, 3);
    expect(se.alpha).toBeCloseTo(0.378, 2);
    expect(se.a).toBeCloseTo(0.185, 2);
    expect(se.b).toBeCloseTo(0.705, 2);
  });

  test('the time unit changes α only (α_days = 7 α_weeks), not the predictions', () => {
    const weeks = bgnbdFit(cdnowInputs('weeks')).params!;
    const days = bgnbdFit(cdnowInputs('days')).params!;
    expect(days.r / weeks.r).toBeCloseTo(1, 5);
    expect(days.alpha / weeks.alpha).toBeCloseTo(7, 4);
    expect(days.a / weeks.a).toBeCloseTo(1, 5);
    const ew = bgnbdConditionalExpected(weeks, 39, 2, 30.43, 38.86);
    const ed = bgnbdConditionalExpected(days, 39 * 7, 2, 30.43 * 7, 38.86 * 7);
    expect(ed).toBeCloseTo(ew, 5);
  });

  test('recovers simulated parameters (100,000 clients) within 3 standard errors', () => {
    const truth: BgnbdParams = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
    const data = simulateBgnbd(100_000, truth, 20260101, 20, 80);
    const fit = bgnbdFit(data);
    expect(fit.status).toBe('ok');
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      const se = fit.standardErrors![k];
      expect(se).toBeGreaterThan(0);
      expect(se / truth[k]).toBeLessThan(0.05); // 100,000 clients pin the parameters down
      expect(Math.abs(fit.params![k] - truth[k])).toBeLessThan(3 * se);
    }
  }, 240_000);

  test('too few clients, no repeat purchases, identical clients: a status and a reason', () => {
    const one = bgnbdFit({ x: Float64Array.of(2), tx: Float64Array.of(5), T: Float64Array.of(9) });
    expect([one.status, one.reason]).toEqual(['too_few_data', 'too_few_clients']);
    const n = 50;
    const none = bgnbdFit({
      x: new Float64Array(n),
      tx: new Float64Array(n),
      T: new Float64Array(n).fill(20),
    });
    expect([none.status, none.reason]).toEqual(['too_few_data', 'too_few_repeat_clients']);
    const same = bgnbdFit({
      x: new Float64Array(n).fill(3),
      tx: new Float64Array(n).fill(10),
      T: new Float64Array(n).fill(12),
    });
    expect(same.status).toBe('failed');
    expect(same.params).toBeNull();
    expect(same.logLikelihood).toBeNull();
  });

  test('the penalizer shrinks the parameters', () => {
    const s = cdnowSummary();
    const data = { x: Float64Array.from(s.x), tx: Float64Array.from(s.tx), T: Float64Array.from(s.T) };
    const free = bgnbdFit(data).params!;
    const shrunk = bgnbdFit(data, { penalizer: 0.01 }).params!;
    expect(shrunk.alpha).toBeLessThan(free.alpha);
    expect(shrunk.b).toBeLessThan(free.b);
  });
});

describe('BG/NBD predictions', () => {
  test('SPEC: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks', () => {
    expect(bgnbdConditionalExpected(SPEC, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });

  test('P(alive) by hand: 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))', () => {
    const odds = (0.793 / (2.426 + 1)) * Math.pow((4.414 + 38.86) / (4.414 + 30.43), 2.243);
    expect(pAlive(SPEC, 2, 30.43, 38.86)).toBeCloseTo(1 / (1 + odds), 14);
    expect(pAlive(SPEC, 0, 0, 38.86)).toBe(1);
    expect(pAlive(SPEC, 40, 1, 1000)).toBeGreaterThanOrEqual(0);
    expect(pAlive(SPEC, 40, 1, 1000)).toBeLessThan(1e-10);
  });

  test('the 2F1 formula agrees with an independent quadrature, a < 1, a > 1 and a ≈ 1', () => {
    const params: BgnbdParams[] = [
      SPEC,
      { r: 1.3, alpha: 20, a: 2.5, b: 6 },
      { r: 0.5, alpha: 3, a: 1.00003, b: 1.5 },
    ];
    const clients: Array<[number, number, number, number]> = [
      [39, 2, 30.43, 38.86],
      [52, 0, 0, 10],
      [4.3, 0, 0, 0],
      [26, 7, 20, 21],
      [100, 1, 0.5, 80],
      [200, 25, 60, 60],
    ];
    for (const p of params) {
      const predictor = bgnbdPredictor(p);
      for (const [t, x, tx, T] of clients) {
        const want = expectedByQuadrature(p, t, x, tx, T);
        expect(Math.abs(predictor.expected(t, x, tx, T) - want)).toBeLessThan(1e-7 * Math.max(1, want));
      }
    }
  });

  test('frequent buyers (x in the thousands, where 2F1 itself overflows) still get the quadrature value', () => {
    const p: BgnbdParams = { r: 2, alpha: 30, a: 0.8, b: 3 };
    const predictor = bgnbdPredictor(p);
    for (const [t, x, tx, T] of [
      [365, 1000, 700, 730],
      [365, 3000, 1090, 1095],
      [30, 5000, 1800, 1825],
    ]) {
      const want = expectedByQuadrature(p, t, x, tx, T);
      expect(Math.abs(predictor.expected(t, x, tx, T) / want - 1)).toBeLessThan(1e-7);
    }
  });

  test('a new client: expectedNew(t) is the conditional expectation at x = 0, T = 0 and grows with t', () => {
    const p = bgnbdPredictor(SPEC);
    expect(p.expectedNew(39)).toBeCloseTo(p.expected(39, 0, 0, 0), 12);
    expect(p.expectedNew(39)).toBeCloseTo(expectedByQuadrature(SPEC, 39, 0, 0, 0), 7);
    expect(p.expectedNew(78)).toBeGreaterThan(p.expectedNew(39));
    expect(p.expectedNew(0)).toBe(0);
  });
});
