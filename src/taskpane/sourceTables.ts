// The tables the source pickers offer: the workbook's tables minus Cartera's own outputs (a run
// writes ~30 of them; they are results, never a source, and would bury the user's tables).
import type { StoredOutputs } from '../excel/outputStore';
import type { TableInfo } from '../excel/listTables';

/** `tables` without the ones the last run recorded as its outputs (by table name, or by output sheet). */
export function sourceTables(tables: readonly TableInfo[], outputs: StoredOutputs | null): TableInfo[] {
  if (!outputs) return [...tables];
  const ownTables = new Set<string>();
  const ownSheets = new Set<string>();
  for (const sheet of outputs.sheets) {
    ownSheets.add(sheet.name.toLowerCase());
    for (const name of sheet.tables) ownTables.add(name.toLowerCase());
  }
  return tables.filter(
    (tb) => !ownTables.has(tb.name.toLowerCase()) && !ownSheets.has(tb.sheet.toLowerCase()),
  );
}
