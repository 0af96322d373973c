import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TransformOptions } from 'node:stream';
import { createGunzip, type ZlibOptions } from 'node:zlib';
import type { Cell } from '../engine/types';
import { FileError } from '../files/FileError';
import { createTextReader, type TextRow } from '../files/createTextReader';
import { recordCells } from '../files/recordCells';
import { selectedCells } from '../files/selectedCells';
import { xlsxCellValue } from '../files/xlsxCellValue';
import { sheetNameFor } from '../engine/sheetNameFor';
import { textFileWarnings, type TextFileWarning } from '../files/textFileWarnings';

/** A sheet's cells as Range.values would give them: numbers, strings, booleans, "" for empty. */
export interface Table {
  /** the sheet name (for a CSV: the file name without extension) */
  sheet: string;
  rows: Cell[][];
  /** text records whose quote is never closed: empty rows in `rows`, rejected by ingestTables */
  brokenRows?: BrokenRow[];
  /** what to tell about the file's rows (unclosed quotes, bytes that are not UTF-8) */
  warnings?: TextFileWarning[];
}

export interface BrokenRow {
  /** 1-based row (record number) */
  row: number;
  /** the record's raw text */
  text: string;
}

/** Reads a CSV (.csv, .txt, .tsv, .csv.gz; streamed through src/files) or the first sheet of an .xlsx. */
export async function readTable(file: string): Promise<Table> {
  const lower = file.toLowerCase();
  const fsError = fileSystemError(file);
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) {
    let bytes: Buffer;
    try {
      if ((await stat(file)).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
      bytes = await readFile(file);
    } catch (e) {
      throw fsError(e);
    }
    return readXlsx(file, bytes);
  }
  if (/\.(csv|txt|tsv)(\.gz)?$/.test(lower)) {
    const rows: Cell[][] = [];
    const info = await streamTable(file, () => ({
      add(block) {
        for (const r of block) rows.push(r);
      },
    }));
    return { ...info, rows };
  }
  try {
    await stat(file);
  } catch (e) {
    throw fsError(e);
  }
  const ext = /\.[^.\\/]*$/.exec(basename(file))?.[0] ?? basename(file);
  throw new FileError('file_unsupported_type', { file, ext, accepted: '.csv, .csv.gz, .txt, .tsv, .xlsx' });
}

/** Bytes read at a time: the file is never in memory as bytes or as one string, only as rows. */
const CHUNK = 1 << 17;

/** Most records a file's size may announce up front (beyond, the reader's storage grows as it needs). */
const EXPECT_MAX = 1 << 24;

/** A table's rows streamed to a sink instead of returned; what is left of the Table. */
export type TableInfo = Omit<Table, 'rows'>;

/** Where a streamed table's rows go. */
export interface RowSink {
  /**
   * A block of rows, in file order; → the columns it reads once it knows them, its key (the
   * client) first (a text file's other fields are then not typed, nor a row's fields when its key
   * is blank: see selectedCells), else nothing.
   */
  add(rows: Cell[][]): readonly number[] | void;
  /** About how many records the whole file holds (from its size), told before the first block. */
  expect?(records: number): void;
}

/**
 * Like readTable, but the rows go to `sinkFor(sheet)` block by block as they are read: a text file
 * is never in memory (an .xlsx is read whole by ExcelJS, then given in one block).
 */
export async function streamTable(file: string, sinkFor: (sheet: string) => RowSink): Promise<TableInfo> {
  const lower = file.toLowerCase();
  if (!/\.(csv|txt|tsv)(\.gz)?$/.test(lower)) {
    const { rows, ...info } = await readTable(file);
    const sink = sinkFor(info.sheet);
    sink.expect?.(rows.length);
    sink.add(rows);
    return info;
  }
  const fsError = fileSystemError(file);
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    size = info.size;
  } catch (e) {
    throw fsError(e);
  }
  const gz = lower.endsWith('.gz');
  return readCsv(file, gz, gz ? await gzipTextSize(file, size) : size, fsError, sinkFor);
}

function fileSystemError(file: string): (e: unknown) => FileError {
  return (e) => {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return new FileError('file_not_found', { file });
    if (code === 'EISDIR') return new FileError('file_is_directory', { file });
    return new FileError('file_unreadable', { file, detail: code ?? String(e) });
  };
}

