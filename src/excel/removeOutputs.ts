// "Remove Cartera's outputs" (issue #18): the workbook as it was before the first run. Deletes the
// output sheets recorded in `Cartera.outputs`, leftovers of failed runs (hidden "Cartera tmp …" sheets,
// those listed in `Cartera.pending`), our "Cartera: …" columns beside the client list, and then every
// `Cartera.*` setting. The run record is deleted last, in the last request: a removal stopped at any
// request (refused, or applied with its answer lost) leaves what remains recognisable, and pressing
// the button again finishes it (every step skips what is already gone).
import { CarteraError } from '../engine/types';
import { t, type Locale } from '../i18n';
import { OWN_COLUMN_PREFIX } from '../report/ownColumnHeader';
import {
  OUTPUTS_SETTING,
  PENDING_SETTING,
  TEMP_PREFIX,
  parseStored,
  type PendingOutputs,
  type StoredOutputs,
} from './outputStore';
import type { ExcelRun } from './types';
import './removeMessages';

/** Settings of ours all start so ("Cartera.outputs", "Cartera.pending", "Cartera.pane", "Cartera.history…"). */
export const SETTINGS_PREFIX = 'Cartera.';
/** Widest run of our header cells looked for right of a plain range (as the writer). */
const MAX_OWN_COLUMNS = 64;

export interface RemoveOutputsResult {
  sheets: number;
  columns: number;
  settings: number;
}

export async function removeOutputs(
  run: ExcelRun,
  options: { locale: Locale },
): Promise<RemoveOutputsResult> {
  try {
    return await run(async (context) => {
      const workbook = context.workbook;
      const sheets = workbook.worksheets;
      sheets.load('items/id,items/name,items/visibility');
      const settings = workbook.settings;
      settings.load('items/key');
      const outputsItem = settings.getItemOrNullObject(OUTPUTS_SETTING);
      outputsItem.load('value');
      const pendingItem = settings.getItemOrNullObject(PENDING_SETTING);
      pendingItem.load('value');
      await context.sync();
      const stored = outputsItem.isNullObject ? null : parseStored<StoredOutputs>(outputsItem.value);
      const pending = pendingItem.isNullObject ? null : parseStored<PendingOutputs>(pendingItem.value);

      // 1. Our columns beside the client list, found by their headers where the record says they are.
      let columns = 0;
      const list = stored?.clientColumns;
      if (list?.table) {
        const table = workbook.tables.getItemOrNullObject(list.table);
        table.columns.load('items/name,items/index');
        await context.sync();
        if (!table.isNullObject) {
          const ours = table.columns.items
            .filter((c) => c.name.startsWith(OWN_COLUMN_PREFIX))
            .sort((a, b) => b.index - a.index);
          for (const c of ours) c.delete();
          columns = ours.length;
        }
      } else if (list) {
        const worksheet = sheets.getItemOrNullObject(list.sheet);
        await context.sync();
        if (!worksheet.isNullObject) {
          const header = worksheet.getRangeByIndexes(
            list.headerRow,
            list.column,
            1,
            Math.min(MAX_OWN_COLUMNS, 16_384 - list.column),
          );
          header.load('values');
          await context.sync();
          const cells = header.values[0];
          while (columns < cells.length && String(cells[columns]).startsWith(OWN_COLUMN_PREFIX)) columns++;
          if (columns > 0)
            worksheet
              .getRangeByIndexes(list.headerRow, list.column, list.rows + 1, columns)
              .clear('All' as Excel.ClearApplyTo);
        }
      }
      if (columns > 0) await context.sync();

      // 2. Output sheets and leftovers of failed runs.
      const outputIds = new Set((stored?.sheets ?? []).map((s) => s.id));
      const pendingIds = new Set(pending?.sheetIds ?? []);
      const doomed = sheets.items.filter(
        (s) =>
          outputIds.has(s.id) ||
          pendingIds.has(s.id) ||
          (s.name.startsWith(TEMP_PREFIX) && s.visibility !== 'Visible'),
      );
      for (const s of doomed) s.delete();
      if (doomed.length > 0) await context.sync();

      // 3. Our settings, the run record last.
      const keys = settings.items.map((s) => s.key).filter((k) => k.startsWith(SETTINGS_PREFIX));
      for (const key of keys.filter((k) => k !== OUTPUTS_SETTING)) settings.getItem(key).delete();
      if (keys.includes(OUTPUTS_SETTING)) settings.getItem(OUTPUTS_SETTING).delete();
      if (keys.length > 0) await context.sync();
      return { sheets: doomed.length, columns, settings: keys.length };
    });
  } catch (error) {
    if (error instanceof CarteraError) throw error;
    const e = error as { code?: string; message?: string };
    throw new CarteraError(
      'write_failed',
      t(options.locale, 'error.removeIncomplete', { detail: e?.code ?? e?.message ?? String(error) }),
    );
  }
}
