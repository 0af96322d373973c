// SPEC §11 / issue #18: the run history kept in the workbook — a compact per-client snapshot per run,
// the headline figures of every run on the "Historial" sheet, and its size for 100,000 clients × 24 runs.
import { dayFromYmd } from '../../src/engine/dates';
import { decodeSnapshot, encodeSnapshot } from '../../src/excel/historySnapshot';
import { removeOutputs } from '../../src/excel/removeOutputs';
import { runAnalysis, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import {
  appendRunHistory,
  MAX_SNAPSHOTS,
  readLastSnapshot,
  readRunHistory,
} from '../../src/excel/runHistory';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook, type SimWorkbook } from '../../src/host';
import { modelSnapshot, smallWorkbook } from './fixtures';

const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;
const input: RunAnalysisInput = {
  sales: { kind: 'address', address: 'Ventas!A1:D12' },
  clients: { kind: 'address', address: 'Clientes!A1:D7' },
  locale: 'es',
  history: true,
};
const FORMATS = ['dd/mm/yyyy', 'General', 'General', '#,##0.00'];

describe('run history (SPEC §11, issue #18)', () => {
  test('three monthly runs: three rows on "Cartera - Historial", the last snapshot as the analysis; remove leaves nothing', async () => {
    const wb = smallWorkbook();
    const first = await runAnalysis(runOf(wb), input);
    wb.setCells('Ventas', 'A13', [[dayFromYmd(2025, 7, 10), 'F012', 'C008', 500]], { numberFormat: FORMATS });
    await runAnalysis(runOf(wb), input);
    // the same as-of again replaces its run
    await runAnalysis(runOf(wb), input);
    wb.setCells('Ventas', 'A14', [[dayFromYmd(2025, 8, 20), 'F013', 'C004', 900]], { numberFormat: FORMATS });
    const last = await runAnalysis(runOf(wb), input);

    expect(last.history!.map((r) => r.asOf)).toEqual(['2025-06-30', '2025-07-10', '2025-08-20']);
    expect(last.history![0]).toMatchObject({ clients: first.analysis.ids.length, revenue12: 10000 });
    expect(wb.values('Cartera - Historial', 'A4:B7')[0]).toEqual(['Fecha de corte', 'Clientes']);
    expect(wb.charts().some((c) => c.name === 'CarteraHistory')).toBe(true);
    expect(await readRunHistory(runOf(wb))).toEqual(last.history);

    const stored = await readLastSnapshot(runOf(wb));
    const a = last.analysis;
    expect(stored!.asOf).toBe('2025-08-20');
    expect(stored!.ids).toEqual(a.ids);
    expect(Array.from(stored!.snapshot.abc)).toEqual(Array.from(a.abc.classCode));
    expect(Array.from(stored!.snapshot.status)).toEqual(Array.from(a.lifecycle.status));
    expect(Array.from(stored!.snapshot.segment)).toEqual(Array.from(a.rfm.segment));
    a.facts.revenue12.forEach((cents, i) =>
      expect(Math.abs(stored!.snapshot.revenue12[i] - cents)).toBeLessThanOrEqual(
        Math.abs(cents) * 0.0005 + 1,
      ),
    );

    await removeOutputs(runOf(wb), { locale: 'es' });
    const userOnly = smallWorkbook();
    userOnly.setCells('Ventas', 'A13', wb.values('Ventas', 'A13:D14'), { numberFormat: FORMATS });
    expect(modelSnapshot(wb, { ignoreIds: true })).toBe(modelSnapshot(userOnly, { ignoreIds: true }));
  });

  test('a history write stopped at any request keeps the previous history readable, and the next run adds to it', async () => {
    const base = smallWorkbook();
    await runAnalysis(runOf(base), input);
    const add = (wb: SimWorkbook, asOf: string) =>
      appendRunHistory(runOf(wb), {
        asOf,
        ids: ['C001', 'C009'],
        abc: Uint8Array.of(0, 1),
        status: Uint8Array.of(2, 1),
        segment: Uint8Array.of(3, 4),
        revenue12: Float64Array.of(500000, 1000),
        portfolioValue: null,
      });
    let cases = 0;
    for (const mode of ['refuse', 'lostAnswer'] as const)
      for (let k = 1; ; k++) {
        const wb = smallWorkbook();
        for (const [key, value] of base.model.settings) wb.model.settings.set(key, value);
        wb.faults = { failAtSync: k, mode };
        const failed = await add(wb, '2025-07-31').then(
          () => false,
          () => true,
        );
        const fired = wb.faults.fired;
        wb.faults = null;
        if (!fired) break;
        cases++;
        const runs = (await readRunHistory(runOf(wb))).map((r) => r.asOf);
        // lost answer of the last request: the history was written, only its answer lost
        expect(runs).toEqual(
          failed && !(mode === 'lostAnswer' && runs.length === 2)
            ? ['2025-06-30']
            : ['2025-06-30', '2025-07-31'],
        );
        expect((await add(wb, '2025-08-31')).map((r) => r.asOf)).toEqual([
          ...new Set([...runs, '2025-08-31']),
        ]);
        const last = await readLastSnapshot(runOf(wb));
        expect(last!.ids.slice(-1)).toEqual(['C009']);
        expect(Array.from(last!.snapshot.abc.slice(-1))).toEqual([1]);
      }
    expect(cases).toBeGreaterThanOrEqual(6);
  });

  test('revenue codes: relative error ≤ 0.04 %, signs kept, zero exact', () => {
    const cents = [0, 1, 99, 12345, -20000, 987654321, 1e12, -3];
    const snap = {
      index: Int32Array.from(cents.keys()),
      abc: new Uint8Array(cents.length),
      status: new Uint8Array(cents.length),
      segment: new Uint8Array(cents.length),
      revenue12: Float64Array.from(cents),
    };
    const back = decodeSnapshot(encodeSnapshot(snap, cents.length)).revenue12;
    cents.forEach((c, i) => expect(Math.abs(back[i] - c)).toBeLessThanOrEqual(Math.abs(c) * 0.0004 + 1));
    expect(back[0]).toBe(0);
    expect(back[4]).toBeLessThan(0);
  });

  test('size: 100,000 clients × 24 monthly runs (5 % new clients a month), bytes per client; older snapshots dropped', async () => {
    const wb = createWorkbook({ sheets: ['S'] });
    const n = 100_000;
    let ids = Array.from({ length: n }, (_, i) => `CLI${String(i).padStart(6, '0')}`);
    let runs = 0;
    for (let month = 0; month < MAX_SNAPSHOTS + 2; month++) {
      const count = ids.length;
      const codes = (k: number) => Uint8Array.from({ length: count }, (_, i) => (i * 7 + month * k) % 4);
      await appendRunHistory(runOf(wb), {
        asOf: `20${String(23 + Math.floor(month / 12)).padStart(2, '0')}-${String((month % 12) + 1).padStart(2, '0')}-28`,
        ids,
        abc: codes(1),
        status: codes(3),
        segment: codes(5),
        revenue12: Float64Array.from(
          { length: count },
          (_, i) => ((i * 7919 + month * 104729) % 5_000_000) + 100,
        ),
        portfolioValue: null,
      });
      runs++;
      // next month: 5 % of the clients gone from the data, 5 % new
      ids = [...ids.slice(n / 20), ...Array.from({ length: n / 20 }, (_, i) => `NEW${month}-${i}`)];
    }
    const settings = wb.settings();
    const keys = Object.keys(settings).filter((k) => k.startsWith('Cartera.history'));
    const bytes = keys.reduce((s, k) => s + k.length + String(settings[k]).length, 0);
    const snapshotKeys = new Set(keys.filter((k) => k.includes('.run.')).map((k) => k.split('.')[3]));
    expect(snapshotKeys.size).toBe(MAX_SNAPSHOTS);
    expect((await readRunHistory(runOf(wb))).length).toBe(runs);
    const perClientRun = bytes / (n * MAX_SNAPSHOTS);
    console.log(
      `run history: ${n} clients × ${MAX_SNAPSHOTS} snapshots (${runs} runs, ${new Set(keys).size} settings): ${bytes} characters = ${(bytes / n).toFixed(1)} per client, ${perClientRun.toFixed(2)} per client and run`,
    );
    expect(bytes / n).toBeLessThan(170);
  }, 300_000);
});
