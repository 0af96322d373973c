import type { Cell } from '../engine/types';
import type { ExcelRun } from './types';

export interface SelectionInfo {
  /** e.g. "Ventas!A1:H60001" */
  address: string;
  sheet: string;
  rows: number;
  columns: number;
  /** the first rows of the selection (at most `previewRows`), clipped to the used range */
  preview: Cell[][];
}

/** The current selection, for the pane ("Use the selection: Ventas!A1:H60001, 60,001 × 8"). */
export async function selectionInfo(run: ExcelRun, previewRows = 5): Promise<SelectionInfo> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address,rowIndex,columnIndex,rowCount,columnCount');
    const worksheet = range.worksheet;
    worksheet.load('name');
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,rowCount');
    await context.sync();
    let preview: Cell[][] = [];
    const lastUsed = used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1;
    const rows = Math.min(previewRows, range.rowCount, lastUsed - range.rowIndex + 1);
    if (rows > 0) {
      const head = worksheet.getRangeByIndexes(range.rowIndex, range.columnIndex, rows, Math.min(range.columnCount, 64));
      head.load('values');
      await context.sync();
      preview = head.values as Cell[][];
    }
    return { address: range.address, sheet: worksheet.name, rows: range.rowCount, columns: range.columnCount, preview };
  });
}
