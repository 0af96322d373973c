import betaln from '@stdlib/math-base-special-betaln';
import { pAlive } from '../../../src/engine/clv/bgnbdPredictor';
import {
  CLV_REASONS,
  METHOD_MODEL,
  METHOD_NO_PURCHASE,
  METHOD_RETENTION,
} from '../../../src/engine/clv/codes';
import { lifetimeValue } from '../../../src/engine/clv/lifetimeValue';
import type { BgnbdParams } from '../../../src/engine/clv/bgnbdFit';
import { dayFromYmd } from '../../../src/engine/dates';
import { purchaseOccasions, type Occasions } from '../../../src/engine/purchaseOccasions';
import { NO_CODE, type SalesData } from '../../../src/engine/types';
import { cdnowSales, CDNOW_AS_OF } from './cdnow';
import { integrate01, nonFinitePaths } from './quadrature';

function sales(rows: Array<[client: number, day: number, amount: number, margin?: number]>): SalesData {
  const withMargin = rows.some((r) => r[3] !== undefined);
  return {
    length: rows.length,
    client: Int32Array.from(rows.map((r) => r[0])),
    day: Int32Array.from(rows.map((r) => r[1])),
    amount: Float64Array.from(rows.map((r) => r[2])),
    margin: withMargin ? Float64Array.from(rows.map((r) => r[3] ?? 0)) : null,
    row: Int32Array.from(rows.map((_, i) => i + 2)),
    invoice: null,
    product: null,
    buyingCentre: null,
    channel: null,
    salesperson: null,
  };
}

const occasionsOf = (rows: Parameters<typeof sales>[0], clientCount: number): Occasions =>
  purchaseOccasions(sales(rows), clientCount);

/** E[X(t) | x, t_x, T] by quadrature over p (see bgnbd.test.ts), independent of the 2F1 code. */
function expectedByQuadrature(p: BgnbdParams, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const lnB = betaln(a, b + x);
  return (
    pAlive(p, x, tx, T) *
    integrate01((q, omq) => {
      const density = Math.exp((a - 1) * Math.log(q) + (b + x - 1) * Math.log(omq) - lnB);
      return (density * (1 - Math.pow((alpha + T) / (alpha + T + q * t), r + x))) / q;
    })
  );
}

const Y = (y: number, m: number, d: number): number => dayFromYmd(y, m, d);

