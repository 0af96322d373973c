// Issue #18, the monthly routine: a stored source follows its data, and the pane can say what changed
// since the last run before running again.
import { dayFromYmd } from '../../src/engine/dates';
import { readLastRun } from '../../src/excel/lastRun';
import { openSource } from '../../src/excel/openSource';
import { runAnalysis, withoutOwnColumns, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import { sourceChange } from '../../src/excel/sourceChange';
import type { ExcelRun } from '../../src/excel/types';
import type { SimWorkbook } from '../../src/host';
import { smallWorkbook } from './fixtures';

const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;
const input = {
  sales: { kind: 'address', address: 'Ventas!A1:D12' },
  clients: { kind: 'address', address: 'Clientes!A1:D7' },
  locale: 'es',
} satisfies RunAnalysisInput;

/** Three more months of sales (July–September 2025), appended below the range. */
const MORE_SALES = [
  [dayFromYmd(2025, 7, 3), 'F012', 'C001', 900],
  [dayFromYmd(2025, 7, 21), 'F013', 'C006', 350],
  [dayFromYmd(2025, 8, 5), 'F014', 'C002', 1200],
  [dayFromYmd(2025, 8, 30), 'F015', 'C008', 80],
  [dayFromYmd(2025, 9, 12), 'F016', 'C004', 640],
  [dayFromYmd(2025, 9, 29), 'F017', 'C001', 300],
];

describe('the monthly routine (issue #18)', () => {
  test('analysed, then 3 more months appended below the same range: the re-run reads them and reports +6', async () => {
    const wb = smallWorkbook();
    const first = await runAnalysis(runOf(wb), input);
    expect(first.sales.dataRows).toBe(11);
    wb.setCells('Ventas', 'A13', MORE_SALES, {
      numberFormat: ['dd/mm/yyyy', 'General', 'General', '#,##0.00'],
    });

    // before running: what the pane shows
    const last = await readLastRun(runOf(wb));
    expect(last).toMatchObject({ asOf: '2025-06-30', sales: { address: 'Ventas!A1:D12', dataRows: 11 } });
    const now = await openSource(runOf(wb), input.sales);
    expect(now.address).toBe('Ventas!A1:D18');
    expect(sourceChange(now, last!.sales)).toEqual({ addedRows: 6, headersChanged: false });
    const list = withoutOwnColumns(await openSource(runOf(wb), input.clients!));
    expect(sourceChange(list, last!.clients)).toEqual({ addedRows: 0, headersChanged: false });

    // one click: the same stored settings
    const again = await runAnalysis(runOf(wb), input);
    expect(again.sales.dataRows).toBe(17);
    expect(again.analysis.ids).toContain('C008');
    const asOf = again.analysis.asOf;
    expect(asOf).toBe(dayFromYmd(2025, 9, 29));
    expect((await readLastRun(runOf(wb)))?.sales?.dataRows).toBe(17);
  });

  test('the sales columns moved: the headers changed, the stored mapping must be confirmed', async () => {
    const wb = smallWorkbook();
    await runAnalysis(runOf(wb), input);
    wb.setCells('Ventas', 'A1', [['Nº factura', 'Fecha']]);
    const last = await readLastRun(runOf(wb));
    const now = await openSource(runOf(wb), input.sales);
    expect(sourceChange(now, last!.sales)).toEqual({ addedRows: 0, headersChanged: true });
  });

  test('the last run read another sheet or table: nothing to compare', () => {
    const last = { kind: 'address' as const, address: "'Ventas 2024'!A1:D12", dataRows: 11, headers: ['a'] };
    const now = { dataRows: 20, headers: ['b'] };
    expect(sourceChange({ ...now, sheet: 'Ventas' }, last)).toEqual({
      addedRows: null,
      headersChanged: false,
    });
    expect(sourceChange({ ...now, sheet: 'Ventas 2024' }, last)).toEqual({
      addedRows: 9,
      headersChanged: true,
    });
    expect(sourceChange({ ...now, sheet: 'Ventas 2024', table: 'T' }, last).addedRows).toBeNull();
  });

  test('no run yet, or a record without row counts: nothing to compare', async () => {
    const wb = smallWorkbook();
    expect(await readLastRun(runOf(wb))).toBeNull();
    expect(sourceChange({ dataRows: 5, headers: ['a'] }, { kind: 'address', address: 'S!A1:A6' })).toEqual({
      addedRows: null,
      headersChanged: false,
    });
  });
});
