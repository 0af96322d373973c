import { dayFromIso, type Granularity } from '../../../src/engine/dates';
import { portfolioMetrics, type MetricsInput } from '../../../src/engine/metrics/portfolioMetrics';
import type { MarketTable, MetricId, MetricRow, PortfolioMetrics } from '../../../src/engine/metrics/types';
import { purchaseOccasions } from '../../../src/engine/purchaseOccasions';
import { NO_CODE } from '../../../src/engine/types';
import { portfolio, type ClientLine, type SaleLine } from './fixture';

// The running example (monthly, 2024). Hand-computed figures are in the tests below.
//   A: Jan 100 (P1), Feb 50 (P1), Mar 200 (P2: new line)
//   B: Jan 200 (P1), Feb a return invoice nets −50 (P1; not a purchase), Mar 100 (P3: new line)
//   C: Jan 10 (P1), nothing in Feb, Mar 30 (P1): back after a gap, not new
//   D: first purchase Feb 40 (P2), nothing in Mar
//   E, F: prospects (no sales), approached in Feb
const LINES: SaleLine[] = [
  { client: 'A', date: '2024-01-10', amount: 100, invoice: 'F1', product: 'P1' },
  { client: 'B', date: '2024-01-12', amount: 200, invoice: 'F2', product: 'P1' },
  { client: 'C', date: '2024-01-20', amount: 10, invoice: 'F3', product: 'P1' },
  { client: 'A', date: '2024-02-03', amount: 50, invoice: 'F4', product: 'P1' },
  { client: 'B', date: '2024-02-05', amount: 30, invoice: 'R1', product: 'P1' },
  { client: 'B', date: '2024-02-05', amount: -80, invoice: 'R1', product: 'P1' },
  { client: 'D', date: '2024-02-14', amount: 40, invoice: 'F5', product: 'P2' },
  { client: 'A', date: '2024-03-02', amount: 200, invoice: 'F6', product: 'P2' },
  { client: 'B', date: '2024-03-09', amount: 100, invoice: 'F7', product: 'P3' },
  { client: 'C', date: '2024-03-15', amount: 30, invoice: 'F8', product: 'P1' },
];
const LIST: ClientLine[] = [
  { id: 'A', text: { Zona: 'Norte' }, dates: { Contacto: '2023-12-10' } },
  { id: 'B', text: { Zona: 'Norte' }, dates: { Contacto: '2024-01-05' } },
  { id: 'C', text: { Zona: 'Sur' }, dates: { Contacto: '2024-01-20' } },
  { id: 'D', text: { Zona: null }, dates: { Contacto: '2024-01-25' } },
  { id: 'E', text: { Zona: 'Sur' }, dates: { Contacto: '2024-02-10' } },
  { id: 'F', text: { Zona: 'Norte' }, dates: { Contacto: '2024-02-20' } },
];
// current ABC classes: A and B are class A, C is B, D is C, prospects none
const ABC = Uint8Array.from([0, 0, 1, 2, NO_CODE, NO_CODE]);
const MARKET: MarketTable = {
  attribute: 'region',
  rows: [
    { member: 'NORTE', clients: 10, revenue: 10_000 },
    { member: 'Sur', clients: 4, revenue: 1_000 },
    { member: 'Oeste', clients: 5 },
  ],
};

function run(
  lines: SaleLine[],
  asOf: string,
  granularity: Granularity = 'month',
  extra: { list?: ClientLine[]; abc?: boolean; market?: boolean; attributes?: string[] } = {},
): PortfolioMetrics {
  const { sales, clients } = portfolio(
    lines,
    extra.list ?? [],
    extra.list ? { region: 'Zona', firstContact: 'Contacto' } : {},
  );
  const day = dayFromIso(asOf);
  const input: MetricsInput = {
    sales,
    clients,
    occasions: purchaseOccasions(sales, clients.ids.length, day),
    abcClass: extra.abc ? ABC : null,
    market: extra.market ? MARKET : null,
  };
  return portfolioMetrics(input, { asOf: day, granularity, attributes: extra.attributes });
}

