// The pane's "Analizar un archivo" (issue #20): the first rows of the file the user picked, as a
// source like a range (its header, first rows and columns), so the same mapping step proposes the
// columns. Runs in the engine worker; only these few rows reach the page.
import { HEADER_SCAN_ROWS, headerRowOf } from '../engine/clean';
import { CarteraError } from '../engine/types';
import { MAX_COLUMNS, PREVIEW_ROWS, type SourceInfo } from '../excel/openSource';
import { createTextReader, type TextRow } from '../files/createTextReader';
import { recordCells } from '../files/recordCells';
import { FileError } from '../files/FileError';
import { t, type Locale } from '../i18n';
import { fileBytes, fileFailure } from './fileBytes';

/** The file's header and first rows as a SourceInfo: the file name stands for the sheet and the address. */
export async function openSalesFile(file: Blob, name: string, locale: Locale): Promise<SourceInfo> {
  const where = { sheet: name };
  try {
    const reader = createTextReader({ file: name });
    const rows: TextRow[] = [];
    const want = HEADER_SCAN_ROWS + PREVIEW_ROWS + 1;
    for await (const bytes of fileBytes(file, name)) {
      for (const r of reader.push(bytes)) rows.push(r);
      if (rows.length >= want) break;
    }
    if (rows.length < want) for (const r of reader.end()) rows.push(r);
    if (rows.length === 0) throw new FileError('file_empty', { file: name });
    const cells = rows.map(recordCells);
    // the add-in's and the CLI's rule (src/engine/clean/headerRowOf)
    const h = headerRowOf(cells, Math.max(...cells.slice(0, HEADER_SCAN_ROWS).map((r) => r.length)));
    if (h < 0) throw new CarteraError('no_header', t(locale, 'error.noHeader', { address: name }), where);
    const data = cells.slice(h + 1, h + 1 + PREVIEW_ROWS);
    if (data.length === 0) throw new CarteraError('empty_range', t(locale, 'error.noDataRows', { address: name }), where);
    const columns = Math.max(cells[h].length, ...data.map((r) => r.length));
    if (columns > MAX_COLUMNS) {
      throw new CarteraError('range_too_large', t(locale, 'error.tooManyColumns', { address: name, columns, max: MAX_COLUMNS }), where);
    }
    const headers = Array.from({ length: columns }, (_, c) => (cells[h][c] === undefined ? '' : String(cells[h][c]).trim()));
    const preview = data.map((r) => Array.from({ length: columns }, (_, c) => r[c] ?? ''));
    return {
      sheet: name,
      address: name,
      headerRowIndex: h,
      columnIndex: 0,
      columns,
      // not known before the whole file is read
      dataRows: 0,
      headers,
      preview,
      previewFormats: preview.map((r) => r.map(() => 'General')),
      ref: { sheet: name, headerRow: h + 1, firstColumn: 0, headers },
    };
  } catch (error) {
    throw fileFailure(error, locale);
  }
}
