// Test/benchmark helper: the CDNOW sample (2,357 clients) as SalesData, read in place from
// /work/shared/data (never copied into the repository).
import * as fs from 'fs';
import * as path from 'path';
import { dayFromYmd } from '../../../src/engine/dates';
import type { SalesData } from '../../../src/engine/types';

// The one place that says where the CDNOW files are: tests/fixtures/cdnow once it exists, else ../shared.
const FIXTURES = path.resolve(__dirname, '../../fixtures/cdnow');
export const CDNOW_DIR = fs.existsSync(path.join(FIXTURES, 'CDNOW_sample.txt'))
  ? FIXTURES
  : path.resolve(__dirname, '../../../../shared/data/cdnow');
/** End of the calibration period. */
export const CDNOW_AS_OF = dayFromYmd(1997, 9, 30);

/** Whitespace-separated: customer id, id in sample (1..2357), yyyymmdd, number of CDs, dollar value. */
export function cdnowSales(): { sales: SalesData; clientCount: number } {
  const text = fs.readFileSync(path.join(CDNOW_DIR, 'CDNOW_sample.txt'), 'utf8');
  const client: number[] = [],
    day: number[] = [],
    amount: number[] = [];
  let clientCount = 0;
  for (const line of text.split(/\r?\n/)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 5) continue;
    const id = Number(f[1]);
    const ymd = f[2];
    client.push(id - 1);
    day.push(dayFromYmd(+ymd.slice(0, 4), +ymd.slice(4, 6), +ymd.slice(6, 8)));
    amount.push(Number(f[4]));
    clientCount = Math.max(clientCount, id);
  }
  return {
    clientCount,
    sales: {
      length: client.length,
      client: Int32Array.from(client),
      day: Int32Array.from(day),
      amount: Float64Array.from(amount),
      margin: null,
      row: Int32Array.from(client, (_, i) => i + 1),
      invoice: null,
      product: null,
      buyingCentre: null,
      channel: null,
      salesperson: null,
    },
  };
}

/** cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar (weeks). */
export function cdnowSummary(): { id: number[]; x: number[]; tx: number[]; T: number[]; zbar: number[] } {
  const text = fs.readFileSync(path.join(CDNOW_DIR, 'cdnow_customers_summary_with_transactions.csv'), 'utf8');
  const out = {
    id: [] as number[],
    x: [] as number[],
    tx: [] as number[],
    T: [] as number[],
    zbar: [] as number[],
  };
  for (const line of text.trim().split(/\r?\n/).slice(1)) {
    const f = line.split(',').map(Number);
    out.id.push(f[0]);
    out.x.push(f[1]);
    out.tx.push(f[2]);
    out.T.push(f[3]);
    out.zbar.push(f[4]);
  }
  return out;
}
