// What a run wrote, kept in the workbook's settings so the next run replaces exactly its own
// outputs. Only structure (sheet ids and names, table and chart names, our column headers) and the
// run's options: no personal data.

export const OUTPUTS_SETTING = 'Cartera.outputs';
/**
 * Ids of the temporary sheets of a run in progress (written right after they are created, deleted by
 * the swap or the rollback): what tells them apart once a half-applied swap has renamed and shown
 * them. Any listed sheet that is not a stored output is deleted by the next run.
 */
export const PENDING_SETTING = 'Cartera.pending';
/**
 * Names of the hidden sheets a run writes before its swap: any hidden sheet so named that is not a
 * stored output is a leftover of a run that failed (also one whose creating request's answer was
 * lost, so that it never learnt their ids) and is deleted by the next run.
 */
export const TEMP_PREFIX = 'Cartera tmp ';

export interface StoredSheet {
  key: string;
  id: string;
  name: string;
  tables: string[];
  charts: string[];
  /** rows and columns from A1 that the run wrote (what the next run rewriting the sheet in place clears) */
  extent?: [rows: number, columns: number];
}

export interface StoredClientColumns {
  sheet: string;
  /** the client list's Excel table, when the columns are table columns */
  table: string | null;
  /** 0-based grid row of the header row and column of our first column (plain ranges) */
  headerRow: number;
  column: number;
  headers: string[];
  /** data rows written */
  rows: number;
}

export interface StoredOutputs {
  version: 1;
  /** +1 at every run that writes outputs: tells a run whose last request's answer was lost that it was applied */
  generation?: number;
  options?: unknown;
  sheets: StoredSheet[];
  clientColumns: StoredClientColumns | null;
}

export interface PendingOutputs {
  sheetIds: string[];
}

export function parseStored<T>(value: unknown): T | null {
  if (value === null || value === undefined || value === '') return null;
  try {
    return (typeof value === 'string' ? JSON.parse(value) : value) as T;
  } catch {
    return null;
  }
}

/** The outputs stored in the workbook (null when none or unreadable). */
export async function readStoredOutputs(context: Excel.RequestContext): Promise<StoredOutputs | null> {
  const item = context.workbook.settings.getItemOrNullObject(OUTPUTS_SETTING);
  item.load('value');
  await context.sync();
  if (item.isNullObject) return null;
  const stored = parseStored<StoredOutputs>(item.value);
  return stored && stored.version === 1 && Array.isArray(stored.sheets) ? stored : null;
}
