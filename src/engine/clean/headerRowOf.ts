import type { Cell } from '../types';
import { findHeaderRow } from './findHeaderRow';

/** Rows looked at for the header row (titles and notes above a table fit in them). */
export const HEADER_SCAN_ROWS = 12;

/**
 * The 0-based header row among the first rows of a range `columns` wide, -1 when none (a header-less
 * range): the row `findHeaderRow` picks (rows naming known roles win) when it looks like a header,
 * else the first row that does. A header row has at least two (in a one-column range, one)
 * non-empty cells, all text and none number- or date-like; so a title alone in A1 ("Ventas 2025")
 * is skipped. The add-in (src/excel openSource) and the CLI both find the header here.
 */
export function headerRowOf(rows: Cell[][], columns: number): number {
  const scan = rows.slice(0, HEADER_SCAN_ROWS);
  const suggested = findHeaderRow(scan, scan.length);
  if (scan[suggested] && looksLikeHeader(scan[suggested], columns)) return suggested;
  for (let i = 0; i < scan.length; i++) if (looksLikeHeader(scan[i], columns)) return i;
  return -1;
}

function looksLikeHeader(row: Cell[], columns: number): boolean {
  const needed = columns === 1 ? 1 : 2;
  let text = 0;
  for (const cell of row) {
    if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) continue;
    if (typeof cell === 'string' && !numberLike(cell)) text++;
    else return false;
  }
  return text >= needed;
}

function numberLike(text: string): boolean {
  return /^[\s(+-]*[$€£R]*\s*[\d.,\s]+\s*[€%)]*\s*$/.test(text) || /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(text);
}
