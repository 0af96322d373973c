// Random small portfolios (fast-check) against a naive reading of SPEC §6 with Maps and Sets:
// every period, the whole portfolio and each member of one attribute.
import fc from 'fast-check';
import { addMonths, dayFromYmd, isoDate } from '../../../src/engine/dates';
import { portfolioMetrics } from '../../../src/engine/metrics/portfolioMetrics';
import type { MetricRow } from '../../../src/engine/metrics/types';
import { purchaseOccasions } from '../../../src/engine/purchaseOccasions';
import { portfolio, type ClientLine, type SaleLine } from './fixture';

const START = dayFromYmd(2023, 1, 1);
const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const ZONES = ['N', 'S', null];

interface Expected {
  key: string;
  value: number;
}

/** The naive model: returns "period|metric|dimension|member" → value for the metrics it checks. */
function naive(lines: SaleLine[], zoneOf: Map<string, string | null>, asOf: string): Expected[] {
  const month = (iso: string): string => iso.slice(0, 7);
  const used = lines.filter((l) => l.date <= asOf);
  const months: string[] = [];
  if (used.length === 0) return [];
  for (let m = used.map((l) => month(l.date)).sort()[0]; m <= month(asOf);) {
    months.push(m);
    m = isoDate(addMonths(dayFromYmd(+m.slice(0, 4), +m.slice(5, 7), 1), 1)).slice(0, 7);
  }
  const revenue = new Map<string, number>(); // client|month → float
  const day = new Map<string, number>(); // client|date → net float
  for (const l of used) {
    revenue.set(
      `${l.client}|${month(l.date)}`,
      (revenue.get(`${l.client}|${month(l.date)}`) ?? 0) + l.amount,
    );
    day.set(`${l.client}|${l.date}`, (day.get(`${l.client}|${l.date}`) ?? 0) + l.amount);
  }
  const cents = (c: string, m: string | undefined): number =>
    m === undefined ? 0 : Math.round((revenue.get(`${c}|${m}`) ?? 0) * 100);
  const bought = new Map<string, Set<string>>(months.map((m) => [m, new Set<string>()]));
  const first = new Map<string, string>();
  for (const [key, net] of day) {
    if (Math.round(net * 100) < 0) continue;
    const [c, date] = key.split('|');
    bought.get(month(date))!.add(c);
    if (!first.has(c) || month(date) < first.get(c)!) first.set(c, month(date));
  }
  const clients = [...new Set(used.map((l) => l.client))];
  const out: Expected[] = [];
  const members: [string, string, (c: string) => boolean][] = [
    ['all', 'all', () => true],
    ...['N', 'S'].map((z): [string, string, (c: string) => boolean] => [
      'Zona',
      z,
      (c) => zoneOf.get(c) === z,
    ]),
  ];
  // SPEC §6: the month of the as-of date is partial unless the as-of date is its last day.
  const nextDay = isoDate(dayFromYmd(+asOf.slice(0, 4), +asOf.slice(5, 7), +asOf.slice(8, 10)) + 1);
  const partial = month(nextDay) === month(asOf) ? month(asOf) : null;
  months.forEach((m, i) => {
    for (const [dimension, member, inside] of members) {
      if (dimension !== 'all' && ![...zoneOf.keys()].some(inside)) continue;
      const put = (metric: string, value: number): void => {
        out.push({ key: `${m}|${metric}|${dimension}|${member}`, value });
      };
      const E = [...bought.get(m)!].filter(inside);
      const N = clients.filter((c) => inside(c) && first.get(c) === m);
      let total = 0;
      for (const c of clients) if (inside(c)) total += cents(c, m);
      put('revenue', total / 100);
      put('active_clients', E.length);
      put('new_clients', N.length);
      put('new_client_revenue', N.reduce((s, c) => s + cents(c, m), 0) / 100);
      if (i > 0) {
        const S = [...bought.get(months[i - 1])!].filter(inside);
        const retained = S.filter((c) => bought.get(m)!.has(c)).length;
        put('retained_clients', retained);
        if (S.length > 0 && m !== partial) put('retention_rate', retained / S.length);
        const before = S.reduce((s, c) => s + cents(c, months[i - 1]), 0);
        const now = S.reduce((s, c) => s + cents(c, m), 0);
        const low = S.reduce((s, c) => s + Math.min(cents(c, m), cents(c, months[i - 1])), 0);
        if (before > 0 && m !== partial) {
          put('nrr', now / before);
          put('grr', low / before);
        }
      }
      const positive = clients
        .filter(inside)
        .map((c) => cents(c, m))
        .filter((v) => v > 0)
        .sort((x, y) => x - y);
      if (positive.length > 0) {
        const sum = positive.reduce((s, v) => s + v, 0);
        put('top1_share', positive[positive.length - 1] / sum);
        const n = positive.length;
        put('gini', positive.reduce((s, v, k) => s + (2 * (k + 1) - n - 1) * v, 0) / (n * sum));
      }
      // clients = buyers in the 12 months ending with m
      const recent = new Set<string>();
      for (let j = Math.max(0, i - 11); j <= i; j++)
        for (const c of bought.get(months[j])!) if (inside(c)) recent.add(c);
      put('clients', recent.size);
    }
    // cohorts (whole portfolio)
    for (let j = 0; j <= i; j++) {
      const cohort = clients.filter((c) => first.get(c) === months[j]);
      if (cohort.length === 0) continue;
      const key = (metric: string): string => `${m}|${metric}|cohort|${months[j]}`;
      out.push({
        key: key('cohort_active_share'),
        value: cohort.filter((c) => bought.get(m)!.has(c)).length / cohort.length,
      });
      out.push({ key: key('cohort_revenue'), value: cohort.reduce((s, c) => s + cents(c, m), 0) / 100 });
    }
  });
  return out;
}

