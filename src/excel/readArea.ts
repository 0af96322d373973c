// Values and number formats of a rectangle, read in row blocks that keep each response under the
// payload budget (a backup of 100,000 rows × 11 columns is several MB).
import type { Cell } from '../engine/types';

/** Bytes assumed per cell of a backup (value + number format, JSON). */
const BYTES_PER_CELL = 48;

export async function readArea(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  row: number,
  column: number,
  rows: number,
  columns: number,
  budgetBytes: number,
): Promise<{ values: Cell[][]; formats: string[][] }> {
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const step = Math.max(1, Math.floor(budgetBytes / (BYTES_PER_CELL * Math.max(1, columns))));
  for (let start = 0; start < rows; start += step) {
    const range = worksheet.getRangeByIndexes(row + start, column, Math.min(step, rows - start), columns);
    range.load('values,numberFormat');
    await context.sync();
    values.push(...(range.values as Cell[][]));
    formats.push(...(range.numberFormat as string[][]));
  }
  return { values, formats };
}
