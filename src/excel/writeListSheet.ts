// A campaign list (SPEC §9 "create list"): one sheet the user keeps. Unlike the analysis outputs it
// is not replaced by the next run. When a list of the same segment already exists the caller
// chooses: ask (nothing written, the existing sheet is named), replace it, or write a new sheet.
// A failed write deletes the half-written sheet and leaves any existing list as it was.
import type { OutputSheet } from '../report/types';
import { sheetNameFor } from '../engine/sheetNameFor';
import { excelApiSupport, type ApiSupport } from './apiSupport';
import { syncBatcher } from './syncBatcher';
import { DEFAULT_LIMITS, type ExcelRun } from './types';
import { writeSheet } from './writeSheet';

/** What to do when a list of the same segment exists: ask (the default), replace it, or add a new sheet. */
export type ListWriteMode = 'ask' | 'replace' | 'new';

export interface ListWriteResult {
  /** exists: nothing written (mode ask), `sheet` is the existing list */
  status: 'created' | 'replaced' | 'exists';
  sheet: string;
}

export interface WriteListSheetOptions {
  mode?: ListWriteMode;
  apiSupport?: ApiSupport;
  /** bring the new sheet to the front */
  activate?: boolean;
}

/** The list's table, as segmentListSheet names it (Excel may have made it "Cartera_Lista_2"). */
const LIST_TABLE = /^cartera_lista(_\d+)?$/i;

/**
 * Writes `sheet` (segmentListSheet) on its own worksheet named after its title. An existing list of
 * the same segment is a sheet with our list table whose heading (A1) is this list's heading (the
 * segment's full name, so two names cut to the same 31 characters are told apart). A new sheet
 * whose title is taken gets " (2)", " (3)"… within 31 characters, never another sheet's name.
 */
export async function writeListSheet(
  run: ExcelRun,
  sheet: OutputSheet,
  options: WriteListSheetOptions = {},
): Promise<ListWriteResult> {
  const support = options.apiSupport ?? excelApiSupport();
  const mode = options.mode ?? 'ask';
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/position');
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    let existing: Excel.Worksheet | null = null;
    let existingTables: string[] = [];
    if (mode !== 'new') {
      const probes = sheets.items.map((ws) => {
        const a1 = ws.getRange('A1');
        a1.load('values');
        ws.tables.load('items/name');
        return { ws, a1 };
      });
      await context.sync();
      const found = probes.find(
        ({ ws, a1 }) =>
          String(a1.values[0][0]).trim() === sheet.heading.trim() &&
          ws.tables.items.some((t) => LIST_TABLE.test(t.name)),
      );
      if (found) {
        existing = found.ws;
        existingTables = found.ws.tables.items.map((t) => t.name.toLowerCase());
      }
    }
    if (existing && mode === 'ask') return { status: 'exists', sheet: existing.name };

    const takenSheets = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    // Replacing: written beside the old list under a free name, renamed once the old one is gone.
    const name = sheetNameFor(sheet.title, takenSheets);
    const takenTables = new Set(
      tables.items.map((t) => t.name.toLowerCase()).filter((t) => !existingTables.includes(t)),
    );
    const worksheet = sheets.add(name);
    await context.sync();
    let oldGone = false;
    try {
      const batcher = syncBatcher(context, DEFAULT_LIMITS.payloadBytes);
      const written = await writeSheet(worksheet, sheet, batcher, {
        support,
        blockBytes: DEFAULT_LIMITS.payloadBytes,
        tableSuffix: '_tmp' + Date.now().toString(36),
      });
      await batcher.flush();
      let finalName = name;
      if (existing) {
        finalName = existing.name;
        const position = existing.position;
        existing.delete();
        await context.sync();
        oldGone = true;
        worksheet.name = finalName;
        worksheet.position = position;
      }
      for (const table of written.tables) {
        context.workbook.tables.getItem(table.name).name = freeTableName(table.finalName, takenTables);
      }
      if (options.activate !== false) worksheet.activate();
      await context.sync();
      return { status: existing ? 'replaced' : 'created', sheet: finalName };
    } catch (error) {
      // Once the old list is gone the new one is all there is: it stays, under its free name.
      if (!oldGone) {
        worksheet.delete();
        await context.sync();
      }
      throw error;
    }
  });
}

/** A table name no other table has (any case): "Cartera_Lista", then "Cartera_Lista_2"… (ours are short ASCII). */
function freeTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${wanted.slice(0, 255 - `_${k}`.length)}_${k}`;
  taken.add(name.toLowerCase());
  return name;
}
