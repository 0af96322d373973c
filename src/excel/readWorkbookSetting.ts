import type { ExcelRun } from './types';

/** The JSON object stored under `key` in the workbook's settings; `null` when absent or unreadable. */
export async function readWorkbookSetting<T extends object>(run: ExcelRun, key: string): Promise<T | null> {
  return run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load('value');
    await context.sync();
    if (item.isNullObject) return null;
    try {
      const value = typeof item.value === 'string' ? JSON.parse(item.value) : item.value;
      return value && typeof value === 'object' ? (value as T) : null;
    } catch {
      return null;
    }
  });
}
