import { CliError } from './cliError';
import type { CliAnalysis } from './analyze';
import type { Ingested } from './ingestTables';

/**
 * --out: the sheets and tables the add-in writes, into a new workbook. The seam for the Excel
 * writer (src/excel runAnalysis + the host's xlsx bridge), to be wired by the lead.
 */
export async function writeWorkbook(file: string, _ingested: Ingested, _result: CliAnalysis): Promise<void> {
  throw new CliError(`--out ${file}: writing workbooks from the command line is not available yet; use --json`);
}
