import { engineError } from '../engineError';
import {
  type CarteraError,
  type Categorical,
  type Cell,
  type ClientsData,
  type QualityIssue,
  type QualityReport,
  type RejectReason,
  type RejectedRow,
  type SalesData,
  type SalesMapping,
  type SalesRole,
  type SourceRef,
} from '../types';
import { DATE1904_OFFSET, isoDate } from '../dates';
import { IdDictionary } from './clientId';
import { CategoryCodes } from './deferredDictionary';
import { columnLabel } from './columnLetter';
import { ColumnVotes, readConventions, type ReadOptions } from './conventions';
import { extendClients, type ClientList } from './readClientList';
import { dateReadings, parseDate, serialDay, type DateOrder } from './parseDate';
import { numberReadings, parseNumber, type DecimalSeparator } from './parseNumber';
import { currencyCode, sameCurrency } from './currency';
import { missingSalesRoles } from './requiredRoles';

export interface SalesReaderOptions extends ReadOptions {
  /** the client list read first with readClientList: its clients keep their indexes */
  clientList?: ClientList | null;
  /** the number of data rows to come when known (the used range's height): storage is sized once */
  rowCount?: number;
}

export interface SalesReadResult {
  sales: SalesData;
  /** the list's clients first, then the ids seen only in the sales (inList = 0) */
  clients: ClientsData;
  /** rowsAfterAsOf is 0 here: the orchestrator sets rows after the as-of date aside */
  quality: QualityReport;
}

export interface SalesReader {
  /** A block of data rows, in sheet order, right after the previous block. */
  add(rows: Cell[][]): void;
  /** Settles the per-column conventions and returns the cleaned data; call once, after the last block. */
  finish(): SalesReadResult;
  /** data rows seen so far (blank ones included) */
  readonly rowsRead: number;
}

const MONEY_ROLES = ['amount', 'quantity', 'price', 'margin', 'cost'] as const;
type MoneyRole = (typeof MONEY_ROLES)[number];
const CATEGORICAL_ROLES = ['invoice', 'product', 'buyingCentre', 'channel', 'salesperson'] as const;

/** No cell seen yet (a blank cell may be undefined). */
const NO_CELL = Symbol('none');

/** Last serial below the yyyymmdd numbers (19000101): larger numbers are not serials. */
const LAST_FAST_SERIAL = 2_958_465;

/** Money values (and quantity × price) of this magnitude or more cannot be right (SPEC §2). */
export const MAX_MAGNITUDE = 1e15;

/** A sale more than this many days after the latest of the other sale dates is implausible (SPEC §2). */
export const IMPLAUSIBLE_GAP_DAYS = 366;

interface NumberColumn {
  role: MoneyRole;
  index: number;
  label: string;
  votes: ColumnVotes<DecimalSeparator>;
  currency: string;
  currencyRow: number;
}

/** A row with a text number or date that reads both ways, settled in finish(). */
interface Pending {
  slot: number;
  row: number;
  cells: Cell[];
}

function isBlank(v: Cell): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function cellText(v: Cell): string {
  return v === null || v === undefined ? '' : String(v);
}

function mixedCurrency(sheet: string, column: string, currency: string, currencyRow: number, other: string, row: number): CarteraError {
  return engineError(
    'mixed_currency',
    { sheet, row, column, currency, currencyRow, other },
    `Column ${column} on sheet "${sheet}" mixes currencies: ${currency} (row ${currencyRow}) and ${other} (row ${row}). ` +
      'Analyse one currency at a time, or convert the amounts to one currency first.',
  );
}

/**
 * The first day of the implausible dates (SPEC §2), or Infinity when there is none. From the top,
 * a sale is implausible when it is alone on its day and more than IMPLAUSIBLE_GAP_DAYS after the
 * latest of the other (plausible) sale dates; the next one down is then judged against the rest.
 */
