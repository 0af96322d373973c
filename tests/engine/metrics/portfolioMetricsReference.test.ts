// portfolioMetrics as tuned for speed (issue #6) must give exactly what the implementation before
// the tuning gives (referenceMetrics.ts): same rows, cohorts, Lorenz curve and notes. Concentration
// now sorts with 8-bit radix digits carrying each value's index and groups instead of its client.
import fc from 'fast-check';
import type { Granularity } from '../../../src/engine/dates';
import { portfolioMetrics, type MetricsInput } from '../../../src/engine/metrics/portfolioMetrics';
import type { MarketTable } from '../../../src/engine/metrics/types';
import { purchaseOccasions } from '../../../src/engine/purchaseOccasions';
import { type ClientsData, NO_CODE, type SalesData } from '../../../src/engine/types';
import { portfolioMetricsReference } from './referenceMetrics';

const FIRST_DAY = 45_000; // 2023-03-15
const REGIONS = ['Norte', 'Sur', 'Este'];
const SECTORS = ['Industria', 'Sanidad'];

interface Shape {
  clients: number;
  rows: { client: number; day: number; cents: number; invoice: number; product: number; centre: number }[];
  region: number[];
  sector: number[];
  contact: number[];
  abc: number[] | null;
  products: boolean;
  centres: boolean;
  invoices: boolean;
  market: boolean;
  granularity: Granularity;
  asOf: number;
  productLines: number;
}

function build(x: Shape): { input: MetricsInput; asOf: number; granularity: Granularity } {
  const n = x.rows.length;
  const nC = x.clients;
  const sales: SalesData = {
    length: n,
    client: Int32Array.from(x.rows, (r) => r.client % nC),
    day: Int32Array.from(x.rows, (r) => r.day),
    // amounts in cents, some with a half-cent part, summed in floating point by the engine
    amount: Float64Array.from(x.rows, (r) => r.cents / 100),
    margin: null,
    row: Int32Array.from(x.rows, (_, i) => i + 2),
    invoice: x.invoices
      ? { codes: Int32Array.from(x.rows, (r) => r.invoice), labels: Array.from({ length: 40 }, (_, k) => `F${k}`) }
      : null,
    product: x.products
      ? {
          codes: Int32Array.from(x.rows, (r) => (r.product < 0 ? -1 : r.product % x.productLines)),
          labels: Array.from({ length: x.productLines }, (_, k) => `P${k}`),
        }
      : null,
    buyingCentre: x.centres
      ? { codes: Int32Array.from(x.rows, (r) => r.centre), labels: ['Compras', 'TI', 'I+D'] }
      : null,
    channel: null,
    salesperson: null,
  };
  const clients: ClientsData = {
    ids: Array.from({ length: nC }, (_, c) => `C${c}`),
    inList: new Uint8Array(nC).fill(1),
    listRow: Int32Array.from({ length: nC }, (_, c) => c + 2),
    attributes: {
      Zona: { kind: 'text', codes: Int32Array.from({ length: nC }, (_, c) => x.region[c % x.region.length]), labels: REGIONS },
      Sector: { kind: 'text', codes: Int32Array.from({ length: nC }, (_, c) => x.sector[c % x.sector.length]), labels: SECTORS },
      Contacto: { kind: 'date', values: Float64Array.from({ length: nC }, (_, c) => x.contact[c % x.contact.length]) },
    },
    roles: { region: 'Zona', segment: 'Sector', firstContact: 'Contacto' },
    special: null,
  };
  const market: MarketTable = {
    attribute: 'region',
    rows: [
      { member: 'norte', clients: 50, revenue: 100_000 },
      { member: 'Sur', clients: 20 },
      { member: 'Oeste', clients: 5, revenue: 1_000 },
    ],
  };
  return {
    input: {
      sales,
      clients,
      occasions: purchaseOccasions(sales, nC, x.asOf),
      abcClass: x.abc ? Uint8Array.from({ length: nC }, (_, c) => x.abc![c % x.abc!.length]) : null,
      market: x.market ? market : null,
    },
    asOf: x.asOf,
    granularity: x.granularity,
  };
}