function value(
  result: PortfolioMetrics,
  period: string,
  metric: MetricId,
  dimension = 'all',
  member = 'all',
): number | undefined {
  const hits = result.rows.filter(
    (r) => r.period === period && r.metric === metric && r.dimension === dimension && r.member === member,
  );
  if (hits.length > 1) throw new Error(`duplicate row ${period} ${metric} ${dimension} ${member}`);
  return hits[0]?.value;
}

describe('portfolioMetrics: the whole portfolio by month', () => {
  const full = run(LINES, '2024-03-31', 'month', { list: LIST, abc: true, market: true });

  test('periods run from the first sale to the as-of date, the last one complete', () => {
    expect(full.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(full.partialPeriod).toBeNull();
    expect(full.notes.map((n) => n.code)).not.toContain('partial_period');
  });

  test('revenue, active, new clients and their revenue (a return lowers revenue; a return is no purchase)', () => {
    expect([1, 2, 3].map((m) => value(full, `2024-0${m}`, 'revenue'))).toEqual([310, 40, 330]);
    expect([1, 2, 3].map((m) => value(full, `2024-0${m}`, 'active_clients'))).toEqual([3, 2, 3]);
    expect([1, 2, 3].map((m) => value(full, `2024-0${m}`, 'new_clients'))).toEqual([3, 1, 0]);
    expect([1, 2, 3].map((m) => value(full, `2024-0${m}`, 'new_client_revenue'))).toEqual([310, 40, 0]);
  });

  test('a client back after a gap is not new (C in March)', () => {
    expect(value(full, '2024-03', 'new_clients')).toBe(0);
    expect(value(full, '2024-03', 'active_clients')).toBe(3);
  });

  test('first period: no retention, churn, NRR or GRR; a note says why', () => {
    for (const m of [
      'retained_clients',
      'retention_rate',
      'churn_rate',
      'nrr',
      'grr',
      'key_account_growth',
    ] as const)
      expect(value(full, '2024-01', m)).toBeUndefined();
    expect(full.notes.find((n) => n.code === 'first_period')?.period).toBe('2024-01');
  });

  test('retention and churn: S = buyers of the previous month', () => {
    // Feb: S = {A, B, C}, E = {A, D} → retained 1
    expect(value(full, '2024-02', 'retained_clients')).toBe(1);
    expect(value(full, '2024-02', 'retention_rate')).toBeCloseTo(1 / 3, 12);
    expect(value(full, '2024-02', 'churn_rate')).toBeCloseTo(2 / 3, 12);
    // Mar: S = {A, D}, E = {A, B, C} → retained 1
    expect(value(full, '2024-03', 'retention_rate')).toBe(0.5);
    expect(value(full, '2024-03', 'churn_rate')).toBe(0.5);
  });

  test('NRR and GRR: a return in p lowers NRR (B nets −50 in February)', () => {
    // Feb: Σ_S rev(Feb) = 50 − 50 + 0 = 0 over Σ_S rev(Jan) = 310; GRR = (50 − 50 + 0) / 310
    expect(value(full, '2024-02', 'nrr')).toBe(0);
    expect(value(full, '2024-02', 'grr')).toBe(0);
    // Mar: S = {A, D}: (200 + 0) / (50 + 40); GRR = (min(200, 50) + min(0, 40)) / 90
    expect(value(full, '2024-03', 'nrr')).toBeCloseTo(200 / 90, 12);
    expect(value(full, '2024-03', 'grr')).toBeCloseTo(50 / 90, 12);
  });

  test('key-account growth = NRR − 1 over the class-A clients of S', () => {
    // Feb: S ∩ A = {A, B}: (50 − 50) / (100 + 200) − 1; Mar: S ∩ A = {A}: 200 / 50 − 1
    expect(value(full, '2024-02', 'key_account_growth')).toBe(-1);
    expect(value(full, '2024-03', 'key_account_growth')).toBe(3);
  });

  test('new business in existing accounts: lines a client never bought before, by clients who bought before', () => {
    // Jan: nobody bought before; Feb: D is new (not existing), B's return is in P1 (bought before);
    // Mar: A's first P2 (200) and B's first P3 (100); C's P1 is old
    expect([1, 2, 3].map((m) => value(full, `2024-0${m}`, 'new_business_existing', 'product'))).toEqual([
      0, 0, 300,
    ]);
    expect(full.notes.map((n) => n.code)).toContain('no_buying_centre');
    expect(full.rows.some((r) => r.dimension === 'buyingCentre')).toBe(false);
  });

  test('new revenue share = new-client revenue / revenue', () => {
    expect(value(full, '2024-01', 'new_revenue_share')).toBe(1);
    expect(value(full, '2024-02', 'new_revenue_share')).toBe(1);
    expect(value(full, '2024-03', 'new_revenue_share')).toBe(0);
  });

  test('acquisition rate = share of the prospects approached in the period who bought by the as-of date', () => {
    // approached: Jan B, C, D (A was contacted before the first period); Feb E, F; Mar nobody
    expect(value(full, '2024-01', 'acquisition_rate')).toBe(1); // B, C, D all bought (D in February)
    expect(value(full, '2024-02', 'acquisition_rate')).toBe(0); // E, F are still prospects
    expect(value(full, '2024-03', 'acquisition_rate')).toBeUndefined();
  });

  test('acquisition rate is a conversion, never above 1, even when many more clients are new than approached', () => {
    // Only B has a first-contact date in January; A, B and C are new in January (3 new / 1 approached).
    const list: ClientLine[] = LIST.map((c) => ({
      ...c,
      dates: { Contacto: c.id === 'B' ? '2024-01-05' : null },
    }));
    const r = run(LINES, '2024-03-31', 'month', { list });
    expect(value(r, '2024-01', 'new_clients')).toBe(3);
    expect(value(r, '2024-01', 'acquisition_rate')).toBe(1);
    for (const row of r.rows) if (row.metric === 'acquisition_rate') expect(row.value).toBeLessThanOrEqual(1);
    // The first purchase counts whenever it came by the as-of date: D (contacted in January) bought in February.
    const later = LIST.map((c) => ({
      ...c,
      dates: { Contacto: c.id === 'D' || c.id === 'E' ? '2024-01-25' : null },
    }));
    expect(value(run(LINES, '2024-03-31', 'month', { list: later }), '2024-01', 'acquisition_rate')).toBe(
      0.5,
    );
    expect(value(run(LINES, '2024-01-31', 'month', { list: later }), '2024-01', 'acquisition_rate')).toBe(0);
  });

  test('new active accounts: new clients of p buying again in p + 1, once p + 1 has ended', () => {
    expect(value(full, '2024-01', 'new_active_accounts')).toBe(1); // A, of {A, B, C}
    expect(value(full, '2024-02', 'new_active_accounts')).toBe(0); // D did not buy in March
    expect(value(full, '2024-03', 'new_active_accounts')).toBeUndefined(); // April has not ended
    expect(full.notes.find((n) => n.code === 'new_active_pending')?.period).toBe('2024-03');
  });

  test('clients = clients with a purchase in the 12 months ending with the period', () => {
    expect([1, 2, 3].map((m) => value(full, `2024-0${m}`, 'clients'))).toEqual([3, 4, 4]);
  });

  test('concentration among clients with revenue > 0 (B, net negative in Feb, is left out)', () => {
    // Mar: 200, 100, 30 of 330
    expect(value(full, '2024-03', 'top1_share')).toBeCloseTo(200 / 330, 12);
    expect(value(full, '2024-03', 'top5_share')).toBe(1);
    expect(value(full, '2024-03', 'top10_share')).toBe(1);
    expect(value(full, '2024-03', 'top20pct_share')).toBeCloseTo(200 / 330, 12); // ceil(3 / 5) = 1 client
    expect(value(full, '2024-03', 'hhi')).toBeCloseTo(
      (10_000 * (200 ** 2 + 100 ** 2 + 30 ** 2)) / 330 ** 2,
      9,
    );
    expect(value(full, '2024-03', 'gini')).toBeCloseTo((-2 * 30 + 0 * 100 + 2 * 200) / (3 * 330), 12);
    // Feb: A 50, D 40 (B −50 out)
    expect(value(full, '2024-02', 'top1_share')).toBeCloseTo(50 / 90, 12);
    expect(value(full, '2024-02', 'gini')).toBeCloseTo((-40 + 50) / (2 * 90), 12);
  });

  test('cohorts: share still buying and revenue by periods since the first purchase', () => {
    const c = full.cohorts;
    expect(c.labels).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(Array.from(c.size)).toEqual([3, 1, 0]);
    expect(Array.from(c.active[0])).toEqual([3, 1, 3]);
    expect(Array.from(c.share[0])).toEqual([1, 1 / 3, 1]);
    expect(Array.from(c.revenue[0])).toEqual([310, 0, 330]);
    expect(Array.from(c.active[1])).toEqual([1, 0]);
    expect(Array.from(c.revenue[1])).toEqual([40, 0]);
    expect(value(full, '2024-02', 'cohort_active_share', 'cohort', '2024-01')).toBeCloseTo(1 / 3, 12);
    expect(value(full, '2024-03', 'cohort_revenue', 'cohort', '2024-01')).toBe(330);
    expect(value(full, '2024-03', 'cohort_active_share', 'cohort', '2024-02')).toBe(0);
    // an empty cohort has no rows (its share has a zero denominator)
    expect(full.rows.some((r) => r.dimension === 'cohort' && r.member === '2024-03')).toBe(false);
  });

  test('the Lorenz curve of the last 12 months', () => {
    const l = full.lorenz;
    expect([l.from, l.to]).toEqual(['2023-04-01', '2024-03-31']);
    expect(l.clients).toBe(4);
    expect(l.revenue).toBe(680);
    // client totals ascending: C 40, D 40, B 250, A 350
    expect(Array.from(l.x)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(Array.from(l.y)).toEqual([0, 40 / 680, 80 / 680, 330 / 680, 1]);
    expect(l.gini).toBeCloseTo((-3 * 40 - 1 * 40 + 1 * 250 + 3 * 350) / (4 * 680), 12);
  });

  test('every row is well formed, and rates with zero denominators are absent rather than 0', () => {
    for (const r of full.rows) {
      expect(Number.isFinite(r.value)).toBe(true);
      expect(r.period).toMatch(/^\d{4}-\d{2}$/);
    }
    const keys = full.rows.map((r) => `${r.period}|${r.metric}|${r.dimension}|${r.member}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('portfolioMetrics: mix, attributes and market', () => {
  const full = run(LINES, '2024-03-31', 'month', { list: LIST, abc: true, market: true });

  test('revenue and clients by member, blank members as "(blank)"', () => {
    expect(value(full, '2024-03', 'revenue', 'Zona', 'Norte')).toBe(300);
    expect(value(full, '2024-03', 'revenue', 'Zona', 'Sur')).toBe(30);
    expect(value(full, '2024-03', 'revenue', 'Zona', '(blank)')).toBe(0);
    expect(value(full, '2024-03', 'active_clients', 'Zona', 'Norte')).toBe(2);
    expect(value(full, '2024-02', 'new_clients', 'Zona', '(blank)')).toBe(1);
    expect(value(full, '2024-03', 'clients', 'Zona', '(blank)')).toBe(1);
    expect(value(full, '2024-03', 'clients', 'Zona', 'Norte')).toBe(2); // F is a prospect
  });

  test('retention and NRR per member; a member with empty S has none', () => {
    expect(value(full, '2024-02', 'retention_rate', 'Zona', 'Norte')).toBe(0.5);
    expect(value(full, '2024-02', 'nrr', 'Zona', 'Norte')).toBe(0);
    expect(value(full, '2024-02', 'retention_rate', 'Zona', 'Sur')).toBe(0);
    expect(value(full, '2024-02', 'retention_rate', 'Zona', '(blank)')).toBeUndefined();
    expect(value(full, '2024-02', 'acquisition_rate', 'Zona', 'Norte')).toBe(0); // F approached, never bought
  });

  test('concentration within a member and across members', () => {
    expect(value(full, '2024-03', 'top1_share', 'Zona', 'Norte')).toBeCloseTo(2 / 3, 12);
    // across regions: Norte 300, Sur 30
    expect(value(full, '2024-03', 'top1_share', 'Zona', 'all')).toBeCloseTo(300 / 330, 12);
    expect(value(full, '2024-03', 'gini', 'Zona', 'all')).toBeCloseTo((300 - 30) / (2 * 330), 12);
    expect(value(full, '2024-03', 'hhi', 'Zona', 'all')).toBeCloseTo(
      (10_000 * (300 ** 2 + 30 ** 2)) / 330 ** 2,
      9,
    );
  });

  test('penetration and market share against the market table (members matched ignoring case)', () => {
    expect(value(full, '2024-03', 'penetration', 'Zona', 'Norte')).toBe(0.2); // A, B of 10
    expect(value(full, '2024-03', 'penetration', 'Zona', 'Sur')).toBe(0.25); // C of 4
    // 12-month revenue: Norte 300 + 0 + 300, Sur 10 + 0 + 30
    expect(value(full, '2024-03', 'market_share', 'Zona', 'Norte')).toBe(0.06);
    expect(value(full, '2024-03', 'market_share', 'Zona', 'Sur')).toBe(0.04);
    // a market member none of our clients has: penetration 0; no market revenue → no share
    expect(value(full, '2024-03', 'penetration', 'Zona', 'Oeste')).toBe(0);
    expect(value(full, '2024-03', 'market_share', 'Zona', 'Oeste')).toBeUndefined();
    const codes = full.notes.map((n) => n.code);
    expect(codes).toContain('market_member_unmatched');
    expect(full.notes.find((n) => n.code === 'market_member_missing')?.message).toContain('(blank)');
    // penetration only for the market's attribute, and never for the whole portfolio
    expect(value(full, '2024-03', 'penetration')).toBeUndefined();
  });

  test('explicit attributes: unknown and non-text keys are explained, not silently dropped', () => {
    const r = run(LINES, '2024-03-31', 'month', { list: LIST, attributes: ['Nope', 'Contacto', 'zona'] });
    const codes = r.notes.map((n) => n.code);
    expect(codes).toContain('attribute_missing');
    expect(codes).toContain('attribute_not_text');
    expect(value(r, '2024-03', 'revenue', 'Zona', 'Norte')).toBe(300);
  });
});

describe('portfolioMetrics: edge cases', () => {
  test('without a first-contact column, ABC classes, products or a market: omitted with reasons', () => {
    const r = run(
      LINES.map(({ product: _p, ...l }) => l),
      '2024-03-31',
    );
    const metrics = new Set(r.rows.map((row) => row.metric));
    for (const m of [
      'acquisition_rate',
      'key_account_growth',
      'new_business_existing',
      'penetration',
      'market_share',
    ])
      expect(metrics.has(m as MetricId)).toBe(false);
    const codes = r.notes.map((n) => n.code);
    for (const c of ['no_first_contact', 'no_abc', 'no_product', 'no_buying_centre', 'no_market'])
      expect(codes).toContain(c);
  });

  test('a period with no sales is present with 0 active clients and its rates left out', () => {
    const lines: SaleLine[] = [
      { client: 'A', date: '2024-01-10', amount: 100 },
      { client: 'B', date: '2024-01-11', amount: 50 },
      { client: 'A', date: '2024-03-10', amount: 70 },
    ];
    const r = run(lines, '2024-03-31');
    expect(r.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(value(r, '2024-02', 'active_clients')).toBe(0);
    expect(value(r, '2024-02', 'revenue')).toBe(0);
    expect(value(r, '2024-02', 'new_revenue_share')).toBeUndefined();
    expect(value(r, '2024-02', 'top1_share')).toBeUndefined();
    // Feb: S = {A, B} bought in Jan, nobody came back
    expect(value(r, '2024-02', 'retention_rate')).toBe(0);
    expect(value(r, '2024-02', 'churn_rate')).toBe(1);
    expect(value(r, '2024-02', 'nrr')).toBe(0);
    // Mar: S is empty → no retention, churn, NRR, GRR
    expect(value(r, '2024-03', 'retained_clients')).toBe(0);
    for (const m of ['retention_rate', 'churn_rate', 'nrr', 'grr'] as const)
      expect(value(r, '2024-03', m)).toBeUndefined();
    expect(value(r, '2024-03', 'new_clients')).toBe(0);
    expect(value(r, '2024-03', 'clients')).toBe(2);
  });

  test('zero denominators: S bought only free samples → retention yes, NRR and GRR no', () => {
    const lines: SaleLine[] = [
      { client: 'A', date: '2024-01-10', amount: 0 },
      { client: 'A', date: '2024-02-10', amount: 80 },
    ];
    const r = run(lines, '2024-02-29');
    expect(value(r, '2024-01', 'active_clients')).toBe(1); // a zero order is a purchase
    expect(value(r, '2024-02', 'retention_rate')).toBe(1);
    expect(value(r, '2024-02', 'nrr')).toBeUndefined();
    expect(value(r, '2024-02', 'grr')).toBeUndefined();
    expect(value(r, '2024-01', 'new_revenue_share')).toBeUndefined();
    expect(value(r, '2024-01', 'top1_share')).toBeUndefined();
  });

  test('a partial current period is flagged; new active accounts wait for the next period to end', () => {
    const r = run(LINES, '2024-03-15');
    expect(r.partialPeriod).toBe('2024-03');
    expect(r.notes.find((n) => n.code === 'partial_period')?.period).toBe('2024-03');
    expect(value(r, '2024-03', 'revenue')).toBe(330); // C's sale on the 15th is included
    expect(value(r, '2024-01', 'new_active_accounts')).toBe(1);
    expect(value(r, '2024-02', 'new_active_accounts')).toBeUndefined();
    expect(r.notes.find((n) => n.code === 'new_active_pending')?.period).toBe('2024-02');
  });

  test('a partial period carries "partial" and has no rate against the previous period (SPEC §6)', () => {
    const r = run(LINES, '2024-03-15', 'month', { list: LIST, abc: true });
    const march = r.rows.filter((row) => row.period === '2024-03');
    expect(march.length).toBeGreaterThan(0);
    expect(march.every((row) => row.partial === true)).toBe(true);
    expect(r.rows.filter((row) => row.period !== '2024-03').some((row) => 'partial' in row)).toBe(false);
    for (const metric of ['retention_rate', 'churn_rate', 'nrr', 'grr', 'key_account_growth'] as MetricId[]) {
      expect(march.filter((row) => row.metric === metric)).toEqual([]);
      expect(value(r, '2024-02', metric)).toBeDefined();
    }
    // counts and money of the partial period are still written, as they stand
    expect(value(r, '2024-03', 'active_clients')).toBe(3);
    expect(value(r, '2024-03', 'retained_clients')).toBe(1);
    // a period ending exactly on the as-of date is complete
    const whole = run(LINES, '2024-03-31', 'month', { list: LIST, abc: true });
    expect(whole.rows.some((row) => row.partial)).toBe(false);
    expect(value(whole, '2024-03', 'retention_rate')).toBeDefined();
  });

  test('sales after the as-of date are ignored', () => {
    const r = run(LINES, '2024-02-29');
    expect(r.periods).toEqual(['2024-01', '2024-02']);
    expect(value(r, '2024-02', 'revenue')).toBe(40);
    expect(r.rows.some((row) => row.period === '2024-03')).toBe(false);
  });

  test('quarters: one period holding all three months', () => {
    const r = run(LINES, '2024-03-31', 'quarter');
    expect(r.periods).toEqual(['2024-Q1']);
    expect(value(r, '2024-Q1', 'revenue')).toBe(680);
    expect(value(r, '2024-Q1', 'active_clients')).toBe(4);
    expect(value(r, '2024-Q1', 'new_clients')).toBe(4);
    expect(value(r, '2024-Q1', 'retention_rate')).toBeUndefined();
    expect(value(r, '2024-Q1', 'new_active_accounts')).toBeUndefined();
    expect(value(r, '2024-Q1', 'clients')).toBe(4);
  });

  test('years: retention from one year to the next, and period labels', () => {
    const lines: SaleLine[] = [
      { client: 'A', date: '2022-05-10', amount: 100 },
      { client: 'B', date: '2022-07-11', amount: 100 },
      { client: 'A', date: '2023-02-10', amount: 150 },
    ];
    const r = run(lines, '2023-12-31', 'year');
    expect(r.periods).toEqual(['2022', '2023']);
    expect(value(r, '2023', 'retention_rate')).toBe(0.5);
    expect(value(r, '2023', 'nrr')).toBe(0.75);
    expect(value(r, '2023', 'grr')).toBe(0.5);
    expect(value(r, '2022', 'new_active_accounts')).toBe(1);
  });

  test('money is rounded to cents per client and period, whatever the float sums', () => {
    const lines: SaleLine[] = [
      { client: 'A', date: '2024-01-01', amount: 0.1 },
      { client: 'A', date: '2024-01-02', amount: 0.2 },
      { client: 'B', date: '2024-01-03', amount: 0.005 },
    ];
    const r = run(lines, '2024-01-31');
    expect(value(r, '2024-01', 'revenue')).toBe(0.31); // 0.30 + 0.01 (0.005 rounds half up)
  });

  test('the result does not depend on the order of the sales rows', () => {
    const shuffled = [...LINES].reverse();
    const a = run(LINES, '2024-03-31', 'month', { list: LIST, abc: true, market: true });
    const b = run(shuffled, '2024-03-31', 'month', { list: LIST, abc: true, market: true });
    const key = (r: MetricRow): string => `${r.period}|${r.metric}|${r.dimension}|${r.member}|${r.value}`;
    expect(b.rows.map(key).sort()).toEqual(a.rows.map(key).sort());
  });

  test('no sales at all: no rows, a note', () => {
    const r = run([{ client: 'A', date: '2024-05-01', amount: 5 }], '2024-03-31');
    expect(r.rows).toEqual([]);
    expect(r.notes.map((n) => n.code)).toEqual(['no_data']);
    expect(r.lorenz.gini).toBeNull();
  });
});

describe('portfolioMetrics: large amounts and bad input', () => {
  test('client revenues of 2^32 cents or more use the fallback sort with the same results', () => {
    const lines: SaleLine[] = [
      { client: 'A', date: '2024-01-10', amount: 90_000_000 },
      { client: 'B', date: '2024-01-11', amount: 10_000_000 },
      { client: 'C', date: '2024-01-12', amount: 50_000_000 },
    ];
    const list: ClientLine[] = [
      { id: 'A', text: { Zona: 'Norte' } },
      { id: 'B', text: { Zona: 'Norte' } },
      { id: 'C', text: { Zona: 'Sur' } },
    ];
    const r = run(lines, '2024-01-31', 'month', { list });
    expect(value(r, '2024-01', 'top1_share')).toBeCloseTo(90 / 150, 12);
    expect(value(r, '2024-01', 'gini')).toBeCloseTo((-2 * 10 + 0 * 50 + 2 * 90) / (3 * 150), 12);
    expect(value(r, '2024-01', 'top1_share', 'Zona', 'Norte')).toBeCloseTo(0.9, 12);
    expect(value(r, '2024-01', 'gini', 'Zona', 'Norte')).toBeCloseTo((90 - 10) / (2 * 100), 12);
    expect(value(r, '2024-01', 'top1_share', 'Zona', 'Sur')).toBe(1);
  });

  test('a client index outside the client list is refused with the row number', () => {
    const { sales, clients } = portfolio([{ client: 'A', date: '2024-01-10', amount: 5 }]);
    const bad = { ...sales, client: Int32Array.from([7]) };
    const day = dayFromIso('2024-01-31');
    expect(() =>
      portfolioMetrics(
        { sales: bad, clients, occasions: purchaseOccasions(sales, 1, day) },
        { asOf: day, granularity: 'month' },
      ),
    ).toThrow(/row 2/);
  });
});
