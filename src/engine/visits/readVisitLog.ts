import type { Categorical, Cell, ClientsData, SourceRef } from '../types';
import { engineError } from '../engineError';
import { columnLabel } from '../clean/columnLetter';
import { clientId } from '../clean/clientId';
import { dateReadings, parseDate, type DateOrder } from '../clean/parseDate';
import { foldText } from '../segments/foldText';

/** 0-based column indexes within the range (header row included), as SalesMapping. */
export interface VisitLogMapping {
  client: number;
  date: number;
  salesperson?: number;
}

/** The usable rows of a visits log, columnar. */
export interface VisitLog {
  length: number;
  /** client index into ClientsData.ids */
  client: Int32Array;
  day: Int32Array;
  /** who visited; null when the log has no salesperson column */
  salesperson: Categorical | null;
  /** 1-based Excel row of each visit */
  row: Int32Array;
}

export type VisitRejectReason = 'missing_client' | 'unknown_client' | 'bad_date';

/** A visits-log row set aside, named by sheet, row and column (as RejectedRow for sales). */
export interface VisitRejectedRow {
  sheet: string;
  row: number;
  column: string;
  reason: VisitRejectReason;
  value: string;
}

export interface VisitLogRead {
  log: VisitLog;
  /** rowsRead = rowsUsed + rowsRejected + rowsAfterAsOf + blankRows */
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  rowsAfterAsOf: number;
  blankRows: number;
  rejected: VisitRejectedRow[];
  dateOrder: DateOrder;
  /** some text dates read both ways and the column does not prove the order (or proves both) */
  ambiguousDates: boolean;
}

export interface VisitLogOptions {
  /** visits dated after it are set aside and counted (planned, not done) */
  asOf?: number;
  /** force the order of numeric-text dates instead of deciding it from the column */
  dateOrder?: DateOrder;
  date1904?: boolean;
}

/**
 * Reads a visits log range ({client, date, salesperson} rows; `rows[0]` is the header row).
 * Blank rows are counted; a row without a client, with a client unknown to the analysis or with an
 * unreadable date is rejected with its sheet, row, column and reason. The source is never changed.
 */
export function readVisitLog(
  rows: Cell[][],
  mapping: VisitLogMapping,
  source: SourceRef,
  clients: ClientsData,
  options: VisitLogOptions = {},
): VisitLogRead {
  const width = rows.length ? rows[0].length : 0;
  for (const role of ['client', 'date', 'salesperson'] as const) {
    const col = mapping[role];
    if (col === undefined && role === 'salesperson') continue;
    if (col === undefined || !Number.isInteger(col) || col < 0 || (rows.length && col >= width))
      throw engineError(
        col === undefined ? 'visit_log_unmapped' : 'visit_log_outside',
        { sheet: source.sheet, role },
        `Visits log on sheet "${source.sheet}": the ${role} column is ${col === undefined ? 'not mapped' : 'outside the range'}.`,
      );
  }
  const label = (col: number) => columnLabel(source.firstColumn, col, source.headers[col]);
  const clientCol = label(mapping.client),
    dateCol = label(mapping.date);

  const index = new Map<string, number>();
  clients.ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  const { order, ambiguous } = options.dateOrder
    ? { order: options.dateOrder, ambiguous: false }
    : dateOrderOf(rows, mapping.date);
  const asOf = options.asOf ?? Infinity;

  const n = Math.max(0, rows.length - 1);
  const client = new Int32Array(n),
    day = new Int32Array(n),
    row = new Int32Array(n);
  const spCodes = mapping.salesperson !== undefined ? new Int32Array(n) : null;
  const spLabels: string[] = [];
  const spIndex = new Map<string, number>();
  const rejected: VisitRejectedRow[] = [];
  let used = 0,
    blank = 0,
    after = 0;

  for (let k = 1; k < rows.length; k++) {
    const cells = rows[k] ?? [];
    const excelRow = source.headerRow + k;
    if (cells.every(isEmpty)) {
      blank++;
      continue;
    }
    const id = clientId(cells[mapping.client]);
    if (id === '') {
      rejected.push({
        sheet: source.sheet,
        row: excelRow,
        column: clientCol,
        reason: 'missing_client',
        value: '',
      });
      continue;
    }
    const c = index.get(id);
    if (c === undefined) {
      rejected.push({
        sheet: source.sheet,
        row: excelRow,
        column: clientCol,
        reason: 'unknown_client',
        value: id,
      });
      continue;
    }
    const dateCell = cells[mapping.date];
    const d = parseDate(dateCell, order, options.date1904);
    if (Number.isNaN(d)) {
      rejected.push({
        sheet: source.sheet,
        row: excelRow,
        column: dateCol,
        reason: 'bad_date',
        value: cellText(dateCell),
      });
      continue;
    }
    if (d > asOf) {
      after++;
      continue;
    }
    client[used] = c;
    day[used] = d;
    row[used] = excelRow;
    if (spCodes) {
      const name = cellText(cells[mapping.salesperson!]).trim();
      let code = -1;
      if (name) {
        // One person however the name is typed ("Ana López", "ana lopez"): first spelling wins.
        const key = foldText(name);
        code = spIndex.get(key) ?? -1;
        if (code < 0) {
          code = spLabels.push(name) - 1;
          spIndex.set(key, code);
        }
      }
      spCodes[used] = code;
    }
    used++;
  }
  return {
    log: {
      length: used,
      client: client.slice(0, used),
      day: day.slice(0, used),
      salesperson: spCodes ? { codes: spCodes.slice(0, used), labels: spLabels } : null,
      row: row.slice(0, used),
    },
    rowsRead: n,
    rowsUsed: used,
    rowsRejected: rejected.length,
    rowsAfterAsOf: after,
    blankRows: blank,
    rejected,
    dateOrder: order,
    ambiguousDates: ambiguous,
  };
}

/**
 * The day/month order of a column's text dates, decided from the data: a date that reads one way
 * only ("13/03/2024") is evidence; with no evidence, or evidence both ways, day-first (the users'
 * usual order) is taken, and the column is ambiguous when some date reads both ways (or evidence
 * conflicts). Each date that reads one way only is read that way whatever the column's order.
 */
function dateOrderOf(rows: Cell[][], col: number): { order: DateOrder; ambiguous: boolean } {
  let dmy = false,
    mdy = false,
    both = false;
  for (let k = 1; k < rows.length; k++) {
    const cell = rows[k]?.[col];
    if (typeof cell !== 'string') continue;
    const r = dateReadings(cell);
    const a = !Number.isNaN(r.dmy),
      b = !Number.isNaN(r.mdy);
    if (a && b) {
      if (r.dmy !== r.mdy) both = true;
    } else if (a) dmy = true;
    else if (b) mdy = true;
  }
  if (mdy && !dmy) return { order: 'mdy', ambiguous: both };
  return { order: 'dmy', ambiguous: (dmy && mdy) || (!dmy && both) };
}

function isEmpty(cell: Cell): boolean {
  return (
    cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
  );
}

function cellText(cell: Cell): string {
  return cell === null || cell === undefined ? '' : String(cell);
}
