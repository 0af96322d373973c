import { createWorkbook, OfficeExtensionError } from '../../src/host';
import { syncError, thrown } from './helpers';

const NOT_LOADED =
  "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

describe('host rules §1 proxy / queue model', () => {
  test('rule 1.1 run syncs implicitly before resolving and returns the batch result', async () => {
    const wb = createWorkbook();
    const out = await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[7]];
      return 'done';
    });
    expect(out).toBe('done');
    expect(wb.cell('Sheet1', 'A1').value).toBe(7);
    expect(wb.stats.syncs).toBe(1);
  });

  test('rule 1.1 a batch that throws rejects and its queued commands are not sent', async () => {
    const wb = createWorkbook();
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[7]];
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(wb.cell('Sheet1', 'A1').value).toBe('');
  });

  test('rule 1.1 run must return a promise (RunMustReturnPromise)', async () => {
    const wb = createWorkbook();
    await expect(wb.run((() => 1) as never)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
  });

  test('rule 1.2 writes are queued and applied at sync, in order', async () => {
    const wb = createWorkbook();
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.values = [[1]];
      expect(wb.cell('Sheet1', 'A1').value).toBe('');
      r.values = [[2]];
      r.load('values');
      r.values = [[3]];
      await ctx.sync();
      // the load ran between the two writes
      expect(r.values).toEqual([[2]]);
      expect(wb.cell('Sheet1', 'A1').value).toBe(3);
    });
  });

  test('rule 1.3 load forms: string list, path, array, object, select/expand, $all, bare', async () => {
    const wb = createWorkbook();
    wb.setCells('Sheet1', 'A1', [[1, 2]]);
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const a = ws.getRange('A1:B1').load('values, address');
      const b = ws.getRange('A1').load('format/font/bold');
      const c = ws.getRange('A1').load(['rowCount', 'columnCount']);
      const d = ws.getRange('A1').load({ values: true, format: { fill: { color: true } } });
      const e = ws.getRange('A1').load({ select: 'address', expand: 'format' });
      const f = ws.load({ $all: true });
      const g = ws.getRange('B1').load();
      const h = ws.getRange('A1').load('format');
      await ctx.sync();
      expect(a.values).toEqual([[1, 2]]);
      expect(a.address).toBe('Sheet1!A1:B1');
      expect(b.format.font.bold).toBe(false);
      expect(() => b.format.font.italic).toThrow(/italic/);
      expect(c.rowCount + c.columnCount).toBe(2);
      expect(d.format.fill.color).toBe('#FFFFFF');
      expect(d.values).toEqual([[1]]);
      expect(e.address).toBe('Sheet1!A1');
      expect(e.format.horizontalAlignment).toBe('General');
      expect(() => e.values).toThrow();
      expect(f.name).toBe('Sheet1');
      expect(f.position).toBe(0);
      expect(g.values).toEqual([[2]]);
      expect(g.text).toEqual([['2']]);
      expect(h.format.columnWidth).toBe(48);
    });
  });

  test("rule 1.3 collection load 'items/name' and plain 'name' load every item", async () => {
    const wb = createWorkbook({ sheets: ['A', 'B'] });
    await wb.run(async (ctx) => {
      const s1 = ctx.workbook.worksheets.load('items/name');
      const s2 = ctx.workbook.worksheets.load('name');
      await ctx.sync();
      expect(s1.items.map((s) => s.name)).toEqual(['A', 'B']);
      expect(s2.items.map((s) => s.name)).toEqual(['A', 'B']);
      expect(() => s2.items[0].position).toThrow(/position/);
    });
  });

  test('rule 1.4 reading an unloaded property throws PropertyNotLoaded with Excel’s message (RichApi.Error)', async () => {
    const wb = createWorkbook();
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      const e1 = thrown(() => r.values);
      expect(e1).toBeInstanceOf(OfficeExtensionError);
      expect(e1.name).toBe('RichApi.Error');
      expect(e1.code).toBe('PropertyNotLoaded');
      expect(e1.message).toBe(NOT_LOADED);
      r.load('values');
      // loaded but not yet synced
      expect(thrown(() => r.values).code).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(r.values).toEqual([['']]);
    });
  });

  test('rule 1.5 ClientResult.value only after sync (ValueNotLoaded)', async () => {
    const wb = createWorkbook({ sheets: ['A', 'B', 'C'] });
    await wb.run(async (ctx) => {
      const n = ctx.workbook.worksheets.getCount();
      expect(thrown(() => n.value).code).toBe('ValueNotLoaded');
      await ctx.sync();
      expect(n.value).toBe(3);
    });
  });

  test('rule 1.6 *OrNullObject gives a proxy with isNullObject after sync; getItem → ItemNotFound', async () => {
    const wb = createWorkbook();
    await wb.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const there = ctx.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(missing).not.toBeNull();
      expect(thrown(() => missing.isNullObject).code).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Nope').load('name');
      await ctx.sync();
    });
    expect(e.code).toBe('ItemNotFound');
    expect(e.debugInfo.errorLocation).toBe('WorksheetCollection.getItem');
  });

  test('rule 1.6 [ASSUMPTION] commands on a null object are ignored', async () => {
    const wb = createWorkbook();
    await wb.run(async (ctx) => {
      const t = ctx.workbook.tables.getItemOrNullObject('Nope');
      t.name = 'Other';
      t.getRange().values = [[1]];
      await ctx.sync();
      expect(t.isNullObject).toBe(true);
    });
    expect(wb.tables()).toEqual([]);
  });

  test('rule 1.7 [ASSUMPTION] an unloaded scalar set in the batch reads back; a later load+sync overwrites it', async () => {
    const wb = createWorkbook();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.name = 'Ventas';
      expect(ws.name).toBe('Ventas');
      const other = ctx.workbook.worksheets.getItem('Ventas');
      other.name = 'Clientes';
      ws.load('name');
      await ctx.sync();
      expect(ws.name).toBe('Clientes');
    });
  });

  test('rule 1.8 toJSON: loaded properties only, {items} for collections', async () => {
    const wb = createWorkbook({ sheets: ['A', 'B'] });
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('A').getRange('B2').load('address, format/font/bold');
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      expect(r.toJSON()).toEqual({ address: 'A!B2', format: { font: { bold: false } } });
      expect(sheets.toJSON()).toEqual({ items: [{ name: 'A' }, { name: 'B' }] });
      const json = r.toJSON() as { address: string };
      json.address = 'x';
      expect(r.address).toBe('A!B2');
    });
  });

  test('rule 1.9 set(): plain object incl. nested; read-only keys throw unless throwOnReadOnly:false', async () => {
    const wb = createWorkbook();
    await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      r.set({ values: [[1, 2]], format: { font: { bold: true }, fill: { color: '#FF0000' } } } as never);
      expect(thrown(() => r.set({ address: 'x' } as never)).code).toBe('InvalidArgument');
      r.set({ address: 'x', numberFormat: [['0.00', '@']] } as never, { throwOnReadOnly: false });
      await ctx.sync();
    });
    expect(wb.cell('Sheet1', 'B1')).toMatchObject({ value: 2, numberFormat: '@', format: { bold: true, fill: '#FF0000' } });
  });

  test('rule 1.10 errors surface at sync with code, message, debugInfo.errorLocation; earlier commands stay applied [ASSUMPTION]', async () => {
    const wb = createWorkbook();
    const e = await syncError(wb, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [[1]];
      ws.getRange('A2:B2').values = [[1]];
      ws.getRange('A3').values = [[3]];
      await ctx.sync();
    });
    expect(e).toBeInstanceOf(OfficeExtensionError);
    expect(e.code).toBe('InvalidArgument');
    expect(e.debugInfo.errorLocation).toBe('Range.values');
    expect(wb.cell('Sheet1', 'A1').value).toBe(1);
    expect(wb.cell('Sheet1', 'A3').value).toBe('');
  });

  test('InvalidRequestContext: objects cannot cross request contexts', async () => {
    const wb = createWorkbook();
    let range: Excel.Range | undefined;
    await wb.run(async (ctx) => {
      range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
    });
    await expect(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').tables.add(range as Excel.Range, true);
      }),
    ).rejects.toMatchObject({ code: 'InvalidRequestContext' });
  });

  test('InvalidObjectPath: syncing a context after its run ended', async () => {
    const wb = createWorkbook();
    let saved: Excel.RequestContext | undefined;
    await wb.run(async (ctx) => {
      saved = ctx;
    });
    const r = (saved as Excel.RequestContext).workbook.worksheets.getItem('Sheet1').getRange('A1');
    r.values = [[1]];
    await expect((saved as Excel.RequestContext).sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
    expect(wb.cell('Sheet1', 'A1').value).toBe('');
  });
});

describe('Excel.run(options, batch) (Excel.RunOptions)', () => {
  test('mergeUndoGroup and delayForCellEdit run the batch in a new context; previousObjects reuses theirs', async () => {
    const { createWorkbook } = await import('../../src/host');
    const wb = createWorkbook({ sheets: ['Hoja1'] });
    const run = wb.run.bind(wb) as (options: unknown, batch: (ctx: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;
    await run({ mergeUndoGroup: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem('Hoja1').getRange('A1').values = [[7]];
      await ctx.sync();
    });
    expect(wb.values('Hoja1', 'A1')).toEqual([[7]]);
    const name = await run({ delayForCellEdit: true }, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Hoja1');
      sheet.load('name');
      await ctx.sync();
      return sheet.name;
    });
    expect(name).toBe('Hoja1');
  });
});