/**
 * A gzip file's text size from its trailer (ISIZE, the size mod 2^32 of the last member), or NaN when
 * it cannot be trusted: it is only a hint for sizing storage.
 */
async function gzipTextSize(file: string, size: number): Promise<number> {
  if (size < 18) return NaN;
  try {
    const handle = await open(file, 'r');
    try {
      const trailer = new Uint8Array(4);
      await handle.read(trailer, 0, 4, size - 4);
      const text = new DataView(trailer.buffer).getUint32(0, true);
      // a text over 4 GB wraps; a member among several is only part of the text
      return text >= size && text <= size * 64 ? text : NaN;
    } finally {
      await handle.close();
    }
  } catch {
    return NaN;
  }
}

async function readCsv(
  file: string,
  gz: boolean,
  textSize: number,
  fsError: (e: unknown) => FileError,
  sinkFor: (sheet: string) => RowSink,
): Promise<TableInfo> {
  const sheet = sheetNameFor(
    basename(file)
      .replace(/\.gz$/i, '')
      .replace(/\.[^.]+$/, ''),
  );
  const sink = sinkFor(sheet);
  const reader = createTextReader({ file });
  let count = 0;
  /** bytes of text given to the reader so far */
  let read = 0;
  let typed: (r: TextRow) => Cell[] = recordCells;
  const brokenRows: BrokenRow[] = [];
  const flagged: TextRow[] = [];
  const take = (batch: TextRow[]) => {
    if (batch.length === 0) return;
    const rows: Cell[][] = new Array(batch.length);
    for (let i = 0; i < batch.length; i++) {
      const r = batch[i];
      if (r.broken !== undefined || r.invalidBytes > 0) flagged.push(r);
      // a broken record stays as an empty row (ingestTables rejects it)
      if (r.broken !== undefined) brokenRows.push({ row: r.row, text: r.broken });
      rows[i] = typed(r);
    }
    if (count === 0 && textSize === textSize && read > 0) {
      const last = batch[batch.length - 1].row;
      // a guess from the first records: bounded, so short first records cannot reserve gigabytes
      sink.expect?.(Math.min(EXPECT_MAX, Math.ceil((textSize / read) * last * 1.02) + 1024));
    }
    count += rows.length;
    const wanted = sink.add(rows);
    if (wanted && typed === recordCells) typed = selectedCells(wanted, wanted[0]);
  };
  const input = createReadStream(file, { highWaterMark: CHUNK });
  let source: AsyncIterable<Buffer> = input;
  let gzipFailed = false;
  if (gz) {
    // zlib passes the stream options on to its Transform: up to 8 chunks decompressed ahead
    const options: ZlibOptions & TransformOptions = { chunkSize: CHUNK, readableHighWaterMark: 8 * CHUNK };
    const gunzip = createGunzip(options);
    input.on('error', (e) => gunzip.destroy(e));
    gunzip.on('error', () => void (gzipFailed = !input.errored));
    source = input.pipe(gunzip);
  }
  try {
    for await (const chunk of source) {
      read += chunk.length;
      take(reader.push(chunk));
    }
  } catch (e) {
    // the sink's own errors (no client column...) go through as they are
    if (gzipFailed) throw new FileError('file_corrupt_gzip', { file });
    if ((e as NodeJS.ErrnoException).syscall) throw fsError(e);
    throw e;
  }
  take(reader.end());
  if (count === 0) throw new FileError('file_empty', { file });
  return { sheet, brokenRows, warnings: textFileWarnings(flagged) };
}

async function readXlsx(file: string, bytes: Buffer): Promise<Table> {
  // loaded only for an .xlsx: ExcelJS takes ≈ 0.2 s to load, a CSV run never needs it
  const { Workbook } = (await import('exceljs')).default;
  const wb = new Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FileError('file_corrupt_xlsx', { file });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new FileError('file_no_sheets', { file });
  const rows: Cell[][] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const out: Cell[] = new Array(width).fill('');
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col <= width) out[col - 1] = xlsxCellValue(cell.value) ?? '';
    });
    rows.push(out);
  }
  return { sheet: ws.name, rows };
}