function implausibleFrom(day: Int32Array, n: number, drop: Uint8Array | null): number {
  // One pass settles the usual case: the latest day shared, or close to the one before it.
  let d1 = -Infinity;
  let d2 = -Infinity;
  let count1 = 0;
  for (let i = 0; i < n; i++) {
    if (drop && drop[i]) continue;
    const d = day[i];
    if (d > d1) {
      d2 = d1;
      d1 = d;
      count1 = 1;
    } else if (d === d1) count1++;
    else if (d > d2) d2 = d;
  }
  if (count1 !== 1 || !(d1 > d2 + IMPLAUSIBLE_GAP_DAYS)) return Infinity;
  const sorted = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) if (!(drop && drop[i])) sorted[m++] = day[i];
  const days = sorted.subarray(0, m).sort();
  let k = m - 1;
  // days[k] > days[k − 1] + gap also says days[k] is alone on its day.
  while (k >= 1 && days[k] > days[k - 1] + IMPLAUSIBLE_GAP_DAYS) k--;
  return days[k + 1];
}

/**
 * The incremental sales reader (SPEC §1–2). Feed the data rows block by block with add() (the
 * Excel reader calls it per chunk on the main thread), then finish(). Rows are classified as
 * blank, rejected (no client, unreadable date, non-numeric amount/quantity/price/margin/cost; one
 * reason per row, first failing column in that order) or used. Numbers and serials take a fast
 * path; text numbers and dates are read per column, with conventions decided from the data.
 */
export function createSalesReader(
  mapping: SalesMapping,
  source: SourceRef,
  options: SalesReaderOptions = {},
): SalesReader {
  return new RowsReader(mapping, source, options);
}

type CategoricalRole = (typeof CATEGORICAL_ROLES)[number];

/**
 * createSalesReader's reader. A class, not a closure: every reader shares the one optimised
 * add(), so a new analysis does not wait for the engine to optimise its row loop again.
 */
class RowsReader implements SalesReader {
  private readonly sheet: string;
  private readonly firstRow: number;
  private readonly columnLabels: string[] = [];
  private readonly locale: ReturnType<typeof readConventions>;
  private readonly offset1904: number;
  private readonly list: ClientList | null;
  private readonly listCount: number;
  private readonly ci: number;
  private readonly di: number;
  private readonly hasMargin: boolean;
  private readonly cols = {} as Record<MoneyRole, NumberColumn | null>;
  private readonly amountCol: NumberColumn | null;
  private readonly quantityCol: NumberColumn | null;
  private readonly priceCol: NumberColumn | null;
  private readonly marginCol: NumberColumn | null;
  private readonly costCol: NumberColumn | null;
  private readonly dateVotes = new ColumnVotes<DateOrder>('dmy', 'mdy');
  private readonly ids = new IdDictionary();
  private readonly cats: Array<{ role: CategoricalRole; index: number; dict: CategoryCodes }>;
  /** the mapped categorical columns: their cells' indexes, dictionaries and code storage (by cats index) */
  private readonly catCol: number[];
  private readonly catDict: CategoryCodes[];
  private readonly curIdx: number;
  private currency = '';
  private currencyRow = 0;
  private lastCurrencyCell: unknown = NO_CELL;

  // Columnar storage, grown geometrically.
  private cap = 0;
  private n = 0;
  private client: Int32Array = new Int32Array(0);
  private day: Int32Array = new Int32Array(0);
  private amount: Float64Array = new Float64Array(0);
  private margin: Float64Array = new Float64Array(0);
  private rowNo: Int32Array = new Int32Array(0);
  private catCodes: Int32Array[];

  private read = 0;
  private blank = 0;
  private readonly rejected: RejectedRow[] = [];
  private readonly pending: Pending[] = [];
  // Client index = the id's dictionary code. A sales-only id is added at its first *used* row
  // (peek, then code), so ids seen only on rejected rows are not clients.
  /** the first used row of each client not in the list (client index − listCount) */
  private readonly newRows: number[] = [];
  /** set by textNumber/textDate when a value reads both ways (the row is re-read in finish) */
  private pendingRow = false;
  private finished: SalesReadResult | null = null;
  /** the last date text read, and its readings (dateReadings is a pure function of the text) */
  private lastDateText: string | null = null;
  private lastDateReadings: ReturnType<typeof dateReadings> | null = null;

