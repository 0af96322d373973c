// The per-client tables of the report: the "Clients" sheet's table and the columns written beside
// the user's client list, both from the one registry of client fields (./clientFields).
import type { FullAnalysis } from '../engine/pipeline';
import type { Cell } from '../engine/types';
import { clientFields, type ClientField } from './clientFields';
import { tableName, type ReportOptions } from './reportContext';
import { drain, ROWS_PER_STEP } from './steps';
import type { ClientColumns, IconSetSpec, OutputTable } from './types';
import { ownColumnHeader } from './ownColumnHeader';

function* rowsOf(selected: ClientField[], count: number): Generator<void, Cell[][]> {
  const rows: Cell[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield;
    const row: Cell[] = new Array(selected.length);
    for (let k = 0; k < selected.length; k++) row[k] = selected[k].value(i);
    rows[i] = row;
  }
  return rows;
}

/** One row per client (list clients first, then those seen only in the sales), every field that applies. */
export function clientTable(analysis: FullAnalysis, options: ReportOptions): OutputTable {
  return drain(clientTableSteps(analysis, options));
}

/** RFM scores 1–5: one rating icon per score (a score of 3 shows three bars). */
export const SCORE_ICONS: IconSetSpec = { style: 'FiveRating', thresholds: [2, 3, 4, 5] };
/** Excel's default blue data bar. */
export const BAR_COLOUR = '#638EC6';

/** Native formats of the Clients table: data bars on its amounts, rating icons on the R, F, M scores. */
export function clientFormats(keys: string[]): Pick<OutputTable, 'dataBars' | 'iconSets'> {
  return {
    dataBars: ['revenue12', 'clv'].filter((k) => keys.includes(k)).map((column) => ({ column, colour: BAR_COLOUR })),
    iconSets: ['r', 'f', 'm'].filter((k) => keys.includes(k)).map((column) => ({ column, icons: SCORE_ICONS })),
  };
}

/** clientTable, yielding every ROWS_PER_STEP rows. */
export function* clientTableSteps(analysis: FullAnalysis, options: ReportOptions): Generator<void, OutputTable> {
  const all = clientFields(analysis, options);
  return {
    type: 'table',
    key: 'clients',
    name: tableName('Clients'),
    columns: all.map((f) => f.column),
    rows: yield* rowsOf(all, analysis.clientCount),
    style: 'TableStyleMedium2',
    ...clientFormats(all.map((f) => f.column.key)),
  };
}

/** The fields that go beside the user's client list, in their order there. */
export function besideListFields(fields: ClientField[]): ClientField[] {
  return fields.filter((f) => f.besideList !== undefined).sort((x, y) => x.besideList! - y.besideList!);
}

/** The columns written beside the user's client list, one row per client index. */
export function clientColumns(analysis: FullAnalysis, options: ReportOptions): ClientColumns {
  return drain(clientColumnsSteps(analysis, options));
}

/** clientColumns, yielding every ROWS_PER_STEP rows. */
export function* clientColumnsSteps(analysis: FullAnalysis, options: ReportOptions): Generator<void, ClientColumns> {
  const selected = besideListFields(clientFields(analysis, options));
  const columns = selected.map((f) => ({ ...f.column, header: ownColumnHeader(f.column.header) }));
  return { columns, rows: yield* rowsOf(selected, analysis.clientCount) };
}
