// Issue #15: writes of empty outputs. A client list of prospects only, analysed as of a day before
// every sale, gives empty tables, an empty cohort matrix, …: the write used to fail with
// InvalidArgument (a range of zero rows from getRangeByIndexes).
import { dayFromYmd } from '../../src/engine/dates';
import { runAnalysis } from '../../src/excel/runAnalysis';
import { localEngine } from '../../src/excel/localEngine';
import { syncBatcher } from '../../src/excel/syncBatcher';
import type { ExcelRun } from '../../src/excel/types';
import { writeSheet } from '../../src/excel/writeSheet';
import { createWorkbook } from '../../src/host';
import { fullReport } from '../../src/report/fullReport';
import type { OutputSheet } from '../../src/report/types';
import { SALES_ROWS } from './fixtures';

const PROSPECTS = [
  ['Código cliente', 'Razón social'],
  ['P1', 'Uno S.L.'],
  ['P2', 'Dos S.A.'],
];

describe('outputs without rows (issue #15)', () => {
  test.each([['a plain range'], ['an Excel table']])(
    'a client list of prospects only, as of a day before every sale (full report), as %s',
    async (kind) => {
      const wb = createWorkbook({ sheets: ['Clientes', 'Ventas'] });
      wb.setCells('Clientes', 'A1', PROSPECTS, { numberFormat: '@' });
      wb.setCells('Ventas', 'A1', SALES_ROWS.slice(0, 1));
      wb.setCells('Ventas', 'A2', SALES_ROWS.slice(1), {
        numberFormat: ['dd/mm/yyyy', 'General', 'General', '#,##0.00'],
      });
      const table = kind === 'an Excel table';
      if (table)
        await wb.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Clientes').tables.add('A1:B3', true).name = 'Prospectos';
          await ctx.sync();
        });
      const result = await runAnalysis(wb.run.bind(wb) as ExcelRun, {
        sales: { kind: 'address', address: 'Ventas!A1:D12' },
        clients: table
          ? { kind: 'table', name: 'Prospectos' }
          : { kind: 'address', address: 'Clientes!A1:B3' },
        locale: 'es',
        options: { asOf: dayFromYmd(2024, 1, 1) },
        engine: localEngine(),
        buildReport: fullReport,
      });
      expect(result.write.stored.sheets.length).toBeGreaterThan(5);
      expect(result.write.stored.clientColumns?.headers.length).toBeGreaterThan(0);
      // the user's cells are as they were
      expect(wb.values('Clientes', 'A1:B3')).toEqual(PROSPECTS);
      expect(wb.sheets().every((s) => s.visibility === 'Visible')).toBe(true);
    },
    60_000,
  );

  test('empty KPI, note and matrix blocks write their titles only', async () => {
    const wb = createWorkbook({ sheets: ['Hoja'] });
    const sheet: OutputSheet = {
      key: 'empty',
      title: 'Vacía',
      heading: 'Vacía',
      charts: [],
      blocks: [
        { type: 'kpis', key: 'k', title: 'Indicadores', items: [] },
        { type: 'notes', key: 'n', title: 'Notas', lines: [] },
        {
          type: 'matrix',
          key: 'm',
          title: 'Cohortes',
          corner: 'Cohorte',
          rowLabels: [],
          columnLabels: [],
          values: [],
          numberFormat: '0.0%',
        },
        {
          type: 'matrix',
          key: 'm2',
          title: 'Sin columnas',
          corner: 'R \\ F',
          rowLabels: ['1', '2'],
          columnLabels: [],
          values: [[], []],
          numberFormat: '0',
        },
        {
          type: 'table',
          key: 't',
          name: 'Vacia',
          columns: [{ key: 'a', header: 'A', kind: 'text', numberFormat: '@' }],
          rows: [],
        },
      ],
    };
    await wb.run(async (ctx) => {
      const batcher = syncBatcher(ctx, 100_000);
      await writeSheet(ctx.workbook.worksheets.getItem('Hoja'), sheet, batcher, {
        support: () => true,
        blockBytes: 90_000,
        tableSuffix: '',
      });
      await batcher.flush();
    });
    const texts = wb
      .values('Hoja')
      .flat()
      .filter((v) => v !== '');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Vacía',
        'Indicadores',
        'Notas',
        'Cohortes',
        'Cohorte',
        'Sin columnas',
        'R \\ F',
        '1',
        '2',
        'A',
      ]),
    );
    expect(wb.tables().map((t) => t.name)).toEqual(['Vacia']);
  });
});
