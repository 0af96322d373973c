// Puts the client list back as the backup taken before the classification columns were written,
// by looking at what is there now: it does not need to know which of the write's requests Excel
// applied (a request refused, or applied with its answer lost), and running it twice is harmless.
import type { Cell } from '../engine/types';
import { OWN_COLUMN_PREFIX } from '../report/ownColumnHeader';
import { blocksByBytes, type SyncBatcher } from './syncBatcher';

export type ClientColumnsBackup =
  | {
      kind: 'table';
      table: string;
      sheet: string;
      /** grid row and column of the table's top-left cell when backed up */
      row: number;
      column: number;
      /** our columns (header + body) in table order */
      columns: { index: number; name: string; values: Cell[][]; formats: string[][] }[];
    }
  | {
      kind: 'range';
      sheet: string;
      row: number;
      column: number;
      /** every cell the write may change (old and new area) */
      values: Cell[][];
      formats: string[][];
    };

export async function restoreClientColumns(
  context: Excel.RequestContext,
  backup: ClientColumnsBackup,
  batcher: SyncBatcher,
  blockBytes: number,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(backup.sheet);
  const write = async (row: number, column: number, values: Cell[][], formats: string[][]) => {
    for (const [start, end, bytes] of blocksByBytes(values, blockBytes / 2)) {
      await batcher.reserve(2 * bytes);
      const range = worksheet.getRangeByIndexes(row + start, column, end - start, values[0].length);
      range.numberFormat = formats.slice(start, end);
      range.values = values.slice(start, end) as unknown[][];
    }
  };
  if (backup.kind === 'range') {
    await write(backup.row, backup.column, backup.values, backup.formats);
    await batcher.flush();
    return;
  }
  const table = context.workbook.tables.getItem(backup.table);
  table.columns.load('items/name,items/index');
  await batcher.flush();
  await context.sync();
  const ours = table.columns.items.filter((c) => c.name.startsWith(OWN_COLUMN_PREFIX));
  const same =
    ours.length === backup.columns.length &&
    ours.every((c, k) => c.name === backup.columns[k].name && c.index === backup.columns[k].index);
  if (!same) {
    for (const c of [...ours].sort((x, y) => y.index - x.index)) c.delete();
    for (const c of backup.columns) {
      await batcher.reserve(c.name.length + 40);
      table.columns.add(c.index, undefined, c.name);
    }
  }
  for (const c of backup.columns) await write(backup.row, backup.column + c.index, c.values, c.formats);
  await batcher.flush();
}
