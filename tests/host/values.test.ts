import { createWorkbook } from '../../src/host';
import { syncError } from './helpers';

async function roundTrip(values: unknown[][], numberFormat?: string[][]) {
  const wb = createWorkbook();
  const out = await wb.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, values.length, values[0].length);
    if (numberFormat) r.numberFormat = numberFormat;
    r.values = values as never;
    r.load('values, formulas, numberFormat, text, valueTypes');
    await ctx.sync();
    return { values: r.values, formulas: r.formulas, numberFormat: r.numberFormat, text: r.text, valueTypes: r.valueTypes };
  });
  return { wb, ...out };
}

describe('host rules §2 Range.values', () => {
  test('rule 2.1 arrays are [row][col], even for one cell', async () => {
    const { values } = await roundTrip([[5]]);
    expect(values).toEqual([[5]]);
  });

  test('rule 2.2 empty cells read ""; formula cells: formulas = formula, values = "#CALC!" (simulator limitation)', async () => {
    const { values, formulas } = await roundTrip([[1, '', '=A1+1']]);
    expect(values).toEqual([[1, '', '#CALC!']]);
    expect(formulas).toEqual([[1, '', '=A1+1']]);
  });

  test('rule 2.2 a formula loaded with a cached result reads that result', async () => {
    const wb = createWorkbook();
    wb.setFormula('Sheet1', 'A1', '=1+1', 2);
    const v = await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values, formulas');
      await ctx.sync();
      return [r.values, r.formulas];
    });
    expect(v).toEqual([[[2]], [['=1+1']]]);
  });

  test('rule 2.3 error cells read as the error string; valueTypes', async () => {
    const { values, valueTypes } = await roundTrip([['#N/A', 1, 1.5, true, 'x', '']]);
    expect(values).toEqual([['#N/A', 1, 1.5, true, 'x', '']]);
    expect(valueTypes).toEqual([['Error', 'Integer', 'Double', 'Boolean', 'String', 'Empty']]);
  });

  test('rule 2.4 dates are serials (2000-01-01 → 36526); numberFormat sets display', async () => {
    const { values, text } = await roundTrip([[36526]], [['dd/mm/yyyy']]);
    expect(values).toEqual([[36526]]);
    expect(text).toEqual([['01/01/2000']]);
  });

  test('rule 2.4 the 1904 date system is exposed only through workbook.use1904DateSystem', async () => {
    const wb = createWorkbook({ date1904: true });
    const flag = await wb.run(async (ctx) => {
      // BETA in the typings
      const book = ctx.workbook as Excel.Workbook & { use1904DateSystem: boolean };
      book.load('use1904DateSystem');
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['2000-01-01']];
      await ctx.sync();
      return book.use1904DateSystem;
    });
    expect(flag).toBe(true);
    expect(wb.cell('Sheet1', 'A1').value).toBe(36526 - 1462);
    expect(wb.cell('Sheet1', 'A1').text).toBe('2000-01-01');
  });

  test('rule 2.5 null leaves cells unchanged (values, numberFormat, formulas); "" clears; numberFormat "" → General', async () => {
    const wb = createWorkbook();
    wb.setCells('Sheet1', 'A1', [[1, 2, 3]], { numberFormat: '0.00' });
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      r.values = [[null, '', 9]] as never;
      r.numberFormat = [[null, '', '0%']] as never;
      r.formulas = [[null, null, '=1']] as never;
    });
    expect(wb.values('Sheet1', 'A1:C1')).toEqual([[1, '', '#CALC!']]);
    expect(['A1', 'B1', 'C1'].map((a) => wb.cell('Sheet1', a).numberFormat)).toEqual(['0.00', 'General', '0%']);
  });

  test('rule 2.8 one numberFormat for a tall range reaches every row and only that range; "" → General', async () => {
    const wb = createWorkbook();
    wb.setCells('Sheet1', 'A1', [[1, 2], [3, 4]], { numberFormat: '0.00' });
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRangeByIndexes(1, 0, 200_000, 1).numberFormat = '#,##0 "€"' as never;
      ws.getRange('B1:B2').numberFormat = '' as never;
    });
    expect(wb.cell('Sheet1', 'A1').numberFormat).toBe('0.00');
    expect(wb.cell('Sheet1', 'A2').numberFormat).toBe('#,##0 "€"');
    expect(wb.cell('Sheet1', 200_000, 0).numberFormat).toBe('#,##0 "€"');
    expect(wb.cell('Sheet1', 200_001, 0).numberFormat).toBe('General');
    expect(wb.cell('Sheet1', 'A2').text).toBe('3 €');
    expect(['B1', 'B2'].map((a) => wb.cell('Sheet1', a).numberFormat)).toEqual(['General', 'General']);
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('C1:C3').numberFormat = 7 as never;
    });
    expect(e.code).toBe('InvalidArgument');
  });

  test('rule 2.5 a numberFormat array repeating formats sets each cell its own', async () => {
    const wb = createWorkbook();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B3').numberFormat = [
        ['0%', '0%'],
        ['0%', '@'],
        [null, '0.0'],
      ] as never;
    });
    expect(['A1', 'B1', 'A2', 'B2', 'A3', 'B3'].map((a) => wb.cell('Sheet1', a).numberFormat)).toEqual([
      '0%', '0%', '0%', '@', 'General', '0.0',
    ]);
  });

  test('rule 2.5 values = null is invalid', async () => {
    const wb = createWorkbook();
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = null as never;
    });
    expect(e.code).toBe('InvalidArgument');
  });

  test('rule 2.5 mixed formats read null', async () => {
    const wb = createWorkbook();
    const v = await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').format.font.bold = true;
      const mixed = ws.getRange('A1:A2').format.font.load('bold');
      const same = ws.getRange('A2:A3').format.font.load('bold');
      await ctx.sync();
      return [mixed.bold, same.bold];
    });
    expect(v).toEqual([null, false]);
  });

  test('rule 2.6 strings starting "=", and "+"/"-" with formula-like text, become formulas; signed numbers stay numbers', async () => {
    const { formulas, values } = await roundTrip([['=SUM(1,2)', '+A1', '-abc', '-5', '+5', '-', '- 3']]);
    expect(formulas).toEqual([['=SUM(1,2)', '=+A1', '=-abc', -5, 5, '-', '=- 3']]);
    // SUM of numbers is evaluated (formula.ts); the rest is not (#CALC!)
    expect(values[0].slice(0, 3)).toEqual([3, '#CALC!', '#CALC!']);
  });

  test('rule 2.6 ISO dates become date serials, locale-shaped dates stay text; numeric text becomes numbers', async () => {
    const { values, numberFormat } = await roundTrip([['2024-01-15', '15/01/2024', '00123', '1.5', 'TRUE', '12%']]);
    expect(values).toEqual([[45306, '15/01/2024', 123, 1.5, true, 0.12]]);
    expect(numberFormat[0][0]).toBe('yyyy-mm-dd');
    expect(numberFormat[0][5]).toBe('0%');
  });

  test('rule 2.6 [ASSUMPTION] a leading apostrophe stores text without it', async () => {
    const { values } = await roundTrip([["'=A1", "'00123", "'"]]);
    expect(values).toEqual([['=A1', '00123', '']]);
  });

  test('rule 2.11 [ASSUMPTION] with numberFormat "@", numeric strings and "=" text stay text', async () => {
    const { values, valueTypes, formulas } = await roundTrip([['00123', '=A1', '2024-01-15']], [['@', '@', '@']]);
    expect(values).toEqual([['00123', '=A1', '2024-01-15']]);
    expect(formulas).toEqual([['00123', '=A1', '2024-01-15']]);
    expect(valueTypes).toEqual([['String', 'String', 'String']]);
  });

  test('rule 2.7 shape mismatch → InvalidArgument with Excel’s debugInfo message at Range.values', async () => {
    const wb = createWorkbook();
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2], [3]];
    });
    expect(e.code).toBe('InvalidArgument');
    expect(e.message).toBe('The argument is invalid or missing or has an incorrect format.');
    expect(e.debugInfo.message).toBe("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    expect(e.debugInfo.errorLocation).toBe('Range.values');
    const e2 = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1, 2]];
    });
    expect(e2.code).toBe('InvalidArgument');
  });

  test('rule 2.8 [ASSUMPTION] a scalar written to a multi-cell range fills every cell', async () => {
    const wb = createWorkbook();
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      r.values = 4 as never;
      r.numberFormat = '0.00%' as never;
    });
    expect(wb.values('Sheet1', 'A1:B2')).toEqual([[4, 4], [4, 4]]);
    expect(wb.cell('Sheet1', 'B2').numberFormat).toBe('0.00%');
  });

  test('rule 2.9 text is the displayed string, width-independent', async () => {
    const { text } = await roundTrip([[1234567.891, 0.256, true]], [['#,##0.00', '0.0%', 'General']]);
    expect(text).toEqual([['1,234,567.89', '25.6%', 'TRUE']]);
  });

  test('rule 2.10 unbounded ranges read cell-level properties as null; writing them errors', async () => {
    const wb = createWorkbook();
    wb.setCells('Sheet1', 'A1', [[1]]);
    const got = await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A:B').load('values, numberFormat, address');
      const whole = ctx.workbook.worksheets.getItem('Sheet1').getRange().load('values, address');
      await ctx.sync();
      return [r.values, r.numberFormat, r.address, whole.values, whole.address];
    });
    expect(got).toEqual([null, null, 'Sheet1!A:B', null, 'Sheet1!1:1048576']);
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('2:2').values = [[1]];
    });
    expect(e.code).toBe('InvalidArgument');
  });

  test('clear(): contents keep formats, formats keep contents, all removes both', async () => {
    const wb = createWorkbook();
    wb.setCells('Sheet1', 'A1', [[1, 2, 3]], { numberFormat: '0.00' });
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').clear('Contents');
      ws.getRange('B1').clear('Formats');
      ws.getRange('C1').clear();
    });
    expect(['A1', 'B1', 'C1'].map((a) => [wb.cell('Sheet1', a).value, wb.cell('Sheet1', a).numberFormat])).toEqual([
      ['', '0.00'],
      [2, 'General'],
      ['', 'General'],
    ]);
  });

  test('formats: fill, font, alignment, wrap, column width, autofit', async () => {
    const wb = createWorkbook();
    wb.setCells('Sheet1', 'A1', [['Cliente con nombre largo'], ['x']]);
    const w = await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const f = ws.getRange('A1:B1').format;
      f.fill.color = 'yellow';
      f.font.bold = true;
      f.font.italic = true;
      f.font.color = '#0000ff';
      f.horizontalAlignment = 'Center';
      f.wrapText = true;
      ws.getRange('B:B').format.columnWidth = 100;
      ws.getRange('A:A').format.autofitColumns();
      const bad = ws.getRange('C1').format;
      const widths = ws.getRange('A1:B1').format.load('columnWidth');
      const b = ws.getRange('B1').format.load('columnWidth');
      await ctx.sync();
      void bad;
      return [widths.columnWidth, b.columnWidth];
    });
    expect(w[0]).toBeNull();
    expect(w[1]).toBe(100);
    expect(wb.cell('Sheet1', 'B1').format).toEqual({ fill: '#FFFF00', bold: true, italic: true, color: '#0000FF', horizontalAlignment: 'Center', wrapText: true });
    expect(wb.columnWidth('Sheet1', 'A')).toBeGreaterThan(48 * 2);
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').format.horizontalAlignment = 'Middle' as never;
    });
    expect(e.code).toBe('InvalidArgument');
  });
});
