// The classification columns beside the user's client list: new columns of its Excel table, or the
// empty columns right of a plain range. Our columns are recognised by their headers ("Cartera: …"),
// not by what the last run recorded, so columns a failed run left behind are reused, never
// duplicated. Everything the write may change is read first (`onBackup`, before the first change),
// so that restoreClientColumns can put the list back exactly, whatever part of the write was applied.
import type { Cell } from '../engine/types';
import type { ClientColumns } from '../report/types';
import type { SourceInfo } from './openSource';
import { OWN_COLUMN_PREFIX } from '../report/ownColumnHeader';
import type { StoredClientColumns } from './outputStore';
import { readArea } from './readArea';
import type { ClientColumnsBackup } from './restoreClientColumns';
import { blocksByBytes, jsonBytes, type SyncBatcher } from './syncBatcher';

export interface ClientListTarget {
  info: SourceInfo;
  /** 0-based data row (below the header) of each client index; -1 = not a row of the list */
  dataRow: Int32Array;
}

/** Widest run of our header cells looked for right of a plain range. */
const MAX_OWN_COLUMNS = 64;

/** Rows of the list (data rows) × our columns, "" where a row is not a client of the analysis. */
function gridFor(columns: ClientColumns, target: ClientListTarget, bodyRows: number): Cell[][] {
  const width = columns.columns.length;
  const grid: Cell[][] = Array.from({ length: bodyRows }, () => new Array<Cell>(width).fill(''));
  for (let client = 0; client < target.dataRow.length; client++) {
    const r = target.dataRow[client];
    if (r >= 0 && r < bodyRows) grid[r] = columns.rows[client];
  }
  return grid;
}

async function writeGrid(
  worksheet: Excel.Worksheet,
  top: number,
  left: number,
  header: string[] | null,
  grid: Cell[][],
  columns: ClientColumns,
  batcher: SyncBatcher,
  blockBytes: number,
): Promise<void> {
  const width = columns.columns.length;
  const firstData = header ? top + 1 : top;
  const rows = grid.length;
  if (header) {
    await batcher.reserve(16 + jsonBytes([header]));
    const h = worksheet.getRangeByIndexes(top, left, 1, width);
    h.numberFormat = '@' as unknown as unknown[][];
    h.values = [header];
  }
  // a list without data rows: the header only
  if (rows === 0) return;
  // text formats before the values
  for (let c = 0; c < width; c++) {
    if (columns.columns[c].kind !== 'text') continue;
    await batcher.reserve(16);
    worksheet.getRangeByIndexes(firstData, left + c, rows, 1).numberFormat = '@' as unknown as unknown[][];
  }
  for (const [start, end, bytes] of blocksByBytes(grid, blockBytes)) {
    const block = grid.slice(start, end);
    await batcher.reserve(bytes);
    worksheet.getRangeByIndexes(firstData + start, left, end - start, width).values = block as unknown[][];
  }
  for (let c = 0; c < width; c++) {
    const col = columns.columns[c];
    if (col.kind === 'text') continue;
    await batcher.reserve(col.numberFormat.length + 8);
    worksheet.getRangeByIndexes(firstData, left + c, rows, 1).numberFormat = col.numberFormat as unknown as unknown[][];
  }
}

/**
 * Writes the columns; returns what to store (null when they cannot go beside the list: cells that
 * are not ours are in the way). `onBackup` receives what restores the list, before the first change.
 */
export async function writeClientColumns(
  context: Excel.RequestContext,
  target: ClientListTarget,
  columns: ClientColumns,
  previous: StoredClientColumns | null,
  batcher: SyncBatcher,
  blockBytes: number,
  onBackup: (backup: ClientColumnsBackup) => void,
): Promise<StoredClientColumns | null> {
  await batcher.flush();
  return target.info.table
    ? tableColumns(context, target, target.info.table, columns, batcher, blockBytes, onBackup)
    : rangeColumns(context, target, columns, previous, batcher, blockBytes, onBackup);
}

