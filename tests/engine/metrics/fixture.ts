// Small hand-made portfolios for the metrics tests.
import { dayFromIso } from '../../../src/engine/dates';
import type {
  Categorical,
  ClientAttribute,
  ClientsData,
  ClientRole,
  SalesData,
} from '../../../src/engine/types';

export interface SaleLine {
  client: string;
  date: string;
  amount: number;
  invoice?: string;
  product?: string;
  centre?: string;
}

export interface ClientLine {
  id: string;
  text?: Record<string, string | null>;
  dates?: Record<string, string | null>;
}

function categorical(values: (string | undefined)[]): Categorical | null {
  if (values.every((v) => v === undefined)) return null;
  const labels: string[] = [];
  const codes = Int32Array.from(values, (v) => {
    if (v === undefined || v === '') return -1;
    const k = labels.indexOf(v);
    return k >= 0 ? k : labels.push(v) - 1;
  });
  return { codes, labels };
}

/** The client list first (in order), then ids seen only in the sales, like the cleaning step. */
export function portfolio(
  lines: SaleLine[],
  list: ClientLine[] = [],
  roles: Partial<Record<ClientRole, string>> = {},
): { sales: SalesData; clients: ClientsData } {
  const ids = list.map((c) => c.id);
  for (const l of lines) if (!ids.includes(l.client)) ids.push(l.client);
  const index = new Map(ids.map((id, i) => [id, i]));
  const sales: SalesData = {
    length: lines.length,
    client: Int32Array.from(lines, (l) => index.get(l.client)!),
    day: Int32Array.from(lines, (l) => dayFromIso(l.date)),
    amount: Float64Array.from(lines, (l) => l.amount),
    margin: null,
    row: Int32Array.from(lines, (_, i) => i + 2),
    invoice: categorical(lines.map((l) => l.invoice)),
    product: categorical(lines.map((l) => l.product)),
    buyingCentre: categorical(lines.map((l) => l.centre)),
    channel: null,
    salesperson: null,
  };
  const attributes: Record<string, ClientAttribute> = {};
  const textKeys = new Set(list.flatMap((c) => Object.keys(c.text ?? {})));
  for (const key of textKeys) {
    const cat = categorical(ids.map((id) => list.find((c) => c.id === id)?.text?.[key] ?? ''));
    attributes[key] = {
      kind: 'text',
      codes: cat ? cat.codes : new Int32Array(ids.length).fill(-1),
      labels: cat ? cat.labels : [],
    };
  }
  const dateKeys = new Set(list.flatMap((c) => Object.keys(c.dates ?? {})));
  for (const key of dateKeys) {
    attributes[key] = {
      kind: 'date',
      values: Float64Array.from(ids, (id) => {
        const v = list.find((c) => c.id === id)?.dates?.[key];
        return v ? dayFromIso(v) : NaN;
      }),
    };
  }
  const clients: ClientsData = {
    ids,
    inList: Uint8Array.from(ids, (id) => (list.some((c) => c.id === id) ? 1 : 0)),
    listRow: Int32Array.from(ids, (id) => {
      const k = list.findIndex((c) => c.id === id);
      return k >= 0 ? k + 2 : -1;
    }),
    attributes,
    roles,
    special: null,
  };
  return { sales, clients };
}
