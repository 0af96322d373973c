import type { Cell } from '../types';
import { DATE1904_OFFSET, dayFromYmd } from '../dates';

/** Order of day and month in slash dates: day-first (Spanish, Portuguese) or month-first (US). */
export type DateOrder = 'dmy' | 'mdy';

/** Serial of 9999-12-31, Excel's last date. */
const MAX_SERIAL = 2_958_465;

/**
 * A day serial (1900 system) from a cell: Excel serials (time of day dropped; `date1904` adds the
 * 1462 days of the 1904 system), yyyymmdd numbers (19970101), ISO text ("2010-12-01 08:26:00"),
 * slash/dash/dot text in `order` when it reads both ways ("01/02/2010"), and month names
 * ("5 de enero de 2020", "05-jan-2020", "Jan 5, 2020"). NaN when the cell is not a date.
 */
export function parseDate(value: Cell, order: DateOrder = 'dmy', date1904 = false): number {
  if (typeof value === 'number') return serialDay(value, date1904);
  if (typeof value !== 'string') return NaN;
  const r = dateReadings(value);
  if (r.dmy === r.mdy || Number.isNaN(r.mdy)) return r.dmy;
  if (Number.isNaN(r.dmy)) return r.mdy;
  return order === 'dmy' ? r.dmy : r.mdy;
}

/** The day of a numeric cell: an Excel serial, or a yyyymmdd number; NaN otherwise. */
export function serialDay(value: number, date1904 = false): number {
  if (!(value >= 1)) return NaN;
  if (value >= 19_000_101 && value <= 99_991_231 && value === Math.floor(value)) {
    return ymd(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
  }
  const day = Math.floor(value) + (date1904 ? DATE1904_OFFSET : 0);
  return day <= MAX_SERIAL ? day : NaN;
}

export interface DateReadings {
  /** the day read day-first, NaN when the text is not a date that way */
  dmy: number;
  /** the day read month-first */
  mdy: number;
}

const NONE: DateReadings = { dmy: NaN, mdy: NaN };

const MONTHS: Record<string, number> = {};
[
  ['enero', 'ene', 'january', 'jan', 'janeiro'],
  ['febrero', 'feb', 'february', 'fevereiro', 'fev'],
  ['marzo', 'mar', 'march', 'marco'],
  ['abril', 'abr', 'april', 'apr'],
  ['mayo', 'may', 'maio', 'mai'],
  ['junio', 'jun', 'june', 'junho'],
  ['julio', 'jul', 'july', 'julho'],
  ['agosto', 'ago', 'august', 'aug'],
  ['septiembre', 'setiembre', 'sep', 'sept', 'set', 'september', 'setembro'],
  ['octubre', 'oct', 'october', 'outubro', 'out'],
  ['noviembre', 'nov', 'november', 'novembro'],
  ['diciembre', 'dic', 'december', 'dec', 'dezembro', 'dez'],
].forEach((names, k) => names.forEach((n) => (MONTHS[n] = k + 1)));

const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:[ T,].*)?$/;
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T].*)?$/;
const DAY_NAME = /^(\d{1,2})(?:\s+de\s+|[-/. ]+)([a-zç]+)\.?(?:\s+de\s+|[-/. ]+)(\d{4}|\d{2})(?:[ T,].*)?$/;
const NAME_DAY = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:[ T,].*)?$/;

/** Both readings of a date text (equal when it reads one way only: ISO, month names, 31/12). */
export function dateReadings(text: string): DateReadings {
  const s = text.trim();
  const iso = isoPrefix(s);
  if (!Number.isNaN(iso)) return { dmy: iso, mdy: iso };
  let m = NUMERIC.exec(s);
  if (m) {
    const a = +m[1], b = +m[3], y = year(m[4]);
    return { dmy: ymd(y, b, a), mdy: ymd(y, a, b) };
  }
  m = YEAR_FIRST.exec(s);
  if (m) return same(ymd(+m[1], +m[3], +m[4]));
  if (/^\d{8}$/.test(s)) return same(serialDay(+s));
  const lower = s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  m = DAY_NAME.exec(lower);
  if (m && MONTHS[m[2]]) return same(ymd(year(m[3]), MONTHS[m[2]], +m[1]));
  m = NAME_DAY.exec(lower);
  if (m && MONTHS[m[1]]) return same(ymd(+m[3], MONTHS[m[1]], +m[2]));
  return NONE;
}

function same(day: number): DateReadings {
  return { dmy: day, mdy: day };
}

/** Fast path for "YYYY-MM-DD…" (time of day ignored); NaN when the text does not start so. */
function isoPrefix(s: string): number {
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  if (s.length > 10) {
    const c = s.charCodeAt(10);
    if (c !== 32 && c !== 84) return NaN; // " " or "T"
  }
  let y = 0, mo = 0, d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const v = s.charCodeAt(i) - 48;
    if (v < 0 || v > 9) return NaN;
    if (i < 4) y = y * 10 + v;
    else if (i < 7) mo = mo * 10 + v;
    else d = d * 10 + v;
  }
  return ymd(y, mo, d);
}

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function year(text: string): number {
  const y = +text;
  return text.length === 2 ? (y < 30 ? 2000 + y : 1900 + y) : y;
}

const dayCache = new Map<number, number>();

/** The serial of a real calendar date, NaN otherwise. */
function ymd(y: number, m: number, d: number): number {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return NaN;
  const key = y * 10_000 + m * 100 + d;
  const hit = dayCache.get(key);
  if (hit !== undefined) return hit;
  const day = dayFromYmd(y, m, d);
  const back = new Date(Date.UTC(y, m - 1, d));
  const v = back.getUTCMonth() === m - 1 && back.getUTCDate() === d && day >= 1 ? day : NaN;
  if (dayCache.size < 100_000) dayCache.set(key, v);
  return v;
}
