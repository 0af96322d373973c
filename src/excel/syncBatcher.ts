import { throwIfAborted } from './readBlocks';
import type { Locale } from '../i18n';

/**
 * Groups queued commands into syncs by payload: `reserve(bytes)` before queueing a command syncs
 * first when the command would push the pending request over the budget. So the number of syncs
 * grows with the bytes written (blocks), not with the number of rows, cells or commands.
 */
export interface SyncBatcher {
  reserve(bytes: number): Promise<void>;
  flush(): Promise<void>;
  readonly syncs: number;
  readonly pendingBytes: number;
}

/** Bytes a command costs besides its data (object path, method name, address). */
export const COMMAND_BYTES = 160;

export function syncBatcher(
  context: Excel.RequestContext,
  budgetBytes: number,
  signal?: AbortSignal,
  locale: Locale = 'en',
): SyncBatcher {
  let pending = 0;
  let syncs = 0;
  const flush = async () => {
    if (pending === 0) return;
    throwIfAborted(signal, locale);
    await context.sync();
    syncs++;
    pending = 0;
  };
  return {
    async reserve(bytes: number) {
      const cost = bytes + COMMAND_BYTES;
      if (pending > 0 && pending + cost > budgetBytes) await flush();
      pending += cost;
    },
    flush,
    get syncs() {
      return syncs;
    },
    get pendingBytes() {
      return pending;
    },
  };
}

/** JSON size of a block of rows (what a values write puts in the request). */
export function jsonBytes(rows: unknown[][]): number {
  let n = 2;
  for (const row of rows) n += JSON.stringify(row).length + 1;
  return n;
}

/**
 * Splits rows into consecutive blocks of at most `budgetBytes` of JSON each (a single row larger
 * than the budget is a block of its own). Returns [start, end) pairs.
 */
export function blocksByBytes(rows: unknown[][], budgetBytes: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < rows.length; i++) {
    const b = JSON.stringify(rows[i]).length + 1;
    if (i > start && bytes + b > budgetBytes) {
      out.push([start, i]);
      start = i;
      bytes = 2;
    }
    bytes += b;
  }
  if (rows.length > start) out.push([start, rows.length]);
  return out;
}
