import type { Cell } from '../engine/types';
import type { TextRow } from './createTextReader';
import { csvCell } from './csvCell';

/**
 * A text record as the cells a range would give (each field through csvCell); a record whose quote
 * is never closed is an empty row, so the rows below keep their numbers. Converted in place: the
 * record's array becomes the row (no second array per row on a million-row file).
 */
export function recordCells(r: TextRow): Cell[] {
  if (r.broken !== undefined) return [];
  const cells = r.cells as Cell[];
  for (let j = 0; j < cells.length; j++) {
    const text = cells[j] as string;
    if (text !== '') cells[j] = csvCell(text);
  }
  return cells;
}
