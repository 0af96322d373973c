import type { Cell } from '../engine/types';
import type { TextRow } from './createTextReader';
import { csvCell } from './csvCell';

/**
 * recordCells for a reader that reads only some fields (issue #20: a sales log's mapped columns):
 * the fields at `columns` are typed by csvCell, and a field with the same text as the row above
 * gets the same cell without reading it again (ids, dates and invoices repeat down a log). The
 * other fields stay the text they are, untyped: blank exactly when csvCell would make them ''
 * (white space only), so a blank row is still told from a row missing a value. With a `key`
 * column (the client), a row whose key is blank has only its key typed: such a row is blank or
 * rejected whatever its other fields hold. A record whose quote is never closed is an empty row.
 * Converted in place, as recordCells does.
 */
export function selectedCells(columns: readonly number[], key = -1): (r: TextRow) => Cell[] {
  const wanted = [...new Set(columns)].filter((c) => c >= 0 && c !== key).sort((a, b) => a - b);
  if (key >= 0) wanted.unshift(key);
  const keyed = key >= 0;
  const lastText: string[] = wanted.map(() => '');
  const lastCell: Cell[] = wanted.map(() => '');
  return (r) => {
    if (r.broken !== undefined) return [];
    const cells = r.cells as Cell[];
    const n = cells.length;
    for (let k = 0; k < wanted.length; k++) {
      const j = wanted[k];
      if (j >= n) {
        if (k === 0 && keyed) return cells;
        continue;
      }
      const text = cells[j] as string;
      let cell: Cell;
      if (text === '') cell = '';
      else if (text === lastText[k]) cell = lastCell[k];
      else {
        cell = csvCell(text);
        lastText[k] = text;
        lastCell[k] = cell;
      }
      cells[j] = cell;
      if (k === 0 && keyed && cell === '') return cells;
    }
    return cells;
  };
}
