import type { ExcelRun } from './types';

/** Stores `value` as JSON under `key` in the workbook's settings (saved with the workbook). */
export async function writeWorkbookSetting(run: ExcelRun, key: string, value: unknown): Promise<void> {
  await run(async (context) => {
    context.workbook.settings.add(key, JSON.stringify(value));
    await context.sync();
  });
}
