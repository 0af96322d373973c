// Day numbers are Excel 1900-system serials (2000-01-01 = 36526); see types.ts.
// Serial 60 is Excel's phantom 1900-02-29; real data never uses days before 1900-03-01.

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01. */
export const UNIX_EPOCH_DAY = 25_569;
/** Days between the 1900 and 1904 date systems: serial1900 = serial1904 + 1462. */
export const DATE1904_OFFSET = 1_462;

export type Granularity = 'month' | 'quarter' | 'half' | 'year';

export function dayFromYmd(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_DAY;
}

export function ymdFromDay(day: number): { year: number; month: number; day: number } {
  const d = new Date((day - UNIX_EPOCH_DAY) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "YYYY-MM-DD" */
export function isoDate(day: number): string {
  return new Date((day - UNIX_EPOCH_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Parses "YYYY-MM-DD" strictly; NaN when it is not a real date. */
export function dayFromIso(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return NaN;
  const y = +m[1], mo = +m[2], d = +m[3];
  const day = dayFromYmd(y, mo, d);
  const back = ymdFromDay(day);
  return back.year === y && back.month === mo && back.day === d ? day : NaN;
}

/** Calendar months, clamped to the month's end (Mar 31 − 1 month = Feb 28/29). */
export function addMonths(day: number, months: number): number {
  const { year, month, day: dom } = ymdFromDay(day);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return dayFromYmd(y, m, Math.min(dom, last));
}

/** First day of the trailing window of `months` ending on asOf: the day after asOf − months. */
export function trailingWindowStart(asOf: number, months: number): number {
  return addMonths(asOf, -months) + 1;
}

const MONTHS_PER: Record<Granularity, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** A sortable integer for the period that contains `day` (consecutive periods differ by 1). */
export function periodIndex(day: number, granularity: Granularity): number {
  const { year, month } = ymdFromDay(day);
  return Math.floor((year * 12 + month - 1) / MONTHS_PER[granularity]);
}

/** First day of period `index`. */
export function periodStart(index: number, granularity: Granularity): number {
  const months = index * MONTHS_PER[granularity];
  return dayFromYmd(Math.floor(months / 12), (months % 12) + 1, 1);
}

/** Last day of period `index`. */
export function periodEnd(index: number, granularity: Granularity): number {
  return periodStart(index + 1, granularity) - 1;
}

/** "YYYY-MM", "YYYY-Qn", "YYYY-Hn" or "YYYY" (SPEC §10). */
export function periodLabel(index: number, granularity: Granularity): string {
  const months = index * MONTHS_PER[granularity];
  const year = Math.floor(months / 12);
  const m0 = months % 12;
  switch (granularity) {
    case 'month':
      return `${year}-${String(m0 + 1).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-Q${m0 / 3 + 1}`;
    case 'half':
      return `${year}-H${m0 / 6 + 1}`;
    case 'year':
      return `${year}`;
  }
}
