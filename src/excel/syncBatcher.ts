import { throwIfAborted } from './types';
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

/** UTF-8 bytes of a string (the payload limit counts bytes; accented text takes 2 per letter). */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // surrogate pair: 4 bytes for the 2 units already counted
      i++;
      n += 2;
    } else n += 2;
  }
  return n;
}

/** JSON size of a block of rows in bytes (what a values write puts in the request). */
export function jsonBytes(rows: unknown[][]): number {
  let n = 2;
  for (const row of rows) n += utf8Length(JSON.stringify(row)) + 1;
  return n;
}

/**
 * Splits rows into consecutive blocks of at most `budgetBytes` of JSON each (a single row larger
 * than the budget is a block of its own). Yields [start, end, bytes] (rows start..end-1) lazily, so
 * the sizing of a large table is spread over the writes (and syncs) between its blocks.
 */
export function* blocksByBytes(rows: unknown[][], budgetBytes: number): Generator<[start: number, end: number, bytes: number]> {
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < rows.length; i++) {
    const b = utf8Length(JSON.stringify(rows[i])) + 1;
    if (i > start && bytes + b > budgetBytes) {
      yield [start, i, bytes];
      start = i;
      bytes = 2;
    }
    bytes += b;
  }
  if (rows.length > start) yield [start, rows.length, bytes];
}
