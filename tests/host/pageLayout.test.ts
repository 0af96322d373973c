import ExcelJS from 'exceljs';
import { createWorkbook } from '../../src/host';
import { saveWorkbook } from '../../src/host/xlsx';
import { syncError } from './helpers';

describe('host rules §14 page layout (ExcelApi 1.9)', () => {
  test('rule 14.1–14.3 orientation, zoom fit to pages, print title rows; saved to xlsx', async () => {
    const wb = createWorkbook({ sheets: ['Plan'] });
    const back = await wb.run(async (ctx) => {
      const page = ctx.workbook.worksheets.getItem('Plan').pageLayout;
      page.orientation = 'Landscape';
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      page.setPrintTitleRows('$4:$4');
      const rows = page.getPrintTitleRowsOrNullObject();
      rows.load('address');
      page.load('orientation,zoom');
      await ctx.sync();
      return [page.orientation, page.zoom, rows.address];
    });
    expect(back).toEqual(['Landscape', { horizontalFitToPages: 1, verticalFitToPages: 0 }, 'Plan!4:4']);
    expect(wb.pageLayout('Plan')).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$4:$4' });
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load((await saveWorkbook(wb)).buffer as ArrayBuffer);
    const setup = xl.getWorksheet('Plan')!.pageSetup;
    expect([setup.orientation, setup.fitToPage, setup.fitToWidth, setup.fitToHeight, setup.printTitlesRow]).toEqual(['landscape', true, 1, 0, '4:4']);
  });

  test('rule 14 refusals: a scale out of 10–400, a fractional page count, title rows that are not whole rows', async () => {
    const wb = createWorkbook({ sheets: ['Plan'] });
    const page = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem('Plan').pageLayout;
    expect((await syncError(wb, async (ctx) => void (page(ctx).zoom = { scale: 5 }))).code).toBe('InvalidArgument');
    expect((await syncError(wb, async (ctx) => void (page(ctx).zoom = { horizontalFitToPages: 1.5 }))).code).toBe('InvalidArgument');
    expect((await syncError(wb, async (ctx) => page(ctx).setPrintTitleRows('A4:C4'))).code).toBe('InvalidArgument');
    expect((await syncError(wb, async (ctx) => void (page(ctx).orientation = 'Sideways' as never))).code).toBe('InvalidArgument');
    expect(wb.pageLayout('Plan')).toBeNull();
  });
});