const saleArb = fc.record({
  client: fc.constantFrom(...IDS),
  offset: fc.integer({ min: 0, max: 420 }),
  cents: fc.integer({ min: -8000, max: 30000 }),
});

describe('portfolioMetrics against a naive model on random portfolios', () => {
  test('every checked metric agrees, for every period and member', () => {
    fc.assert(
      fc.property(
        fc.array(saleArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom(...ZONES), { minLength: IDS.length, maxLength: IDS.length }),
        fc.integer({ min: 0, max: 420 }),
        (sales, zones, asOfOffset) => {
          const lines: SaleLine[] = sales.map((s) => ({
            client: s.client,
            date: isoDate(START + s.offset),
            amount: s.cents / 100,
          }));
          const list: ClientLine[] = IDS.map((id, k) => ({ id, text: { Zona: zones[k] } }));
          const zoneOf = new Map(IDS.map((id, k) => [id, zones[k]]));
          const asOf = isoDate(START + asOfOffset);
          const { sales: data, clients } = portfolio(lines, list, { region: 'Zona' });
          const day = START + asOfOffset;
          const result = portfolioMetrics(
            { sales: data, clients, occasions: purchaseOccasions(data, clients.ids.length, day) },
            { asOf: day, granularity: 'month' },
          );
          const partial = (() => {
            const next = isoDate(day + 1);
            return next.slice(0, 7) === asOf.slice(0, 7) ? asOf.slice(0, 7) : null;
          })();
          for (const r of result.rows)
            if ((r.partial === true) !== (r.period === partial))
              throw new Error(`partial flag of ${r.period}`);
          const got = new Map(
            result.rows.map((r: MetricRow) => [
              `${r.period}|${r.metric}|${r.dimension}|${r.member}`,
              r.value,
            ]),
          );
          const expected = naive(lines, zoneOf, asOf);
          for (const e of expected) {
            const v = got.get(e.key);
            if (v === undefined || Math.abs(v - e.value) > 1e-9)
              throw new Error(`${e.key}: expected ${e.value}, got ${v}`);
          }
          // and nothing the model leaves out (zero denominators) is present
          const checked = new Set(['retention_rate', 'nrr', 'grr', 'top1_share', 'gini']);
          const expectedKeys = new Set(expected.map((e) => e.key));
          for (const r of result.rows) {
            const key = `${r.period}|${r.metric}|${r.dimension}|${r.member}`;
            if (
              checked.has(r.metric) &&
              !(r.dimension === 'Zona' && ['all', '(blank)'].includes(r.member)) &&
              !expectedKeys.has(key)
            )
              throw new Error(`unexpected ${key}`);
          }
        },
      ),
      { numRuns: 300, seed: 20240501 },
    );
  });
});
