import fc from 'fast-check';
import { compareVersions, createWorkbook, installGlobalExcel, OfficeExtensionError } from '../../src/host';
import { jsonSize } from '../../src/host/proxy';
import { formatValue } from '../../src/host/numberFormat';

describe('globals, error codes, requirement sets', () => {
  test('installGlobalExcel: Excel.run, enums (ChartType, ErrorCodes), OfficeExtension.Error; uninstall restores', async () => {
    const wb = createWorkbook();
    const g = globalThis as unknown as { Excel?: typeof Excel; OfficeExtension?: typeof OfficeExtension };
    expect(g.Excel).toBeUndefined();
    const uninstall = installGlobalExcel(wb);
    try {
      expect(Excel.ChartType.columnClustered).toBe('ColumnClustered');
      expect(Excel.ChartType.pareto).toBe('Pareto');
      expect(Excel.ErrorCodes.itemNotFound).toBe('ItemNotFound');
      expect(Excel.ConditionalFormatType.colorScale).toBe('ColorScale');
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        await ctx.sync();
      });
      expect(wb.cell('Sheet1', 'A1').value).toBe(1);
      const err = await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('x').load('name');
        await ctx.sync();
      }).catch((e) => e);
      expect(err).toBeInstanceOf(OfficeExtension.Error);
      expect(err.code).toBe(Excel.ErrorCodes.itemNotFound);
    } finally {
      uninstall();
    }
    expect(g.Excel).toBeUndefined();
  });

  test('rule 11 error codes are stable strings on OfficeExtensionError', () => {
    const e = new OfficeExtensionError('InvalidArgument');
    expect([e.name, e.code, e.message, e.debugInfo.code]).toEqual([
      'RichApi.Error',
      'InvalidArgument',
      'The argument is invalid or missing or has an incorrect format.',
      'InvalidArgument',
    ]);
  });

  test('rule 12 requirement sets compare as dotted versions (1.10 > 1.9); the host claims ExcelApi ≤ 1.16', async () => {
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('1.1', '1.10')).toBe(-1);
    const uninstall = installGlobalExcel(createWorkbook());
    try {
      const req = Office.context.requirements;
      expect([req.isSetSupported('ExcelApi', '1.7'), req.isSetSupported('ExcelApi', '1.16'), req.isSetSupported('ExcelApi', '1.17'), req.isSetSupported('WordApi', '1.1')]).toEqual([
        true,
        true,
        false,
        false,
      ]);
    } finally {
      uninstall();
    }
  });

  test('payload size = UTF-8 bytes of the JSON (property)', () => {
    const cell = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.string({ unit: 'binary' }), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }), (v) => {
        expect(jsonSize(v)).toBe(Buffer.byteLength(JSON.stringify(v)));
      }),
      { numRuns: 300 },
    );
  });

  test('Range.text renderer: common formats', () => {
    expect(formatValue(45306, 'dd/mm/yyyy')).toBe('15/01/2024');
    expect(formatValue(45306.75, 'yyyy-mm-dd hh:mm')).toBe('2024-01-15 18:00');
    expect(formatValue(1234.5, '#,##0.00 "€"')).toBe('1,234.50 €');
    expect(formatValue(-1234.5, '#,##0;(#,##0)')).toBe('(1,235)');
    expect(formatValue(0.875, '0%')).toBe('88%');
    expect(formatValue(2 / 3, 'General')).toBe('0.666666667');
    expect(formatValue('texto', '0.00')).toBe('texto');
  });
});
