import { dayFromIso } from '../../src/engine/dates';
import { runAnalysis, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook, type SimWorkbook } from '../../src/host';
import { loadSampleWorkbook } from '../../src/sample/loadSampleWorkbook';
import { apiModelSnapshot, apiSnapshot, CLIENT_ROWS, smallWorkbook, snapshot } from './fixtures';

const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;

describe('the sample workbook', () => {
  const input: RunAnalysisInput = {
    sales: { kind: 'selection' }, // loadSampleWorkbook selects Ventas!A1: the whole used range
    clients: { kind: 'address', address: 'Clientes!A:Z' },
    locale: 'es',
  };

  test('a full run writes every output; a second run changes nothing; the user data is untouched', async () => {
    // generous response limits only for the test's own snapshots (the add-in keeps its 4 MB target)
    const wb = createWorkbook({ sheets: [] as string[], limits: { maxResponseBytes: 1e9, maxCellsPerRead: 1e8 } as never });
    const data = loadSampleWorkbook(wb);
    const before = { ventas: await apiSnapshot(wb, 'Ventas'), visitas: snapshot(wb, 'Visitas') };
    const clientCols = data.sheets.find((s) => s.name === 'Clientes')!.values[0].length;
    const clientsBefore = JSON.stringify(wb.values('Clientes', `A1:${String.fromCharCode(64 + clientCols)}${data.sheets[0].values.length}`));

    const result = await runAnalysis(runOf(wb), { ...input, options: { asOf: dayFromIso(data.asOf) } });
    expect(result.analysis.asOfIso).toBe(data.asOf);
    const q = result.analysis.quality;
    expect(q.rowsRead).toBe(q.rowsUsed + q.rowsRejected + q.rowsAfterAsOf + q.blankRows);
    expect(wb.sheets().map((s) => s.name)).toEqual(
      expect.arrayContaining(['Cartera - Resumen', 'Cartera - Clientes', 'Cartera - ABC', 'Cartera - RFM', 'Cartera - Calidad de datos']),
    );
    // the injection names of the sample are text on the Clients sheet
    const clientsTable = wb.tables().find((t) => t.name === 'Cartera_Clients')!;
    const [, body] = clientsTable.address.split('!');
    const values = wb.values('Cartera - Clientes', body);
    expect(values.length - 1).toBe(result.analysis.clientCount);
    const risky = values.slice(1).filter((r) => typeof r[1] === 'string' && /^[=+\-@]/.test(r[1] as string));
    expect(risky.length).toBeGreaterThan(0);
    const top = Number(/\d+/.exec(body)![0]) - 1;
    values.forEach((r, k) => {
      if (k > 0 && risky.includes(r)) expect(wb.cell('Cartera - Clientes', top + k, 1).formula).toBeNull();
    });
    expect(wb.charts('Cartera - ABC')[0].series).toHaveLength(4);

    const first = await apiModelSnapshot(wb, ['Ventas']);
    await runAnalysis(runOf(wb), { ...input, options: { asOf: dayFromIso(data.asOf) } });
    expect(await apiModelSnapshot(wb, ['Ventas'])).toBe(first);
    expect(await apiSnapshot(wb, 'Ventas')).toBe(before.ventas);
    expect(snapshot(wb, 'Visitas')).toBe(before.visitas);
    expect(JSON.stringify(wb.values('Clientes', `A1:${String.fromCharCode(64 + clientCols)}${data.sheets[0].values.length}`))).toBe(clientsBefore);
  }, 300_000);
});

test('without ExcelApi 1.8 the Pareto chart degrades to revenue columns, with a note', async () => {
  const wb = smallWorkbook();
  const result = await runAnalysis(runOf(wb), {
    sales: { kind: 'address', address: 'Ventas!A1:D12' },
    clients: { kind: 'address', address: `Clientes!A1:D${CLIENT_ROWS.length}` },
    locale: 'en',
    apiSupport: (v) => ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7'].includes(v),
  });
  const pareto = wb.charts('Cartera - ABC')[0];
  expect(pareto.series.map((s) => [s.name, s.chartType])).toEqual([['Value', 'ColumnClustered']]);
  expect(result.write.notes).toContain('This Excel version has no combo charts: the Pareto chart shows revenue only.');
});
