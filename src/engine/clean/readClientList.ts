import { engineError } from '../engineError';
import {
  type Cell,
  type ClientAttribute,
  type ClientMapping,
  type ClientRole,
  type ClientsData,
  type QualityIssue,
  type RejectedRow,
  type SourceRef,
} from '../types';
import { IdDictionary } from './clientId';
import { columnLabel, columnLetter } from './columnLetter';
import { ColumnVotes, readConventions, type ReadOptions } from './conventions';
import { normalizeHeader } from './normalizeHeader';
import { possibleDuplicates } from './possibleDuplicates';
import { dateReadings, serialDay, type DateOrder } from './parseDate';
import { numberReadings, type DecimalSeparator } from './parseNumber';

/** The client list, read before the sales so that its rows get the first client indexes. */
export interface ClientList {
  sheet: string;
  /** the list's clients only, in list order (duplicate ids dropped: first row wins) */
  clients: ClientsData;
  /** duplicate_client, possible_duplicate, and unreadable dates/numbers in typed columns */
  issues: QualityIssue[];
  /** list rows with data but no client id (reason missing_client), named by the list's sheet */
  rejected: RejectedRow[];
  rowsRead: number;
  blankRows: number;
}

const DATE_ROLES: ReadonlySet<ClientRole> = new Set(['birthDate', 'firstContact', 'lastVisit']);
const NUMBER_ROLES: ReadonlySet<ClientRole> = new Set(['age', 'potential', 'visits', 'satisfaction']);
const TEXT_ROLES: ReadonlySet<ClientRole> = new Set([
  'name', 'segment', 'industry', 'region', 'salesperson', 'channel', 'gender', 'special', 'email', 'phone', 'contact', 'address',
]);
const NOT_SPECIAL = new Set(['no', 'n', 'nao', 'false', 'falso', '0', '-', 'ninguno', 'nenhum', 'none', 'x no']);

function isBlank(v: Cell): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** The "special" (loyalty) flag: blank, 0, "No", "Não", FALSE → 0; anything else (Sí, Sim, X, VIP, 1) → 1. */
export function specialFlag(v: Cell): number {
  if (isBlank(v)) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v !== 0 ? 1 : 0;
  if (typeof v !== 'string') return 0;
  let flag = flagMemo.get(v);
  if (flag === undefined) {
    flag = NOT_SPECIAL.has(normalizeHeader(v)) ? 0 : 1;
    if (flagMemo.size < 1000) flagMemo.set(v, flag);
  }
  return flag;
}
const flagMemo = new Map<string, number>();

/**
 * Reads the client list (SPEC §1–2): the id column plus every other column as an attribute keyed
 * by its header (recognised roles are named in `roles`). Duplicate ids: the first row wins and
 * the others are reported; clients whose normalised names match are reported as possible
 * duplicates, never merged. `rows` are the data rows (header excluded).
 */
