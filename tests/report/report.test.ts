import { analyzePortfolio } from '../../src/engine/classify';
import { createSalesReader, readClientList } from '../../src/engine/clean';
import type { Cell } from '../../src/engine/types';
import { LOCALES, excelNumberFormats, formatDate, formatMoney, formatPercent, localeFromOfficeLanguage, registerMessages, t, type MessageKey } from '../../src/i18n';
import { reportMessages } from '../../src/i18n/reportMessages';
import { withoutParts } from '../../src/engine/pipeline';
import { clientColumns } from '../../src/report/clientTable';
import { paretoCurve, PARETO_POINTS } from '../../src/report/paretoCurve';
import { portfolioSheets } from '../../src/report/portfolioSheets';
import { reportContext } from '../../src/report/reportContext';
import { columnLetter } from '../../src/engine/clean/columnLetter';
import { cellAddress, sheetLayout } from '../../src/report/sheetLayout';
import type { OutputSheet, OutputTable } from '../../src/report/types';
import { CLIENT_ROWS, SALES_ROWS } from '../excel/fixtures';

function analysis() {
  const list = readClientList(CLIENT_ROWS.slice(1) as Cell[][], { client: 0, name: 1, region: 2, special: 3 }, {
    sheet: 'Clientes',
    headerRow: 1,
    firstColumn: 0,
    headers: CLIENT_ROWS[0] as string[],
  });
  const reader = createSalesReader(
    { date: 0, invoice: 1, client: 2, amount: 3 },
    { sheet: 'Ventas', headerRow: 1, firstColumn: 0, headers: SALES_ROWS[0] as string[] },
    { clientList: list },
  );
  reader.add(SALES_ROWS.slice(1) as Cell[][]);
  const ingested = reader.finish();
  return { a: analyzePortfolio(ingested), clients: ingested.clients };
}

const tableOf = (sheet: OutputSheet, key: string) => sheet.blocks.find((b) => b.type === 'table' && b.key === key) as OutputTable;

describe('i18n', () => {
  test('Office languages map to our locales', () => {
    const languages = ['es-ES', 'es-MX', 'ca-ES', 'pt-BR', 'pt', 'pt-PT', 'pt-AO', 'pt-MZ', 'en-US', 'fr-FR', '', undefined];
    expect(languages.map((l) => localeFromOfficeLanguage(l))).toEqual([
      'es', 'es', 'es', 'pt-BR', 'pt-BR', 'pt-PT', 'pt-PT', 'pt-PT', 'en', 'en', 'en', 'en',
    ]);
  });

  test('every report key exists in the three catalogues; placeholders are filled', () => {
    const keys = (l: 'es' | 'pt' | 'en') => Object.keys(reportMessages[l]).sort();
    expect(keys('es')).toEqual(keys('en'));
    expect(keys('pt')).toEqual(keys('en'));
    expect(t('es', 'group.rank', { from: 1, to: 20 })).toBe('Puestos 1–20');
    expect(t('en', 'no.such.key' as MessageKey)).toBe('no.such.key');
    for (const l of LOCALES) {
      for (const key of ['sheet.summary', 'sheet.clients', 'sheet.abc', 'sheet.rfm', 'sheet.quality'] as const) {
        const name = t(l, key);
        expect(name.length).toBeLessThan(32);
        expect(name).not.toMatch(/[:\\/?*[\]]/);
      }
    }
  });

  test('other parts register their own keys; missing translations fall back to English; plurals', () => {
    registerMessages({ en: { 'pane.rows_one': '{count} row', 'pane.rows_other': '{count} rows' }, es: { 'pane.rows_other': '{count} filas' } });
    expect(t('en', 'pane.rows' as MessageKey, { count: 1 })).toBe('1 row');
    expect(t('en', 'pane.rows' as MessageKey, { count: 3 })).toBe('3 rows');
    expect(t('es', 'pane.rows' as MessageKey, { count: 3 })).toBe('3 filas');
    expect(t('es', 'pane.rows' as MessageKey, { count: 1 })).toBe('1 row'); // es has no _one: English one
  });

  test('number, money, percent and date formatting per locale', () => {
    expect(formatMoney('es', 1234.5, 'EUR')).toMatch(/^1\.234,50\s€$/);
    expect(formatMoney('en', 1234.5, 'USD')).toBe('$1,234.50');
    expect(formatPercent('pt-BR', 0.873)).toBe('87,3%');
    expect(formatDate('es', 45838)).toBe('30/06/2025');
    expect(formatDate('en', 45838)).toBe('2025-06-30');
    expect(excelNumberFormats('es', 'EUR').money).toBe('#,##0.00 "€";-#,##0.00 "€"');
    expect(excelNumberFormats('en', 'usd').money).toBe('"$"#,##0.00;-"$"#,##0.00');
    // anything but a 3-letter code is ignored (it could not act as a format code anyway)
    expect(excelNumberFormats('es', '";@').money).toBe('#,##0.00');
    expect(excelNumberFormats('pt-BR').date).toBe('dd/mm/yyyy');
  });
});

