import type { Cell } from '../engine/types';
import type { TextRow } from './createTextReader';
import { csvCell } from './csvCell';

/**
 * recordCells for a reader that reads only some fields (issue #20: a sales log's mapped columns):
 * the fields at `columns` are typed by csvCell, and a field with the same text as the row above
 * gets the same cell without reading it again (ids, dates and invoices repeat down a log). The
 * other fields stay the text they are, untyped: blank exactly when csvCell would make them ''
 * (white space only), so a blank row is still told from a row missing a value. A record whose
 * quote is never closed is an empty row. Converted in place, as recordCells does.
 */
export function selectedCells(columns: readonly number[]): (r: TextRow) => Cell[] {
  const wanted = [...new Set(columns)].filter((c) => c >= 0).sort((a, b) => a - b);
  const lastText: string[] = wanted.map(() => '');
  const lastCell: Cell[] = wanted.map(() => '');
  return (r) => {
    if (r.broken !== undefined) return [];
    const cells = r.cells as Cell[];
    const n = cells.length;
    for (let k = 0; k < wanted.length; k++) {
      const j = wanted[k];
      if (j >= n) break;
      const text = cells[j] as string;
      if (text === '') continue;
      if (text === lastText[k]) cells[j] = lastCell[k];
      else {
        const cell = csvCell(text);
        lastText[k] = text;
        lastCell[k] = cell;
        cells[j] = cell;
      }
    }
    return cells;
  };
}
