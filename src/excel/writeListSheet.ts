// A campaign list (SPEC §9 "create list"): one new sheet the user keeps. Unlike the analysis
// outputs it is not replaced by the next run; a failed write deletes the half-written sheet.
import type { OutputSheet } from '../report/types';
import { excelApiSupport, type ApiSupport } from './apiSupport';
import { syncBatcher } from './syncBatcher';
import { DEFAULT_LIMITS, type ExcelRun } from './types';
import { writeSheet } from './writeSheet';

export interface WriteListSheetOptions {
  apiSupport?: ApiSupport;
  /** bring the new sheet to the front */
  activate?: boolean;
}

/** Writes `sheet` on a new worksheet named after its title (made unique); returns the sheet's name. */
export async function writeListSheet(run: ExcelRun, sheet: OutputSheet, options: WriteListSheetOptions = {}): Promise<string> {
  const support = options.apiSupport ?? excelApiSupport();
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    const takenSheets = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const name = unique(sheet.title.slice(0, 31), takenSheets, 31, (k) => ` (${k})`);
    const takenTables = new Set(tables.items.map((t) => t.name.toLowerCase()));
    const worksheet = sheets.add(name);
    await context.sync();
    try {
      const batcher = syncBatcher(context, DEFAULT_LIMITS.payloadBytes);
      const written = await writeSheet(worksheet, sheet, batcher, {
        support,
        blockBytes: DEFAULT_LIMITS.payloadBytes,
        tableSuffix: '_tmp' + Date.now().toString(36),
      });
      await batcher.flush();
      for (const table of written.tables) {
        context.workbook.tables.getItem(table.name).name = unique(table.finalName, takenTables, 255, (k) => `_${k}`);
      }
      if (options.activate !== false) worksheet.activate();
      await context.sync();
      return name;
    } catch (error) {
      worksheet.delete();
      await context.sync();
      throw error;
    }
  });
}

function unique(wanted: string, taken: Set<string>, max: number, suffix: (k: number) => string): string {
  let name = wanted;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = wanted.slice(0, max - suffix(k).length) + suffix(k);
  taken.add(name.toLowerCase());
  return name;
}
