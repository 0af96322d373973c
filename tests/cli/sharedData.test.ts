// `cartera analyze` end to end on the two shared data sets (SPEC §10), with totals computed
// independently in the test.
import { mkdtempSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { main } from '../../src/cli/main';
import { SHARED_DATA as DATA, describeIfShared } from '../sharedData';

jest.setTimeout(240_000);

const dir = mkdtempSync(path.join(tmpdir(), 'cartera-data-'));

async function analyze(args: string[]) {
  let stderr = '';
  const json = path.join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
  const code = await main(['analyze', ...args, '--json', json, '--quiet'], {
    stdout: () => undefined,
    stderr: (t) => void (stderr += t),
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(readFileSync(json, 'utf8'));
}

const STATUSES = ['prospect', 'new', 'active', 'at_risk', 'inactive', 'lost'];

const NEEDS = [path.join(DATA, 'cdnow/CDNOW_master.txt'), path.join(DATA, 'online-retail/online-retail.csv.gz')];

describeIfShared(...NEEDS)('cartera analyze on the shared data', () => {
  test('CDNOW master (space-separated text): every row read, 23,570 clients, both models fitted', async () => {
    const j = await analyze(['--sales', path.join(DATA, 'cdnow/CDNOW_master.txt'), '--time-unit', 'weeks', '--as-of', '1997-09-30']);
    const lines = readFileSync(path.join(DATA, 'cdnow/CDNOW_master.txt'), 'utf8').split('\n').filter((l) => l.trim()).slice(1);
    const calibration = lines.filter((l) => l.trim().split(/\s+/)[1] <= '19970930').length;
    expect(j.quality).toMatchObject({ rowsRead: lines.length, rowsUsed: calibration, rowsAfterAsOf: lines.length - calibration, rowsRejected: 0 });
    const ids = new Set(lines.filter((l) => l.trim().split(/\s+/)[1] <= '19970930').map((l) => l.trim().split(/\s+/)[0]));
    expect(j.clients).toHaveLength(ids.size);
    for (const k of ['r', 'alpha', 'a', 'b']) expect(j.model.bgnbd[k]).toBeGreaterThan(0);
    for (const k of ['p', 'q', 'gamma']) expect(j.model.gammaGamma[k]).toBeGreaterThan(0);
    for (const c of j.clients) {
      expect(STATUSES).toContain(c.status);
      expect(c.clv === null || Number.isFinite(c.clv)).toBe(true);
    }
  });

  test('Online Retail: rows without CustomerID rejected, client count and monthly revenue as computed here', async () => {
    const file = path.join(DATA, 'online-retail/online-retail.csv.gz');
    const j = await analyze(['--sales', file]);
    const parsed = Papa.parse<string[]>(gunzipSync(readFileSync(file)).toString('utf8'), { skipEmptyLines: true });
    const rows = parsed.data.slice(1);
    const withClient = rows.filter((r) => r[6] !== '');
    expect(j.quality).toMatchObject({ rowsRead: rows.length, rowsRejected: rows.length - withClient.length, rowsAfterAsOf: 0 });
    expect(j.quality.rowsRejected).toBe(135_080);
    expect(j.clients).toHaveLength(new Set(withClient.map((r) => String(Number(r[6])))).size);
    // November 2011 net revenue (Quantity × UnitPrice, returns included), summed here in cents
    let cents = 0;
    for (const r of withClient) if (r[4].startsWith('2011-11')) cents += Math.round(Number(r[3]) * Number(r[5]) * 100);
    const nov = j.metrics.find((m: { period: string; metric: string; dimension: string }) => m.period === '2011-11' && m.metric === 'revenue' && m.dimension === 'all');
    expect(Math.abs(nov.value * 100 - cents)).toBeLessThanOrEqual(1);
  });
});