describe('lifetimeValue on CDNOW', () => {
  const { sales: s, clientCount } = cdnowSales();
  // All transactions (to 1998-06): lifetimeValue itself must leave out those after asOf.
  const occasions = purchaseOccasions(s, clientCount);
  const result = lifetimeValue(occasions, clientCount, CDNOW_AS_OF, { timeUnit: 'weeks' });

  test('fits both models and values every client with the model', () => {
    expect(result.status).toBe('ok');
    expect(result.bgnbd.params!.r).toBeCloseTo(0.243, 3);
    expect(result.gammaGamma.params!.p).toBeCloseTo(6.25, 2);
    expect(result.portfolio.clients).toBe(2357);
    expect(Array.from(result.method).every((m) => m === METHOD_MODEL)).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.margin).toEqual({ source: 'default', portfolioRate: 1 });
  });

  test('client 1 (x = 2, t_x = 30.43, T = 38.86): CLV = Σ monthly ΔE × E[value] × (1.1)^(−k/12), by hand', () => {
    const b = result.bgnbd.params!,
      g = result.gammaGamma.params!;
    const month = 365.25 / 12 / 7;
    const [x, tx, T] = [2, 213 / 7, 272 / 7];
    const value = ((g.gamma + x * ((29.73 + 14.96) / 2)) * g.p) / (g.p * x + g.q - 1);
    let clv = 0,
      prev = 0;
    for (let k = 1; k <= 12; k++) {
      const e = expectedByQuadrature(b, k * month, x, tx, T);
      clv += (e - prev) * value * Math.pow(1.1, -k / 12);
      prev = e;
    }
    expect(result.expectedValue[0]).toBeCloseTo(value, 8);
    expect(result.expectedPurchases[0]).toBeCloseTo(prev, 7);
    expect(result.pAlive[0]).toBeCloseTo(pAlive(b, x, tx, T), 12);
    expect(result.clv[0]).toBeCloseTo(clv, 2);
    expect(Math.round(result.clv[0] * 100)).toBe(Math.round(result.clv[0] * 100 + 0)); // cents
  });

  test('a client with x = 0 gets the population mean value', () => {
    const g = result.gammaGamma.params!;
    const c = Array.from(result.inputs.x).findIndex((v) => v === 0);
    expect(result.expectedValue[c]).toBeCloseTo((g.p * g.gamma) / (g.q - 1), 10);
  });

  test('the portfolio value adds up, and its sensitivity behaves', () => {
    let cents = 0;
    for (let i = 0; i < clientCount; i++) cents += Math.round(result.clv[i] * 100);
    expect(Math.round(result.portfolio.total * 100)).toBe(cents);
    const { discountRates, marginFactors, values } = result.portfolio.sensitivity;
    expect(discountRates).toEqual([0.05, 0.1, 0.15]);
    expect(marginFactors).toEqual([0.8, 1, 1.2]);
    expect(values[1][1]).toBe(result.portfolio.total);
    expect(values[0][1]).toBeGreaterThan(values[1][1]);
    expect(values[2][1]).toBeLessThan(values[1][1]);
    expect(values[1][0]).toBeCloseTo(0.8 * result.portfolio.total, 2);
    const ids = result.portfolio.assumptions.map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'discount_rate',
        'horizon_months',
        'margin_source',
        'bgnbd_r',
        'gamma_gamma_p',
      ]),
    );
  });

  test('the time unit does not change the CLV', () => {
    const days = lifetimeValue(occasions, clientCount, CDNOW_AS_OF, { timeUnit: 'days' });
    expect(days.bgnbd.params!.alpha / result.bgnbd.params!.alpha).toBeCloseTo(7, 4);
    expect(Math.abs(days.portfolio.total - result.portfolio.total)).toBeLessThan(0.5);
    for (const i of [0, 1, 100, 2000]) expect(days.clv[i]).toBeCloseTo(result.clv[i], 1);
  });

  test('ABC and RFM groups split the same total', () => {
    const abc = Uint8Array.from({ length: clientCount }, (_, i) => (i % 5 === 0 ? NO_CODE : i % 4));
    const rfm = Uint8Array.from({ length: clientCount }, (_, i) => i % 10);
    const v = lifetimeValue(
      occasions,
      clientCount,
      CDNOW_AS_OF,
      {},
      { abcClass: abc, rfmSegment: rfm },
    ).portfolio;
    const sum = (gs: Array<{ value: number }>): number =>
      Math.round(gs.reduce((s2, g2) => s2 + g2.value * 100, 0));
    expect(sum(v.byAbcClass!)).toBe(Math.round(v.total * 100));
    expect(sum(v.byRfmSegment!)).toBe(Math.round(v.total * 100));
    expect(v.byAbcClass!.find((g) => g.id === 'none')!.clients).toBe(Math.ceil(clientCount / 5));
  });
});

