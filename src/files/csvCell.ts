import type { Cell } from '../engine/types';
import { plainNumber } from './plainNumber';

/**
 * A text-file field as Excel reads it on opening the file: a plain number becomes a number
 * ("17850.0" → 17850, " 42 " → 42), TRUE/FALSE (any case, spaces around) a boolean, a blank field
 * ""; everything else stays the text as written. Deliberate differences from Excel (`plainNumber`):
 * "00123" and integers of 16 or more digits stay text. Locale-formatted numbers ("1.234,56") and
 * dates stay text for the cleaning step to decide per column (the host turns ISO dates into serials
 * on top of this, as a workbook shows them). The CLI and the host's "open file" both read fields
 * through this one function.
 */
export function csvCell(text: string): Cell {
  const c = text.charCodeAt(0);
  // digits, signs and "." first: the hot path of a sales file
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    const n = plainNumber(text);
    if (n !== null) return n;
    const t = text.trim();
    return t !== text ? (plainNumber(t) ?? text) : text;
  }
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0xfeff || (c > 0x1000 && /^\s/.test(text))) {
    const t = text.trim();
    if (t === '') return '';
    const n = plainNumber(t);
    if (n !== null) return n;
    return booleanOf(t) ?? text;
  }
  // T, t, F, f
  if (c === 84 || c === 116 || c === 70 || c === 102) return booleanOf(text.trimEnd()) ?? text;
  return text;
}

function booleanOf(t: string): boolean | undefined {
  if (t.length !== 4 && t.length !== 5) return undefined;
  const u = t.toUpperCase();
  return u === 'TRUE' ? true : u === 'FALSE' ? false : undefined;
}
