// The pane's file path (issue #20), in the engine worker: the whole file the user picked, read a slice
// at a time (gunzipped when .gz), parsed by src/files and fed straight into the engine's sales reader.
// Only the cleaned typed columns come out: the rows are never kept, never sent to the page and never
// written to the workbook.
import {
  createSalesReader,
  salesColumns,
  type SalesReaderOptions,
  type SalesReadResult,
} from '../engine/clean';
import {
  CarteraError,
  type Cell,
  type RejectedRow,
  type SalesMapping,
  type SourceRef,
} from '../engine/types';
import { createTextReader, type TextRow } from '../files/createTextReader';
import { FileError } from '../files/FileError';
import { printable } from '../files/printable';
import { rejectBrokenRecords } from '../files/rejectBrokenRecords';
import { t, type Locale } from '../i18n';
import { fileBytes, fileFailure, type FileBytesRead } from './fileBytes';
import { selectedCells } from '../files/selectedCells';

/** How far a file read is: the file's bytes read of its size, and data rows so far. */
export type FileProgress = (bytesRead: number, size: number, rows: number) => void;

export interface ReadSalesFileOptions {
  locale: Locale;
  onProgress?: FileProgress;
  /** checked between slices: a cancel stops the read (CarteraError 'cancelled') */
  signal?: AbortSignal;
}

/**
 * Reads `file` (its header at `source.headerRow`, as openSalesFile found it) into the engine's sales
 * reader with `mapping`. Rows are numbered as the file's records (what Excel would show as its rows),
 * and rejected rows name the file as their sheet; a record whose quote never closes is a rejected
 * row (broken_quotes) and the rows below keep their numbers.
 */
export async function readSalesFile(
  file: Blob,
  mapping: SalesMapping,
  source: SourceRef,
  readerOptions: SalesReaderOptions,
  { locale, onProgress, signal }: ReadSalesFileOptions,
): Promise<SalesReadResult> {
  const name = source.sheet;
  const cancelled = () => new CarteraError('cancelled', t(locale, 'error.cancelled'));
  try {
    const sales = createSalesReader(mapping, source, readerOptions);
    const text = createTextReader({ file: name });
    // only the mapped fields are typed, the client's first (as the CLI reads a file)
    const typed = selectedCells(salesColumns(mapping), mapping.client);
    const broken: RejectedRow[] = [];
    let records = 0;
    let rows = 0;
    const take = (batch: TextRow[]) => {
      const block: Cell[][] = [];
      for (const r of batch) {
        records = r.row;
        if (r.row <= source.headerRow) continue;
        if (r.broken !== undefined) {
          broken.push({
            sheet: name,
            row: r.row,
            column: '',
            reason: 'broken_quotes',
            value: printable(r.broken),
          });
        }
        block.push(typed(r));
      }
      if (block.length > 0) sales.add(block);
      rows += block.length;
    };
    const read: FileBytesRead = { bytes: 0 };
    for await (const bytes of fileBytes(file, name, read)) {
      if (signal?.aborted) throw cancelled();
      take(text.push(bytes));
      onProgress?.(read.bytes, file.size, rows);
    }
    if (signal?.aborted) throw cancelled();
    take(text.end());
    if (records === 0) throw new FileError('file_empty', { file: name });
    const result = sales.finish();
    rejectBrokenRecords(result.quality, broken);
    onProgress?.(file.size, file.size, rows);
    return result;
  } catch (error) {
    throw fileFailure(error, locale);
  }
}