export function readClientList(
  rows: Cell[][],
  mapping: ClientMapping,
  source: SourceRef,
  options: ReadOptions = {},
): ClientList {
  const sheet = source.sheet;
  const ci = mapping.client;
  if (ci === undefined)
    throw engineError(
      'client_list_no_id',
      { sheet },
      `The client list on sheet "${sheet}" has no client id column: map one of its columns to "client".`,
    );
  const firstRow = source.headerRow + 1;
  const label = (index: number): string => columnLabel(source.firstColumn, index, source.headers[index]);
  const locale = readConventions(options);
  const issues: QualityIssue[] = [];
  const rejected: RejectedRow[] = [];

  // Pass 1: which rows are clients (first occurrence of each id).
  const dict = new IdDictionary();
  const kept: number[] = [];
  const firstRowOf: number[] = [];
  let blankRows = 0;
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i];
    const row = firstRow + i;
    const id = cells[ci];
    // A number beyond 2^53 is no longer the id that was typed (ids of 16+ digits must be text).
    if (typeof id === 'number' && Number.isFinite(id) && !(Math.abs(id) <= Number.MAX_SAFE_INTEGER)) {
      rejected.push({ sheet, row, column: label(ci), reason: 'imprecise_id', value: String(id) });
      continue;
    }
    const c = dict.code(id);
    if (c < 0) {
      if (cells.every(isBlank)) blankRows++;
      else rejected.push({ sheet, row, column: label(ci), reason: 'missing_client', value: '' });
    } else if (c < kept.length) {
      issues.push({
        kind: 'duplicate_client',
        sheet,
        row,
        column: label(ci),
        clientId: dict.labels[c],
        detail: { code: 'duplicate_client', firstRow: firstRowOf[c] },
        message: `Client id ${dict.labels[c]} appears again in row ${row} (first in row ${firstRowOf[c]}); the first row is used.`,
      });
    } else {
      kept.push(i);
      firstRowOf.push(row);
    }
  }
  const n = kept.length;

  // Pass 2: one attribute per other column.
  const roleOf = new Map<number, ClientRole>();
  for (const [role, col] of Object.entries(mapping) as Array<[ClientRole, number | undefined]>) {
    if (col !== undefined && col !== ci && role !== 'client' && !roleOf.has(col)) roleOf.set(col, role);
  }
  let width = source.headers.length;
  for (const r of rows) if (r.length > width) width = r.length;
  const attributes: Record<string, ClientAttribute> = {};
  const roles: Partial<Record<ClientRole, string>> = { client: keyOf(ci) };
  const usedKeys = new Set<string>();
  function keyOf(c: number): string {
    const h = source.headers[c];
    return h !== undefined && String(h).trim() ? String(h).trim() : columnLetter(source.firstColumn + c);
  }
  usedKeys.add(roles.client!);
  let special: Uint8Array | null = null;
  let names: string[] | null = null;

  for (let c = 0; c < width; c++) {
    if (c === ci) continue;
    let key = keyOf(c);
    if (usedKeys.has(key)) key = `${key} (${columnLetter(source.firstColumn + c)})`;
    usedKeys.add(key);
    const role = roleOf.get(c);
    const cells = kept.map((i) => rows[i][c]);
    const kind = columnKind(cells, role, normalizeHeader(keyOf(c)));
    let attr: ClientAttribute;
    if (kind === 'date') attr = { kind: 'date', values: readDates(cells, c) };
    else if (kind === 'number') attr = { kind: 'number', values: readNumbers(cells, c) };
    else {
      const d = new IdDictionary();
      const codes = new Int32Array(n);
      for (let k = 0; k < n; k++) codes[k] = d.code(cells[k]);
      attr = { kind: 'text', codes, labels: d.labels };
      if (role === 'name') names = Array.from(codes, (code) => (code < 0 ? '' : d.labels[code]));
    }
    attributes[key] = attr;
    if (role) roles[role] = key;
    if (role === 'special') special = Uint8Array.from(cells, specialFlag);
  }

  function readDates(cells: Cell[], c: number): Float64Array {
    const votes = new ColumnVotes<DateOrder>('dmy', 'mdy');
    const out = new Float64Array(n).fill(NaN);
    const both: number[] = [];
    for (let k = 0; k < n; k++) {
      const v = cells[k];
      if (isBlank(v)) continue;
      const row = firstRowOf[k];
      let ambiguous = false;
      if (typeof v === 'number') out[k] = serialDay(v, options.date1904);
      else if (typeof v === 'string') {
        const r = dateReadings(v);
        if (r.dmy === r.mdy || Number.isNaN(r.mdy)) {
          out[k] = r.dmy;
          if (!Number.isNaN(r.dmy) && r.dmy !== r.mdy) votes.vote('dmy', row, v);
        } else if (Number.isNaN(r.dmy)) {
          out[k] = r.mdy;
          votes.vote('mdy', row, v);
        } else {
          votes.sawAmbiguous(row, v);
          both.push(k);
          ambiguous = true;
        }
      }
      if (Number.isNaN(out[k]) && !ambiguous) {
        issues.push({
          kind: 'ambiguous_date',
          sheet,
          row,
          column: label(c),
          clientId: dict.labels[k],
          detail: { code: 'not_a_date', value: String(v) },
          message: `"${String(v)}" in ${label(c)}, row ${row}, is not a date; left blank.`,
        });
      }
    }
    const order = votes.decide(locale.dateOrder);
    for (const k of both) {
      const r = dateReadings(String(cells[k]));
      out[k] = order === 'dmy' ? r.dmy : r.mdy;
    }
    if (votes.doubtful)
      issues.push({
        kind: 'ambiguous_date',
        sheet,
        row: 0,
        column: label(c),
        detail: { code: 'date_order_doubtful', order },
        message: `Column ${label(c)} has dates that read both ways (day/month or month/day); they were read as ${order === 'dmy' ? 'day/month/year' : 'month/day/year'}.`,
      });
    return out;
  }

  function readNumbers(cells: Cell[], c: number): Float64Array {
    const votes = new ColumnVotes<DecimalSeparator>('.', ',');
    const out = new Float64Array(n).fill(NaN);
    const both: number[] = [];
    for (let k = 0; k < n; k++) {
      const v = cells[k];
      if (typeof v === 'number') out[k] = v;
      else if (typeof v === 'string' && !isBlank(v)) {
        const r = numberReadings(v);
        if (Number.isNaN(r.comma) || r.dot === r.comma) {
          out[k] = r.dot;
          if (r.dot !== r.comma) votes.vote('.', firstRowOf[k], v);
        } else if (Number.isNaN(r.dot)) {
          out[k] = r.comma;
          votes.vote(',', firstRowOf[k], v);
        } else {
          votes.sawAmbiguous(firstRowOf[k], v);
          both.push(k);
        }
      }
    }
    const decimal = votes.decide(locale.decimal);
    for (const k of both) {
      const r = numberReadings(String(cells[k]));
      out[k] = decimal === '.' ? r.dot : r.comma;
    }
    if (votes.doubtful)
      issues.push({
        kind: 'ambiguous_decimal',
        sheet,
        row: 0,
        column: label(c),
        detail: { code: 'decimal_doubtful', decimal },
        message: `Column ${label(c)} has text numbers that read both ways (such as "1.234"); they were read with "${decimal}" as decimal separator.`,
      });
    return out;
  }

  // Possible duplicates: different ids, same normalised name (legal forms not contradicting).
  if (names) {
    const ids = dict.labels.slice(0, n);
    issues.push(...possibleDuplicates({ sheet, column: label(mapping.name!), ids, names, rows: firstRowOf }));
  }

  return {
    sheet,
    clients: {
      ids: dict.labels.slice(0, n),
      inList: new Uint8Array(n).fill(1),
      listRow: Int32Array.from(firstRowOf),
      attributes,
      roles,
      special,
    },
    issues,
    rejected,
    rowsRead: rows.length,
    blankRows,
  };
}

