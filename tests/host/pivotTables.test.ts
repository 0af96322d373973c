import { createWorkbook } from '../../src/host';
import { syncError } from './helpers';

function clients() {
  const wb = createWorkbook({ sheets: ['Clientes', 'Pivot'] });
  wb.setCells('Clientes', 'A1', [
    ['Cliente', 'Clase', 'Vendedor', 'Ventas'],
    ['C1', 'A', 'Ana', 100],
    ['C2', 'B', 'Luis', 50],
    ['C3', 'A', 'Luis', 70],
  ]);
  return wb;
}

describe('host rules §13 PivotTables (ExcelApi 1.8)', () => {
  test('rule 13.1–13.3 add over a table, rows/columns/data hierarchies by header name, summarizeBy; the source table is followed through a rename', async () => {
    const wb = clients();
    await wb.run(async (ctx) => {
      const t = ctx.workbook.tables.add('Clientes!A1:D4', true);
      t.name = 'TablaClientes_new';
      const ws = ctx.workbook.worksheets.getItem('Pivot');
      const pt = ws.pivotTables.add('Cartera', t, ws.getRange('A3'));
      pt.rowHierarchies.add(pt.hierarchies.getItem('Clase'));
      pt.columnHierarchies.add(pt.hierarchies.getItem('Vendedor'));
      const sum = pt.dataHierarchies.add(pt.hierarchies.getItem('Ventas'));
      sum.name = 'Ventas';
      const count = pt.dataHierarchies.add(pt.hierarchies.getItem('Cliente'));
      count.summarizeBy = 'Count';
      await ctx.sync();
      t.name = 'TablaClientes';
      pt.refresh();
    });
    expect(wb.pivotTables()).toEqual([
      {
        name: 'Cartera',
        sheet: 'Pivot',
        source: { table: 'TablaClientes' },
        destination: 'Pivot!A3',
        rows: ['Clase'],
        columns: ['Vendedor'],
        filters: [],
        data: [
          { field: 'Ventas', name: 'Ventas', summarizeBy: 'Sum', numberFormat: 'General' },
          { field: 'Cliente', name: 'Count of Cliente', summarizeBy: 'Count', numberFormat: 'General' },
        ],
        refreshCount: 1,
      },
    ]);
    const names = await wb.run(async (ctx) => {
      const all = ctx.workbook.pivotTables.load('items/name');
      const rows = ctx.workbook.worksheets.getItem('Pivot').pivotTables.getItem('cartera').rowHierarchies.load('items/name');
      await ctx.sync();
      return [all.items.map((p) => p.name), rows.items.map((h) => h.name)];
    });
    expect(names).toEqual([['Cartera'], ['Clase']]);
  });

  test('rule 13 refusals: unknown hierarchy, a hierarchy on two axes, a duplicate name on the sheet, a destination inside a table, a bad aggregation', async () => {
    const setup = async (ctx: Excel.RequestContext) => {
      const t = ctx.workbook.tables.add('Clientes!A1:D4', true);
      const ws = ctx.workbook.worksheets.getItem('Pivot');
      return { t, ws, pt: ws.pivotTables.add('P', t, ws.getRange('A1')) };
    };
    expect((await syncError(clients(), async (ctx) => void (await setup(ctx)).pt.hierarchies.getItem('Nada').load('name'))).code).toBe('ItemNotFound');
    expect(
      (await syncError(clients(), async (ctx) => {
        const { pt } = await setup(ctx);
        pt.rowHierarchies.add(pt.hierarchies.getItem('Clase'));
        pt.columnHierarchies.add(pt.hierarchies.getItem('Clase'));
      })).code,
    ).toBe('InvalidArgument');
    expect((await syncError(clients(), async (ctx) => void (await setup(ctx)).ws.pivotTables.add('p', 'Clientes!A1:D4', 'Pivot!H1'))).code).toBe('InvalidArgument');
    expect(
      (await syncError(clients(), async (ctx) => {
        const { t } = await setup(ctx);
        ctx.workbook.worksheets.getItem('Clientes').pivotTables.add('Q', t, 'Clientes!B2');
      })).code,
    ).toBe('PivotTableRangeConflict');
    expect(
      (await syncError(clients(), async (ctx) => {
        const { pt } = await setup(ctx);
        pt.dataHierarchies.add(pt.hierarchies.getItem('Ventas')).summarizeBy = 'Median' as never;
      })).code,
    ).toBe('InvalidArgument');
  });

  test('rule 13.4 deleting the sheet deletes its PivotTables; a range source works; refresh after the source table is gone → InvalidReference', async () => {
    const wb2 = clients();
    await wb2.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Pivot');
      ws.pivotTables.add('R', ctx.workbook.worksheets.getItem('Clientes').getRange('A1:D4'), ws.getRange('A1'));
      const t = ctx.workbook.tables.add('Clientes!F1:G2', true);
      t.name = 'Otra';
      ws.pivotTables.add('S', t, ws.getRange('J1'));
    });
    expect(wb2.pivotTables().map((p) => p.source)).toEqual([{ range: 'Clientes!A1:D4' }, { table: 'Otra' }]);
    const e = await syncError(wb2, async (ctx) => {
      ctx.workbook.tables.getItem('Otra').delete();
      ctx.workbook.worksheets.getItem('Pivot').pivotTables.getItem('S').refresh();
    });
    expect(e.code).toBe('InvalidReference');
    await wb2.run(async (ctx) => void ctx.workbook.worksheets.getItem('Pivot').delete());
    expect(wb2.pivotTables()).toEqual([]);
  });
});

describe('host rules §15 slicers (ExcelApi 1.10)', () => {
  test('rule 15.1 slicers.add over a PivotTable field, named after it (" 1" when taken), placed in points; an unknown field is refused; they go with their sheet', async () => {
    const wb = clients();
    await wb.run(async (ctx) => {
      const t = ctx.workbook.tables.add('Clientes!A1:D4', true);
      t.name = 'T';
      const ws = ctx.workbook.worksheets.getItem('Pivot');
      const pt = ws.pivotTables.add('P', t, ws.getRange('A3'));
      const a = ctx.workbook.slicers.add(pt, 'Clase', ws);
      a.left = 400;
      a.top = 45;
      ctx.workbook.slicers.add(t, 'clase');
    });
    expect(wb.slicers().map((x) => [x.name, x.sheet, x.source, x.field, x.left, x.top])).toEqual([
      ['Clase', 'Pivot', { pivot: 'P' }, 'Clase', 400, 45],
      ['Clase 1', 'Clientes', { table: 'T' }, 'Clase', 0, 0],
    ]);
    expect((await syncError(wb, async (ctx) => void ctx.workbook.slicers.add('T', 'Nada'))).code).toBe('InvalidArgument');
    await wb.run(async (ctx) => void ctx.workbook.worksheets.getItem('Pivot').delete());
    expect(wb.slicers().map((x) => x.name)).toEqual(['Clase 1']);
  });
});
