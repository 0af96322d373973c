// The changes sheet (SPEC §11): the migration matrices as heat maps and tables, the action lists,
// in es / pt / en; written into the in-memory host with its colour scales.
import { analyse } from '../../src/engine/pipeline';
import { runAnalysis } from '../../src/excel/runAnalysis';
import { localEngine } from '../../src/excel/localEngine';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook } from '../../src/host';
import { LOCALES, type Locale } from '../../src/i18n';
import { fullReport } from '../../src/report/fullReport';
import type { KpiBlock, MatrixBlock, OutputTable } from '../../src/report/types';
import { changesInput, CLIENT_ROWS, SALES_ROWS, T1 } from '../engine/changes/changesFixture';

const TITLES: Record<Locale, string> = {
  es: 'Cartera - Cambios',
  'pt-BR': 'Cartera - Mudanças',
  'pt-PT': 'Cartera - Mudanças',
  en: 'Cartera - Changes',
};

function sheetOf(locale: Locale) {
  const input = changesInput();
  const report = fullReport(analyse(input, { asOf: T1 }), { locale, clients: input.clients });
  const sheet = report.sheets.find((s) => s.key === 'changes')!;
  const block = <T>(key: string) => sheet.blocks.find((b) => b.key === key) as T;
  return { sheet, block };
}

describe('the changes sheet', () => {
  test.each(LOCALES)(
    '%s: localized name, matrices with colour scales, the lists as tables',
    (locale) => {
      const { sheet, block } = sheetOf(locale);
      expect(sheet.title).toBe(TITLES[locale]);
      for (const key of ['abcClients', 'abcRevenue', 'statusClients', 'statusRevenue'])
        expect(block<MatrixBlock>(key).colourScale).toBeDefined();
      for (const key of ['ChangesAbc', 'ChangesStatus'])
        expect(block<OutputTable>(key).colourScales!.map((s) => s.column)).toEqual(['clients', 'revenue12']);
      const lists = [
        'ChangesNewlyAtRisk',
        'ChangesNewlyInactiveOrLost',
        'ChangesDroppedOutOfA',
        'ChangesNewlyA',
        'ChangesReactivated',
      ];
      expect(lists.map((k) => block<OutputTable>(k).rows.length)).toEqual([1, 2, 1, 2, 2]);
      expect(block<KpiBlock>('counts').items.map((i) => i.value)).toEqual([1, 2, 1, 2, 2]);
    },
  );

  test('es: the ABC matrix cells and a list row as the engine computed them', () => {
    const { block } = sheetOf('es');
    const abc = block<MatrixBlock>('abcClients');
    expect(abc.rowLabels).toEqual(['A', 'B', 'C', 'N (sin valor)', 'Sin ventas']);
    expect(abc.columnLabels).toEqual(['A', 'B', 'C', 'N (sin valor)', 'Sin ventas']);
    expect(abc.values).toEqual([
      [1, 0, 0, 1, 0],
      [0, 1, 0, 0, 0],
      [0, 0, 2, 0, 0],
      [1, 0, 1, 1, 0],
      [1, 0, 0, 0, 3],
    ]);
    expect(block<MatrixBlock>('abcRevenue').values[4]).toEqual([4000, 0, 0, 0, 0]);
    // the status matrix has a "no sales" row but no such column (every client has a status now)
    const status = block<MatrixBlock>('statusClients');
    expect(status.rowLabels.at(-1)).toBe('Sin ventas');
    expect(status.columnLabels).toEqual(['Potencial', 'Nuevo', 'Activo', 'En riesgo', 'Inactivo', 'Perdido']);
    const reactivated = block<OutputTable>('ChangesReactivated');
    expect(reactivated.columns.map((c) => c.header)).toEqual([
      'Código cliente',
      'Nombre',
      'Estado: Entonces',
      'Estado: Ahora',
      'Ventas 12 meses',
    ]);
    expect(reactivated.rows).toEqual([
      ['K7', 'Cliente K7', 'Perdido', 'Activo', 1500],
      ['K6', 'Cliente K6', 'Inactivo', 'Activo', 120],
    ]);
    expect(block<OutputTable>('ChangesNewlyA').rows[0]).toEqual([
      'K8',
      'Cliente K8',
      'Sin ventas',
      'A',
      4000,
    ]);
  });

  test.each(['es', 'pt-BR'] as const)(
    '%s: written into the workbook with its tables and colour scales',
    async (locale) => {
      const wb = createWorkbook({ sheets: ['Ventas', 'Clientes'] });
      wb.setCells('Ventas', 'A1', SALES_ROWS as never);
      wb.setNumberFormat('Ventas', `A2:A${SALES_ROWS.length}`, 'yyyy-mm-dd');
      wb.setCells('Clientes', 'A1', CLIENT_ROWS as never);
      wb.setNumberFormat('Clientes', `C2:C${CLIENT_ROWS.length}`, 'yyyy-mm-dd');
      await runAnalysis(wb.run.bind(wb) as ExcelRun, {
        sales: { kind: 'address', address: `Ventas!A1:C${SALES_ROWS.length}` },
        clients: { kind: 'address', address: `Clientes!A1:C${CLIENT_ROWS.length}` },
        salesMapping: { date: 0, client: 1, amount: 2 },
        clientMapping: { client: 0, name: 1, firstContact: 2 },
        locale,
        options: { asOf: T1 },
        engine: localEngine(),
        buildReport: fullReport,
      });
      const title = TITLES[locale];
      expect(wb.sheets().map((s) => s.name)).toContain(title);
      const tables = wb
        .tables()
        .filter((t) => t.sheet === title)
        .map((t) => t.name);
      expect(tables).toEqual(
        expect.arrayContaining([
          'Cartera_ChangesAbc',
          'Cartera_ChangesStatus',
          'Cartera_ChangesNewlyAtRisk',
          'Cartera_ChangesNewlyInactiveOrLost',
          'Cartera_ChangesDroppedOutOfA',
          'Cartera_ChangesNewlyA',
          'Cartera_ChangesReactivated',
        ]),
      );
      // four heat maps + two columns of each of the two migration tables
      const scales = wb.conditionalFormats(title).filter((c) => c.type === 'ColorScale');
      expect(scales).toHaveLength(8);
    },
  );
});
