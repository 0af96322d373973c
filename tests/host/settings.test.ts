import { createWorkbook, installGlobalExcel } from '../../src/host';
import { syncError } from './helpers';

describe('host rules §8 settings and custom properties', () => {
  test('rule 8.1 settings.add creates/overwrites; getItem, getItemOrNullObject, delete; JSON values', async () => {
    const wb = createWorkbook();
    const got = await wb.run(async (ctx) => {
      const s = ctx.workbook.settings;
      s.add('cartera.mapping', { client: 'Cliente' });
      s.add('cartera.mapping', { client: 'Código cliente', date: 'Fecha' });
      s.add('asOf', '2024-12-31');
      const item = s.getItem('cartera.mapping').load('value');
      const missing = s.getItemOrNullObject('nope');
      s.getItem('asOf').delete();
      await ctx.sync();
      return [item.value, missing.isNullObject];
    });
    expect(got).toEqual([{ client: 'Código cliente', date: 'Fecha' }, true]);
    expect(wb.settings()).toEqual({ 'cartera.mapping': { client: 'Código cliente', date: 'Fecha' } });
    expect((await syncError(wb, async (ctx) => void ctx.workbook.settings.getItem('asOf').load('value'))).code).toBe('ItemNotFound');
  });

  test('rule 8.1 settings keys are case-sensitive [ASSUMPTION, as Office.context.document.settings]', async () => {
    const wb = createWorkbook();
    const isNull = await wb.run(async (ctx) => {
      ctx.workbook.settings.add('Key', 1);
      const other = ctx.workbook.settings.getItemOrNullObject('key');
      await ctx.sync();
      return other.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  test('rule 8.2 [ASSUMPTION] Office.context.document.settings shares storage with workbook.settings', async () => {
    const wb = createWorkbook();
    const uninstall = installGlobalExcel(wb);
    try {
      const office = (globalThis as unknown as { Office: typeof Office }).Office;
      office.context.document.settings.set('k', { a: 1 });
      expect(wb.settings()).toEqual({ k: { a: 1 } });
      await wb.run(async (ctx) => void ctx.workbook.settings.add('j', 2));
      expect(office.context.document.settings.get('j')).toBe(2);
      expect(office.context.document.settings.get('none')).toBeNull();
      office.context.document.settings.remove('j');
      expect(wb.settings()).toEqual({ k: { a: 1 } });
    } finally {
      uninstall();
    }
  });

  test('rule 8.3 properties.custom: add creates/overwrites, keys case-insensitive, >255 refused [ASSUMPTION on the web]', async () => {
    const wb = createWorkbook();
    const v = await wb.run(async (ctx) => {
      const c = ctx.workbook.properties.custom;
      c.add('CarteraVersion', '1');
      c.add('carteraversion', '2');
      const p = c.getItem('CARTERAVERSION').load('value, type');
      const n = c.getCount();
      await ctx.sync();
      return [p.value, p.type, n.value];
    });
    expect(v).toEqual(['2', 'String', 1]);
    expect((await syncError(wb, async (ctx) => void ctx.workbook.properties.custom.add('k'.repeat(256), 'x'))).code).toBe('InvalidArgument');
  });
});
