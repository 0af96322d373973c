import { createWorkbook } from '../../src/host';
import { syncError } from './helpers';

function withData() {
  const wb = createWorkbook({ sheets: ['Datos', 'Otra'] });
  wb.setCells('Datos', 'A1', [
    ['Cliente', 'Importe'],
    ['C1', 10],
    ['C2', 20],
  ]);
  return wb;
}

describe('host rules §5 tables', () => {
  test('rule 5.1 tables.add(address|Range, true); header, body and whole ranges', async () => {
    const wb = withData();
    const got = await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Datos');
      const t = ws.tables.add(ws.getRange('A1:B3'), true);
      const h = t.getHeaderRowRange().load('values');
      const b = t.getDataBodyRange().load('address');
      t.load('name, style');
      await ctx.sync();
      return [t.name, t.style, h.values, b.address];
    });
    expect(got).toEqual(['Table1', 'TableStyleMedium2', [['Cliente', 'Importe']], 'Datos!A2:B3']);
  });

  test('rule 5.1 an address with no sheet goes to the active sheet (workbook.tables)', async () => {
    const wb = withData();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Otra').activate();
      ctx.workbook.tables.add('D1:E3', true);
    });
    expect(wb.tables()[0].sheet).toBe('Otra');
  });

  test('rule 5.1 hasHeaders:false → generated headers, data shifted down a row', async () => {
    const wb = withData();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Datos').tables.add('A2:B3', false);
    });
    expect(wb.tables()[0]).toMatchObject({ address: 'Datos!A2:B4', headers: ['Column1', 'Column2'] });
    expect(wb.values('Datos', 'A1:B4')).toEqual([
      ['Cliente', 'Importe'],
      ['Column1', 'Column2'],
      ['C1', 10],
      ['C2', 20],
    ]);
  });

  test('rule 5.2 overlapping a table → InvalidArgument', async () => {
    const wb = withData();
    await wb.run(async (ctx) => void ctx.workbook.worksheets.getItem('Datos').tables.add('A1:B3', true));
    const e = await syncError(wb, async (ctx) => void ctx.workbook.worksheets.getItem('Datos').tables.add('B3:C5', true));
    expect(e.code).toBe('InvalidArgument');
    expect(e.debugInfo.message).toMatch(/overlap/);
  });

  test('rule 5.3 names are workbook-unique (InvalidArgument), set after add', async () => {
    const wb = withData();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Datos').tables.add('A1:B3', true).name = 'Ventas';
    });
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Otra').tables.add('A1:B3', true).name = 'VENTAS';
    });
    expect(e.code).toBe('InvalidArgument');
    expect((await syncError(wb, async (ctx) => void (ctx.workbook.tables.getItem('Ventas').name = 'A1'))).code).toBe('InvalidArgument');
    // the failed rename leaves the added table under its generated name ([ASSUMPTION] rule 1.10)
    expect(wb.tables().map((t) => t.name)).toEqual(['Ventas', 'Table1']);
  });

  test('rule 5.4 rows.add appends (null index), inserts at an index, multi-row; values must match the width', async () => {
    const wb = withData();
    wb.setCells('Datos', 'A6', [['below']]);
    await wb.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem('Datos').tables.add('A1:B3', true);
      t.rows.add(undefined, [['C3', 30], ['C4', 40]]);
      t.rows.add(0, [['C0', 0]]);
    });
    expect(wb.values('Datos', 'A1:B9')).toEqual([
      ['Cliente', 'Importe'], ['C0', 0], ['C1', 10], ['C2', 20], ['C3', 30], ['C4', 40], ['', ''], ['', ''], ['below', ''],
    ]);
    expect(wb.tables()[0].address).toBe('Datos!A1:B6');
    const e = await syncError(wb, async (ctx) => void ctx.workbook.tables.getItem('Table1').rows.add(undefined, [['x']]));
    expect(e.code).toBe('InvalidArgument');
  });

  test('rule 5.4 columns.add(index, values incl. header, name); getItem by name; count', async () => {
    const wb = withData();
    const got = await wb.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem('Datos').tables.add('A1:B3', true);
      t.columns.add(undefined, [['ABC'], ['A'], ['B']]);
      t.columns.add(1, undefined, 'Segmento');
      const c = t.columns.getItem('abc').load('index, values');
      t.columns.load('count');
      await ctx.sync();
      return [c.index, c.values, t.columns.count];
    });
    expect(got).toEqual([3, [['ABC'], ['A'], ['B']], 4]);
    expect(wb.tables()[0].headers).toEqual(['Cliente', 'Segmento', 'Importe', 'ABC']);
    expect(wb.values('Datos', 'A2:D2')).toEqual([['C1', '', 10, 'A']]);
  });

  test('rule 5.5 writing the rows right below a table extends it (bulk-write pattern)', async () => {
    const wb = withData();
    await wb.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem('Datos').tables.add('A1:B3', true);
      t.getRange().getRowsBelow(2).values = [['C3', 30], ['C4', 40]];
    });
    expect(wb.tables()[0].address).toBe('Datos!A1:B5');
  });

  test('rule 5.6 style names: Light1-21, Medium1-28, Dark1-11', async () => {
    const wb = withData();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Datos').tables.add('A1:B3', true).style = 'TableStyleLight21';
    });
    expect(wb.tables()[0].style).toBe('TableStyleLight21');
    for (const bad of ['TableStyleLight22', 'TableStyleDark12', 'Fancy']) {
      const e = await syncError(wb, async (ctx) => void (ctx.workbook.tables.getItem('Table1').style = bad));
      expect(e.code).toBe('InvalidArgument');
    }
  });

  test('rule 5.7 [ASSUMPTION] duplicate/blank headers become unique', async () => {
    const wb = createWorkbook();
    wb.setCells('Sheet1', 'A1', [['Importe', '', 'importe', 2024], [1, 2, 3, 4]]);
    await wb.run(async (ctx) => void ctx.workbook.worksheets.getItem('Sheet1').tables.add('A1:D2', true));
    expect(wb.tables()[0].headers).toEqual(['Importe', 'Column2', 'importe2', '2024']);
    expect(wb.cell('Sheet1', 'D1').value).toBe('2024');
  });

  test('table delete removes it; getItem then ItemNotFound; a header-only range gets one body row', async () => {
    const wb = createWorkbook();
    wb.setCells('Sheet1', 'A1', [['a', 'b']]);
    await wb.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem('Sheet1').tables.add('A1:B1', true);
      t.name = 'T';
    });
    expect(wb.tables()[0].address).toBe('Sheet1!A1:B2');
    await wb.run(async (ctx) => ctx.workbook.tables.getItem('T').delete());
    expect(wb.tables()).toEqual([]);
    expect((await syncError(wb, async (ctx) => void ctx.workbook.tables.getItem('T').load('name'))).code).toBe('ItemNotFound');
  });
});
