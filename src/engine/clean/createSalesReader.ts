import {
  CarteraError,
  type Categorical,
  type Cell,
  type ClientsData,
  type QualityIssue,
  type QualityReport,
  type RejectReason,
  type RejectedRow,
  type SalesData,
  type SalesMapping,
  type SourceRef,
} from '../types';
import { DATE1904_OFFSET } from '../dates';
import { IdDictionary } from './clientId';
import { CategoryCodes } from './deferredDictionary';
import { columnLabel } from './columnLetter';
import { ColumnVotes, localeConventions, type ReadOptions } from './conventions';
import { extendClients, type ClientList } from './readClientList';
import { dateReadings, parseDate, serialDay, type DateOrder } from './parseDate';
import { numberReadings, parseNumber, type DecimalSeparator } from './parseNumber';
import { currencyCode, sameCurrency } from './currency';

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
  const where = (role: string): string =>
    `The sales range on sheet "${source.sheet}" has no ${role} column: map one of its columns to "${role}".`;
  if (mapping.client === undefined) throw new CarteraError('missing_column', where('client'), { sheet: source.sheet });
  if (mapping.date === undefined) throw new CarteraError('missing_column', where('date'), { sheet: source.sheet });
  if (mapping.amount === undefined && (mapping.quantity === undefined || mapping.price === undefined))
    throw new CarteraError(
      'missing_column',
      `The sales range on sheet "${source.sheet}" has no amount column, nor quantity and unit price columns: map "amount" (or both "quantity" and "price").`,
      { sheet: source.sheet },
    );
  for (const [role, col] of Object.entries(mapping)) {
    if (col === undefined) continue;
    if (!Number.isInteger(col) || col < 0 || (source.headers.length > 0 && col >= source.headers.length))
      throw new CarteraError(
        'bad_mapping',
        `The "${role}" role points to column ${col + 1}, outside the sales range on sheet "${source.sheet}".`,
        { sheet: source.sheet },
      );
  }

  const sheet = source.sheet;
  const firstRow = source.headerRow + 1;
  const labels: string[] = [];
  const label = (index: number): string =>
    (labels[index] ??= columnLabel(source.firstColumn, index, source.headers[index]));
  const locale = localeConventions(options.locale);
  const offset1904 = options.date1904 ? DATE1904_OFFSET : 0;
  const list = options.clientList ?? null;

  const ci = mapping.client;
  const di = mapping.date;
  const useAmount = mapping.amount !== undefined;
  const hasMargin = mapping.margin !== undefined || mapping.cost !== undefined;
  const cols = {} as Record<MoneyRole, NumberColumn | null>;
  for (const role of MONEY_ROLES) {
    const index = mapping[role];
    cols[role] =
      index === undefined
        ? null
        : { role, index, label: label(index), votes: new ColumnVotes<DecimalSeparator>('.', ','), currency: '', currencyRow: 0 };
  }
  const amountCol = useAmount ? cols.amount! : null;
  const quantityCol = useAmount ? null : cols.quantity!;
  const priceCol = useAmount ? null : cols.price!;
  const marginCol = cols.margin;
  const costCol = marginCol ? null : cols.cost;
  const dateVotes = new ColumnVotes<DateOrder>('dmy', 'mdy');

  const ids = new IdDictionary();
  const listCount = list ? list.clients.ids.length : 0;
  if (list) for (const id of list.clients.ids) ids.code(id);
  const cats = CATEGORICAL_ROLES.map((role) => ({ role, index: mapping[role], dict: new CategoryCodes() }));
  const catIdx = cats.map((c) => (c.index === undefined ? -1 : c.index));
  const curIdx = mapping.currency ?? -1;
  let currency = '';
  let currencyRow = 0;
  let lastCurrencyCell: unknown = NO_CELL;

  // Columnar storage, grown geometrically.
  let cap = 0;
  let n = 0;
  let client: Int32Array = new Int32Array(0);
  let day: Int32Array = new Int32Array(0);
  let amount: Float64Array = new Float64Array(0);
  let margin: Float64Array = new Float64Array(0);
  let rowNo: Int32Array = new Int32Array(0);
  let catCodes: Int32Array[] = cats.map(() => new Int32Array(0));
  const grow = (need: number): void => {
    const next = cap === 0 ? need : Math.max(need, cap * 2, 1024);
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
    client = g32(client);
    day = g32(day);
    amount = g64(amount);
    if (hasMargin) margin = g64(margin);
    rowNo = g32(rowNo);
    catCodes = catCodes.map((a, k) => (catIdx[k] >= 0 ? g32(a) : a));
    cap = next;
  };

  let read = 0;
  let blank = 0;
  const rejected: RejectedRow[] = [];
  const pending: Pending[] = [];
  // Client index = the id's dictionary code. A sales-only id is added at its first *used* row
  // (peek, then code), so ids seen only on rejected rows are not clients.
  /** the first used row of each client not in the list (client index − listCount) */
  const newRows: number[] = [];
  let pendingRow = false;
  let finished: SalesReadResult | null = null;

  const reject = (row: number, index: number, reason: RejectReason, cell: Cell): void => {
    rejected.push({ sheet, row, column: label(index), reason, value: cellText(cell) });
  };

  const checkCurrency = (code: string, row: number, column: string): void => {
    if (!currency) {
      currency = code;
      currencyRow = row;
    } else if (!sameCurrency(currency, code)) {
      throw new CarteraError(
        'mixed_currency',
        `Column ${column} on sheet "${sheet}" mixes currencies: ${currency} (row ${currencyRow}) and ${code} (row ${row}). ` +
          'Analyse one currency at a time, or convert the amounts to one currency first.',
        { sheet, row, column },
      );
    }
    if (currency === '$' && code !== '$') currency = code;
  };

  /** A text number: its only reading, or (read both ways) the "." reading for now, settled later. */
  const textNumber = (col: NumberColumn, text: string, row: number): number => {
    const r = numberReadings(text, { percent: false });
    const dotOk = r.dot === r.dot;
    const commaOk = r.comma === r.comma;
    if (!dotOk && !commaOk) return NaN;
    if (r.currency) {
      if (!col.currency) {
        col.currency = r.currency;
        col.currencyRow = row;
      } else if (!sameCurrency(col.currency, r.currency)) {
        throw new CarteraError(
          'mixed_currency',
          `Column ${col.label} on sheet "${sheet}" mixes currencies: ${col.currency} (row ${col.currencyRow}) and ${r.currency} (row ${row}). ` +
            'Analyse one currency at a time, or convert the amounts to one currency first.',
          { sheet, row, column: col.label },
        );
      }
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
    pendingRow = true;
    return r.dot;
  };

  const textDate = (text: string, row: number): number => {
    const r = dateReadings(text);
    const dOk = r.dmy === r.dmy;
    const mOk = r.mdy === r.mdy;
    if (dOk && mOk) {
      if (r.dmy === r.mdy) return r.dmy;
      dateVotes.sawAmbiguous(row, text);
      pendingRow = true;
      return r.dmy;
    }
    if (dOk) {
      dateVotes.vote('dmy', row, text);
      return r.dmy;
    }
    if (mOk) {
      dateVotes.vote('mdy', row, text);
      return r.mdy;
    }
    return NaN;
  };

  if (options.rowCount && options.rowCount > 0) grow(options.rowCount);

  const add = (rows: Cell[][]): void => {
    if (finished) throw new Error('createSalesReader: add() after finish()');
    if (n + rows.length > cap) grow(n + rows.length);
    // Locals for the hot loop (the closure's variables are reassigned by grow()).
    const client_ = client, day_ = day, amount_ = amount, margin_ = margin, rowNo_ = rowNo, codes_ = catCodes;
    const active = cats.map((_, j) => j).filter((j) => catIdx[j] >= 0);
    const nCats = active.length;
    const catCol = active.map((j) => catIdx[j]);
    const catDict = active.map((j) => cats[j].dict);
    const catOut = active.map((j) => codes_[j]);
    let n_ = n;
    let lastCell: unknown = NO_CELL;
    let lastClient = -1;
    const rowBase = firstRow + read;
    read += rows.length;
    for (let k = 0; k < rows.length; k++) {
      const cells = rows[k];
      const row = rowBase + k;
      // Client id: the number fast path, then text.
      const cc = cells[ci];
      let c = cc === lastCell ? lastClient : ids.peek(cc);
      if (c === -2) {
        if (cells.every(isBlank)) blank++;
        else reject(row, ci, 'missing_client', cc);
        continue;
      }
      if (curIdx >= 0) {
        const cur = cells[curIdx];
        if (cur !== lastCurrencyCell && !isBlank(cur)) {
          checkCurrency(currencyCode(String(cur)), row, label(curIdx));
          lastCurrencyCell = cur;
        }
      }
      pendingRow = false;
      // Date: serials directly; text per column.
      const dc = cells[di];
      let d: number;
      if (typeof dc === 'number') {
        d = dc >= 1 && dc <= LAST_FAST_SERIAL ? Math.floor(dc) + offset1904 : serialDay(dc);
        if (d > LAST_FAST_SERIAL) d = NaN;
      } else d = typeof dc === 'string' ? textDate(dc, row) : NaN;
      if (d !== d) {
        reject(row, di, 'bad_date', dc);
        continue;
      }
      // Amount, or quantity × price.
      let a: number;
      if (amountCol) {
        const v = cells[amountCol.index];
        a = typeof v === 'number' ? v : typeof v === 'string' ? textNumber(amountCol, v, row) : NaN;
        if (!Number.isFinite(a)) {
          reject(row, amountCol.index, 'bad_amount', v);
          continue;
        }
      } else {
        const q = cells[quantityCol!.index];
        const qv = typeof q === 'number' ? q : typeof q === 'string' ? textNumber(quantityCol!, q, row) : NaN;
        if (!Number.isFinite(qv)) {
          reject(row, quantityCol!.index, 'bad_quantity', q);
          continue;
        }
        const p = cells[priceCol!.index];
        const pv = typeof p === 'number' ? p : typeof p === 'string' ? textNumber(priceCol!, p, row) : NaN;
        if (!Number.isFinite(pv)) {
          reject(row, priceCol!.index, 'bad_price', p);
          continue;
        }
        a = qv * pv;
      }
      let m = 0;
      if (marginCol) {
        const v = cells[marginCol.index];
        m = typeof v === 'number' ? v : typeof v === 'string' ? textNumber(marginCol, v, row) : NaN;
        if (!Number.isFinite(m)) {
          reject(row, marginCol.index, 'bad_margin', v);
          continue;
        }
      } else if (costCol) {
        const v = cells[costCol.index];
        const cost = typeof v === 'number' ? v : typeof v === 'string' ? textNumber(costCol, v, row) : NaN;
        if (!Number.isFinite(cost)) {
          reject(row, costCol.index, 'bad_cost', v);
          continue;
        }
        m = a - cost;
      }
      if (c < 0) {
        c = ids.code(cc);
        newRows.push(row);
      }
      lastCell = cc;
      lastClient = c;
      client_[n_] = c;
      day_[n_] = d;
      amount_[n_] = a;
      if (hasMargin) margin_[n_] = m;
      rowNo_[n_] = row;
      for (let j = 0; j < nCats; j++) catOut[j][n_] = catDict[j].code(cells[catCol[j]]);
      if (pendingRow) pending.push({ slot: n_, row, cells: cells.slice() });
      n_++;
    }
    n = n_;
  };

  const finish = (): SalesReadResult => {
    if (finished) return finished;
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

    const idLabels = ids.labels;
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
          message: `Client ${id} (first sale in row ${newRows[k]}) is not in the client list on sheet "${list.sheet}"; its sales are analysed and flagged "not in list".`,
        });
      }
    }

    const categorical = (role: (typeof CATEGORICAL_ROLES)[number]): Categorical | null => {
      const j = CATEGORICAL_ROLES.indexOf(role);
      if (catIdx[j] < 0) return null;
      const codes = catCodes[j].subarray(0, n);
      return { codes, labels: cats[j].dict.settle(codes) };
    };
    // Views, not copies: the storage is sized to the rows (exactly, with rowCount).
    const sales: SalesData = {
      length: n,
      client: client.subarray(0, n),
      day: day.subarray(0, n),
      amount: amount.subarray(0, n),
      margin: hasMargin ? margin.subarray(0, n) : null,
      row: rowNo.subarray(0, n),
      invoice: categorical('invoice'),
      product: categorical('product'),
      buyingCentre: categorical('buyingCentre'),
      channel: categorical('channel'),
      salesperson: categorical('salesperson'),
    };
    finished = {
      sales,
      clients,
      quality: {
        rowsRead: read,
        rowsUsed: n,
        rowsRejected: rejected.length,
        rowsAfterAsOf: 0,
        blankRows: blank,
        rejected: list ? [...list.rejected, ...rejected] : rejected,
        issues: list ? [...list.issues, ...issues] : issues,
      },
    };
    return finished;
  };

  return {
    add,
    finish,
    get rowsRead() {
      return read;
    },
  };
}
