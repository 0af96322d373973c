import {
  columnIndex,
  createSalesReader,
  currencyOf,
  headerRowOf,
  HEADER_SCAN_ROWS,
  missingClientRoles,
  missingSalesRoles,
  normalizeHeader,
  readClientList,
  salesColumns,
  suggestClientMapping,
  suggestSalesMapping,
  type ClientList,
  type SalesReader,
  type SalesReadResult,
} from '../engine/clean';
import type {
  Cell,
  ClientMapping,
  ClientRole,
  RejectedRow,
  SalesMapping,
  SalesRole,
  SourceRef,
} from '../engine/types';
import { printable } from '../files/printable';
import { rejectBrokenRecords } from '../files/rejectBrokenRecords';
import type { MessageKey, MessageParams } from '../i18n';
import { CliError } from './cliError';
import type { BrokenRow, Table } from './readTable';

export interface IngestOptions {
  map?: Array<[SalesRole, string]>;
  clientMap?: Array<[ClientRole, string]>;
  locale?: string | null;
  date1904?: boolean;
  /** progress lines (stderr), by message key (cliMessages.ts) */
  progress?: (key: MessageKey, params: MessageParams) => void;
}

export interface Ingested extends SalesReadResult {
  salesSource: SourceRef;
  salesMapping: SalesMapping;
  clientSource: SourceRef | null;
  clientMapping: ClientMapping | null;
  clientList: ClientList | null;
  /** ISO currency the currency column names in the first data rows, for the sheets' money format */
  currency?: string;
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

/** The header row (found among the first rows, as the add-in finds it) and the data rows below it. */
function locate(table: Table, file: string): Located {
  const scan = shortCells(table.rows.slice(0, HEADER_SCAN_ROWS));
  const h = headerRowOf(
    scan,
    scan.reduce((w, r) => Math.max(w, r.length), 0),
  );
  if (h < 0) throw new CliError('cli.data.noHeader', { file, rows: HEADER_SCAN_ROWS });
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
    if (col < 0) {
      col = columnIndex(header);
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
 * Text records whose quote is never closed, below the header, as rejected rows (reason
 * broken_quotes). They reached the readers as empty rows, so the rows below kept their numbers.
 */
function brokenRejects(brokenRows: BrokenRow[] | undefined, source: SourceRef): RejectedRow[] {
  return (brokenRows ?? [])
    .filter((b) => b.row > source.headerRow)
    .map((b) => ({
      sheet: source.sheet,
      row: b.row,
      column: '',
      reason: 'broken_quotes',
      value: printable(b.text),
    }));
}

/** Where the sales rows go, block by block, in file order; finish() once after the last block. */
export interface SalesSink {
  /** → the columns the sales reader reads, the client's first, once the mapping is known */
  add(rows: Cell[][]): readonly number[] | void;
  /** About how many records the file holds (the header's included): storage is sized once. */
  expect(records: number): void;
  /** `brokenRows`: the sales file's records with an unclosed quote (counted blank, now rejected) */
  finish(brokenRows?: BrokenRow[]): Ingested;
}

/**
 * Reads the client list, then takes the sales rows as they come (a streamed file never needs to be
 * in memory): the first rows are kept until the header and the columns can be found, then every
 * block goes straight to the engine's sales reader.
 */
export function createIngest(
  salesFile: string,
  salesSheet: string,
  clientsFile: string | null,
  clients: Table | null,
  options: IngestOptions & { rowCount?: number } = {},
): SalesSink {
  const readOptions = { locale: options.locale ?? undefined, date1904: options.date1904 };
  let clientList: ClientList | null = null;
  let clientSource: SourceRef | null = null;
  let clientMapping: ClientMapping | null = null;
  if (clients && clientsFile) {
    const { source, data } = locate(clients, clientsFile);
    clientSource = source;
    clientMapping = suggestClientMapping(source.headers, shortCells(data.slice(0, SAMPLE))).mapping;
    applyMap(clientMapping, options.clientMap ?? [], source.headers, clientsFile);
    if (missingClientRoles(clientMapping).length > 0)
      throw new CliError('cli.data.noListClient', { file: clientsFile, columns: columnList(source.headers) });
    clientList = readClientList(data, clientMapping, source, readOptions);
    // the list's broken records: listed with the list's rejected rows (the list has no row totals to balance)
    const broken = brokenRejects(clients.brokenRows, source);
    clientList.rejected.push(...broken);
    clientList.blankRows -= broken.length;
    clientList.rejected.sort((a, b) => a.row - b.row);
    options.progress?.('cli.progress.clientList', {
      clients: clientList.clients.ids.length,
      rows: data.length,
    });
  }

  let head: Cell[][] = [];
  type Started = { reader: SalesReader; source: SourceRef; mapping: SalesMapping; currency?: string };
  let sales: Started | null = null;
  let columns: readonly number[] | undefined;
  const start = (): Started => {
    const { source, data } = locate({ sheet: salesSheet, rows: head }, salesFile);
    head = [];
    const mapping = suggestSalesMapping(source.headers, shortCells(data.slice(0, SAMPLE))).mapping;
    applyMap(mapping, options.map ?? [], source.headers, salesFile);
    const missing = missingSalesRoles(mapping)[0];
    if (missing !== undefined)
      throw new CliError(
        missing === 'client'
          ? 'cli.data.noClient'
          : missing === 'date'
            ? 'cli.data.noDate'
            : 'cli.data.noAmount',
        { file: salesFile, columns: columnList(source.headers) },
      );
    const roles = (Object.keys(mapping) as SalesRole[])
      .map((r) => `${r}=${source.headers[mapping[r]!]}`)
      .join(', ');
    options.progress?.('cli.progress.salesColumns', { roles });
    const reader = createSalesReader(mapping, source, {
      ...readOptions,
      clientList,
      rowCount: rowCount === undefined ? undefined : Math.max(0, rowCount - source.headerRow),
    });
    const currency = currencyOf(data, mapping.currency);
    reader.add(data);
    return { reader, source, mapping, currency };
  };
  let rowCount = options.rowCount;
  return {
    expect(records: number): void {
      if (!sales) rowCount = records;
    },
    add(rows: Cell[][]): readonly number[] | void {
      if (sales) {
        sales.reader.add(rows);
        return columns;
      }
      for (const r of rows) head.push(r);
      if (head.length >= HEADER_SCAN_ROWS + SAMPLE + 1) {
        sales = start();
        columns = salesColumns(sales.mapping);
        return columns;
      }
    },
    finish(brokenRows?: BrokenRow[]): Ingested {
      const { reader, source, mapping, currency } = sales ?? start();
      const result = reader.finish();
      rejectBrokenRecords(result.quality, brokenRejects(brokenRows, source));
      return {
        ...result,
        salesSource: source,
        salesMapping: mapping,
        clientSource,
        clientMapping,
        clientList,
        ...(currency ? { currency } : {}),
      };
    },
  };
}

/** Finds the columns, reads the client list, then feeds the sales rows to the reader in blocks. */
export function ingestTables(
  salesFile: string,
  sales: Table,
  clientsFile: string | null,
  clients: Table | null,
  options: IngestOptions = {},
): Ingested {
  const sink = createIngest(salesFile, sales.sheet, clientsFile, clients, {
    ...options,
    rowCount: sales.rows.length,
  });
  const n = sales.rows.length;
  for (let i = 0; i < n; i += BLOCK) {
    sink.add(sales.rows.slice(i, i + BLOCK));
    if (n > BLOCK) options.progress?.('cli.progress.readRows', { done: Math.min(i + BLOCK, n), total: n });
  }
  return sink.finish(sales.brokenRows);
}