describe('portfolio sheets', () => {
  test('ABC: the Pareto ranking, the class summary and the sentence (hand-computed)', () => {
    const { a, clients } = analysis();
    const sheets = portfolioSheets(a, { locale: 'es', clients });
    expect(sheets.map((s) => s.key)).toEqual(['summary', 'clients', 'abc', 'rfm', 'quality']);
    const abc = sheets[2];
    const note = abc.blocks[0];
    // Intl puts a no-break space before "%" in Spanish
    expect(note.type === 'notes' && note.lines[0].replace(/\u00a0/g, ' ')).toBe('El 60,0 % de los clientes aporta el 90,0 % de las ventas.');
    expect(tableOf(abc, 'Pareto').rows).toEqual([
      [1, 'C001', 5000, 0.5, 0.5, 'A'],
      [2, 'C002', 2500, 0.25, 0.75, 'A'],
      [3, 'C003', 1500, 0.15, 0.9, 'A'],
      [4, 'C004', 600, 0.06, 0.96, 'B'],
      [5, 'C005', 400, 0.04, 1, 'C'],
    ]);
    expect(tableOf(abc, 'AbcSummary').rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['A', 3, 9000],
      ['B', 1, 600],
      ['C', 1, 400],
      ['N (sin valor)', 1, 0],
    ]);
    expect(abc.charts[0].series.filter((s) => s.secondaryLine).map((s) => s.column)).toEqual(['cumShare', 'mark80', 'mark95']);
  });

  test('the client table has one row per client, list clients first, typed cells', () => {
    const { a, clients } = analysis();
    const table = tableOf(portfolioSheets(a, { locale: 'en', clients })[1], 'clients');
    const col = (key: string) => table.columns.findIndex((c) => c.key === key);
    expect(table.rows.map((r) => r[0])).toEqual(['C001', 'C002', 'C003', 'C004', 'C005', 'C006', 'C007']);
    expect(table.rows[1][col('name')]).toBe('=HYPERLINK("http://x","y")');
    expect(table.rows[6][col('inList')]).toBe('No');
    expect(table.rows[6][col('abcClass')]).toBe('N');
    expect(table.rows[5][col('abcClass')]).toBe(''); // prospect: no class
    expect(table.rows[5][col('status')]).toBe('Prospect');
    expect(table.rows[0][col('lastPurchase')]).toBe(45838);
    expect(table.columns[col('lastPurchase')]).toMatchObject({ kind: 'date', numberFormat: 'yyyy-mm-dd' });
    expect(table.columns[col('rfmCode')]).toMatchObject({ kind: 'text', numberFormat: '@' });
    expect(table.rows[0][col('special')]).toBe('Yes');
  });

  test('RFM: segment table covers all clients, the R × F grid counts scored clients', () => {
    const { a, clients } = analysis();
    const rfm = portfolioSheets(a, { locale: 'en', clients })[3];
    const segments = tableOf(rfm, 'RfmSegments');
    expect(segments.rows).toHaveLength(11);
    expect(segments.rows.reduce((n, r) => n + (r[1] as number), 0)).toBe(7);
    expect(segments.rows[10][0]).toBe('No purchases');
    const grid = rfm.blocks.find((b) => b.type === 'matrix')!;
    expect(grid.type === 'matrix' && grid.values.flat().reduce((x, y) => x + y, 0)).toBe(6);
  });

  test('data quality lists the rejected row with sheet, row, column and a localized reason', () => {
    const { a, clients } = analysis();
    const q = portfolioSheets(a, { locale: 'pt-BR', clients })[4];
    expect(tableOf(q, 'rejected').rows).toEqual([['Ventas', 12, 'C (Código cliente)', 'Falta o código do cliente', '']]);
    expect(tableOf(q, 'issues').rows.map((r) => [r[0], r[4]])).toContainEqual(['Cliente fora da lista', 'C007']);
  });

  test('classification columns beside the list are prefixed so they never take a user column name', () => {
    const { a, clients } = analysis();
    const cols = clientColumns(withoutParts(a), { locale: 'es', clients });
    expect(cols.columns.every((c) => c.header.startsWith('Cartera: '))).toBe(true);
    expect(cols.rows).toHaveLength(7);
    expect(cols.rows[0].slice(0, 3)).toEqual(['A', 1, 5000]);
  });

  test('the Pareto curve groups ranks beyond PARETO_POINTS clients, ending at 100 %', () => {
    const { a } = analysis();
    const n = 1234;
    const ids = Array.from({ length: n }, (_, i) => `X${i}`);
    const order = Int32Array.from(ids.keys());
    const value = Float64Array.from(ids, (_, i) => (n - i) * 100);
    const total = value.reduce((x, y) => x + y, 0);
    let cum = 0;
    const cumShare = Float64Array.from(value, (v) => (cum += v) / total);
    const big = { ...a, ids, options: a.options, abc: { ...a.abc, order, cumShare, valueCents: value, totalCents: total } };
    const rows = paretoCurve(big as typeof a, reportContext({ locale: 'es' }));
    expect(rows).toHaveLength(PARETO_POINTS);
    expect(rows[0][0]).toBe('Puestos 1–24');
    expect(rows[PARETO_POINTS - 1][2]).toBeCloseTo(1, 12);
    const sum = rows.reduce((s, r) => s + (r[1] as number), 0);
    expect(sum).toBeCloseTo(total / 100, 6);
  });
});

