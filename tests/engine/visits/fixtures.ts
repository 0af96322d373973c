import type {
  Categorical,
  ClientAttribute,
  ClientRole,
  ClientsData,
  SalesData,
} from '../../../src/engine/types';
import { dayFromIso } from '../../../src/engine/dates';

export const d = (iso: string): number => {
  const day = dayFromIso(iso);
  if (Number.isNaN(day)) throw new Error(`bad test date ${iso}`);
  return day;
};

export function categorical(values: (string | null)[]): Categorical {
  const labels: string[] = [];
  const codes = Int32Array.from(values, (v) => {
    if (v === null || v === '') return -1;
    const k = labels.indexOf(v);
    return k >= 0 ? k : labels.push(v) - 1;
  });
  return { codes, labels };
}

type Column = (string | null)[] | { number: (number | null)[] } | { date: (string | null)[] };

export function clientsData(
  ids: string[],
  columns: Record<string, Column> = {},
  roles: Partial<Record<ClientRole, string>> = {},
  special: number[] | null = null,
): ClientsData {
  const attributes: Record<string, ClientAttribute> = {};
  for (const [key, col] of Object.entries(columns)) {
    if (Array.isArray(col)) attributes[key] = { kind: 'text', ...categorical(col) };
    else if ('number' in col)
      attributes[key] = { kind: 'number', values: Float64Array.from(col.number, (v) => v ?? NaN) };
    else attributes[key] = { kind: 'date', values: Float64Array.from(col.date, (v) => (v ? d(v) : NaN)) };
  }
  return {
    ids,
    inList: new Uint8Array(ids.length).fill(1),
    listRow: Int32Array.from(ids, (_, i) => i + 2),
    attributes,
    roles,
    special: special ? Uint8Array.from(special) : null,
  };
}

export interface SaleRow {
  client: number;
  date: string;
  amount: number;
  product?: string | null;
  salesperson?: string | null;
  invoice?: string | null;
}

export function salesData(rows: SaleRow[]): SalesData {
  const opt = (key: 'product' | 'salesperson' | 'invoice') =>
    rows.some((r) => r[key] !== undefined) ? categorical(rows.map((r) => r[key] ?? null)) : null;
  return {
    length: rows.length,
    client: Int32Array.from(rows, (r) => r.client),
    day: Int32Array.from(rows, (r) => d(r.date)),
    amount: Float64Array.from(rows, (r) => r.amount),
    margin: null,
    row: Int32Array.from(rows, (_, i) => i + 2),
    invoice: opt('invoice'),
    product: opt('product'),
    buyingCentre: null,
    channel: null,
    salesperson: opt('salesperson'),
  };
}
