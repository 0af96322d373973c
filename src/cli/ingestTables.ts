import {
  createSalesReader,
  findHeaderRow,
  normalizeHeader,
  readClientList,
  suggestClientMapping,
  suggestSalesMapping,
  type ClientList,
  type SalesReadResult,
} from '../engine/clean';
import type { Cell, ClientMapping, ClientRole, SalesMapping, SalesRole, SourceRef } from '../engine/types';
import { printable } from '../files/printable';
import { CliError } from './cliError';
import type { Table } from './readTable';

export interface IngestOptions {
  map?: Array<[SalesRole, string]>;
  clientMap?: Array<[ClientRole, string]>;
  locale?: string | null;
  date1904?: boolean;
  /** progress lines (stderr) */
  progress?: (line: string) => void;
}

export interface Ingested extends SalesReadResult {
  salesSource: SourceRef;
  salesMapping: SalesMapping;
  clientSource: SourceRef | null;
  clientMapping: ClientMapping | null;
  clientList: ClientList | null;
}

const BLOCK = 100_000;
const SAMPLE = 200;

interface Located {
  source: SourceRef;
  data: Cell[][];
}

/** Longest text looked at to find headers and columns: no header or sample value is longer. */
const DETECT_CHARS = 255;

/**
 * Rows with their long texts cut, for header and column detection only (its text matching grows
 * faster than the text: a 200 KB header took minutes).
 */
function shortCells(rows: Cell[][]): Cell[][] {
  return rows.map((r) =>
    r.map((v) => (typeof v === 'string' && v.length > DETECT_CHARS ? v.slice(0, DETECT_CHARS) : v)),
  );
}

/** The header row (found among the first rows) and the data rows below it. */
function locate(table: Table): Located {
  const h = findHeaderRow(shortCells(table.rows.slice(0, 30)));
  const headerCells = table.rows[h] ?? [];
  const width = table.rows.reduce((w, r, i) => (i >= h && r.length > w ? r.length : w), 0);
  const headers = Array.from({ length: width }, (_, c) =>
    headerCells[c] === undefined ? '' : String(headerCells[c]).slice(0, DETECT_CHARS).trim(),
  );
  return {
    source: { sheet: table.sheet, headerRow: h + 1, firstColumn: 0, headers },
    data: table.rows.slice(h + 1),
  };
}

/** Headers for a message: each printable and cut, the list cut after 40. */
function columnList(headers: string[]): string {
  const shown = headers.slice(0, 40).map((h) => printable(h, 40));
  return shown.join(', ') + (headers.length > 40 ? `, … (${headers.length})` : '');
}

/** Applies "role=Header" overrides: by header (any case/accents), else by column letter; "" unmaps. */
function applyMap<R extends string>(
  mapping: Partial<Record<R, number>>,
  map: Array<[R, string]>,
  headers: string[],
  file: string,
): void {
  for (const [role, header] of map) {
    if (header === '') {
      delete mapping[role];
      continue;
    }
    const wanted = normalizeHeader(header);
    let col = headers.findIndex((h) => normalizeHeader(h) === wanted);
    if (col < 0 && /^[A-Za-z]{1,3}$/.test(header)) {
      col =
        header
          .toUpperCase()
          .split('')
          .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      if (col >= headers.length) col = -1;
    }
    if (col < 0)
      throw new CliError('cli.data.noSuchColumn', { file, header, role, columns: columnList(headers) });
    for (const other of Object.keys(mapping) as R[])
      if (mapping[other] === col && other !== role) delete mapping[other];
    mapping[role] = col;
  }
}

/**
 * A text record whose quote is never closed reached the reader as an empty row (so the rows below
 * keep their numbers) and was counted blank: it is a rejected row, with its reason and its text.
 */
function rejectBrokenRows(result: SalesReadResult, table: Table, source: SourceRef): void {
  const q = result.quality;
  const broken = (table.brokenRows ?? []).filter((b) => b.row > source.headerRow);
  if (broken.length === 0) return;
  for (const b of broken)
    q.rejected.push({
      sheet: source.sheet,
      row: b.row,
      column: '',
      reason: 'broken_quotes',
      value: printable(b.text),
    });
  q.rejected.sort((a, b) => a.row - b.row);
  q.blankRows -= broken.length;
  q.rowsRejected += broken.length;
}

/** Finds the columns, reads the client list, then feeds the sales rows to the reader in blocks. */
export function ingestTables(
  salesFile: string,
  sales: Table,
  clientsFile: string | null,
  clients: Table | null,
  options: IngestOptions = {},
): Ingested {
  const readOptions = { locale: options.locale ?? undefined, date1904: options.date1904 };
  let clientList: ClientList | null = null;
  let clientSource: SourceRef | null = null;
  let clientMapping: ClientMapping | null = null;
  if (clients && clientsFile) {
    const { source, data } = locate(clients);
    clientSource = source;
    clientMapping = suggestClientMapping(source.headers, shortCells(data.slice(0, SAMPLE))).mapping;
    applyMap(clientMapping, options.clientMap ?? [], source.headers, clientsFile);
    if (clientMapping.client === undefined)
      throw new CliError('cli.data.noListClient', { file: clientsFile, columns: columnList(source.headers) });
    clientList = readClientList(data, clientMapping, source, readOptions);
    // the list's broken records: listed with the list's rejected rows (the list has no row totals to balance)
    for (const b of (clients.brokenRows ?? []).filter((r) => r.row > source.headerRow)) {
      clientList.rejected.push({
        sheet: source.sheet,
        row: b.row,
        column: '',
        reason: 'broken_quotes',
        value: printable(b.text),
      });
      clientList.blankRows--;
    }
    clientList.rejected.sort((a, b) => a.row - b.row);
    options.progress?.(`client list: ${clientList.clients.ids.length} clients from ${data.length} rows`);
  }

  const { source, data } = locate(sales);
  const suggestion = suggestSalesMapping(source.headers, shortCells(data.slice(0, SAMPLE)));
  const mapping = suggestion.mapping;
  applyMap(mapping, options.map ?? [], source.headers, salesFile);
  const columns = { file: salesFile, columns: columnList(source.headers) };
  if (mapping.client === undefined) throw new CliError('cli.data.noClient', columns);
  if (mapping.date === undefined) throw new CliError('cli.data.noDate', columns);
  if (mapping.amount === undefined && (mapping.quantity === undefined || mapping.price === undefined))
    throw new CliError('cli.data.noAmount', columns);
  const roles = (Object.keys(mapping) as SalesRole[])
    .map((r) => `${r}=${source.headers[mapping[r]!]}`)
    .join(', ');
  options.progress?.(`sales columns: ${roles}`);

  const reader = createSalesReader(mapping, source, { ...readOptions, clientList, rowCount: data.length });
  for (let i = 0; i < data.length; i += BLOCK) {
    reader.add(data.slice(i, i + BLOCK));
    if (data.length > BLOCK)
      options.progress?.(`read ${Math.min(i + BLOCK, data.length)} of ${data.length} sales rows`);
  }
  const result = reader.finish();
  rejectBrokenRows(result, sales, source);
  return { ...result, salesSource: source, salesMapping: mapping, clientSource, clientMapping, clientList };
}
