// What the last successful run read, from its record in `Cartera.outputs` (written by the swap, so it
// describes the outputs in the workbook): the sources' addresses, row counts and headers.
import { readStoredOutputs } from './outputStore';
import type { ExcelRun, RangeSource } from './types';

export interface StoredSource {
  /** 'file': the pane's file path (issue #20), the address is the file's name */
  kind: RangeSource['kind'] | 'file';
  address: string;
  table?: string;
  /** data rows read (absent in records of versions before issue #18) */
  dataRows?: number;
  headers?: string[];
}

export interface LastRun {
  /** the run's as-of date (ISO) */
  asOf: string | null;
  sales: StoredSource | null;
  clients: StoredSource | null;
}

interface RunRecord {
  sales?: StoredSource;
  clients?: StoredSource | null;
  options?: { asOf?: string };
}

/** The last run's sources, or null when the workbook has no (readable) record of a run. */
export async function readLastRun(run: ExcelRun): Promise<LastRun | null> {
  const stored = await run((context) => readStoredOutputs(context));
  const record = stored?.options as RunRecord | undefined;
  if (!record || typeof record !== 'object') return null;
  return {
    asOf: typeof record.options?.asOf === 'string' ? record.options.asOf : null,
    sales: record.sales && typeof record.sales.address === 'string' ? record.sales : null,
    clients: record.clients && typeof record.clients.address === 'string' ? record.clients : null,
  };
}
