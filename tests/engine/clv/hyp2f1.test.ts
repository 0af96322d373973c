import gammaln from '@stdlib/math-base-special-gammaln';
import fc from 'fast-check';
import { digamma } from '../../../src/engine/clv/digamma';
import { hyp2f1, hyp2f1Fixed } from '../../../src/engine/clv/hyp2f1';
import { hyp2f1Oracle } from './hyp2f1Oracle';
import { integrate01 } from './quadrature';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

/** Euler's integral, c > b > 0: Γ(c)/(Γ(b)Γ(c−b)) ∫ t^(b−1) (1−t)^(c−b−1) (1−zt)^(−a) dt. */
function euler(a: number, b: number, c: number, z: number): number {
  const k = Math.exp(gammaln(c) - gammaln(b) - gammaln(c - b));
  return k * integrate01((t, omt) => Math.pow(t, b - 1) * Math.pow(omt, c - b - 1) * Math.pow(1 - z * t, -a));
}

describe('hyp2f1', () => {
  const zs = [
    -20,
    -3,
    -1,
    -0.6,
    -0.1,
    0.05,
    0.3,
    0.5,
    0.7,
    0.75,
    0.76,
    0.8,
    0.9,
    0.97,
    0.99,
    0.9999,
    1 - 1e-8,
  ];

  test('2F1(1, 1; 2; z) = −ln(1 − z)/z (c − a − b = 0: the near-integer branch)', () => {
    for (const z of zs) expect(rel(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-9);
  });

  test('2F1(a, b; b; z) = (1 − z)^−a, integer and non-integer c − a − b', () => {
    for (const [a, b] of [
      [0.7, 1.3],
      [2, 0.4],
      [3.5, 2.25],
      [0.243, 2.426],
    ]) {
      for (const z of zs) expect(rel(hyp2f1(a, b, b, z), Math.pow(1 - z, -a))).toBeLessThan(1e-8);
    }
  });

  test('arcsin and arctan forms', () => {
    for (const x of [0.1, 0.5, 0.9, 0.99]) {
      expect(rel(hyp2f1(0.5, 0.5, 1.5, x * x), Math.asin(x) / x)).toBeLessThan(1e-10);
    }
    for (const x of [0.3, 1, 2, 10]) {
      expect(rel(hyp2f1(0.5, 1, 1.5, -x * x), Math.atan(x) / x)).toBeLessThan(1e-10);
    }
  });

  test("matches Euler's integral (independent quadrature) for BG/NBD-like parameters", () => {
    // 2F1(r+x, b+x; a+b+x−1; z) with CDNOW's r, a, b, written with the parameter below c second.
    const r = 0.243,
      a = 0.793,
      b = 2.426;
    for (const x of [0, 1, 2, 7]) {
      for (const z of [0.2, 0.6, 0.8, 0.95, 0.99]) {
        const c = a + b + x - 1;
        expect(rel(hyp2f1(b + x, r + x, c, z), euler(b + x, r + x, c, z))).toBeLessThan(1e-9);
      }
    }
    for (const [p, q, c, z] of [
      [1.5, 0.5, 3.2, 0.9],
      [-2.5, 1.2, 2.1, 0.85],
      [4, 2, 2.5, -5],
    ]) {
      expect(rel(hyp2f1(p, q, c, z), euler(p, q, c, z))).toBeLessThan(1e-9);
    }
  });

  test("Gauss's sum at z = 1 and the polynomial case", () => {
    const [a, b, c] = [0.3, 0.8, 2.5];
    const gauss = Math.exp(gammaln(c) + gammaln(c - a - b) - gammaln(c - a) - gammaln(c - b));
    expect(rel(hyp2f1(a, b, c, 1), gauss)).toBeLessThan(1e-12);
    // 2F1(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))
    for (const z of [-3, 0.5, 2]) {
      expect(hyp2f1(-2, 1.5, 2.5, z)).toBeCloseTo(
        1 - (2 * 1.5 * z) / 2.5 + (1.5 * 2.5 * z * z) / (2.5 * 3.5),
        12,
      );
    }
  });

  test('outside the domain it is NaN, never a throw', () => {
    expect(hyp2f1(1, 1, 2, 1.5)).toBeNaN();
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN(); // c − a − b = 0: diverges
    expect(hyp2f1(1, 1, 2, 0)).toBe(1);
    expect(hyp2f1Fixed(NaN, 1, 2)(0.5)).toBeNaN();
  });
});

describe('digamma', () => {
  const EULER = 0.5772156649015329;
  test('known values and the recurrence', () => {
    expect(digamma(1)).toBeCloseTo(-EULER, 14);
    expect(digamma(0.5)).toBeCloseTo(-EULER - 2 * Math.LN2, 14);
    expect(digamma(10)).toBeCloseTo(-EULER + [...Array(9)].reduce((s, _, k) => s + 1 / (k + 1), 0), 13);
    for (const x of [0.01, 0.37, 3.3, 12.5, 250]) expect(digamma(x + 1) - digamma(x)).toBeCloseTo(1 / x, 10);
    expect(digamma(-0.5)).toBeCloseTo(2 - EULER - 2 * Math.LN2, 12); // reflection: ψ(1 − x) − ψ(x) = π cot(πx) = 0
    expect(digamma(-1)).toBeNaN();
  });
});

describe('hyp2f1 against a 256-bit series (issue #17 stress points)', () => {
  test('the oracle itself: closed forms and independent 40-digit values', () => {
    for (const z of [0.1, 0.5, 0.9, 0.99]) {
      expect(rel(hyp2f1Oracle(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-15);
      expect(rel(hyp2f1Oracle(2.7, 1.3, 1.3, z), Math.pow(1 - z, -2.7))).toBeLessThan(1e-15);
    }
    // mpmath (50 digits), computed once outside the repository's tests.
    expect(rel(hyp2f1Oracle(151, 168, 319.18, 0.9), 6.888650148607466e57)).toBeLessThan(1e-15);
    expect(rel(hyp2f1Oracle(2.2426, 4.4259, 4.2188, 0.8), 46.44575705045416)).toBeLessThan(1e-15);
  });

  test.each([
    [151, 168, 319.18, 0.9], // near-integer c − a − b (the former code: off by 10^77)
    [151, 168, 319, 0.9], // integer c − a − b
    [50, 60, 100.5, 0.76], // z just above 0.75 with large a, b (the former code: 5 %)
    [200, 300, 450, 0.76],
    [100, 100, 150, 0.751],
    [0.2426 + 2, 2.4259 + 2, 0.7929 + 2.4259 + 1, 0.8], // CDNOW's fit, x = 2
  ])('stress point 2F1(%p, %p; %p; %p)', (a, b, c, z) => {
    expect(rel(hyp2f1(a, b, c, z), hyp2f1Oracle(a, b, c, z))).toBeLessThan(1e-12);
  });

  test('property: the BG/NBD domain (both forms the predictor uses), z in [0, 0.95]', () => {
    const positive = (min: number, max: number): fc.Arbitrary<number> =>
      fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);
    fc.assert(
      fc.property(
        positive(0.01, 10), // r
        positive(0.05, 10), // a
        positive(0.05, 50), // b
        fc.integer({ min: 0, max: 200 }), // x
        fc.double({ min: 0, max: 0.95, noNaN: true }), // z
        (r, a, b, x, z) => {
          const c = a + b + x - 1;
          fc.pre(c > 0);
          // Euler's form (1−z)^(a−1) 2F1(a+b−1−r, a−1; c; z), then the original one when finite.
          expect(
            rel(hyp2f1(a + b - 1 - r, a - 1, c, z), hyp2f1Oracle(a + b - 1 - r, a - 1, c, z)),
          ).toBeLessThan(1e-10);
          const original = hyp2f1(r + x, b + x, c, z);
          if (Number.isFinite(original))
            expect(rel(original, hyp2f1Oracle(r + x, b + x, c, z))).toBeLessThan(1e-10);
        },
      ),
      { numRuns: 300, seed: 17 },
    );
  }, 120_000);
});
