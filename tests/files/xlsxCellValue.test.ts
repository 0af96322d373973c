// One reading of an .xlsx cell (issue #16): the CLI's reader and the host's loadWorkbookFile (the
// playground's "Open file") give the same values for the same sheet, through xlsxCellValue.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readTable } from '../../src/cli/readTable';
import { xlsxCellValue } from '../../src/files/xlsxCellValue';
import { loadWorkbookFile } from '../../src/host/xlsx';

describe('xlsxCellValue', () => {
  test('each kind of ExcelJS value', () => {
    expect(xlsxCellValue(new Date(Date.UTC(2024, 2, 1)))).toBe(45352);
    expect(xlsxCellValue(new Date(Date.UTC(2024, 2, 1)), true)).toBe(45352 - 1462);
    expect(xlsxCellValue({ formula: 'A1*2', result: 7 })).toBe(7);
    expect(xlsxCellValue({ sharedFormula: 'A1', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(xlsxCellValue({ formula: 'A1*2' })).toBeNull();
    expect(xlsxCellValue({ richText: [{ text: 'Clien' }, { text: 'te' }] })).toBe('Cliente');
    expect(xlsxCellValue({ text: 'web', hyperlink: 'https://example.com' })).toBe('web');
    expect(xlsxCellValue({ error: '#N/A' })).toBe('#N/A');
    expect(xlsxCellValue(null)).toBeNull();
  });

  test('the CLI and the host read a sheet alike', async () => {
    const xl = new ExcelJS.Workbook();
    const ws = xl.addWorksheet('Ventas');
    ws.addRow(['Cliente', 'Fecha', 'Importe', 'Nota', 'Web', 'Doble']);
    ws.addRow(['C1', new Date(Date.UTC(2024, 0, 15)), 12.5, { richText: [{ text: 'a' }, { text: 'b' }] }, { text: 'w', hyperlink: 'https://example.com' }, { formula: 'C2*2', result: 25 }]);
    ws.addRow(['00123', new Date(Date.UTC(2024, 1, 1)), true, { error: '#N/A' }, '', 7]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cartera-xlsx-')), 'ventas.xlsx');
    await xl.xlsx.writeFile(file);
    const cli = (await readTable(file)).rows;
    const bytes = readFileSync(file);
    const host = await loadWorkbookFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 'ventas.xlsx');
    expect(cli).toEqual(host.values('Ventas'));
    expect(cli[1]).toEqual(['C1', 45306, 12.5, 'ab', 'w', 25]);
  });
});
