import { createWorkbook } from '../../src/host';
import { loadSampleWorkbook, SAMPLE_SHEET_NAMES } from '../../src/sample/loadSampleWorkbook';
import { sampleWorkbookData, type SampleWorkbook } from '../../src/sample/sampleWorkbookData';

let data: SampleWorkbook;
beforeAll(() => {
  data = sampleWorkbookData();
});

describe('loadSampleWorkbook', () => {
  test('writes each sheet from A1 with its formats, as text where the data is text', async () => {
    const wb = createWorkbook({ sheets: [...SAMPLE_SHEET_NAMES] });
    expect(loadSampleWorkbook(wb, data)).toBe(data);
    expect(wb.sheets().map((s) => s.name)).toEqual(['Clientes', 'Ventas', 'Visitas']);
    for (const sheet of data.sheets) {
      expect(wb.usedRange(sheet.name)).toEqual({
        address: expect.any(String),
        rowIndex: 0,
        columnIndex: 0,
        rowCount: sheet.values.length - (sheet.values[sheet.values.length - 1].every((v) => v === '') ? 1 : 0),
        columnCount: sheet.values[0].length,
      });
    }
    // Header: bold, General. First sale: 2023-11-01 as a serial shown dd/mm/yyyy.
    expect(wb.cell('Ventas', 'A1')).toMatchObject({ value: 'Fecha', numberFormat: 'General', format: { bold: true } });
    expect(wb.cell('Ventas', 'A2')).toMatchObject({ value: 45231, numberFormat: 'dd/mm/yyyy', text: '01/11/2023' });
    const amount = wb.cell('Ventas', 'H2');
    expect(amount.numberFormat).toBe('#,##0.00 "€"');
    expect(amount.text).toBe(`${(data.sheets[1].values[1][7] as number).toFixed(2)} €`);
    // Formula-looking names and "+34…" stay text (never formulas), ids keep "@".
    const names = wb.values('Clientes', 'B2:B2001').map((r) => r[0]);
    const k = names.indexOf('=HYPERLINK("http://x","y")');
    expect(k).toBeGreaterThan(0);
    expect(wb.cell('Clientes', `B${k + 2}`)).toMatchObject({ value: '=HYPERLINK("http://x","y")', formula: null });
    expect(wb.cell('Clientes', `B${names.indexOf('+34 600 000 000') + 2}`)).toMatchObject({ value: '+34 600 000 000', formula: null });
    expect(wb.cell('Clientes', 'A2')).toMatchObject({ value: 'C00001', numberFormat: '@' });
    // Dirty cells: the text date keeps its text and gets "@".
    const r = data.dirty.textDate[0];
    expect(wb.cell('Ventas', `A${r}`)).toMatchObject({ value: data.sheets[1].values[r - 1][0], numberFormat: '@' });
    // Column widths are set from the content; the selection is Ventas!A1.
    expect(wb.columnWidth('Clientes', 1)).toBeGreaterThan(wb.columnWidth('Clientes', 5));
    expect(wb.selection()).toEqual({ sheet: 'Ventas', address: 'A1' });
  });

  test('reads back through Excel.run exactly as generated', async () => {
    const wb = createWorkbook({ sheets: [...SAMPLE_SHEET_NAMES] });
    loadSampleWorkbook(wb, data);
    const values = await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Ventas').getRange('A1:L200');
      range.load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual(data.sheets[1].values.slice(0, 200));
  });

  test('adds the sheets to a workbook that does not have them', () => {
    const wb = createWorkbook();
    loadSampleWorkbook(wb, data);
    expect(wb.sheets().map((s) => s.name)).toEqual(['Sheet1', 'Clientes', 'Ventas', 'Visitas']);
    expect(wb.values('Visitas', 'A1:C1')).toEqual([['Código cliente', 'Fecha', 'Vendedor']]);
  });
});
