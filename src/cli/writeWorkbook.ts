// --out: the user's tables as sheets of a new workbook, analysed and written by the same code the
// add-in runs in Excel (src/excel runAnalysis on the simulated workbook), saved with ExcelJS.
import { analyse } from '../engine/pipeline';
import type { AnalysisOptions } from '../engine/classify';
import { CarteraError, type Cell } from '../engine/types';
import { MAX_COLUMNS } from '../excel/openSource';
import { sheetNameFor } from '../files/sheetNameFor';
import { runAnalysis } from '../excel/runAnalysis';
import { rangeAddress } from '../excel/address';
import { createWorkbook } from '../host';
import { saveWorkbook } from '../host/xlsx';
import { hasMessage, type Locale, type MessageParams } from '../i18n';
import './cliMessages';
import { fullReport } from '../report/fullReport';
import { CliError } from './cliError';
import type { Ingested } from './ingestTables';
import type { Table } from './readTable';
import { writeFileAtomic } from './writeFileAtomic';

export interface WriteWorkbookOptions {
  options: Partial<AnalysisOptions>;
  /** language of the written sheets */
  lang: Locale;
  /** data locale for text numbers and dates ("es-ES") */
  locale?: string | null;
  progress?: (line: string) => void;
}

export async function writeWorkbook(
  file: string,
  ingested: Ingested,
  sales: Table,
  clients: Table | null,
  o: WriteWorkbookOptions,
): Promise<void> {
  const taken = new Set<string>();
  const clientSheet = clients ? sheetNameFor(clients.sheet, taken) : null;
  const salesSheet = sheetNameFor(sales.sheet, taken);
  const wb = createWorkbook({ sheets: clientSheet ? [clientSheet, salesSheet] : [salesSheet] });
  const load = (sheet: string, table: Table, dateColumns: (number | undefined)[]) => {
    const width = table.rows.reduce((w, r) => Math.max(w, r.length), 0);
    const formats = Array.from({ length: width }, (_, c) =>
      dateColumns.includes(c) ? 'yyyy-mm-dd' : 'General',
    );
    wb.setCells(sheet, 'A1', table.rows as Cell[][] as (string | number | boolean | null)[][], {
      numberFormat: formats,
    });
    return rangeAddress(sheet, 0, 0, Math.max(1, table.rows.length), Math.max(1, width));
  };
  const salesAddress = load(salesSheet, sales, [ingested.salesMapping.date]);
  const clientAddress =
    clients && clientSheet
      ? load(clientSheet, clients, [
          ingested.clientMapping?.birthDate,
          ingested.clientMapping?.firstContact,
          ingested.clientMapping?.lastVisit,
        ])
      : null;
  const wide = [sales, clients].find(
    (t) => t && t.rows.reduce((w, r) => Math.max(w, r.length), 0) > MAX_COLUMNS,
  );
  if (wide)
    throw workbookError(file, 'range_too_large', {
      sheet: wide.sheet,
      columns: wide.rows.reduce((w, r) => Math.max(w, r.length), 0),
    });
  o.progress?.('writing the analysis sheets');
  try {
    await runAnalysis((batch) => wb.run(batch), {
      sales: { kind: 'address', address: salesAddress },
      clients: clientAddress ? { kind: 'address', address: clientAddress } : undefined,
      salesMapping: ingested.salesMapping,
      clientMapping: ingested.clientMapping ?? undefined,
      options: o.options,
      locale: o.lang,
      workbookLocale: o.locale ?? undefined,
      analyse: (input, options) => analyse(input, options),
      buildReport: fullReport,
    });
  } catch (e) {
    // The add-in's messages speak the pane's language and give the pane's instructions: here, the
    // CLI's language, by code. The data's own problems (missing columns, mixed currencies) were
    // already reported by the CLI's analysis before --out is written.
    if (e instanceof CarteraError) throw workbookError(file, e.code);
    throw e;
  }
  o.progress?.(`saving ${file}`);
  const bytes = await saveWorkbook(wb);
  await writeFileAtomic('--out', file, async (out) => {
    await out.writeFile(bytes);
  });
}

function workbookError(file: string, code: string, params: MessageParams = {}): CliError {
  const key = hasMessage('en', `cli.workbook.${code}`) ? `cli.workbook.${code}` : 'cli.workbook.failed';
  return new CliError(key, { file, code, max: MAX_COLUMNS, ...params });
}