describe('sheet layout', () => {
  test('blocks stack under the heading with a blank row between; charts beside their table, from its title', () => {
    const sheet: OutputSheet = {
      key: 's',
      title: 'S',
      heading: 'H',
      subtitle: 'sub',
      blocks: [
        { type: 'kpis', key: 'k', title: 'KPIs', items: [{ label: 'a', value: 1, kind: 'integer', numberFormat: '#,##0' }] },
        { type: 'table', key: 't', name: 'T', title: 'Table', columns: [{ key: 'x', header: 'X', kind: 'text', numberFormat: '@' }, { key: 'y', header: 'Y', kind: 'integer', numberFormat: '#,##0' }], rows: [] },
      ],
      charts: [{ key: 'c', name: 'C', kind: 'column', title: 'c', table: 't', category: 'x', series: [{ column: 'y', name: 'Y' }] }],
      freezeHeader: true,
    };
    const layout = sheetLayout(sheet);
    expect(layout.headingRow).toBe(0);
    expect(layout.subtitleRow).toBe(1);
    expect(layout.blocks.map((b) => [b.titleRow, b.top, b.rows])).toEqual([
      [3, 4, 1],
      [6, 7, 2], // empty table: header + one blank row
    ]);
    expect(layout.freezeRows).toBe(8);
    expect(layout.charts[0].topLeft).toEqual({ row: 6, column: 3 });
    expect(columnLetter(0) + columnLetter(25) + columnLetter(26) + columnLetter(16383)).toBe('AZAAXFD');
    expect(cellAddress(9, 27)).toBe('AB10');
  });
});