describe('lifetimeValue: the retention model where the models cannot be used', () => {
  // Two years of a tiny portfolio, as-of 2024-12-31. Client 0 bought in both years (last year 120),
  // client 1 only the year before, client 2 only last year (50), client 3 is a prospect.
  const rows: Array<[number, number, number, number?]> = [
    [0, Y(2023, 3, 1), 100],
    [0, Y(2024, 6, 1), 120],
    [1, Y(2023, 5, 1), 80],
    [2, Y(2024, 11, 1), 50],
  ];
  const asOf = Y(2024, 12, 31);

  test('m · r / (1 + d − r) with r = retained / previous = 1/2, said per client', () => {
    const res = lifetimeValue(occasionsOf(rows, 4), 4, asOf);
    expect(res.status).toBe('fallback');
    expect(res.reason).toBe('too_few_clients');
    expect(res.retention).toEqual({
      rate: 0.5,
      measured: 0.5,
      previousClients: 2,
      retainedClients: 1,
      source: 'data',
    });
    expect(Array.from(res.clv)).toEqual([100, 0, 41.67, 0]); // 120·0.5/0.6, 0, 50·0.5/0.6
    expect(Array.from(res.method)).toEqual([
      METHOD_RETENTION,
      METHOD_RETENTION,
      METHOD_RETENTION,
      METHOD_NO_PURCHASE,
    ]);
    expect(Array.from(res.reasonCode, (c) => CLV_REASONS[c])).toEqual([
      'too_few_clients',
      'too_few_clients',
      'too_few_clients',
      'no_purchase',
    ]);
    expect(Array.from(res.pAlive)).toEqual([0.5, 0, 0.5, 0]);
    expect(Array.from(res.expectedPurchases)).toEqual([0.5, 0, 0.5, 0]);
    expect(res.portfolio.total).toBe(141.67);
    expect(res.portfolio.clients).toBe(3);
    // 5 %: 120·0.5/0.55 + 50·0.5/0.55 = 109.09 + 45.45; 15 %: 92.31 + 38.46
    expect(res.portfolio.sensitivity.values.map((row) => row[1])).toEqual([154.54, 141.67, 130.77]);
    expect(res.portfolio.sensitivity.values[1]).toEqual([113.34, 141.67, 170]);
    expect(res.warnings).toEqual(
      expect.arrayContaining([
        { id: 'bgnbd_unavailable', reason: 'too_few_clients' },
        { id: 'retention_fallback', clients: 3 },
      ]),
    );
  });

  test('margin: a parameter, the client’s own rate, or the portfolio’s', () => {
    const withMargin: typeof rows = [
      [0, Y(2023, 3, 1), 100, 50],
      [0, Y(2024, 6, 1), 120, 60], // client 0: 110 / 220 = 50 %
      [1, Y(2023, 5, 1), 80, 8],
      [2, Y(2024, 11, 1), 50, 10], // client 2: 20 %
    ];
    const occ = occasionsOf(withMargin, 4);
    const param = lifetimeValue(occ, 4, asOf, { marginRate: 0.3 });
    expect(param.margin.source).toBe('parameter');
    expect(Array.from(param.clv)).toEqual([30, 0, 12.5, 0]);
    const byClient = lifetimeValue(occ, 4, asOf);
    expect(byClient.margin.source).toBe('data_client');
    expect(Array.from(byClient.marginRate.subarray(0, 3))).toEqual([0.5, 0.1, 0.2]);
    expect(Array.from(byClient.clv)).toEqual([50, 0, 8.33, 0]);
    const portfolio = lifetimeValue(occ, 4, asOf, { marginBasis: 'portfolio' });
    expect(portfolio.margin).toEqual({ source: 'data_portfolio', portfolioRate: 128 / 350 });
    expect(portfolio.clv[0]).toBeCloseTo((120 * (128 / 350) * 0.5) / 0.6, 2);
  });

  test('with less than two years of data the retention is unknown, r = 0, and it says so', () => {
    const res = lifetimeValue(
      occasionsOf(
        [
          [0, Y(2024, 6, 1), 10],
          [1, Y(2024, 7, 1), 20],
        ],
        2,
      ),
      2,
      asOf,
    );
    expect(res.retention.source).toBe('unknown');
    expect(Array.from(res.clv)).toEqual([0, 0]);
    expect(res.warnings.map((w) => w.id)).toContain('retention_unknown');
    const given = lifetimeValue(occasionsOf([[0, Y(2024, 6, 1), 10]], 1), 1, asOf, { retentionRate: 0.6 });
    expect(given.clv[0]).toBe(12); // 10 · 0.6 / 0.5
  });
});

