import type { Cell } from '../engine/types';

/**
 * The index, within the first rows of a range, of its header row: the first row with at least two
 * (or, in a one-column range, one) non-empty cells, all of them text and not number- or date-like.
 * -1 when none (a header-less range). Titles above the table
 * ("Ventas 2025" alone in A1) are skipped because they fill a single cell.
 */
export function headerRowIndex(rows: Cell[][], columns: number): number {
  for (let i = 0; i < rows.length; i++) if (looksLikeHeader(rows[i], columns)) return i;
  return -1;
}

/** At least two (one in a one-column range) non-empty cells, all text and none number- or date-like. */
export function looksLikeHeader(row: Cell[], columns: number): boolean {
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
