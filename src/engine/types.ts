// The engine's shared data contract. Everything in src/engine takes and returns these plain,
// transferable structures: typed arrays for per-row and per-client numbers, string arrays for
// dictionaries. Index conventions:
//   - a *client index* is a position in ClientsData.ids (and in every per-client array);
//   - a *day* is an Excel 1900-system serial day (2000-01-01 = 36526), time of day dropped;
//     workbooks on the 1904 system are converted on ingest (+1462);
//   - money per client/period is kept as integer cents in a Float64Array (see money.ts).

/** A cell as Excel's Range.values gives it (empty cell = ""). */
export type Cell = number | string | boolean | null | undefined;

export const SALES_ROLES = [
  'client',
  'date',
  'amount',
  'quantity',
  'price',
  'invoice',
  'margin',
  'cost',
  'product',
  'buyingCentre',
  'channel',
  'salesperson',
  'currency',
] as const;
export type SalesRole = (typeof SALES_ROLES)[number];

export const CLIENT_ROLES = [
  'client',
  'name',
  'segment',
  'industry',
  'size',
  'region',
  'salesperson',
  'channel',
  'gender',
  'birthDate',
  'age',
  'income',
  'satisfaction',
  'special',
  'firstContact',
  'potential',
  'lastVisit',
  'visits',
  'email',
  'phone',
  'contact',
  'address',
] as const;
export type ClientRole = (typeof CLIENT_ROLES)[number];

/** Role → 0-based column index within the range (header row included in the range). */
export type SalesMapping = Partial<Record<SalesRole, number>>;
export type ClientMapping = Partial<Record<ClientRole, number>>;

/** Where a block of rows came from, so that every message can name sheet, row and column. */
export interface SourceRef {
  sheet: string;
  /** 1-based Excel row number of the header row. Data row i (0-based) is headerRow + 1 + i. */
  headerRow: number;
  /** 0-based Excel column index of the range's first column (A = 0). */
  firstColumn: number;
  headers: string[];
}

/** A text column dictionary-encoded: codes[i] indexes labels, -1 = blank. */
export interface Categorical {
  codes: Int32Array;
  labels: string[];
}

/** The usable sales rows after cleaning, columnar. Rows rejected by cleaning are not here. */
export interface SalesData {
  length: number;
  /** client index into ClientsData.ids */
  client: Int32Array;
  day: Int32Array;
  /** net revenue of the line, currency units (quantity × price when no amount column) */
  amount: Float64Array;
  /** margin of the line (from a margin column, or amount − cost); null when neither is mapped */
  margin: Float64Array | null;
  /** 1-based Excel row number of each line, for messages */
  row: Int32Array;
  invoice: Categorical | null;
  product: Categorical | null;
  buyingCentre: Categorical | null;
  channel: Categorical | null;
  salesperson: Categorical | null;
}

export type ClientAttribute =
  | { kind: 'text'; codes: Int32Array; labels: string[] }
  /** NaN = blank */
  | { kind: 'number'; values: Float64Array }
  /** day serials, NaN = blank */
  | { kind: 'date'; values: Float64Array };

/** Every client known to the analysis: the client list's rows first, then ids seen only in sales. */
export interface ClientsData {
  /** normalised client ids (trimmed; 123 and "123" are "123"; "00123" stays "00123") */
  ids: string[];
  /** 1 = row of the client list, 0 = seen only in the sales ("not in list") */
  inList: Uint8Array;
  /** 1-based Excel row in the client list, -1 when not in the list */
  listRow: Int32Array;
  /** attribute key (the column's header text) → values per client index */
  attributes: Record<string, ClientAttribute>;
  /** which attribute key plays each recognised role (e.g. region → "Zona") */
  roles: Partial<Record<ClientRole, string>>;
  /** the 'special' (loyalty) flag parsed to 0/1, or null when there is no such column */
  special: Uint8Array | null;
}

export type RejectReason =
  | 'missing_client'
  | 'bad_date'
  | 'bad_amount'
  | 'bad_quantity'
  | 'bad_price'
  | 'bad_margin'
  | 'bad_cost'
  /** a text file's record whose quote is never closed (src/files) */
  | 'broken_quotes'
  /** an amount, quantity, price, margin or cost (or quantity × price) of magnitude 10^15 or more */
  | 'too_large'
  /** a sale dated more than 366 days after the latest of the other sale dates (a typo like 2204) */
  | 'implausible_date'
  /** a client id that is a number beyond 2^53: no longer exact (ids of 16+ digits must be text) */
  | 'imprecise_id';

