// The classification columns beside the user's client list: new columns of its Excel table, or the
// empty columns right of a plain range. Everything they replace is backed up first, so that a
// failure can be undone (see undoSteps / applyUndo).
import type { Cell } from '../engine/types';
import type { ClientColumns } from '../report/types';
import type { SourceInfo } from './openSource';
import type { StoredClientColumns } from './outputStore';
import { blocksByBytes, jsonBytes, type SyncBatcher } from './syncBatcher';

export interface ClientListTarget {
  info: SourceInfo;
  /** 0-based data row (below the header) of each client index; -1 = not a row of the list */
  dataRow: Int32Array;
}

export type UndoStep =
  | { kind: 'deleteTableColumns'; table: string; names: string[] }
  | { kind: 'addTableColumns'; table: string; columns: { index: number; name: string; values: Cell[][]; formats: string[][] }[] }
  | { kind: 'writeRange'; sheet: string; row: number; column: number; values: Cell[][]; formats: string[][] }
  | { kind: 'clearRange'; sheet: string; row: number; column: number; rows: number; columns: number };

export interface ClientColumnsResult {
  /** null when the columns could not go beside the list (cells not empty) */
  stored: StoredClientColumns | null;
  /** run in reverse order to put the list back as it was */
  undo: UndoStep[];
}

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
  const rows = Math.max(1, grid.length);
  // text formats before the values
  for (let c = 0; c < width; c++) {
    if (columns.columns[c].kind !== 'text') continue;
    await batcher.reserve(16);
    worksheet.getRangeByIndexes(firstData, left + c, rows, 1).numberFormat = '@' as unknown as unknown[][];
  }
  if (header) {
    await batcher.reserve(16 + jsonBytes([header]));
    const h = worksheet.getRangeByIndexes(top, left, 1, width);
    h.numberFormat = '@' as unknown as unknown[][];
    h.values = [header];
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

export async function writeClientColumns(
  context: Excel.RequestContext,
  target: ClientListTarget,
  columns: ClientColumns,
  previous: StoredClientColumns | null,
  batcher: SyncBatcher,
  blockBytes: number,
): Promise<ClientColumnsResult> {
  return target.info.table
    ? tableColumns(context, target, target.info.table, columns, previous, batcher, blockBytes)
    : rangeColumns(context, target, columns, previous, batcher, blockBytes);
}

async function tableColumns(
  context: Excel.RequestContext,
  target: ClientListTarget,
  tableName: string,
  columns: ClientColumns,
  previous: StoredClientColumns | null,
  batcher: SyncBatcher,
  blockBytes: number,
): Promise<ClientColumnsResult> {
  await batcher.flush();
  const table = context.workbook.tables.getItem(tableName);
  table.columns.load('items/name,items/index');
  const range = table.getRange();
  range.load('rowIndex,columnIndex,rowCount,columnCount');
  const worksheet = table.worksheet;
  worksheet.load('name');
  await context.sync();
  const headers = columns.columns.map((c) => c.header);
  const bodyRows = range.rowCount - 1;
  const ours =
    previous && previous.table === tableName ? table.columns.items.filter((c) => previous.headers.includes(c.name)) : [];
  const undo: UndoStep[] = [];

  // Back up our previous columns (header + body, values and formats).
  const backups = ours.map((c) => {
    const r = c.getRange();
    r.load('values,numberFormat');
    return { column: c, range: r };
  });
  if (backups.length) await context.sync();
  const inPlace =
    ours.length === headers.length &&
    ours.every((c, k) => c.name === headers[k] && c.index === ours[0].index + k);
  const grid = gridFor(columns, target, bodyRows);
  if (inPlace) {
    const left = range.columnIndex + ours[0].index;
    undo.push({
      kind: 'writeRange',
      sheet: worksheet.name,
      row: range.rowIndex,
      column: left,
      values: transpose(backups.map((b) => (b.range.values as Cell[][]).map((row) => row[0]))),
      formats: transpose(backups.map((b) => (b.range.numberFormat as string[][]).map((row) => row[0]))),
    });
    await writeGrid(worksheet, range.rowIndex + 1, left, null, grid, columns, batcher, blockBytes);
  } else {
    // Delete ours (highest index first), then append the new ones.
    if (ours.length) {
      undo.push({
        kind: 'addTableColumns',
        table: tableName,
        columns: backups
          .map((b) => ({
            index: b.column.index,
            name: b.column.name,
            values: b.range.values as Cell[][],
            formats: b.range.numberFormat as string[][],
          }))
          .sort((a, b) => a.index - b.index),
      });
      for (const b of [...backups].sort((x, y) => y.column.index - x.column.index)) b.column.delete();
    }
    const remaining = range.columnCount - ours.length;
    for (const header of headers) {
      await batcher.reserve(header.length + 40);
      table.columns.add(null as unknown as number, undefined, header);
    }
    undo.push({ kind: 'deleteTableColumns', table: tableName, names: headers });
    await writeGrid(worksheet, range.rowIndex + 1, range.columnIndex + remaining, null, grid, columns, batcher, blockBytes);
  }
  await batcher.flush();
  return {
    stored: { sheet: worksheet.name, table: tableName, headerRow: range.rowIndex, column: -1, headers, rows: bodyRows },
    undo,
  };
}

async function rangeColumns(
  context: Excel.RequestContext,
  target: ClientListTarget,
  columns: ClientColumns,
  previous: StoredClientColumns | null,
  batcher: SyncBatcher,
  blockBytes: number,
): Promise<ClientColumnsResult> {
  await batcher.flush();
  const { info } = target;
  const worksheet = context.workbook.worksheets.getItem(info.sheet);
  const top = info.headerRowIndex;
  const left = info.columnIndex + info.columns;
  const rows = info.dataRows + 1;
  const width = columns.columns.length;
  const headers = columns.columns.map((c) => c.header);

  // Our previous area, if it is still there unchanged (its header cells hold our headers).
  let old: { rows: number; columns: number } | null = null;
  if (previous && !previous.table && previous.sheet === info.sheet && previous.headerRow === top && previous.column === left) {
    const h = worksheet.getRangeByIndexes(top, left, 1, previous.headers.length);
    h.load('values');
    await context.sync();
    if (previous.headers.every((text, k) => h.values[0][k] === text)) old = { rows: previous.rows + 1, columns: previous.headers.length };
  }
  // Cells we would take that are not ours must be empty.
  const probes: Excel.Range[] = [];
  const probe = (r: number, c: number, nr: number, nc: number) => {
    if (nr <= 0 || nc <= 0) return;
    const used = worksheet.getRangeByIndexes(r, c, nr, nc).getUsedRangeOrNullObject(true);
    used.load('address');
    probes.push(used);
  };
  if (!old) probe(top, left, rows, width);
  else {
    probe(top + old.rows, left, rows - old.rows, Math.min(width, old.columns));
    probe(top, left + old.columns, rows, width - old.columns);
  }
  if (probes.length) await context.sync();
  if (probes.some((p) => !p.isNullObject)) return { stored: null, undo: [] };

  const undo: UndoStep[] = [];
  undo.push({ kind: 'clearRange', sheet: info.sheet, row: top, column: left, rows, columns: width });
  if (old) {
    const backup = worksheet.getRangeByIndexes(top, left, old.rows, old.columns);
    backup.load('values,numberFormat');
    await context.sync();
    undo.push({
      kind: 'writeRange',
      sheet: info.sheet,
      row: top,
      column: left,
      values: backup.values as Cell[][],
      formats: backup.numberFormat as string[][],
    });
    // parts of the old area the new one does not cover
    if (old.rows > rows) worksheet.getRangeByIndexes(top + rows, left, old.rows - rows, old.columns).clear('All' as Excel.ClearApplyTo);
    if (old.columns > width) worksheet.getRangeByIndexes(top, left + width, old.rows, old.columns - width).clear('All' as Excel.ClearApplyTo);
  }
  await writeGrid(worksheet, top, left, headers, gridFor(columns, target, info.dataRows), columns, batcher, blockBytes);
  await batcher.flush();
  return { stored: { sheet: info.sheet, table: null, headerRow: top, column: left, headers, rows: info.dataRows }, undo };
}

function transpose<T>(columns: T[][]): T[][] {
  const rows = columns[0]?.length ?? 0;
  return Array.from({ length: rows }, (_, r) => columns.map((col) => col[r]));
}

/** Runs the undo steps (in reverse order) in a fresh context. */
export async function applyUndo(context: Excel.RequestContext, steps: UndoStep[]): Promise<void> {
  for (const step of [...steps].reverse()) {
    switch (step.kind) {
      case 'deleteTableColumns': {
        // only those that were actually added before the failure
        const table = context.workbook.tables.getItem(step.table);
        table.columns.load('items/name');
        await context.sync();
        for (const col of [...table.columns.items].reverse()) if (step.names.includes(col.name)) col.delete();
        break;
      }
      case 'addTableColumns': {
        const table = context.workbook.tables.getItem(step.table);
        for (const col of step.columns) {
          const added = table.columns.add(col.index, col.values as (string | number | boolean)[][], col.name);
          added.getRange().numberFormat = col.formats;
        }
        break;
      }
      case 'writeRange': {
        const range = context.workbook.worksheets
          .getItem(step.sheet)
          .getRangeByIndexes(step.row, step.column, step.values.length, step.values[0]?.length ?? 1);
        range.numberFormat = step.formats;
        range.values = step.values as unknown[][];
        break;
      }
      case 'clearRange':
        context.workbook.worksheets
          .getItem(step.sheet)
          .getRangeByIndexes(step.row, step.column, step.rows, step.columns)
          .clear('All' as Excel.ClearApplyTo);
        break;
    }
  }
  await context.sync();
}