describe('lifetimeValue: degenerate inputs give statuses, never NaN, Infinity or a throw', () => {
  const asOf = Y(2024, 12, 31);
  const many = (
    n: number,
    f: (i: number) => Array<[number, number, number]>,
  ): Array<[number, number, number]> => Array.from({ length: n }, (_, i) => f(i)).flat();
  const cases: Array<[string, Occasions, number, number]> = [
    [
      'one client',
      occasionsOf(
        [
          [0, asOf - 30, 10],
          [0, asOf - 3, 12],
        ],
        1,
      ),
      1,
      asOf,
    ],
    ['no clients', occasionsOf([], 0), 0, asOf],
    ['only prospects and returns', occasionsOf([[1, asOf - 3, -12]], 3), 3, asOf],
    [
      'all x = 0',
      occasionsOf(
        many(40, (i) => [[i, asOf - 10 * i, 25]]),
        40,
      ),
      40,
      asOf,
    ],
    [
      'identical clients',
      occasionsOf(
        many(40, (i) => [
          [i, asOf - 20, 9],
          [i, asOf - 13, 9],
          [i, asOf - 6, 9],
        ]),
        40,
      ),
      40,
      asOf,
    ],
    [
      'huge T',
      occasionsOf(
        many(30, (i) => [
          [i, 2, 5],
          [i, 3 + i, 5],
          [i, 10 + 2 * i, 5],
        ]),
        30,
      ),
      30,
      2_900_000,
    ],
    [
      'zero values',
      occasionsOf(
        many(30, (i) => [
          [i, asOf - 100 - i, 0],
          [i, asOf - 50, 0],
          [i, asOf - i, 0],
        ]),
        30,
      ),
      30,
      asOf,
    ],
    [
      'first purchase on the as-of date',
      occasionsOf(
        many(30, (i) => [
          [i, asOf - (i % 3) * 40, 5],
          [i, asOf, 7],
        ]),
        30,
      ),
      30,
      asOf,
    ],
  ];
  test.each(cases)('%s', (_name, occ, n, day) => {
    for (const timeUnit of ['weeks', 'days'] as const) {
      const res = lifetimeValue(
        occ,
        n,
        day,
        { timeUnit },
        { abcClass: new Uint8Array(n), rfmSegment: new Uint8Array(n).fill(NO_CODE) },
      );
      expect(['ok', 'fallback', 'no_purchases']).toContain(res.status);
      expect(nonFinitePaths(res)).toEqual([]);
      expect(res.clv.length).toBe(n);
    }
  });

  test('bad options and broken input end in a status', () => {
    const occ = occasionsOf([[0, asOf, 1]], 1);
    expect(lifetimeValue(occ, 1, asOf, { discountRate: NaN })).toMatchObject({
      status: 'invalid_options',
      reason: 'discountRate',
    });
    expect(lifetimeValue(occ, 1, asOf, { horizonMonths: 0 })).toMatchObject({
      status: 'invalid_options',
      reason: 'horizonMonths',
    });
    expect(lifetimeValue(occ, 1, asOf, { marginRate: 2 })).toMatchObject({
      status: 'invalid_options',
      reason: 'marginRate',
    });
    const broken = lifetimeValue({} as Occasions, 2, asOf);
    expect(broken.status).toBe('error');
    expect(nonFinitePaths(broken)).toEqual([]);
    expect(nonFinitePaths(lifetimeValue(occ, 1, asOf, { discountRate: Infinity }))).toEqual([]);
  });

  test('identical clients: the fit fails cleanly and every client is on the retention model', () => {
    const res = lifetimeValue(cases[4][1], 40, asOf);
    expect(res.status).toBe('fallback');
    expect(res.bgnbd.status).toBe('failed');
    expect(new Set(res.method)).toEqual(new Set([METHOD_RETENTION]));
  });
});

describe('lifetimeValue warnings', () => {
  test('corr(x, mean value) > 0.3 is flagged', () => {
    const asOf = Y(2024, 12, 31);
    const rows: Array<[number, number, number]> = [];
    for (let i = 0; i < 60; i++) {
      const x = i % 6; // repeat purchases 0..5, each worth more the more the client buys
      rows.push([i, asOf - 300 + i, 20]);
      for (let k = 1; k <= x; k++) rows.push([i, asOf - 300 + i + 40 * k, 10 * (x + 1) + (i % 7)]);
    }
    const res = lifetimeValue(occasionsOf(rows, 60), 60, asOf);
    const w = res.warnings.find((v) => v.id === 'gamma_gamma_correlation');
    expect(w).toBeDefined();
    expect(w!.value!).toBeGreaterThan(0.3);
  });
});
