import { createWorkbook } from '../../src/host';
import { syncError } from './helpers';

describe('host rules §9 limits and performance', () => {
  test('rule 9.1 request over 5 MB → RequestPayloadSizeLimitExceeded, nothing applied', async () => {
    const wb = createWorkbook();
    const rows = Array.from({ length: 100_000 }, (_, i) => ['cliente-' + i, 'abcdefghij', 'abcdefghij', 12345.67, 'abcdefghij', 'abcdefghij']);
    const e = await syncError(wb, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('H1').values = [['before']];
      ws.getRange('A1:F100000').values = rows;
    });
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(wb.cell('Sheet1', 'H1').value).toBe('');
    expect(wb.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
    // the same data in blocks of 40,000 rows fits
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      for (let r = 0; r < rows.length; r += 40_000) {
        ws.getRangeByIndexes(r, 0, Math.min(40_000, rows.length - r), 6).values = rows.slice(r, r + 40_000);
        await ctx.sync();
      }
    });
    expect(wb.cell('Sheet1', 99_999, 0).value).toBe('cliente-99999');
  }, 240_000);

  test('rule 9.1 response over the cap → ResponsePayloadSizeLimitExceeded, loads not delivered (limit lowered via options)', async () => {
    const wb = createWorkbook({ limits: { maxResponseBytes: 1000 } });
    wb.setCells('Sheet1', 'A1', Array.from({ length: 200 }, (_, i) => [i, 'texto ' + i]));
    let range: Excel.Range | undefined;
    const e = await syncError(wb, async (ctx) => {
      range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B200').load('values');
      await ctx.sync();
    });
    expect(e.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(() => (range as Excel.Range).values).toThrow(/not available/);
    const ok = await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B20').load('values');
      await ctx.sync();
      return r.values.length;
    });
    expect(ok).toBe(20);
  });

  test('response bytes are the JSON size of the returned values', async () => {
    const wb = createWorkbook();
    wb.setCells('Sheet1', 'A1', [[1, 'añ"o']]);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').load('values');
    });
    // {"values":[[1,"añ\"o"]]} → 2 + 8 + 1 + 2+2+1+ (1+2+1+1+1+2)
    expect(wb.stats.totalResponseBytes).toBe(2 + JSON.stringify('values').length + 1 + Buffer.byteLength(JSON.stringify([[1, 'añ"o']])));
  });

  test('rule 9.2 reads over 5,000,000 cells → RangeExceedsLimit', async () => {
    const wb = createWorkbook();
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:E1000001').load('values');
    });
    expect(e.code).toBe('RangeExceedsLimit');
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:E1000000').load('address');
    });
  });

  test('rule 9.2 web: operations over 33,554,000 cells → OperationCellsExceedLimit', async () => {
    const wb = createWorkbook();
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:AH1000000').format.font.bold = true;
    });
    expect(e.code).toBe('OperationCellsExceedLimit');
  });

  test('rule 9.4 suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync are accepted; calculationMode stays Automatic', async () => {
    const wb = createWorkbook();
    const mode = await wb.run(async (ctx) => {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      ctx.workbook.application.load('calculationMode');
      await ctx.sync();
      return ctx.workbook.application.calculationMode;
    });
    expect(mode).toBe('Automatic');
  });

  test('stats count syncs, requests, commands, cells read and written; resetStats', async () => {
    const wb = createWorkbook();
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B3');
      r.values = [[1, 2], [3, 4], [5, 6]];
      await ctx.sync();
      await ctx.sync(); // empty: no request
      r.load('values, numberFormat');
    });
    expect(wb.stats).toMatchObject({ syncs: 3, requests: 2, commands: 2, cellsWritten: 6, cellsRead: 12 });
    wb.resetStats();
    expect(wb.stats.syncs).toBe(0);
  });
});
