// Resolves a RangeSource to a rectangle of the grid, finds its header row and reads a preview.
import { CarteraError, type Cell, type SourceRef } from '../engine/types';
import { t, type Locale } from '../i18n';
import { rangeAddress, splitAddress } from './address';
import { HEADER_SCAN_ROWS, headerRowOf } from '../engine/clean/headerRowOf';
import type { ExcelRun, RangeSource } from './types';

export interface SourceInfo {
  sheet: string;
  /** table name when the source is (or was resolved to) an Excel table */
  table?: string;
  /** address of header + data, e.g. "Ventas!A1:H60001" */
  address: string;
  /** 0-based grid row of the header row */
  headerRowIndex: number;
  /** 0-based grid column of the first column */
  columnIndex: number;
  columns: number;
  /** data rows below the header */
  dataRows: number;
  headers: string[];
  /** the first data rows (up to PREVIEW_ROWS) */
  preview: Cell[][];
  /** number formats of the preview rows (to recognise date columns) */
  previewFormats: string[][];
  /** the SourceRef the clean engine's readers take */
  ref: SourceRef;
}

/** Rows read to show a preview (below the HEADER_SCAN_ROWS looked at for the header). */
export const PREVIEW_ROWS = 20;
/** Wider ranges are almost always a wrong selection (whole rows). */
export const MAX_COLUMNS = 512;

export interface OpenSourceOptions {
  locale?: Locale;
}

/** Resolves the source (selection, table or address) and reads its header and first rows in one sync. */
export async function openSource(run: ExcelRun, source: RangeSource, options: OpenSourceOptions = {}): Promise<SourceInfo> {
  const locale = options.locale ?? 'en';
  return run(async (context) => {
    const rect = await resolveRectangle(context, source, locale);
    const where = { sheet: rect.sheet };
    const described = rangeAddress(rect.sheet, rect.row, rect.column, Math.max(1, rect.rows), Math.max(1, rect.columns));
    if (rect.rows === 0 || rect.columns === 0) {
      throw new CarteraError('empty_range', t(locale, 'error.emptyRange', { address: described }), where);
    }
    if (rect.columns > MAX_COLUMNS) {
      throw new CarteraError(
        'range_too_large',
        t(locale, 'error.tooManyColumns', { address: described, columns: rect.columns, max: MAX_COLUMNS }),
        where,
      );
    }
    const sheet = context.workbook.worksheets.getItem(rect.sheet);
    const scanRows = Math.min(rect.rows, HEADER_SCAN_ROWS + PREVIEW_ROWS);
    const head = sheet.getRangeByIndexes(rect.row, rect.column, scanRows, rect.columns);
    head.load('values,numberFormat');
    await context.sync();
    const values = head.values as Cell[][];
    const formats = head.numberFormat as string[][];
    const offset = rect.table ? 0 : headerRowOf(values, rect.columns);
    if (offset < 0) {
      throw new CarteraError('no_header', t(locale, 'error.noHeader', { address: described }), where);
    }
    const headers = values[offset].map((v) => (v === null || v === undefined ? '' : String(v).trim()));
    const headerRow = rect.row + offset;
    const dataRows = rect.rows - offset - 1;
    if (dataRows <= 0) {
      throw new CarteraError('empty_range', t(locale, 'error.noDataRows', { address: described }), where);
    }
    const preview = values.slice(offset + 1, offset + 1 + PREVIEW_ROWS);
    const previewFormats = formats.slice(offset + 1, offset + 1 + PREVIEW_ROWS);
    return {
      sheet: rect.sheet,
      table: rect.table,
      address: rangeAddress(rect.sheet, headerRow, rect.column, dataRows + 1, rect.columns),
      headerRowIndex: headerRow,
      columnIndex: rect.column,
      columns: rect.columns,
      dataRows,
      headers,
      preview,
      previewFormats,
      ref: { sheet: rect.sheet, headerRow: headerRow + 1, firstColumn: rect.column, headers },
    };
  });
}

interface Rectangle {
  sheet: string;
  table?: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * The source as a grid rectangle clipped to the sheet's used range (whole-column selections such
 * as A:F become the rows in use). A single selected cell stands for the data around it: the sheet's
 * used range.
 */
