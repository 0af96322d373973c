// A text file's field as a cell (moved from src/cli/readTable.ts: the pane's file path reads CSV too).
import type { Cell } from '../engine/types';
import { plainNumber } from './plainNumber';

/**
 * A CSV field as Excel would read it on opening the file: numeric-looking text becomes a number
 * ("17850.0" → 17850); everything else stays text (locale-formatted numbers and dates are decided
 * per column by the cleaning step). TRUE/FALSE become booleans.
 */
export function csvCell(text: string): Cell {
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    const n = plainNumber(text);
    if (n !== null) return n;
    const t = text.trim();
    return t !== text ? (plainNumber(t) ?? text) : text;
  }
  if (c === 32 || c === 9) {
    const t = text.trim();
    if (t === '') return '';
    return plainNumber(t) ?? text;
  }
  if (text.length === 4 || text.length === 5) {
    const u = text.toUpperCase();
    if (u === 'TRUE') return true;
    if (u === 'FALSE') return false;
  }
  return text;
}
