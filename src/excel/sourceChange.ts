// How a source differs from what the last run read: rows added (or removed) and whether its headers
// changed (then the stored column mapping may point at the wrong columns and must be confirmed).
import type { StoredSource } from './lastRun';

export interface SourceChange {
  /** data rows now minus the last run's; null when the last run's count is unknown */
  addedRows: number | null;
  /** the header row differs (a column added, removed, renamed or moved) */
  headersChanged: boolean;
}

/** `now.sheet`/`now.table` given: a last run that read another sheet or table is not comparable (nothing to say). */
export function sourceChange(
  now: { dataRows: number; headers: string[]; sheet?: string; table?: string },
  last: StoredSource | null | undefined,
): SourceChange {
  if (!last || (now.sheet !== undefined && !sameSource(now, last)))
    return { addedRows: null, headersChanged: false };
  const addedRows = typeof last.dataRows === 'number' ? now.dataRows - last.dataRows : null;
  const before = last.headers;
  const headersChanged =
    Array.isArray(before) &&
    (before.length !== now.headers.length || before.some((h, i) => String(h).trim() !== now.headers[i]));
  return { addedRows, headersChanged };
}

function sameSource(now: { sheet?: string; table?: string }, last: StoredSource): boolean {
  if (now.table || last.table) return now.table === last.table;
  const bang = last.address.lastIndexOf('!');
  const sheet =
    bang < 0
      ? ''
      : last.address
          .slice(0, bang)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'");
  return sheet === now.sheet;
}