  constructor(
    mapping: SalesMapping,
    private readonly source: SourceRef,
    options: SalesReaderOptions,
  ) {
    const where = (role: string): string =>
      `The sales range on sheet "${source.sheet}" has no ${role} column: map one of its columns to "${role}".`;
    const sheet = { sheet: source.sheet };
    const missing = missingSalesRoles(mapping)[0];
    if (missing === 'client') throw engineError('no_client_column', sheet, where('client'));
    if (missing === 'date') throw engineError('no_date_column', sheet, where('date'));
    if (missing !== undefined)
      throw engineError(
        'no_amount_column',
        sheet,
        `The sales range on sheet "${source.sheet}" has no amount column, nor quantity and unit price columns: map "amount" (or both "quantity" and "price").`,
      );
    for (const [role, col] of Object.entries(mapping)) {
      if (col === undefined) continue;
      if (!Number.isInteger(col) || col < 0 || (source.headers.length > 0 && col >= source.headers.length))
        throw engineError(
          'bad_mapping',
          { sheet: source.sheet, role: role as SalesRole, columnNumber: col + 1 },
          `The "${role}" role points to column ${col + 1}, outside the sales range on sheet "${source.sheet}".`,
        );
    }

    this.sheet = source.sheet;
    this.firstRow = source.headerRow + 1;
    this.locale = readConventions(options);
    this.offset1904 = options.date1904 ? DATE1904_OFFSET : 0;
    const list = (this.list = options.clientList ?? null);
    // both there: missingSalesRoles said so above
    this.ci = mapping.client as number;
    this.di = mapping.date as number;
    const useAmount = mapping.amount !== undefined;
    this.hasMargin = mapping.margin !== undefined || mapping.cost !== undefined;
    for (const role of MONEY_ROLES) {
      const index = mapping[role];
      this.cols[role] =
        index === undefined
          ? null
          : { role, index, label: this.label(index), votes: new ColumnVotes<DecimalSeparator>('.', ','), currency: '', currencyRow: 0 };
    }
    this.amountCol = useAmount ? this.cols.amount! : null;
    this.quantityCol = useAmount ? null : this.cols.quantity!;
    this.priceCol = useAmount ? null : this.cols.price!;
    this.marginCol = this.cols.margin;
    this.costCol = this.marginCol ? null : this.cols.cost;

    this.listCount = list ? list.clients.ids.length : 0;
    if (list) for (const id of list.clients.ids) this.ids.code(id);
    this.cats = CATEGORICAL_ROLES.filter((role) => mapping[role] !== undefined).map((role) => ({
      role,
      index: mapping[role]!,
      dict: new CategoryCodes(),
    }));
    this.catCol = this.cats.map((c) => c.index);
    this.catDict = this.cats.map((c) => c.dict);
    this.catCodes = this.cats.map(() => new Int32Array(0));
    this.curIdx = mapping.currency ?? -1;
    if (options.rowCount && options.rowCount > 0) this.grow(options.rowCount);
  }

  get rowsRead(): number {
    return this.read;
  }

  private label(index: number): string {
    return (this.columnLabels[index] ??= columnLabel(this.source.firstColumn, index, this.source.headers[index]));
  }