/** Decides how a client-list column is stored: by its role when it has one, else from its cells. */
function columnKind(cells: Cell[], role: ClientRole | undefined, header: string): 'date' | 'number' | 'text' {
  if (role && DATE_ROLES.has(role)) return 'date';
  if (role && TEXT_ROLES.has(role)) return 'text';
  let filled = 0, numbers = 0, textNumbers = 0, textDates = 0, serials = 0;
  for (const v of cells) {
    if (isBlank(v)) continue;
    filled++;
    if (typeof v === 'number') {
      numbers++;
      if (v >= 1 && v < 73_051) serials++;
    } else if (typeof v === 'string') {
      const t = v.trim();
      const d = dateReadings(t);
      if (!Number.isNaN(d.dmy) || !Number.isNaN(d.mdy)) textDates++;
      // Leading zeros ("00123", postal codes) and "+34..." phone forms are text.
      else if (!/^[+0]\d/.test(t)) {
        const r = numberReadings(t);
        if (!Number.isNaN(r.dot) || !Number.isNaN(r.comma)) textNumbers++;
      }
    }
  }
  if (!filled) return role && NUMBER_ROLES.has(role) ? 'number' : 'text';
  const datey = /\b(fecha|data|date|dia|desde|since|alta|cadastro)\b/.test(header);
  if (textDates === filled || (datey && textDates + serials === filled && textDates + numbers === filled)) return 'date';
  if (numbers + textNumbers === filled) return 'number';
  return 'text';
}

/**
 * The client table of the whole analysis: the list's clients (or none) followed by the ids seen
 * only in the sales, with blank attributes and inList = 0, listRow = −1.
 */
export function extendClients(list: ClientsData | null, ids: string[]): ClientsData {
  const n = ids.length;
  const m = list ? list.ids.length : 0;
  const inList = new Uint8Array(n);
  inList.fill(1, 0, m);
  const listRow = new Int32Array(n).fill(-1);
  if (list) listRow.set(list.listRow);
  const attributes: Record<string, ClientAttribute> = {};
  if (list) {
    for (const [key, a] of Object.entries(list.attributes)) {
      if (a.kind === 'text') {
        const codes = new Int32Array(n).fill(-1);
        codes.set(a.codes);
        attributes[key] = { kind: 'text', codes, labels: a.labels };
      } else {
        const values = new Float64Array(n).fill(NaN);
        values.set(a.values);
        attributes[key] = { kind: a.kind, values };
      }
    }
  }
  let special: Uint8Array | null = null;
  if (list?.special) {
    special = new Uint8Array(n);
    special.set(list.special);
  }
  return { ids: ids.slice(), inList, listRow, attributes, roles: list ? { ...list.roles } : {}, special };
}
