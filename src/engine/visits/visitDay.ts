import type { Cell } from '../types';
import { DATE1904_OFFSET, dayFromYmd, ymdFromDay } from '../dates';

export type DateOrder = 'dmy' | 'mdy';

/** Serial of 9999-12-31, Excel's last date. */
const MAX_SERIAL = 2_958_465;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?)?$/i;

/**
 * A date cell of a small user range (visits log, "last visit" column) as a day serial, NaN when it
 * cannot be read. Excel serials (time of day dropped; `date1904` for 1904-system workbooks), ISO
 * text ("2024-03-05", with or without a time) and numeric text in the given order
 * ("05/03/2024" is 5 March in dmy). Two-digit years follow Excel: 00–29 → 20xx, 30–99 → 19xx.
 */
export function visitDay(cell: Cell, order: DateOrder = 'dmy', date1904 = false): number {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return NaN;
    const day = Math.floor(cell) + (date1904 ? DATE1904_OFFSET : 0);
    return day >= 1 && day <= MAX_SERIAL ? day : NaN;
  }
  if (typeof cell !== 'string') return NaN;
  const text = cell.trim();
  let m = ISO.exec(text);
  if (m) return realDay(+m[1], +m[2], +m[3]);
  m = NUMERIC.exec(text);
  if (!m) return NaN;
  const a = +m[1],
    b = +m[2];
  let y = +m[3];
  if (m[3].length === 2) y += y < 30 ? 2000 : 1900;
  return order === 'dmy' ? realDay(y, b, a) : realDay(y, a, b);
}

function realDay(y: number, m: number, d: number): number {
  if (m < 1 || m > 12 || d < 1 || d > 31) return NaN;
  const day = dayFromYmd(y, m, d);
  const back = ymdFromDay(day);
  return back.year === y && back.month === m && back.day === d ? day : NaN;
}

/**
 * The day/month order of a column's numeric-text dates, decided from the data: a first part above
 * 12 proves day-first, a second part above 12 proves month-first. With no proof either way the
 * users' usual order (day-first) is taken and the column is `ambiguous` when some date would read
 * differently; proof both ways is also `ambiguous` (day-first wins, the other rows are rejected).
 */
export function visitDateOrder(cells: Iterable<Cell>): { order: DateOrder; ambiguous: boolean } {
  let dmy = false,
    mdy = false,
    swappable = false;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const m = NUMERIC.exec(cell.trim());
    if (!m) continue;
    const a = +m[1],
      b = +m[2];
    if (a > 12) dmy = true;
    else if (b > 12) mdy = true;
    else if (a !== b) swappable = true;
  }
  if (mdy && !dmy) return { order: 'mdy', ambiguous: false };
  return { order: 'dmy', ambiguous: (dmy && mdy) || (!dmy && swappable) };
}
