import type { ClientsData, QualityReport, SalesData } from '../../../src/engine/types';
import { dayFromIso } from '../../../src/engine/dates';

/** A sale for tests: [client id, ISO date or day serial, amount, invoice?, margin?]. */
export type Sale = [id: string, date: string | number, amount: number, invoice?: string, margin?: number];

export const day = (iso: string): number => {
  const d = dayFromIso(iso);
  if (Number.isNaN(d)) throw new Error(`bad test date ${iso}`);
  return d;
};

/** SalesData + ClientsData from rows; `listed` ids form the client list (first), others are "not in list". */
export function portfolio(
  rows: Sale[],
  listed: string[] = [],
  special?: Record<string, 0 | 1>,
): { sales: SalesData; clients: ClientsData; quality: QualityReport } {
  const ids = [...listed];
  const index = new Map(ids.map((id, i) => [id, i]));
  const client = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    let c = index.get(r[0]);
    if (c === undefined) {
      c = ids.length;
      ids.push(r[0]);
      index.set(r[0], c);
    }
    client[i] = c;
  });
  const withInvoice = rows.some((r) => r[3] !== undefined);
  const withMargin = rows.some((r) => r[4] !== undefined);
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const sales: SalesData = {
    length: rows.length,
    client,
    day: Int32Array.from(rows.map((r) => (typeof r[1] === 'number' ? r[1] : day(r[1])))),
    amount: Float64Array.from(rows.map((r) => r[2])),
    margin: withMargin ? Float64Array.from(rows.map((r) => r[4] ?? 0)) : null,
    row: Int32Array.from(rows.map((_, i) => i + 2)),
    invoice: withInvoice
      ? {
          labels,
          codes: Int32Array.from(
            rows.map((r) => {
              if (r[3] === undefined) return -1;
              let k = labelIndex.get(r[3]);
              if (k === undefined) {
                k = labels.push(r[3]) - 1;
                labelIndex.set(r[3], k);
              }
              return k;
            }),
          ),
        }
      : null,
    product: null,
    buyingCentre: null,
    channel: null,
    salesperson: null,
  };
  const clients: ClientsData = {
    ids,
    inList: Uint8Array.from(ids.map((_, i) => (i < listed.length ? 1 : 0))),
    listRow: Int32Array.from(ids.map((_, i) => (i < listed.length ? i + 2 : -1))),
    attributes: {},
    roles: {},
    special: special ? Uint8Array.from(ids.map((id) => special[id] ?? 0)) : null,
  };
  const quality: QualityReport = {
    rowsRead: rows.length,
    rowsUsed: rows.length,
    rowsRejected: 0,
    rowsAfterAsOf: 0,
    blankRows: 0,
    rejected: [],
    issues: [],
  };
  return { sales, clients, quality };
}

export const indexOf = (ids: string[], id: string): number => {
  const i = ids.indexOf(id);
  if (i < 0) throw new Error(`no client ${id}`);
  return i;
};
