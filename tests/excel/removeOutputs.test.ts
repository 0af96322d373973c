// Issue #18: "Remove Cartera's outputs" leaves the workbook as it was before the first run, also when
// one of its requests fails (refused, or applied with its answer lost): pressing it again finishes.
import { removeOutputs } from '../../src/excel/removeOutputs';
import { runAnalysis, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import type { SimWorkbook } from '../../src/host';
import { clientListWorkbook, modelSnapshot } from './fixtures';

const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;
const input = (table: boolean): RunAnalysisInput => ({
  sales: { kind: 'address', address: 'Ventas!A1:D12' },
  clients: table ? { kind: 'table', name: 'TablaClientes' } : { kind: 'address', address: 'Clientes!A1:D7' },
  locale: 'es',
});
const snap = (wb: SimWorkbook) => modelSnapshot(wb, { ignoreIds: true });

const workbook = clientListWorkbook;

describe("remove Cartera's outputs (issue #18)", () => {
  test.each([false, true])(
    'client list as a table: %s — run, re-run, remove → as before the first run',
    async (table) => {
      const wb = await workbook(table);
      const before = snap(wb);
      await runAnalysis(runOf(wb), input(table));
      await runAnalysis(runOf(wb), { ...input(table), locale: 'en' });
      wb.model.settings.set('Cartera.pane', '{"sales":{"kind":"address","address":"Ventas!A1:D12"}}');
      expect(snap(wb)).not.toBe(before);
      const removed = await removeOutputs(runOf(wb), { locale: 'es' });
      expect(removed.sheets).toBeGreaterThan(3);
      expect(removed.columns).toBeGreaterThan(3);
      expect(snap(wb)).toBe(before);
      // nothing left: a second press does nothing
      expect(await removeOutputs(runOf(wb), { locale: 'es' })).toEqual({
        sheets: 0,
        columns: 0,
        settings: 0,
      });
      // and the workbook can be analysed again
      await runAnalysis(runOf(wb), input(table));
    },
  );

  test('a failure at any request (refused or applied with its answer lost): a message, and pressing again finishes', async () => {
    let cases = 0;
    for (const table of [false, true])
      for (const mode of ['refuse', 'lostAnswer'] as const)
        for (let k = 1; ; k++) {
          const wb = await workbook(table);
          const before = snap(wb);
          await runAnalysis(runOf(wb), input(table));
          wb.faults = { failAtSync: k, mode };
          const error = await removeOutputs(runOf(wb), { locale: 'es' }).catch((e) => e);
          const fired = wb.faults.fired;
          wb.faults = null;
          if (!fired) break;
          cases++;
          expect(error.code).toBe('write_failed');
          expect(error.message).toContain('Quitar las salidas de Cartera');
          await removeOutputs(runOf(wb), { locale: 'es' });
          expect(snap(wb)).toBe(before);
        }
    expect(cases).toBeGreaterThanOrEqual(12);
  }, 240_000);
});
