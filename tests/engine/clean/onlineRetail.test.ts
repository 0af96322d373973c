// End to end on the real Online Retail file (541,909 rows): read like the CLI, clean, and check the
// report against totals computed here independently from the raw CSV text.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { readTable } from '../../../src/cli/readTable';
import { ingestTables, type Ingested } from '../../../src/cli/ingestTables';
import { describeIfShared, sharedDataFile } from '../../sharedData';

const FILE = sharedDataFile('online-retail/online-retail.csv.gz');

// Parsing 541,909 rows twice takes seconds, more on a busy machine.
jest.setTimeout(180_000);

describeIfShared(FILE)('Online Retail end to end', () => {
  let ingested: Ingested;
  let expected: { rows: number; noClient: number; revenue: number; clients: Set<string>; firstNoClientRow: number };

  beforeAll(async () => {
    // Independent totals: Papa Parse without typing, arithmetic done here.
    const text = gunzipSync(readFileSync(FILE)).toString('utf8');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    const [header, ...data] = parsed.data;
    const q = header.indexOf('Quantity'), p = header.indexOf('UnitPrice'), c = header.indexOf('CustomerID');
    let revenue = 0;
    let noClient = 0;
    let firstNoClientRow = 0;
    const clients = new Set<string>();
    data.forEach((r, i) => {
      if (r[c].trim() === '') {
        noClient++;
        if (!firstNoClientRow) firstNoClientRow = i + 2;
        return;
      }
      clients.add(String(Number(r[c])));
      revenue += Number(r[q]) * Number(r[p]);
    });
    expected = { rows: data.length, noClient, revenue, clients, firstNoClientRow };
    ingested = ingestTables('online-retail.csv.gz', await readTable(FILE), null, null);
  });

  test('the independent count agrees with the published figures', () => {
    expect(expected.rows).toBe(541_909);
    expect(expected.noClient).toBe(135_080);
  });

  test('the quality report balances and names the rejected rows', () => {
    const q = ingested.quality;
    expect(q.rowsRead).toBe(541_909);
    expect(q.rowsRejected).toBe(135_080);
    expect(q.rowsUsed).toBe(541_909 - 135_080);
    expect(q.blankRows).toBe(0);
    expect(q.rowsUsed + q.rowsRejected + q.blankRows + q.rowsAfterAsOf).toBe(q.rowsRead);
    expect(q.rejected.every((r) => r.reason === 'missing_client' && r.column === 'G (CustomerID)')).toBe(true);
    expect(q.rejected[0]).toEqual({
      sheet: 'online-retail',
      row: expected.firstNoClientRow,
      column: 'G (CustomerID)',
      reason: 'missing_client',
      value: '',
    });
    expect(q.issues).toEqual([]);
  });

  test('columns detected from the headers', () => {
    expect(ingested.salesMapping).toEqual({ invoice: 0, product: 1, quantity: 3, date: 4, price: 5, client: 6 });
  });

  test('net revenue (quantity × price) and distinct clients match the independent totals', () => {
    const { sales, clients } = ingested;
    let sum = 0;
    for (let i = 0; i < sales.length; i++) sum += sales.amount[i];
    expect(Math.round(sum * 100)).toBe(Math.round(expected.revenue * 100));
    expect(clients.ids.length).toBe(expected.clients.size);
    expect(clients.ids.length).toBe(4372);
    expect(new Set(clients.ids)).toEqual(expected.clients);
    // 17850.0 in the file is client "17850".
    expect(clients.ids[0]).toBe('17850');
  });

  test('dates: ISO text with time of day, first and last day', () => {
    let min = Infinity, max = -Infinity;
    for (const d of ingested.sales.day) {
      if (d < min) min = d;
      if (d > max) max = d;
    }
    expect(min).toBe(40513); // 2010-12-01
    expect(max).toBe(40886); // 2011-12-09
  });

  test('invoices and stock codes dictionary-encoded', () => {
    const inv = ingested.sales.invoice!;
    expect(inv.labels[inv.codes[0]]).toBe('536365');
    expect(inv.labels).toContain('C536379');
    expect(ingested.sales.product!.labels[ingested.sales.product!.codes[0]]).toBe('85123A');
  });
});
