// --out: the user's tables as sheets of a new workbook, analysed and written by the same code the
// add-in runs in Excel (src/excel runAnalysis on the simulated workbook), saved with ExcelJS.
import { writeFile } from 'node:fs/promises';
import { analyse } from '../engine/pipeline';
import type { AnalysisOptions } from '../engine/classify';
import type { Cell } from '../engine/types';
import { runAnalysis } from '../excel/runAnalysis';
import { rangeAddress } from '../excel/address';
import { createWorkbook } from '../host';
import { saveWorkbook } from '../host/xlsx';
import type { Locale } from '../i18n';
import { fullReport } from '../report/fullReport';
import { CliError } from './cliError';
import type { Ingested } from './ingestTables';
import type { Table } from './readTable';

export interface WriteWorkbookOptions {
  options: Partial<AnalysisOptions>;
  /** language of the written sheets */
  lang: Locale;
  /** data locale for text numbers and dates ("es-ES") */
  locale?: string | null;
  progress?: (line: string) => void;
}

/** Excel's sheet-name rules: < 32 characters, none of : \ / ? * [ ], unique. */
export function sheetNameFor(wanted: string, taken: Set<string>): string {
  const base = (wanted.replace(/[:\\/?*[\]]/g, '_').trim() || 'Datos').slice(0, 31);
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = base.slice(0, 31 - ` (${k})`.length) + ` (${k})`;
  taken.add(name.toLowerCase());
  return name;
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
    const formats = Array.from({ length: width }, (_, c) => (dateColumns.includes(c) ? 'yyyy-mm-dd' : 'General'));
    wb.setCells(sheet, 'A1', table.rows as Cell[][] as (string | number | boolean | null)[][], { numberFormat: formats });
    return rangeAddress(sheet, 0, 0, Math.max(1, table.rows.length), Math.max(1, width));
  };
  const salesAddress = load(salesSheet, sales, [ingested.salesMapping.date]);
  const clientAddress =
    clients && clientSheet
      ? load(clientSheet, clients, [ingested.clientMapping?.birthDate, ingested.clientMapping?.firstContact, ingested.clientMapping?.lastVisit])
      : null;
  o.progress?.('writing the analysis sheets');
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
  o.progress?.(`saving ${file}`);
  const bytes = await saveWorkbook(wb);
  try {
    await writeFile(file, bytes);
  } catch (e) {
    throw new CliError(`--out ${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}
