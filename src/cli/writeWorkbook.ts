// --out: Cartera's sheets (summary, per client, metrics, value, quality...) built from the analysis the
// CLI already made, written by the add-in's own writer (src/excel writeReport on a simulated
// workbook), saved with ExcelJS. The raw sales are never a sheet: a log of any length works (the
// grid's 1,048,576 rows bound the clients, not the sales), and the JSON and the workbook come from
// one reading of the file. The client list, when given, is copied as a sheet (the classification
// columns go beside it, as in Excel).
import { deleteSheet } from '../excel/deleteSheet';
import { CarteraError, type Cell } from '../engine/types';
import { MAX_COLUMNS, type SourceInfo } from '../excel/openSource';
import { TEMP_PREFIX } from '../excel/outputStore';
import { rangeAddress } from '../excel/address';
import type { ClientListTarget } from '../excel/writeClientColumns';
import { writeReport } from '../excel/writeReport';
import { sheetNameFor } from '../engine/sheetNameFor';
import { createWorkbook } from '../host';
import { saveWorkbook } from '../host/xlsx';
import { isMessageKey, type Locale, type MessageKey, type MessageParams } from '../i18n';
import './cliMessages';
import { fullReport } from '../report/fullReport';
import type { CliAnalysis } from './analyze';
import { CliError } from './cliError';
import type { Ingested } from './ingestTables';
import type { Table } from './readTable';
import { writeFileAtomic } from './writeFileAtomic';

export interface WriteWorkbookOptions {
  /** language of the written sheets */
  lang: Locale;
  /** what the run was (files, mappings, options), stored with the outputs as the add-in stores its own */
  runOptions: unknown;
  /** progress lines (stderr), by message key (cliMessages.ts) */
  progress?: (key: MessageKey, params: MessageParams) => void;
}

/** A sheet the workbook starts with when there is no client list (a workbook has at least one sheet). */
const FIRST_SHEET = `${TEMP_PREFIX}start`;

export async function writeWorkbook(
  file: string,
  ingested: Ingested,
  result: CliAnalysis,
  clients: Table | null,
  o: WriteWorkbookOptions,
): Promise<void> {
  const width = clients ? clients.rows.reduce((w, r) => Math.max(w, r.length), 0) : 0;
  // the add-in reads at most MAX_COLUMNS columns: a wider list could not be analysed again in Excel
  if (clients && width > MAX_COLUMNS)
    throw workbookError(file, 'range_too_large', { sheet: clients.sheet, columns: width });
  const clientSheet = clients ? sheetNameFor(clients.sheet) : null;
  const wb = createWorkbook({ sheets: [clientSheet ?? FIRST_SHEET] });
  let clientList: ClientListTarget | undefined;
  const source = ingested.clientSource;
  if (clients && clientSheet && source && ingested.clientMapping) {
    const formats = Array.from({ length: width }, (_, c) =>
      [
        ingested.clientMapping?.birthDate,
        ingested.clientMapping?.firstContact,
        ingested.clientMapping?.lastVisit,
      ].includes(c)
        ? 'yyyy-mm-dd'
        : 'General',
    );
    wb.setCells(clientSheet, 'A1', clients.rows as Cell[][] as (string | number | boolean | null)[][], {
      numberFormat: formats,
    });
    clientList = {
      info: listInfo(clientSheet, clients, source.headerRow, width),
      dataRow: dataRows(ingested, source.headerRow),
    };
  }
  o.progress?.('cli.progress.writing', {});
  const report = fullReport(result.analysis, {
    locale: o.lang,
    clients: clientList ? ingested.clients : undefined,
    currency: ingested.currency,
  });
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => wb.run(batch);
  try {
    await writeReport(run, report, { locale: o.lang, clientList, runOptions: o.runOptions });
    if (!clientSheet) await deleteSheet(run, FIRST_SHEET);
  } catch (e) {
    // The add-in's messages speak the pane's language and give the pane's instructions: here, the
    // CLI's language, by code.
    if (e instanceof CarteraError) throw workbookError(file, e.code);
    throw e;
  }
  o.progress?.('cli.progress.saving', { file });
  const bytes = await saveWorkbook(wb);
  await writeFileAtomic('--out', file, async (out) => {
    await out.writeFile(bytes);
  });
}

/** Where the client list sits on its sheet: header at the row the CLI found it, from column A. */
function listInfo(sheet: string, table: Table, headerRow: number, width: number): SourceInfo {
  const headers = Array.from({ length: width }, (_, c) => String(table.rows[headerRow - 1]?.[c] ?? ''));
  const dataRows = Math.max(0, table.rows.length - headerRow);
  return {
    sheet,
    address: rangeAddress(sheet, headerRow - 1, 0, dataRows + 1, Math.max(1, width)),
    headerRowIndex: headerRow - 1,
    columnIndex: 0,
    columns: width,
    dataRows,
    headers,
    preview: [],
    previewFormats: [],
    ref: { sheet, headerRow, firstColumn: 0, headers },
  };
}

/** Each client's data row in the list (0-based below the header), -1 for clients only in the sales. */
function dataRows(ingested: Ingested, headerRow: number): Int32Array {
  const listRow = ingested.clients.listRow;
  const out = new Int32Array(listRow.length).fill(-1);
  for (let c = 0; c < out.length; c++) if (listRow[c] > 0) out[c] = listRow[c] - headerRow - 1;
  return out;
}

function workbookError(file: string, code: string, params: MessageParams = {}): CliError {
  const known = `cli.workbook.${code}`;
  const key = isMessageKey(known) ? known : 'cli.workbook.failed';
  return new CliError(key, { file, code, max: MAX_COLUMNS, ...params });
}
