import type { ExcelRun } from './types';

/**
 * Calls `listener` when a user (not this add-in) edits one of the named sheets (`worksheets.onChanged`);
 * returns the function that stops watching.
 */
export async function watchSheets(run: ExcelRun, names: readonly string[], listener: () => void): Promise<() => void> {
  const handle = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    await context.sync();
    const ids = new Set(sheets.items.filter((s) => names.includes(s.name)).map((s) => s.id));
    const result = sheets.onChanged.add(async (event) => {
      const args = event as Excel.WorksheetChangedEventArgs & { triggerSource?: string };
      if (ids.has(args.worksheetId) && args.triggerSource !== 'ThisLocalAddin') listener();
    });
    await context.sync();
    return result;
  });
  return () => {
    void run(async (context) => {
      handle.remove();
      await context.sync();
    }).catch(() => undefined);
  };
}
