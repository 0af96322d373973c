import type { ExcelRun } from './types';

/** Deletes the sheet `name` (the CLI's placeholder first sheet, once the outputs are in). */
export async function deleteSheet(run: ExcelRun, name: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}
