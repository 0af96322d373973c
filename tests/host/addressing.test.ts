import { createWorkbook } from '../../src/host';
import { syncError } from './helpers';

async function addr(wb: ReturnType<typeof createWorkbook>, f: (ws: Excel.Worksheet) => Excel.Range, sheet = 'Sheet1') {
  return wb.run(async (ctx) => {
    const r = f(ctx.workbook.worksheets.getItem(sheet)).load('address, rowIndex, columnIndex, rowCount, columnCount');
    await ctx.sync();
    return [r.address, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount];
  });
}

describe('host rules §3 addressing', () => {
  test('rule 3.1 address includes the sheet', async () => {
    const wb = createWorkbook();
    expect(await addr(wb, (ws) => ws.getRange('A1:B4'))).toEqual(['Sheet1!A1:B4', 0, 0, 4, 2]);
  });

  test("rule 3.2 [ASSUMPTION] sheet names with spaces/special characters are quoted, apostrophes doubled", async () => {
    const wb = createWorkbook({ sheets: ["Bob's Region", 'Año', 'A1'] });
    expect((await addr(wb, (ws) => ws.getRange('F6'), "Bob's Region"))[0]).toBe("'Bob''s Region'!F6");
    expect((await addr(wb, (ws) => ws.getRange('F6'), 'Año'))[0]).toBe('Año!F6');
    expect((await addr(wb, (ws) => ws.getRange('F6'), 'A1'))[0]).toBe("'A1'!F6");
  });

  test('rule 3.3 getRange: A1 address, sheet-prefixed, none → whole sheet, >8192 chars → InvalidArgument', async () => {
    const wb = createWorkbook({ sheets: ['My sheet'] });
    expect((await addr(wb, (ws) => ws.getRange("'My sheet'!$B$2:c3"), 'My sheet'))[0]).toBe("'My sheet'!B2:C3");
    expect((await addr(wb, (ws) => ws.getRange(), 'My sheet'))[0]).toBe("'My sheet'!1:1048576");
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('My sheet').getRange('A1,'.repeat(3000)).load('address');
    });
    expect(e.code).toBe('InvalidArgument');
    const e2 = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('My sheet').getRange('ZZZZ1').load('address');
    });
    expect(e2.code).toBe('InvalidArgument');
  });

  test('rule 3.4 getCell relative (may exceed the range), getRangeByIndexes, getOffsetRange, getResizedRange', async () => {
    const wb = createWorkbook();
    expect(await addr(wb, (ws) => ws.getRange('B2:C3').getCell(5, 1))).toEqual(['Sheet1!C7', 6, 2, 1, 1]);
    expect(await addr(wb, (ws) => ws.getRangeByIndexes(1, 1, 3, 2))).toEqual(['Sheet1!B2:C4', 1, 1, 3, 2]);
    expect((await addr(wb, (ws) => ws.getRange('B2:C3').getOffsetRange(1, 2)))[0]).toBe('Sheet1!D3:E4');
    expect((await addr(wb, (ws) => ws.getRange('B2:C3').getResizedRange(2, -1)))[0]).toBe('Sheet1!B2:B5');
    expect((await addr(wb, (ws) => ws.getRange('B2:C3').getLastRow()))[0]).toBe('Sheet1!B3:C3');
    expect((await addr(wb, (ws) => ws.getRange('B2:C3').getRowsBelow(2)))[0]).toBe('Sheet1!B4:C5');
    expect((await addr(wb, (ws) => ws.getRange('B2:C3').getEntireColumn()))[0]).toBe('Sheet1!B:C');
    expect((await addr(wb, (ws) => ws.getRange('B2:C3').getBoundingRect('E5')))[0]).toBe('Sheet1!B2:E5');
    for (const f of [
      (ws: Excel.Worksheet) => ws.getRange('A1').getOffsetRange(-1, 0),
      (ws: Excel.Worksheet) => ws.getRange('A1').getCell(1048576, 0),
      (ws: Excel.Worksheet) => ws.getRange('B2').getResizedRange(-2, 0),
    ]) {
      const e = await syncError(wb, async (ctx) => {
        f(ctx.workbook.worksheets.getItem('Sheet1')).load('address');
      });
      expect(e.code).toBe('InvalidArgument');
    }
  });

  test('rule 3.4 cellCount is −1 above 2^31−1', async () => {
    const wb = createWorkbook();
    const n = await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const big = ws.getRange('A:XFD').load('cellCount');
      const small = ws.getRange('A1:C4').load('cellCount');
      await ctx.sync();
      return [big.cellCount, small.cellCount];
    });
    expect(n).toEqual([-1, 12]);
  });

  test('rule 3.5 used range: blank sheet → A1; Range.getUsedRange with nothing → ItemNotFound; OrNullObject → null object', async () => {
    const wb = createWorkbook();
    expect((await addr(wb, (ws) => ws.getUsedRange()))[0]).toBe('Sheet1!A1');
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C3').getUsedRange().load('address');
    });
    expect(e.code).toBe('ItemNotFound');
    const isNull = await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject();
      await ctx.sync();
      return r.isNullObject;
    });
    expect(isNull).toBe(true);
    wb.setCells('Sheet1', 'C3', [[1, null, 2], [null, 'x', null]]);
    wb.setNumberFormat('Sheet1', 'H10', '0.00');
    expect((await addr(wb, (ws) => ws.getUsedRange(true)))[0]).toBe('Sheet1!C3:E4');
    expect((await addr(wb, (ws) => ws.getUsedRange()))[0]).toBe('Sheet1!C3:H10');
  });

  test('rule 3.6 grid is A1:XFD1048576', async () => {
    const wb = createWorkbook();
    expect((await addr(wb, (ws) => ws.getRange('XFD1048576')))[0]).toBe('Sheet1!XFD1048576');
    for (const a of ['XFE1', 'A1048577']) {
      const e = await syncError(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange(a).load('address');
      });
      expect(e.code).toBe('InvalidArgument');
    }
  });
});
