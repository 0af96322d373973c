import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { createWorkbook } from '../../src/host';
import { charsToPoints, loadWorkbookFile, pointsToChars, saveWorkbook } from '../../src/host/xlsx';

const CDNOW = path.resolve(__dirname, '../fixtures/cdnow');

const buf = (u: Uint8Array): ArrayBuffer => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

describe('xlsx bridge', () => {
  test('round trip: sheets, values, formulas, number formats, widths, fills/fonts, tables, conditional formats, frozen rows, 1904', async () => {
    const wb = createWorkbook({ sheets: ['Ventas', 'Oculta'], date1904: true });
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Ventas');
      ws.getRange('C2:C3').numberFormat = [['@'], ['@']];
      ws.getRange('A1:D3').values = [
        ['Fecha', 'Importe', 'Id', 'Doble'],
        ['2024-01-15', 12.5, '00123', '=B2*2'],
        ['2024-02-01', -3, '7', '=B3*2'],
      ];
      ws.getRange('B2:B3').numberFormat = [['#,##0.00'], ['#,##0.00']];
      const h = ws.getRange('A1:D1').format;
      h.font.bold = true;
      h.font.color = '#FFFFFF';
      h.fill.color = '#1F4E78';
      h.horizontalAlignment = 'Center';
      ws.getRange('A:A').format.columnWidth = 75;
      const t = ws.tables.add('A1:D3', true);
      t.name = 'TVentas';
      t.style = 'TableStyleLight9';
      ws.getRange('B2:B3').conditionalFormats.add('ColorScale').colorScale.criteria = {
        minimum: { type: 'LowestValue', formula: null as never, color: '#F8696B' },
        maximum: { type: 'HighestValue', formula: null as never, color: '#63BE7B' },
      };
      ws.getRange('E2:E3').conditionalFormats.add('DataBar').dataBar.positiveFormat.fillColor = '#638EC6';
      ws.freezePanes.freezeRows(1);
      ctx.workbook.worksheets.getItem('Oculta').visibility = 'Hidden';
    });
    const back = await loadWorkbookFile(buf(await saveWorkbook(wb)), 'cartera.xlsx');
    expect(back.date1904).toBe(true);
    expect(back.sheets().map((s) => [s.name, s.visibility])).toEqual([['Ventas', 'Visible'], ['Oculta', 'Hidden']]);
    expect(back.values('Ventas')).toEqual([
      ['Fecha', 'Importe', 'Id', 'Doble'],
      [45306 - 1462, 12.5, '00123', '#CALC!'],
      [45323 - 1462, -3, '7', '#CALC!'],
    ]);
    expect(back.cell('Ventas', 'A2')).toMatchObject({ numberFormat: 'yyyy-mm-dd', text: '2024-01-15' });
    expect(back.cell('Ventas', 'B2').numberFormat).toBe('#,##0.00');
    expect(back.cell('Ventas', 'C2').numberFormat).toBe('@');
    expect(back.cell('Ventas', 'D3').formula).toBe('=B3*2');
    expect(back.cell('Ventas', 'B1').format).toEqual({ fill: '#1F4E78', bold: true, italic: false, color: '#FFFFFF', horizontalAlignment: 'Center', wrapText: false });
    expect(back.columnWidth('Ventas', 'A')).toBeCloseTo(75, 0);
    expect(back.tables()).toEqual([expect.objectContaining({ name: 'TVentas', sheet: 'Ventas', address: 'Ventas!A1:D3', headers: ['Fecha', 'Importe', 'Id', 'Doble'], style: 'TableStyleLight9' })]);
    expect(back.conditionalFormats().map((c) => [c.address, c.type])).toEqual(
      expect.arrayContaining([['Ventas!B2:B3', 'ColorScale'], ['Ventas!E2:E3', 'DataBar']]),
    );
    expect(back.conditionalFormats().find((c) => c.type === 'ColorScale')?.criteria).toEqual({
      minimum: { type: 'LowestValue', formula: null, color: '#F8696B' },
      maximum: { type: 'HighestValue', formula: null, color: '#63BE7B' },
    });
    expect(back.frozenPanes('Ventas')).toEqual({ rows: 1, columns: 0 });
  });

  test('loading an ExcelJS-written file: dates as serials, formulas with cached results, errors, rich text', async () => {
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet('Hoja1');
    ws.getCell('A1').value = new Date(Date.UTC(2000, 0, 1));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('B1').value = { formula: 'A1+1', result: 36527 } as ExcelJS.CellFormulaValue;
    ws.getCell('C1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('D1').value = { richText: [{ text: 'Clien' }, { text: 'te' }] };
    ws.getColumn(1).width = 20;
    const loaded = await loadWorkbookFile(buf(new Uint8Array(await xl.xlsx.writeBuffer())), 'in.xlsx');
    expect(loaded.values('Hoja1')).toEqual([[36526, 36527, '#N/A', 'Cliente']]);
    expect(loaded.cell('Hoja1', 'A1').text).toBe('01/01/2000');
    expect(loaded.cell('Hoja1', 'B1').formula).toBe('=A1+1');
    expect(loaded.columnWidth('Hoja1', 0)).toBe(charsToPoints(20));
    const valueTypes = await loaded.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Hoja1').getRange('A1:D1').load('valueTypes');
      await ctx.sync();
      return r.valueTypes;
    });
    expect(valueTypes).toEqual([['Integer', 'Integer', 'Error', 'String']]);
  });

  test('column width conversion characters ⇄ points', () => {
    expect(charsToPoints(8.43)).toBe(48);
    expect(pointsToChars(charsToPoints(20))).toBeCloseTo(20, 1);
  });

  test('csv: numeric-looking text → numbers, ISO dates → serials, leading-zero ids and locale numbers stay text; ; delimiter; latin-1', async () => {
    const text = 'Código;Fecha;Importe;Activo\n00123;2024-01-05;1234,5;TRUE\n12;15/02/2024;-7.25;false\n\n';
    const latin1 = Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
    for (const bytes of [new TextEncoder().encode('\uFEFF' + text), latin1]) {
      const wb = await loadWorkbookFile(buf(bytes), 'C:\\datos\\ventas 2024.csv');
      expect(wb.sheets().map((s) => s.name)).toEqual(['ventas 2024']);
      expect(wb.values('ventas 2024')).toEqual([
        ['Código', 'Fecha', 'Importe', 'Activo'],
        ['00123', 45296, '1234,5', true],
        [12, '15/02/2024', -7.25, false],
      ]);
      expect(wb.cell('ventas 2024', 'B2').numberFormat).toBe('yyyy-mm-dd');
    }
  });

  test('csv: the CDNOW customer summary loads with numbers as numbers', async () => {
    const bytes = fs.readFileSync(path.join(CDNOW, 'cdnow_customers_summary.csv'));
    const wb = await loadWorkbookFile(buf(new Uint8Array(bytes)), 'cdnow_customers_summary.csv');
    const lines = bytes.toString('utf8').trim().split(/\r?\n/);
    const used = wb.usedRange('cdnow_customers_summary');
    expect(used?.rowCount).toBe(lines.length);
    const second = lines[1].split(',');
    const row = wb.values('cdnow_customers_summary', `A2:${String.fromCharCode(64 + second.length)}2`)[0];
    expect(row.map(String)).toEqual(second.map((s) => String(Number(s))));
    expect(row.every((v) => typeof v === 'number')).toBe(true);
  });

  test('unsupported extension → clear error', async () => {
    await expect(loadWorkbookFile(new ArrayBuffer(0), 'x.ods')).rejects.toThrow('x.ods: unsupported file type ".ods"');
  });
});