function expectSame(x: Shape): void {
  const { input, asOf, granularity } = build(x);
  const fused = portfolioMetrics(input, { asOf, granularity });
  const reference = portfolioMetricsReference(input, { asOf, granularity });
  expect(fused).toEqual(reference);
}

const cents = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 500_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: -50_000, max: -1 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 5, 15, 105, 1_005) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 ** 40 }) }, // some over 2^32 cents a client
);
const shape: fc.Arbitrary<Shape> = fc.record({
  clients: fc.integer({ min: 1, max: 25 }),
  rows: fc.array(
    fc.record({
      client: fc.nat(1_000),
      day: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 900 }),
      cents,
      invoice: fc.integer({ min: -1, max: 39 }),
      product: fc.integer({ min: -1, max: 1_000_000 }),
      centre: fc.integer({ min: -1, max: 2 }),
    }),
    { maxLength: 150 },
  ),
  region: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 1, maxLength: 7 }),
  sector: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 1, maxLength: 5 }),
  contact: fc.array(fc.oneof(fc.constant(NaN), fc.integer({ min: FIRST_DAY - 200, max: FIRST_DAY + 900 })), {
    minLength: 1,
    maxLength: 6,
  }),
  abc: fc.option(fc.array(fc.constantFrom(0, 1, 2, 3, NO_CODE), { minLength: 1, maxLength: 6 }), { nil: null }),
  products: fc.boolean(),
  centres: fc.boolean(),
  invoices: fc.boolean(),
  market: fc.boolean(),
  granularity: fc.constantFrom<Granularity>('month', 'quarter', 'half', 'year'),
  asOf: fc.integer({ min: FIRST_DAY - 10, max: FIRST_DAY + 950 }),
  productLines: fc.constantFrom(1, 4, 30),
});

describe('portfolioMetrics equals the reference implementation', () => {
  test('on random portfolios: every granularity, returns, blanks, mid-period as-of dates', () => {
    fc.assert(fc.property(shape, (x) => expectSame(x)), { numRuns: 400 });
  });

  test('on logs in date order (rows used in place), with or without rows after the as-of date at the end', () => {
    fc.assert(
      fc.property(shape, fc.boolean(), (x, moveLate) => {
        const rows = [...x.rows].sort((p, q) => p.day - q.day);
        // moveLate: the as-of date falls inside the log, so the rows after it are the last ones
        expectSame({ ...x, rows, asOf: moveLate && rows.length ? rows[rows.length >> 1].day : x.asOf });
      }),
      { numRuns: 300 },
    );
  });

  test('on a larger generated log (multi-pass radix sort, many clients per member)', () => {
    // mulberry32, so the log is the same on every run
    let a = 7;
    const rnd = (): number => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    const rows: Shape['rows'] = Array.from({ length: 40_000 }, () => ({
      client: Math.floor(rnd() ** 2 * 3_000),
      day: FIRST_DAY + Math.floor(rnd() * 1_100),
      cents: Math.round((rnd() < 0.05 ? -1 : 1) * Math.exp(4 + 3 * rnd()) * 100) + (rnd() < 0.1 ? 0.5 : 0),
      invoice: -1,
      product: rnd() < 0.05 ? -1 : Math.floor(rnd() * 50),
      centre: Math.floor(rnd() * 4) - 1,
    }));
    for (const granularity of ['month', 'quarter'] as Granularity[])
      expectSame({
        clients: 3_000,
        rows,
        region: [0, 1, 2, -1, 0, 0, 1],
        sector: [0, 1, -1, 1, 0],
        contact: [NaN, FIRST_DAY, FIRST_DAY + 300, FIRST_DAY + 700],
        abc: [0, 1, 2, 3, NO_CODE],
        products: true,
        centres: true,
        invoices: false,
        market: true,
        granularity,
        asOf: FIRST_DAY + 1_050,
        productLines: 50,
      });
  });
});
