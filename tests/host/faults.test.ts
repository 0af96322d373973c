// The host's fault injection (wb.faults): the n-th request is refused (nothing applied) or applied
// with its answer lost ([ASSUMPTION] about Excel on the web: the add-in sees ConnectionFailure).
import { createWorkbook } from '../../src/host';
import { syncError } from './helpers';

const write = (value: number) => async (ctx: Excel.RequestContext) => {
  const sheet = ctx.workbook.worksheets.getItem('Sheet1');
  sheet.getRange('A1').values = [[value]];
  await ctx.sync();
  sheet.getRange('B1').values = [[value]];
  const a1 = sheet.getRange('A1');
  a1.load('values');
  await ctx.sync();
  return a1.values[0][0];
};

describe('fault injection (tests of the write path under faults)', () => {
  test('refuse: the n-th request fails and nothing of it is applied; earlier ones are', async () => {
    const wb = createWorkbook();
    wb.faults = { failAtSync: 2, mode: 'refuse' };
    const error = await syncError(wb, write(5));
    expect(error.code).toBe('GeneralException');
    expect(wb.cell('Sheet1', 'A1').value).toBe(5);
    expect(wb.cell('Sheet1', 'B1').value).toBe('');
    expect(wb.faults).toMatchObject({ seen: 2, fired: true });
  });

  test('lostAnswer [ASSUMPTION]: the request is applied, its loads are not delivered, the caller gets ConnectionFailure', async () => {
    const wb = createWorkbook();
    wb.faults = { failAtSync: 2, mode: 'lostAnswer' };
    let loaded: unknown = null;
    const error = await syncError(wb, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [[1]];
      await ctx.sync();
      sheet.getRange('B1').values = [[2]];
      const a1 = sheet.getRange('A1');
      a1.load('values');
      try {
        await ctx.sync();
      } finally {
        try {
          loaded = a1.values;
        } catch (e) {
          loaded = (e as { code: string }).code;
        }
      }
    });
    expect(error.code).toBe('ConnectionFailure');
    expect(wb.cell('Sheet1', 'B1').value).toBe(2);
    expect(loaded).toBe('PropertyNotLoaded');
  });

  test('only requests that carry commands count, the fault fires once, and null faults change nothing', async () => {
    const wb = createWorkbook();
    wb.faults = { failAtSync: 2, mode: 'refuse' };
    await wb.run(async (ctx) => {
      await ctx.sync(); // empty: not a request
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await ctx.sync(); // request 1
    });
    expect(wb.faults.seen).toBe(1);
    await expect(wb.run(write(3))).rejects.toMatchObject({ code: 'GeneralException' }); // request 2 fails
    expect(await wb.run(write(4))).toBe(4); // fired already
    wb.faults = null;
    expect(await wb.run(write(6))).toBe(6);
  });
});