async function resolveRectangle(context: Excel.RequestContext, source: RangeSource, locale: Locale): Promise<Rectangle> {
  let range: Excel.Range;
  let tableName: string | undefined;
  if (source.kind === 'table') {
    const table = context.workbook.tables.getItemOrNullObject(source.name);
    await context.sync();
    if (table.isNullObject) {
      throw new CarteraError('table_not_found', t(locale, 'error.tableNotFound', { name: source.name }));
    }
    range = table.getRange();
    tableName = source.name;
  } else if (source.kind === 'address') {
    const { sheet, range: part } = splitAddress(source.address);
    let worksheet: Excel.Worksheet;
    if (sheet !== undefined) {
      worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (worksheet.isNullObject) {
        throw new CarteraError('sheet_not_found', t(locale, 'error.sheetNotFound', { sheet }), { sheet });
      }
    } else {
      worksheet = context.workbook.worksheets.getActiveWorksheet();
    }
    range = worksheet.getRange(part);
  } else {
    range = context.workbook.getSelectedRange();
  }
  const worksheet = range.worksheet;
  worksheet.load('name');
  range.load('rowIndex,columnIndex,rowCount,columnCount');
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  try {
    await context.sync();
  } catch (error) {
    if (source.kind === 'address') {
      throw new CarteraError('bad_address', t(locale, 'error.badAddress', { address: source.address }));
    }
    throw error;
  }
  const sheet = worksheet.name;
  if (used.isNullObject) return { sheet, table: tableName, row: range.rowIndex, column: range.columnIndex, rows: 0, columns: 0 };
  let top = range.rowIndex;
  let left = range.columnIndex;
  let bottom = top + range.rowCount - 1;
  let right = left + range.columnCount - 1;
  if (source.kind === 'selection' && range.rowCount === 1 && range.columnCount === 1) {
    top = used.rowIndex;
    left = used.columnIndex;
    bottom = top + used.rowCount - 1;
    right = left + used.columnCount - 1;
  }
  if (!tableName) {
    top = Math.max(top, used.rowIndex);
    left = Math.max(left, used.columnIndex);
    bottom = Math.min(bottom, used.rowIndex + used.rowCount - 1);
    right = Math.min(right, used.columnIndex + used.columnCount - 1);
  }
  if (source.kind === 'address' && top <= bottom && left <= right) {
    // A stored address follows its data (issue #18): rows appended below and columns added beside.
    const block = await followData(context, worksheet, { top, left, bottom, right }, used);
    bottom = block.bottom;
    right = block.right;
  }
  return {
    sheet,
    table: tableName,
    row: top,
    column: left,
    rows: Math.max(0, bottom - top + 1),
    columns: Math.max(0, right - left + 1),
  };
}

/** Cells per read while looking for the end of the data (values only: well under the 4 MB budget). */
const FOLLOW_READ_CELLS = 100_000;

function blank(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === '';
}

/**
 * The stored rectangle grown to the contiguous data: columns to the right while the first row's cell is
 * filled, then rows below while a row has any filled cell (Excel's "current region" downwards; the
 * API's `getSurroundingRegion` is preview only). Rows are read in growing blocks, values only.
 */
async function followData(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  rect: { top: number; left: number; bottom: number; right: number },
  used: Excel.Range,
): Promise<{ bottom: number; right: number }> {
  const usedRight = used.columnIndex + used.columnCount - 1;
  const usedBottom = used.rowIndex + used.rowCount - 1;
  let { bottom, right } = rect;
  if (right < usedRight) {
    const beside = worksheet.getRangeByIndexes(rect.top, right + 1, 1, usedRight - right);
    beside.load('values');
    await context.sync();
    const row = beside.values[0];
    let n = 0;
    while (n < row.length && !blank(row[n])) n++;
    right += n;
  }
  const columns = right - rect.left + 1;
  let step = 256;
  while (bottom < usedBottom) {
    const rows = Math.min(step, usedBottom - bottom, Math.max(1, Math.floor(FOLLOW_READ_CELLS / columns)));
    const below = worksheet.getRangeByIndexes(bottom + 1, rect.left, rows, columns);
    below.load('values');
    await context.sync();
    const firstBlank = below.values.findIndex((r) => r.every(blank));
    if (firstBlank >= 0) return { bottom: bottom + firstBlank, right };
    bottom += rows;
    step *= 4;
  }
  return { bottom, right };
}

/**
 * Whether the workbook uses the 1904 date system: true/false where the API exposes
 * `Workbook.use1904DateSystem` (preview API), null when it does not (then the user's option applies).
 * Run on its own so that a host without the property cannot spoil another batch.
 */
export async function detectDate1904(run: ExcelRun): Promise<boolean | null> {
  try {
    return await run(async (context) => {
      const workbook = context.workbook as Excel.Workbook & { use1904DateSystem?: boolean };
      workbook.load('use1904DateSystem');
      await context.sync();
      const value = workbook.use1904DateSystem;
      return typeof value === 'boolean' ? value : null;
    });
  } catch {
    return null;
  }
}
