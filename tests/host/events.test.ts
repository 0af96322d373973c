import { createWorkbook } from '../../src/host';

describe('host rules §10 events', () => {
  test('rule 10.1 onX.add returns an EventHandlerResult; registration takes effect at sync', async () => {
    const wb = createWorkbook();
    const seen: unknown[] = [];
    await wb.run(async (ctx) => {
      const result = ctx.workbook.worksheets.getItem('Sheet1').onSelectionChanged.add(async (e) => void seen.push(e));
      expect(result.context).toBe(ctx);
      wb.select('Sheet1', 'B2');
      await wb.flushEvents();
      expect(seen).toHaveLength(0);
      await ctx.sync();
    });
    wb.select('Sheet1', 'C3:D4');
    await wb.flushEvents();
    expect(seen).toHaveLength(1);
  });

  test('rule 10.2 args: workbook → {workbook}; worksheet(s) → {address without sheet, type, worksheetId}', async () => {
    const wb = createWorkbook({ sheets: ['Datos', 'Otra'] });
    const got: Record<string, unknown>[] = [];
    await wb.run(async (ctx) => {
      ctx.workbook.onSelectionChanged.add(async (e) => void got.push({ wb: Object.keys(e) }));
      ctx.workbook.worksheets.onSelectionChanged.add(async (e) => void got.push({ sheets: e }));
      ctx.workbook.worksheets.getItem('Datos').onSelectionChanged.add(async (e) => void got.push({ sheet: e }));
    });
    const id = wb.sheets()[0].id;
    wb.select('Datos', 'B2:C3');
    wb.select('Otra', 'A1');
    await wb.flushEvents();
    expect(got).toEqual([
      { wb: ['workbook'] },
      { sheets: { address: 'B2:C3', type: 'WorksheetSelectionChanged', worksheetId: id } },
      { sheet: { address: 'B2:C3', type: 'WorksheetSelectionChanged', worksheetId: id } },
      { wb: ['workbook'] },
      { sheets: { address: 'A1', type: 'WorksheetSelectionChanged', worksheetId: wb.sheets()[1].id } },
    ]);
    expect(wb.selection()).toEqual({ sheet: 'Otra', address: 'A1' });
    const sel = await wb.run(async (ctx) => {
      const r = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      return r.address;
    });
    expect(sel).toBe('Otra!A1');
  });

  test('rule 10.3 result.remove() inside run(result.context, …) unregisters', async () => {
    const wb = createWorkbook();
    let n = 0;
    const result = await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').onSelectionChanged.add(async () => void n++);
      await ctx.sync();
      return r;
    });
    wb.select('Sheet1', 'A2');
    await wb.flushEvents();
    await wb.run(result.context, async (ctx) => {
      result.remove();
      await ctx.sync();
    });
    wb.select('Sheet1', 'A3');
    await wb.flushEvents();
    expect(n).toBe(1);
  });

  test('rule 10.4 add-in writes fire onChanged (source Local, ThisLocalAddin); runtime.enableEvents=false silences', async () => {
    const wb = createWorkbook();
    const got: Excel.WorksheetChangedEventArgs[] = [];
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').onChanged.add(async (e) => void got.push(e));
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:C2').values = [[1, 2]];
      await ctx.sync();
      (ctx as unknown as { runtime: Excel.Runtime }).runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A9').values = [[1]];
      await ctx.sync();
      (ctx as unknown as { runtime: Excel.Runtime }).runtime.enableEvents = true;
    });
    wb.edit('Sheet1', 'D4', [['typed']]);
    await wb.flushEvents();
    expect(got.map((e) => [e.address, e.changeType, e.source, e.triggerSource])).toEqual([
      ['B2:C2', 'RangeEdited', 'Local', 'ThisLocalAddin'],
      ['D4', 'RangeEdited', 'Local', 'Unknown'],
    ]);
  });

  test('onModelChanged fires after runs and model-side changes', async () => {
    const wb = createWorkbook();
    let n = 0;
    const off = wb.onModelChanged(() => void n++);
    wb.setCells('Sheet1', 'A1', [[1]]);
    await wb.run(async (ctx) => void (ctx.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [[2]]));
    off();
    wb.setCells('Sheet1', 'A3', [[3]]);
    expect(n).toBe(2);
  });
});
