import { createWorkbook } from '../../src/host';
import { syncError } from './helpers';

describe('host rules §4 worksheets', () => {
  test('rule 4.1 add(name?) appends at the end, does not activate; unnamed gets a name', async () => {
    const wb = createWorkbook({ sheets: ['Datos'] });
    const names = await wb.run(async (ctx) => {
      const a = ctx.workbook.worksheets.add('Resumen');
      const b = ctx.workbook.worksheets.add();
      a.load('position');
      b.load('name, position');
      await ctx.sync();
      return [a.position, b.name, b.position];
    });
    expect(names).toEqual([1, 'Sheet3', 2]);
    expect(wb.activeSheet()).toBe('Datos');
    expect(wb.sheets().map((s) => s.name)).toEqual(['Datos', 'Resumen', 'Sheet3']);
  });

  test('rule 4.2 names under 32 characters', async () => {
    const wb = createWorkbook();
    expect((await syncError(wb, async (ctx) => void ctx.workbook.worksheets.add('x'.repeat(32)))).code).toBe('InvalidArgument');
    await wb.run(async (ctx) => void ctx.workbook.worksheets.add('x'.repeat(31)));
    expect(wb.sheets()).toHaveLength(2);
  });

  test('rule 4.2 [ASSUMPTION] no : \\ / ? * [ ], not blank → InvalidArgument; duplicates (any case) → ItemAlreadyExists', async () => {
    const wb = createWorkbook({ sheets: ['Ventas'] });
    for (const [i, bad] of ['a:b', 'a\\b', 'a/b', 'a?', 'a*', '[a]', '', '   '].entries()) {
      const e = await syncError(wb, async (ctx) => {
        ctx.workbook.worksheets.add(`tmp${i}`).name = bad;
      });
      expect([bad, e.code]).toEqual([bad, 'InvalidArgument']);
    }
    const dup = await syncError(wb, async (ctx) => void ctx.workbook.worksheets.add('VENTAS'));
    expect(dup.code).toBe('ItemAlreadyExists');
    expect(dup.message).toBe('A resource with the same name or identifier already exists.');
  });

  test('rule 4.3 missing sheet → ItemNotFound; getNext/getPrevious throw at the ends, *OrNullObject give null objects', async () => {
    const wb = createWorkbook({ sheets: ['A', 'B'] });
    const got = await wb.run(async (ctx) => {
      const next = ctx.workbook.worksheets.getItem('A').getNext().load('name');
      const none = ctx.workbook.worksheets.getItem('B').getNextOrNullObject();
      await ctx.sync();
      return [next.name, none.isNullObject];
    });
    expect(got).toEqual(['B', true]);
    expect((await syncError(wb, async (ctx) => void ctx.workbook.worksheets.getItem('A').getPrevious().load('name'))).code).toBe('ItemNotFound');
    expect((await syncError(wb, async (ctx) => ctx.workbook.worksheets.getItem('Z').activate())).code).toBe('ItemNotFound');
  });

  test('rule 4.4 deleting the only sheet fails [ASSUMPTION InvalidOperation]; VeryHidden → InvalidOperation', async () => {
    const wb = createWorkbook();
    expect((await syncError(wb, async (ctx) => ctx.workbook.worksheets.getItem('Sheet1').delete())).code).toBe('InvalidOperation');
    const wb2 = createWorkbook({ sheets: ['A', 'B'] });
    await wb2.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('B').visibility = 'VeryHidden';
    });
    expect((await syncError(wb2, async (ctx) => ctx.workbook.worksheets.getItem('B').delete())).code).toBe('InvalidOperation');
    await wb2.run(async (ctx) => {
      const b = ctx.workbook.worksheets.getItem('B');
      b.visibility = 'Visible';
      b.delete();
    });
    expect(wb2.sheets().map((s) => s.name)).toEqual(['A']);
  });

  test('rule 4.5 position zero-based and writable; visibility; id survives rename and move', async () => {
    const wb = createWorkbook({ sheets: ['A', 'B', 'C'] });
    const idBefore = wb.sheets()[2].id;
    await wb.run(async (ctx) => {
      const c = ctx.workbook.worksheets.getItem('C');
      c.position = 0;
      c.name = 'Cc';
      ctx.workbook.worksheets.getItem('A').visibility = 'Hidden';
    });
    expect(wb.sheets()).toEqual([
      { name: 'Cc', id: idBefore, position: 0, visibility: 'Visible' },
      { name: 'A', id: expect.any(String), position: 1, visibility: 'Hidden' },
      { name: 'B', id: expect.any(String), position: 2, visibility: 'Visible' },
    ]);
    const byId = await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem(idBefore).load('name');
      await ctx.sync();
      return s.name;
    });
    expect(byId).toBe('Cc');
    expect((await syncError(wb, async (ctx) => void (ctx.workbook.worksheets.getItem('B').visibility = 'Gone' as never))).code).toBe('InvalidArgument');
  });

  test('activate, active worksheet, freeze panes, worksheet custom properties (case-insensitive keys, >255 → InvalidArgument)', async () => {
    const wb = createWorkbook({ sheets: ['A', 'B'] });
    const active = await wb.run(async (ctx) => {
      const b = ctx.workbook.worksheets.getItem('B');
      b.activate();
      b.freezePanes.freezeRows(1);
      b.customProperties.add('Cartera', 'ventas');
      b.customProperties.add('CARTERA', 'clientes');
      const a = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      const p = b.customProperties.getItem('cartera').load('value');
      await ctx.sync();
      return [a.name, p.value];
    });
    expect(active).toEqual(['B', 'clientes']);
    expect(wb.frozenPanes('B')).toEqual({ rows: 1, columns: 0 });
    expect(wb.sheetCustomProperties('B')).toEqual({ CARTERA: 'clientes' });
    const e = await syncError(wb, async (ctx) => void ctx.workbook.worksheets.getItem('A').customProperties.add('k', 'v'.repeat(256)));
    expect(e.code).toBe('InvalidArgument');
  });

  test('a sheet deleted earlier cannot be used: ItemNotFound', async () => {
    const wb = createWorkbook({ sheets: ['A', 'B'] });
    const e = await syncError(wb, async (ctx) => {
      const b = ctx.workbook.worksheets.getItem('B');
      b.delete();
      b.getRange('A1').values = [[1]];
    });
    expect(e.code).toBe('ItemNotFound');
  });
});
