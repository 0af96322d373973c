import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { readTable } from '../../src/cli/readTable';
import { csvCell } from '../../src/files/csvCell';

const dir = mkdtempSync(path.join(tmpdir(), 'cartera-read-'));

describe('csvCell: numeric-looking text becomes a number, as Excel opens a CSV', () => {
  test.each([
    ['17850.0', 17850],
    ['123', 123],
    ['-2.55', -2.55],
    ['+7', 7],
    ['.5', 0.5],
    ['1e3', 1000],
    ['0', 0],
    [' 42 ', 42],
    ['0.25', 0.25],
  ])('%j → %j', (text, value) => expect(csvCell(text)).toBe(value));

  test.each([
    ['00123', '00123'],
    ['1.234,56', '1.234,56'],
    ['1,234.56', '1,234.56'],
    ['2010-12-01 08:26:00', '2010-12-01 08:26:00'],
    ['85123A', '85123A'],
    ['C536379', 'C536379'],
    ['12345678901234567890', '12345678901234567890'],
    ['', ''],
  ])('%j stays text', (text, value) => expect(csvCell(text)).toBe(value));

  test('TRUE / FALSE', () => {
    expect(csvCell('TRUE')).toBe(true);
    expect(csvCell('false')).toBe(false);
  });
});

describe('readTable', () => {
  test('CSV with ";" delimiter, quotes, UTF-8 BOM, final newline; sheet = file name', async () => {
    const p = path.join(dir, 'ventas enero.csv');
    writeFileSync(p, '\uFEFFCliente;Descripción;Importe\n"00123";"Taza; grande";"1.234,56"\n17850.0;Plato;12\n');
    const t = await readTable(p);
    expect(t.sheet).toBe('ventas enero');
    expect(t.rows).toEqual([
      ['Cliente', 'Descripción', 'Importe'],
      ['00123', 'Taza; grande', '1.234,56'],
      [17850, 'Plato', 12],
    ]);
  });

  test('Windows-1252 text when the file is not UTF-8', async () => {
    const p = path.join(dir, 'latin.csv');
    writeFileSync(p, Buffer.from([0x4e, 0x6f, 0x6d, 0x62, 0x72, 0x65, 0x0a, 0x50, 0xe9, 0x72, 0x65, 0x7a, 0x0a]));
    expect((await readTable(p)).rows).toEqual([['Nombre'], ['Pérez']]);
  });

  test('.csv.gz', async () => {
    const p = path.join(dir, 'x.csv.gz');
    writeFileSync(p, gzipSync('a,b\n1,2\n'));
    const t = await readTable(p);
    expect(t).toMatchObject({ sheet: 'x', rows: [['a', 'b'], [1, 2]] });
  });

  test('an unclosed quote is a broken row (kept empty in place, listed), not a failed file', async () => {
    const p = path.join(dir, 'q.csv');
    writeFileSync(p, 'a,b\n"1,2\n3,4\n');
    const t = await readTable(p);
    expect(t.rows).toEqual([['a', 'b'], [], [3, 4]]);
    expect(t.brokenRows).toEqual([{ row: 2, text: '"1,2' }]);
  });

  test('.xlsx: first sheet, dates to 1900 serials, formulas to results, blanks as ""', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ventas');
    wb.addWorksheet('Otra').addRow(['no']);
    ws.addRow(['Cliente', 'Fecha', 'Importe', 'Nota']);
    ws.addRow([101, new Date(Date.UTC(2010, 11, 1, 8, 26)), 10.5, 'x']);
    ws.addRow(['00102', new Date(Date.UTC(2000, 0, 1)), { formula: 'C2*2', result: 21 }, null]);
    const p = path.join(dir, 'libro.xlsx');
    await wb.xlsx.writeFile(p);
    const t = await readTable(p);
    expect(t.sheet).toBe('Ventas');
    expect(t.rows[0]).toEqual(['Cliente', 'Fecha', 'Importe', 'Nota']);
    expect(t.rows[1][0]).toBe(101);
    expect(t.rows[1][1]).toBeCloseTo(40513 + (8 * 60 + 26) / 1440, 8);
    expect(t.rows[2]).toEqual(['00102', 36526, 21, '']);
  });
});