/** A sales row set aside by cleaning, named by sheet, row and column. */
export interface RejectedRow {
  sheet: string;
  row: number;
  /** the column's letter and header, e.g. "C (Fecha)" */
  column: string;
  reason: RejectReason;
  /** the offending cell as text */
  value: string;
}

export type QualityIssueKind =
  | 'duplicate_client'
  | 'possible_duplicate'
  | 'id_variant'
  | 'not_in_list'
  | 'no_purchase'
  | 'ambiguous_decimal'
  | 'ambiguous_date'
  | 'mixed_currency'
  | 'after_as_of';

export interface QualityIssue {
  kind: QualityIssueKind;
  sheet: string;
  /** 1-based Excel row, or 0 when the issue is about a column or the whole range */
  row: number;
  column: string;
  /** client id(s) concerned, when any */
  clientId?: string;
  otherClientId?: string;
  /** what the Detail column says, as a code with typed parameters (rendered as `quality.<code>`) */
  detail: QualityDetail;
  /** English default text, for developers and the CLI's JSON; the UI renders `detail` */
  message: string;
}

/**
 * The detail of a quality issue. Parameter names follow src/engine/engineError.ts: `…Row` an Excel
 * row, `…Day` a day serial, `count` a quantity; `order` and `decimal` are named by the catalogue.
 */
export type QualityDetail =
  | { code: 'duplicate_client'; firstRow: number }
  | {
      code: 'possible_duplicate' | 'id_variant';
      otherRow: number;
      otherName: string;
      row: number;
      name: string;
    }
  | { code: 'not_in_list'; firstRow: number; listSheet: string }
  | { code: 'no_purchase'; asOfDay: number }
  | { code: 'after_as_of'; count: number; asOfDay: number }
  | { code: 'not_a_date'; value: string }
  | { code: 'date_order_doubtful'; order: DateOrderCode }
  | { code: 'decimal_doubtful'; decimal: '.' | ',' }
  | {
      code: 'decimal_mixed' | 'decimal_mixed_ambiguous';
      dotText: string;
      dotRow: number;
      commaText: string;
      commaRow: number;
      count: number;
      decimal: '.' | ',';
    }
  | { code: 'decimal_ambiguous'; count: number; text: string; textRow: number; decimal: '.' | ',' }
  | {
      code: 'date_mixed' | 'date_mixed_ambiguous';
      dayFirstText: string;
      dayFirstRow: number;
      monthFirstText: string;
      monthFirstRow: number;
      count: number;
      order: DateOrderCode;
    }
  | { code: 'date_ambiguous'; count: number; text: string; textRow: number; order: DateOrderCode };

/** A date order: day/month/year or month/day/year. */
export type DateOrderCode = 'dmy' | 'mdy';

export interface QualityReport {
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  rowsAfterAsOf: number;
  blankRows: number;
  rejected: RejectedRow[];
  issues: QualityIssue[];
}

/**
 * Where an error points (sheet, 1-based row, column label) plus the other parameters of its message:
 * the UI renders `error.<code>` from its catalogue with these when it has the key, else `message`.
 */
export interface ErrorDetails {
  sheet?: string;
  row?: number;
  column?: string;
  [param: string]: string | number | undefined;
}

/** A problem that stops a run (mixed currencies, no client column...), in words a user can act on. */
export class CarteraError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly where?: ErrorDetails,
  ) {
    super(message);
    this.name = 'CarteraError';
  }
}

// Codes shared by every part (per-client Uint8Array columns hold the index; NO_CODE = none).
export const NO_CODE = 255;
/** ABC classes; prospects get NO_CODE. */
export const ABC_CLASSES = ['A', 'B', 'C', 'N'] as const;
export type AbcClass = (typeof ABC_CLASSES)[number];
/** RFM segments (SPEC §4), ids as in the CLI's JSON; clients with no purchase get NO_CODE. */
export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potential_loyalist',
  'new',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cant_lose',
  'hibernating',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];
/** Lifecycle status (SPEC §5). */
export const STATUSES = ['prospect', 'new', 'active', 'at_risk', 'inactive', 'lost'] as const;
export type Status = (typeof STATUSES)[number];
/** Behaviour against the previous window (SPEC §5). */
export const BEHAVIOURS = ['started', 'continuing', 'stopped', 'none'] as const;
export const TRENDS = ['growing', 'stable', 'declining'] as const;
