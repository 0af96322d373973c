import type { Cell } from '../engine/types';
import type { ExcelRun } from './types';

/** The row under the user's selection (for the pane's client card). */
export interface SelectedRow {
  sheet: string;
  /** 1-based */
  row: number;
  /** its first `columns` cells */
  cells: Cell[];
}

/**
 * Calls `listener` with the row under the selection now and whenever the selection moves (`null` when
 * it cannot be read); resolves to the unsubscribe.
 */
export async function watchSelection(
  run: ExcelRun,
  listener: (row: SelectedRow | null) => void,
  columns = 40,
): Promise<() => void> {
  const read = async () => {
    try {
      const row = await run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load('rowIndex');
        range.worksheet.load('name');
        await context.sync();
        const cells = range.worksheet.getRangeByIndexes(range.rowIndex, 0, 1, columns);
        cells.load('values');
        await context.sync();
        return { sheet: range.worksheet.name, row: range.rowIndex + 1, cells: cells.values[0] as Cell[] };
      });
      listener(row);
    } catch {
      listener(null);
    }
  };
  const handle = await run(async (context) => {
    const result = context.workbook.worksheets.onSelectionChanged.add(async () => {
      await read();
    });
    await context.sync();
    return result;
  });
  await read();
  return () => {
    void run(async (context) => {
      handle.remove();
      await context.sync();
    }).catch(() => undefined);
  };
}
