import type { ExcelRun } from './types';

/** Shows the sheet `name` (the pane's "go to sheet" buttons). */
export async function activateSheet(run: ExcelRun, name: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
