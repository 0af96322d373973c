import { runAnalysis } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook } from '../../src/host';
import { loadGenerated } from './generated';

/** Runs a full analysis of a generated workbook with a small payload target; returns the host's stats. */
async function costOf(rows: number, clients: number, payloadBytes: number) {
  const wb = createWorkbook({ sheets: ['Clientes', 'Ventas'] });
  loadGenerated(wb, rows, clients);
  wb.resetStats();
  await runAnalysis(wb.run.bind(wb) as ExcelRun, {
    sales: { kind: 'address', address: `Ventas!A1:E${rows + 1}` },
    clients: { kind: 'address', address: `Clientes!A1:C${clients + 1}` },
    locale: 'es',
    limits: { payloadBytes },
  });
  return { ...wb.stats };
}

describe('cost of a run', () => {
  test('every request and response stays under the payload target; syncs follow the bytes, not the rows', async () => {
    const payload = 150_000;
    const small = await costOf(6_000, 1_500, payload);
    const large = await costOf(12_000, 3_000, payload);
    for (const s of [small, large]) {
      expect(s.maxRequestBytes).toBeLessThan(payload * 1.1);
      expect(s.maxResponseBytes).toBeLessThan(payload * 1.1);
      // a fixed number of syncs (open, settings, swap...) plus about one per payload of data moved
      const blocks = Math.ceil((s.totalRequestBytes + s.totalResponseBytes) / payload);
      expect(s.syncs).toBeLessThanOrEqual(40 + 2 * blocks);
    }
    // twice the data: well under twice the syncs + fixed part, far fewer than rows or cells
    expect(large.syncs).toBeGreaterThan(small.syncs);
    expect(large.syncs).toBeLessThan(small.syncs * 2);
    expect(large.syncs).toBeLessThan(12_000 / 100);
  }, 240_000);

  test('the default target keeps requests and responses under 5 MB', async () => {
    const s = await costOf(60_000, 8_000, 4_000_000);
    expect(s.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(s.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(s.syncs).toBeLessThan(40);
  }, 240_000);
});
