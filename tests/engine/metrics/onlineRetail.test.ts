// Cross-check on Online Retail (541,909 lines, Dec 2010 – Dec 2011), monthly, against a plain,
// independent implementation with Maps: active clients, new clients, retention, NRR and revenue.
import * as fs from 'fs';
import * as zlib from 'zlib';
import { dayFromYmd } from '../../../src/engine/dates';
import { portfolioMetrics, type PortfolioMetrics } from '../../../src/engine/metrics';
import { purchaseOccasions } from '../../../src/engine/purchaseOccasions';
import type { ClientsData, SalesData } from '../../../src/engine/types';
import { describeIfShared, sharedDataFile } from '../../sharedData';

const FILE = sharedDataFile('online-retail/online-retail.csv.gz');
// Reading and checking 541,909 lines takes seconds, more on a busy machine.
jest.setTimeout(180_000);

interface Line {
  invoice: string;
  client: string;
  /** "YYYY-MM-DD" */
  date: string;
  amount: number;
}

/** Splits one CSV line (quoted fields may hold commas and doubled quotes). */
function fields(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= text.length) {
    if (text[i] === '"') {
      let v = '';
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          v += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else v += text[i++];
      }
      out.push(v);
      i += 2; // closing quote and comma
    } else {
      const j = text.indexOf(',', i);
      const end = j < 0 ? text.length : j;
      out.push(text.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

function readOnlineRetail(): Line[] {
  const text = zlib.gunzipSync(fs.readFileSync(FILE)).toString('utf8');
  const rows = text.split(/\r?\n/);
  const header = fields(rows[0]);
  const col = (name: string): number => header.indexOf(name);
  const [inv, qty, date, price, cust] = [
    'InvoiceNo',
    'Quantity',
    'InvoiceDate',
    'UnitPrice',
    'CustomerID',
  ].map(col);
  const lines: Line[] = [];
  for (let r = 1; r < rows.length; r++) {
    if (rows[r] === '') continue;
    const f = fields(rows[r]);
    if (f[cust] === '') continue; // no client id: left out of this check
    lines.push({
      invoice: f[inv],
      client: String(Number(f[cust])), // "17850.0" → "17850"
      date: f[date].slice(0, 10),
      amount: Number(f[qty]) * Number(f[price]),
    });
  }
  return lines;
}

function toEngine(lines: Line[]): { sales: SalesData; clients: ClientsData } {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const invoices = new Map<string, number>();
  const client = Int32Array.from(lines, (l) => {
    let c = index.get(l.client);
    if (c === undefined) index.set(l.client, (c = ids.push(l.client) - 1));
    return c;
  });
  const codes = Int32Array.from(lines, (l) => {
    let k = invoices.get(l.invoice);
    if (k === undefined) invoices.set(l.invoice, (k = invoices.size));
    return k;
  });
  return {
    sales: {
      length: lines.length,
      client,
      day: Int32Array.from(lines, (l) =>
        dayFromYmd(+l.date.slice(0, 4), +l.date.slice(5, 7), +l.date.slice(8, 10)),
      ),
      amount: Float64Array.from(lines, (l) => l.amount),
      margin: null,
      row: Int32Array.from(lines, (_, i) => i + 2),
      invoice: { codes, labels: [...invoices.keys()] },
      product: null,
      buyingCentre: null,
      channel: null,
      salesperson: null,
    },
    clients: {
      ids,
      inList: new Uint8Array(ids.length),
      listRow: new Int32Array(ids.length).fill(-1),
      attributes: {},
      roles: {},
      special: null,
    },
  };
}

/** The plain version: SPEC §6 read literally, with Maps and Sets. */
function plainMetrics(lines: Line[]) {
  const month = (date: string): string => date.slice(0, 7);
  // revenue per month per client, float-summed then rounded to cents
  const revenue = new Map<string, Map<string, number>>();
  // occasions = (client, invoice): net amount and earliest date
  const occasions = new Map<string, { client: string; date: string; net: number }>();
  for (const l of lines) {
    const byClient = revenue.get(month(l.date)) ?? new Map<string, number>();
    revenue.set(month(l.date), byClient);
    byClient.set(l.client, (byClient.get(l.client) ?? 0) + l.amount);
    const key = `${l.client}|${l.invoice}`;
    const o = occasions.get(key) ?? { client: l.client, date: l.date, net: 0 };
    o.net += l.amount;
    if (l.date < o.date) o.date = l.date;
    occasions.set(key, o);
  }
  const cents = (m: string, c: string): number => Math.round((revenue.get(m)?.get(c) ?? 0) * 100);
  const buyers = new Map<string, Set<string>>();
  const first = new Map<string, string>();
  for (const o of occasions.values()) {
    if (Math.round(o.net * 100) < 0) continue; // a return, not a purchase
    const m = month(o.date);
    if (!buyers.has(m)) buyers.set(m, new Set());
    buyers.get(m)!.add(o.client);
    if (!first.has(o.client) || m < first.get(o.client)!) first.set(o.client, m);
  }
  const months = [...revenue.keys()].sort();
  return months.map((m, i) => {
    const E = buyers.get(m) ?? new Set<string>();
    // The last month (2011-12, data to the 9th) is partial: not compared with the previous one (SPEC §6).
    const S = i > 0 && i < months.length - 1 ? (buyers.get(months[i - 1]) ?? new Set<string>()) : null;
    let retained = 0,
      now = 0,
      before = 0,
      total = 0;
    for (const c of revenue.get(m)!.keys()) total += cents(m, c);
    if (S)
      for (const c of S) {
        if (E.has(c)) retained++;
        now += cents(m, c);
        before += cents(months[i - 1], c);
      }
    return {
      month: m,
      revenue: total / 100,
      active: E.size,
      newClients: [...first.values()].filter((f) => f === m).length,
      retention: S ? retained / S.size : undefined,
      nrr: S ? now / before : undefined,
    };
  });
}

describeIfShared(FILE)('portfolioMetrics on Online Retail (monthly) against a plain implementation', () => {
  let lines: Line[];
  let result: PortfolioMetrics;
  beforeAll(() => {
    lines = readOnlineRetail();
    const { sales, clients } = toEngine(lines);
    const asOf = dayFromYmd(2011, 12, 9); // the last sale date
    result = portfolioMetrics(
      { sales, clients, occasions: purchaseOccasions(sales, clients.ids.length, asOf) },
      { asOf, granularity: 'month' },
    );
  });

  const get = (period: string, metric: string): number | undefined =>
    result.rows.find((r) => r.period === period && r.metric === metric && r.dimension === 'all')?.value;

  test('the file is read as expected', () => {
    expect(lines.length).toBe(406_829); // rows with a CustomerID
    expect(result.periods[0]).toBe('2010-12');
    expect(result.periods.at(-1)).toBe('2011-12');
    expect(result.partialPeriod).toBe('2011-12');
  });

  test('every month: revenue, active clients, new clients, retention and NRR agree', () => {
    const plain = plainMetrics(lines);
    expect(plain.map((p) => p.month)).toEqual(result.periods);
    for (const p of plain) {
      expect([p.month, get(p.month, 'revenue')]).toEqual([p.month, p.revenue]);
      expect([p.month, get(p.month, 'active_clients')]).toEqual([p.month, p.active]);
      expect([p.month, get(p.month, 'new_clients')]).toEqual([p.month, p.newClients]);
      if (p.retention === undefined) expect(get(p.month, 'retention_rate')).toBeUndefined();
      else expect(get(p.month, 'retention_rate')).toBeCloseTo(p.retention, 12);
      if (p.nrr === undefined) expect(get(p.month, 'nrr')).toBeUndefined();
      else expect(get(p.month, 'nrr')).toBeCloseTo(p.nrr, 12);
    }
  });

  test('known figures: December 2010 has 885 clients, all new', () => {
    expect(get('2010-12', 'active_clients')).toBe(885);
    expect(get('2010-12', 'new_clients')).toBe(885);
    // every client's first purchase is in exactly one cohort
    const firstBuyers = result.periods.reduce((s, p) => s + (get(p, 'new_clients') ?? 0), 0);
    expect(Array.from(result.cohorts.size).reduce((a, b) => a + b, 0)).toBe(firstBuyers);
  });
});