async function tableColumns(
  context: Excel.RequestContext,
  target: ClientListTarget,
  tableName: string,
  columns: ClientColumns,
  batcher: SyncBatcher,
  blockBytes: number,
  onBackup: (backup: ClientColumnsBackup) => void,
): Promise<StoredClientColumns> {
  const table = context.workbook.tables.getItem(tableName);
  table.columns.load('items/name,items/index');
  const range = table.getRange();
  range.load('rowIndex,columnIndex,rowCount,columnCount');
  const worksheet = table.worksheet;
  worksheet.load('name');
  await context.sync();
  const headers = columns.columns.map((c) => c.header);
  const bodyRows = range.rowCount - 1;
  // Ours: every column with our prefix (also those a failed run left, e.g. "Cartera: Clase ABC2").
  const ours = table.columns.items.filter((c) => c.name.startsWith(OWN_COLUMN_PREFIX));
  const saved = [];
  for (const c of ours) {
    const area = await readArea(context, worksheet, range.rowIndex, range.columnIndex + c.index, range.rowCount, 1, blockBytes);
    saved.push({ index: c.index, name: c.name, values: area.values, formats: area.formats });
  }
  onBackup({ kind: 'table', table: tableName, sheet: worksheet.name, row: range.rowIndex, column: range.columnIndex, columns: saved });

  const inPlace = ours.length === headers.length && ours.every((c, k) => c.name === headers[k] && c.index === ours[0].index + k);
  const grid = gridFor(columns, target, bodyRows);
  let left: number;
  if (inPlace) left = range.columnIndex + ours[0].index;
  else {
    // Delete ours (highest index first), then append the new ones.
    for (const c of [...ours].sort((x, y) => y.index - x.index)) c.delete();
    for (const header of headers) {
      await batcher.reserve(header.length + 40);
      table.columns.add(null as unknown as number, undefined, header);
    }
    left = range.columnIndex + range.columnCount - ours.length;
  }
  await writeGrid(worksheet, range.rowIndex + 1, left, null, grid, columns, batcher, blockBytes);
  await batcher.flush();
  return { sheet: worksheet.name, table: tableName, headerRow: range.rowIndex, column: -1, headers, rows: bodyRows };
}

async function rangeColumns(
  context: Excel.RequestContext,
  target: ClientListTarget,
  columns: ClientColumns,
  previous: StoredClientColumns | null,
  batcher: SyncBatcher,
  blockBytes: number,
  onBackup: (backup: ClientColumnsBackup) => void,
): Promise<StoredClientColumns | null> {
  const { info } = target;
  const worksheet = context.workbook.worksheets.getItem(info.sheet);
  const top = info.headerRowIndex;
  const left = info.columnIndex + info.columns;
  const rows = info.dataRows + 1;
  const width = columns.columns.length;
  const headers = columns.columns.map((c) => c.header);

  // Our previous columns: the run of header cells with our prefix right of the list (also those of
  // a run that failed half-way); as many rows as recorded there, else as the list has.
  const headerCells = worksheet.getRangeByIndexes(top, left, 1, Math.min(MAX_OWN_COLUMNS, 16_384 - left));
  headerCells.load('values');
  await context.sync();
  let oldColumns = 0;
  while (oldColumns < headerCells.values[0].length && String(headerCells.values[0][oldColumns]).startsWith(OWN_COLUMN_PREFIX)) oldColumns++;
  const recorded = previous && !previous.table && previous.sheet === info.sheet && previous.headerRow === top && previous.column === left;
  const oldRows = oldColumns === 0 ? 0 : recorded ? previous.rows + 1 : rows;

  // Cells we would take that are not ours must be empty.
  const probes: Excel.Range[] = [];
  const probe = (r: number, c: number, nr: number, nc: number) => {
    if (nr <= 0 || nc <= 0) return;
    const used = worksheet.getRangeByIndexes(r, c, nr, nc).getUsedRangeOrNullObject(true);
    used.load('address');
    probes.push(used);
  };
  probe(top + oldRows, left, rows - oldRows, Math.min(width, oldColumns));
  probe(top, left + oldColumns, rows, width - oldColumns);
  if (probes.length) await context.sync();
  if (probes.some((p) => !p.isNullObject)) return null;

  // Back up everything the write may change: the old area and the new one.
  const areaRows = Math.max(rows, oldRows);
  const areaColumns = Math.max(width, oldColumns);
  const area = await readArea(context, worksheet, top, left, areaRows, areaColumns, blockBytes);
  onBackup({ kind: 'range', sheet: info.sheet, row: top, column: left, values: area.values, formats: area.formats });

  // parts of the old area the new one does not cover
  if (oldRows > rows) worksheet.getRangeByIndexes(top + rows, left, oldRows - rows, oldColumns).clear('All' as Excel.ClearApplyTo);
  if (oldColumns > width) worksheet.getRangeByIndexes(top, left + width, oldRows, oldColumns - width).clear('All' as Excel.ClearApplyTo);
  await writeGrid(worksheet, top, left, headers, gridFor(columns, target, info.dataRows), columns, batcher, blockBytes);
  await batcher.flush();
  return { sheet: info.sheet, table: null, headerRow: top, column: left, headers, rows: info.dataRows };
}
