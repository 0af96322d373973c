import type { Cell } from '../types';
import { normalizeHeader } from './normalizeHeader';
import { CLIENT_VOCABULARY, SALES_VOCABULARY, type RoleWords } from './roleVocabulary';
import { headerScore } from './suggestMapping';

const ALL_ROLES: RoleWords[] = [...Object.values(SALES_VOCABULARY), ...Object.values(CLIENT_VOCABULARY)];

function isBlank(v: Cell): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * The 0-based index of the header row among the first rows of a range (titles, notes or blank rows
 * may come first): the row with most cells that name a known role; when none does, the first row
 * of two or more text cells followed by a row with data. 0 when nothing looks like a header.
 */
export function findHeaderRow(rows: Cell[][], scan = 30): number {
  const limit = Math.min(rows.length, scan);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < limit; i++) {
    let score = 0;
    let texts = 0;
    for (const v of rows[i] ?? []) {
      if (typeof v !== 'string' || isBlank(v)) continue;
      texts++;
      const h = normalizeHeader(v);
      let s = 0;
      for (const words of ALL_ROLES) s = Math.max(s, headerScore(h, words));
      if (s >= 0.7) score += s;
    }
    // A lone title cell ("Ventas 2024") is not a header even when it names a role.
    if (texts < 2) continue;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  for (let i = 0; i + 1 < limit; i++) {
    const cells = (rows[i] ?? []).filter((v) => !isBlank(v));
    const next = (rows[i + 1] ?? []).filter((v) => !isBlank(v));
    if (cells.length >= 2 && cells.every((v) => typeof v === 'string') && next.some((v) => typeof v === 'number'))
      return i;
  }
  return 0;
}
