import type { Cell } from '../types';

/** Data rows looked at: the pane's preview rows (src/excel PREVIEW_ROWS). */
export const CURRENCY_ROWS = 20;

/**
 * The currency a sales range is in, for the sheets' money format: the first three-letter code
 * ("eur" → "EUR") of the currency column among the first data rows; undefined without one. The
 * add-in (its preview rows) and the CLI (the file's first rows) ask here.
 */
export function currencyOf(rows: Cell[][], column: number | undefined): string | undefined {
  if (column === undefined) return undefined;
  const n = Math.min(rows.length, CURRENCY_ROWS);
  for (let r = 0; r < n; r++) {
    const v = rows[r][column];
    if (typeof v === 'string' && /^[A-Za-z]{3}$/.test(v.trim())) return v.trim().toUpperCase();
  }
  return undefined;
}