  private grow(need: number): void {
    const next = this.cap === 0 ? need : Math.max(need, this.cap * 2, 1024);
    const n = this.n;
    const g32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(next);
      b.set(a.subarray(0, n));
      return b;
    };
    const g64 = (a: Float64Array): Float64Array => {
      const b = new Float64Array(next);
      b.set(a.subarray(0, n));
      return b;
    };
    this.client = g32(this.client);
    this.day = g32(this.day);
    this.amount = g64(this.amount);
    if (this.hasMargin) this.margin = g64(this.margin);
    this.rowNo = g32(this.rowNo);
    this.catCodes = this.catCodes.map(g32);
    this.cap = next;
  }

  private reject(row: number, index: number, reason: RejectReason, cell: Cell): void {
    this.rejected.push({ sheet: this.sheet, row, column: this.label(index), reason, value: cellText(cell) });
  }

  private checkCurrency(code: string, row: number, column: string): void {
    if (!this.currency) {
      this.currency = code;
      this.currencyRow = row;
    } else if (!sameCurrency(this.currency, code)) {
      throw mixedCurrency(this.sheet, column, this.currency, this.currencyRow, code, row);
    }
    if (this.currency === '$' && code !== '$') this.currency = code;
    // The marks already written in the amounts must say the same currency.
    for (const role of MONEY_ROLES) {
      const col = this.cols[role];
      if (col && col.currency && !sameCurrency(code, col.currency))
        throw this.currencyMismatch(col, col.currency, col.currencyRow, code, row);
    }
  }

  /** A currency mark in a number column that the currency column contradicts (SPEC §2: mixed too). */
  private currencyMismatch(col: NumberColumn, mark: string, markRow: number, currency: string, currencyRow: number): CarteraError {
    const currencyColumn = this.label(this.curIdx);
    return engineError(
      'currency_mismatch',
      { sheet: this.sheet, row: markRow, column: col.label, mark, currency, currencyColumn, currencyRow },
      `Column ${col.label} on sheet "${this.sheet}" has an amount marked ${mark} (row ${markRow}), but the currency column ` +
        `${currencyColumn} says ${currency} (row ${currencyRow}). Analyse one currency at a time, or correct the currency column.`,
    );
  }

  /** A cell of a number column: a number as it is, a text number read, anything else NaN. */
  private cellNumber(col: NumberColumn, v: Cell, row: number): number {
    return typeof v === 'number' ? v : typeof v === 'string' ? this.textNumber(col, v, row) : NaN;
  }

  /** A text number: its only reading, or (read both ways) the "." reading for now, settled later. */
  private textNumber(col: NumberColumn, text: string, row: number): number {
    const r = numberReadings(text, { percent: false });
    const dotOk = r.dot === r.dot;
    const commaOk = r.comma === r.comma;
    if (!dotOk && !commaOk) return NaN;
    if (r.currency) {
      if (!col.currency) {
        col.currency = r.currency;
        col.currencyRow = row;
      } else if (!sameCurrency(col.currency, r.currency)) {
        throw mixedCurrency(this.sheet, col.label, col.currency, col.currencyRow, r.currency, row);
      }
      if (this.currency && !sameCurrency(this.currency, r.currency))
        throw this.currencyMismatch(col, r.currency, row, this.currency, this.currencyRow);
    }
    if (!commaOk) {
      col.votes.vote('.', row, text);
      return r.dot;
    }
    if (!dotOk) {
      col.votes.vote(',', row, text);
      return r.comma;
    }
    if (r.dot === r.comma) return r.dot;
    col.votes.sawAmbiguous(row, text);
    this.pendingRow = true;
    return r.dot;
  }

  /** A date cell that is not a plain serial: a text date (read per column), or NaN. */
  private otherDate(dc: Cell, row: number): number {
    if (typeof dc === 'number') {
      const d = serialDay(dc);
      return d > LAST_FAST_SERIAL ? NaN : d;
    }
    if (typeof dc !== 'string') return NaN;
    // the lines of one invoice repeat their date text: read it once
    if (dc !== this.lastDateText) {
      this.lastDateText = dc;
      this.lastDateReadings = dateReadings(dc);
    }
    const r = this.lastDateReadings!;
    const dOk = r.dmy === r.dmy;
    const mOk = r.mdy === r.mdy;
    if (dOk && mOk) {
      if (r.dmy === r.mdy) return r.dmy;
      this.dateVotes.sawAmbiguous(row, dc);
      this.pendingRow = true;
      return r.dmy;
    }
    if (dOk) {
      this.dateVotes.vote('dmy', row, dc);
      return r.dmy;
    }
    if (mOk) {
      this.dateVotes.vote('mdy', row, dc);
      return r.mdy;
    }
    return NaN;
  }

  /** The number in a row's cell of col, or NaN once the row is rejected for reason (or as too large). */
  private finiteValue(cells: Cell[], col: NumberColumn, row: number, reason: RejectReason): number {
    const v = cells[col.index];
    const x = this.cellNumber(col, v, row);
    if (x < MAX_MAGNITUDE && x > -MAX_MAGNITUDE) return x;
    this.reject(row, col.index, Number.isFinite(x) ? 'too_large' : reason, v);
    return NaN;
  }

  /** A row the fast path in add() leaves: its amount and margin in out, or false when rejected. */
  private slowValues(cells: Cell[], row: number, out: Float64Array): boolean {
    let a: number;
    if (this.amountCol) {
      a = this.finiteValue(cells, this.amountCol, row, 'bad_amount');
      if (a !== a) return false;
    } else {
      const q = this.finiteValue(cells, this.quantityCol!, row, 'bad_quantity');
      if (q !== q) return false;
      const p = this.finiteValue(cells, this.priceCol!, row, 'bad_price');
      if (p !== p) return false;
      a = q * p;
      // A product from a text that reads both ways is checked in finish(), once its reading is settled.
      if (!this.pendingRow && !(a < MAX_MAGNITUDE && a > -MAX_MAGNITUDE)) {
        this.rejected.push({ sheet: this.sheet, row, column: this.priceCol!.label, reason: 'too_large', value: `${q} × ${p}` });
        return false;
      }
    }
    let m = 0;
    if (this.marginCol) {
      m = this.finiteValue(cells, this.marginCol, row, 'bad_margin');
      if (m !== m) return false;
    } else if (this.costCol) {
      const cost = this.finiteValue(cells, this.costCol, row, 'bad_cost');
      if (cost !== cost) return false;
      m = a - cost;
    }
    out[0] = a;
    out[1] = m;
    return true;
  }

  add(rows: Cell[][]): void {
    if (this.finished) throw new Error('createSalesReader: add() after finish()');
    if (this.n + rows.length > this.cap) this.grow(this.n + rows.length);
    // Locals for the hot loop.
    const client = this.client, day = this.day, amount = this.amount, margin = this.margin, rowNo = this.rowNo;
    const hasMargin = this.hasMargin;
    const ids = this.ids;
    const ci = this.ci, di = this.di, curIdx = this.curIdx, offset1904 = this.offset1904;
    // The fast path: an amount column (no margin) holding numbers.
    const ai = this.amountCol && !this.hasMargin ? this.amountCol.index : -1;
    const catCol = this.catCol, catDict = this.catDict, catOut = this.catCodes;
    const nCats = catCol.length;
    const values = new Float64Array(2);
    let n = this.n;
    let lastCell: unknown = NO_CELL;
    let lastClient = -1;
    const rowBase = this.firstRow + this.read;
    this.read += rows.length;
    for (let k = 0; k < rows.length; k++) {
      const cells = rows[k];
      const row = rowBase + k;
      const cc = cells[ci];
      let c: number;
      if (cc === lastCell) c = lastClient;
      else {
        // A number beyond 2^53 is no longer the id that was typed: two ids may have become one.
        if (typeof cc === 'number' && (cc > Number.MAX_SAFE_INTEGER || cc < -Number.MAX_SAFE_INTEGER) && cc - cc === 0) {
          this.reject(row, ci, 'imprecise_id', cc);
          continue;
        }
        c = ids.peek(cc);
      }
      if (c === -2) {
        if (cells.every(isBlank)) this.blank++;
        else this.reject(row, ci, 'missing_client', cc);
        continue;
      }
      if (curIdx >= 0) {
        const cur = cells[curIdx];
        if (cur !== this.lastCurrencyCell && !isBlank(cur)) {
          this.checkCurrency(currencyCode(String(cur)), row, this.label(curIdx));
          this.lastCurrencyCell = cur;
        }
      }
      // Date: serials directly; anything else per column.
      const dc = cells[di];
      let pendingRow = false;
      let d: number;
      if (typeof dc === 'number' && dc >= 1 && dc <= LAST_FAST_SERIAL) {
        d = Math.floor(dc) + offset1904;
        if (d > LAST_FAST_SERIAL) d = NaN;
      } else {
        this.pendingRow = false;
        d = this.otherDate(dc, row);
        pendingRow = this.pendingRow;
      }
      if (d !== d) {
        this.reject(row, di, 'bad_date', dc);
        continue;
      }
      // Amount (and margin): numbers directly; anything else, or quantity × price, the slow way.
      let a: number;
      let m = 0;
      const v = ai >= 0 ? cells[ai] : undefined;
      if (typeof v === 'number' && v < MAX_MAGNITUDE && v > -MAX_MAGNITUDE) a = v;
      else {
        this.pendingRow = false;
        if (!this.slowValues(cells, row, values)) continue;
        a = values[0];
        m = values[1];
        pendingRow ||= this.pendingRow;
      }
      if (c < 0) {
        c = ids.code(cc);
        this.newRows.push(row);
      }
      lastCell = cc;
      lastClient = c;
      client[n] = c;
      day[n] = d;
      amount[n] = a;
      if (hasMargin) margin[n] = m;
      rowNo[n] = row;
      for (let j = 0; j < nCats; j++) catOut[j][n] = catDict[j].code(cells[catCol[j]]);
      if (pendingRow) this.pending.push({ slot: n, row, cells: cells.slice() });
      n++;
    }
    this.n = n;
  }

  finish(): SalesReadResult {
    if (this.finished) return this.finished;
    const { sheet, cols, locale, dateVotes, pending, amountCol, marginCol, costCol, list, listCount, ci, di } = this;
    const { client, day, amount, margin, rowNo, rejected } = this;
    let n = this.n;
    const label = (index: number): string => this.label(index);
    const issues: QualityIssue[] = [];
    // Settle the columns that had values reading both ways, then re-read those rows.
    const decimals = {} as Record<MoneyRole, DecimalSeparator>;
    for (const role of MONEY_ROLES) {
      const col = cols[role];
      if (!col) continue;
      decimals[role] = col.votes.decide(locale.decimal);
      const v = col.votes;
      if (v.a > 0 && v.b > 0) {
        issues.push({
          kind: 'ambiguous_decimal',
          sheet,
          row: 0,
          column: col.label,
          detail: {
            code: v.ambiguous ? 'decimal_mixed_ambiguous' : 'decimal_mixed',
            dotText: v.firstA!.text,
            dotRow: v.firstA!.row,
            commaText: v.firstB!.text,
            commaRow: v.firstB!.row,
            count: v.ambiguous,
            decimal: decimals[role],
          },
          message:
            `Column ${col.label} mixes number forms: "${v.firstA!.text}" (row ${v.firstA!.row}) uses "." as decimal separator, ` +
            `"${v.firstB!.text}" (row ${v.firstB!.row}) uses ",". Each was read its only possible way` +
            (v.ambiguous ? `; ${v.ambiguous} value(s) that read both ways were read with "${decimals[role]}" as decimal separator.` : '.'),
        });
      } else if (v.ambiguous > 0 && v.a === v.b) {
        issues.push({
          kind: 'ambiguous_decimal',
          sheet,
          row: v.firstAmbiguous!.row,
          column: col.label,
          detail: {
            code: 'decimal_ambiguous',
            count: v.ambiguous,
            text: v.firstAmbiguous!.text,
            textRow: v.firstAmbiguous!.row,
            decimal: decimals[role],
          },
          message:
            `Column ${col.label} has ${v.ambiguous} text number(s) such as "${v.firstAmbiguous!.text}" (row ${v.firstAmbiguous!.row}) ` +
            `that read both ways; they were read with "${decimals[role]}" as decimal separator (workbook locale).`,
        });
      }
    }
    const order = dateVotes.decide(locale.dateOrder);
    const dateLabel = label(di);
    const orderText = order === 'dmy' ? 'day/month/year' : 'month/day/year';
    if (dateVotes.a > 0 && dateVotes.b > 0) {
      issues.push({
        kind: 'ambiguous_date',
        sheet,
        row: 0,
        column: dateLabel,
        detail: {
          code: dateVotes.ambiguous ? 'date_mixed_ambiguous' : 'date_mixed',
          dayFirstText: dateVotes.firstA!.text,
          dayFirstRow: dateVotes.firstA!.row,
          monthFirstText: dateVotes.firstB!.text,
          monthFirstRow: dateVotes.firstB!.row,
          count: dateVotes.ambiguous,
          order,
        },
        message:
          `Column ${dateLabel} mixes date orders: "${dateVotes.firstA!.text}" (row ${dateVotes.firstA!.row}) is day-first, ` +
          `"${dateVotes.firstB!.text}" (row ${dateVotes.firstB!.row}) is month-first. Each was read its only possible way` +
          (dateVotes.ambiguous ? `; ${dateVotes.ambiguous} date(s) that read both ways were read as ${orderText}.` : '.'),
      });
    } else if (dateVotes.ambiguous > 0 && dateVotes.a === dateVotes.b) {
      issues.push({
        kind: 'ambiguous_date',
        sheet,
        row: dateVotes.firstAmbiguous!.row,
        column: dateLabel,
        detail: {
          code: 'date_ambiguous',
          count: dateVotes.ambiguous,
          text: dateVotes.firstAmbiguous!.text,
          textRow: dateVotes.firstAmbiguous!.row,
          order,
        },
        message:
          `Column ${dateLabel} has ${dateVotes.ambiguous} date(s) such as "${dateVotes.firstAmbiguous!.text}" (row ${dateVotes.firstAmbiguous!.row}) ` +
          `that read both ways and none that settles the order; they were read as ${orderText} (workbook locale).`,
      });
    }
    const num = (role: MoneyRole, cells: Cell[]): number =>
      parseNumber(cells[cols[role]!.index], decimals[role], { percent: false });
    for (const p of pending) {
      const dc = p.cells[di];
      if (typeof dc === 'string') day[p.slot] = parseDate(dc, order);
      const a = amountCol ? num('amount', p.cells) : num('quantity', p.cells) * num('price', p.cells);
      amount[p.slot] = a;
      if (marginCol) margin[p.slot] = num('margin', p.cells);
      else if (costCol) margin[p.slot] = a - num('cost', p.cells);
    }

    // Rows set aside now: products settled above that are too large, then the implausible dates.
    let drop: Uint8Array | null = null;
    const late: RejectedRow[] = [];
    const setAside = (slot: number, column: string, reason: RejectReason, value: string): void => {
      (drop ??= new Uint8Array(n))[slot] = 1;
      late.push({ sheet, row: rowNo[slot], column, reason, value });
    };
    for (const p of pending) {
      const a = amount[p.slot];
      if (a < MAX_MAGNITUDE && a > -MAX_MAGNITUDE) continue;
      const col = amountCol ?? this.priceCol!;
      const value = amountCol ? cellText(p.cells[col.index]) : `${cellText(p.cells[this.quantityCol!.index])} × ${cellText(p.cells[col.index])}`;
      setAside(p.slot, col.label, 'too_large', value);
    }
    const cut = implausibleFrom(day, n, drop);
    if (cut < Infinity) {
      for (let i = 0; i < n; i++) if (day[i] >= cut && !drop?.[i]) setAside(i, label(di), 'implausible_date', isoDate(day[i]));
    }
    let idLabels = this.ids.labels;
    let newRows = this.newRows;
    if (drop) {
      n = this.compact(drop);
      ({ idLabels, newRows } = this.withoutUnusedClients(n));
      rejected.push(...late);
      rejected.sort((x, y) => x.row - y.row);
    }
    const clients = extendClients(list ? list.clients : null, idLabels);
    if (list) {
      for (let k = 0; k < newRows.length; k++) {
        const id = idLabels[listCount + k];
        issues.push({
          kind: 'not_in_list',
          sheet,
          row: newRows[k],
          column: label(ci),
          clientId: id,
          detail: { code: 'not_in_list', firstRow: newRows[k], listSheet: list.sheet },
          message: `Client ${id} (first sale in row ${newRows[k]}) is not in the client list on sheet "${list.sheet}"; its sales are analysed and flagged "not in list".`,
        });
      }
    }

    const categorical = (role: CategoricalRole): Categorical | null => {
      const j = this.cats.findIndex((c) => c.role === role);
      if (j < 0) return null;
      const codes = this.catCodes[j].subarray(0, n);
      return { codes, labels: this.cats[j].dict.settle(codes) };
    };
    // Views, not copies: the storage is sized to the rows (exactly, with rowCount).
    const sales: SalesData = {
      length: n,
      client: client.subarray(0, n),
      day: day.subarray(0, n),
      amount: amount.subarray(0, n),
      margin: this.hasMargin ? margin.subarray(0, n) : null,
      row: rowNo.subarray(0, n),
      invoice: categorical('invoice'),
      product: categorical('product'),
      buyingCentre: categorical('buyingCentre'),
      channel: categorical('channel'),
      salesperson: categorical('salesperson'),
    };
    this.finished = {
      sales,
      clients,
      quality: {
        rowsRead: this.read,
        rowsUsed: n,
        rowsRejected: rejected.length,
        rowsAfterAsOf: 0,
        blankRows: this.blank,
        rejected: list ? [...list.rejected, ...rejected] : rejected,
        issues: list ? [...list.issues, ...issues] : issues,
      },
    };
    return this.finished;
  }

  /** Removes the dropped slots from the storage, in place; returns the rows left. */
  private compact(drop: Uint8Array): number {
    const { client, day, amount, margin, rowNo, catCodes, hasMargin } = this;
    let w = 0;
    for (let i = 0; i < this.n; i++) {
      if (drop[i]) continue;
      if (w !== i) {
        client[w] = client[i];
        day[w] = day[i];
        amount[w] = amount[i];
        if (hasMargin) margin[w] = margin[i];
        rowNo[w] = rowNo[i];
        for (const codes of catCodes) codes[w] = codes[i];
      }
      w++;
    }
    this.n = w;
    return w;
  }

  /**
   * After rows were set aside in finish(): the ids seen only in the sales that kept no used row are
   * not clients (like ids seen only on rejected rows); the others are renumbered in order.
   */
  private withoutUnusedClients(n: number): { idLabels: string[]; newRows: number[] } {
    const { client, rowNo, listCount } = this;
    const all = this.ids.labels;
    const first = new Int32Array(all.length - listCount).fill(-1);
    for (let i = 0; i < n; i++) {
      const k = client[i] - listCount;
      if (k >= 0 && first[k] < 0) first[k] = rowNo[i];
    }
    const idLabels = all.slice(0, listCount);
    const newRows: number[] = [];
    const code = new Int32Array(first.length);
    for (let k = 0; k < first.length; k++) {
      code[k] = first[k] < 0 ? -1 : listCount + newRows.length;
      if (first[k] < 0) continue;
      idLabels.push(all[listCount + k]);
      newRows.push(first[k]);
    }
    if (idLabels.length < all.length) for (let i = 0; i < n; i++) if (client[i] >= listCount) client[i] = code[client[i] - listCount];
    return { idLabels, newRows };
  }
}
