import type { DecimalSeparator } from './parseNumber';
import type { DateOrder } from './parseDate';

/** Options shared by the readers. */
export interface ReadOptions {
  /**
   * The workbook's locale ("es-ES", "pt-BR", "en-US"...): settles the decimal separator and the
   * day/month order of columns whose data does not (default "es": "," and day-first).
   */
  locale?: string;
  /**
   * The workbook's own separators and date order (Excel's culture, when the host exposes it): they
   * take the place of the locale's. A decimal separator other than "." or "," is read from the group
   * separator ("." group → "," decimal), else left to the locale.
   */
  decimalSeparator?: string;
  groupSeparator?: string;
  dateOrder?: DateOrder;
  /** the workbook uses the 1904 date system (serials get +1462) */
  date1904?: boolean;
}

export interface Conventions {
  decimal: DecimalSeparator;
  dateOrder: DateOrder;
}

/** The decimal separator and date order of a locale, from Intl (es-MX → "." and day-first). */
export function localeConventions(locale = 'es'): Conventions {
  let known = memo.get(locale);
  if (!known) {
    known = fromIntl(locale);
    memo.set(locale, known);
  }
  return known;
}

/**
 * The languages the add-in speaks, as Intl (full ICU) answers for them (tests/engine/clean/conventions.test.ts
 * checks each against Intl): the first Intl.NumberFormat and DateTimeFormat of a process cost ≈ 15 ms of
 * ICU set-up, more than the rest of the reader's start (issue #20); other tags still ask Intl.
 */
const KNOWN: Record<string, Conventions> = {
  es: { decimal: ',', dateOrder: 'dmy' },
  'es-ES': { decimal: ',', dateOrder: 'dmy' },
  pt: { decimal: ',', dateOrder: 'dmy' },
  'pt-BR': { decimal: ',', dateOrder: 'dmy' },
  'pt-PT': { decimal: ',', dateOrder: 'dmy' },
  en: { decimal: '.', dateOrder: 'mdy' },
  'en-US': { decimal: '.', dateOrder: 'mdy' },
};

const memo = new Map<string, Conventions>(Object.entries(KNOWN));

/** The conventions a reader settles ambiguous columns with: the workbook's own, else its locale's. */
export function readConventions(options: ReadOptions = {}): Conventions {
  const fromLocale = localeConventions(options.locale);
  const d = options.decimalSeparator;
  const g = options.groupSeparator;
  const decimal: DecimalSeparator =
    d === '.' || d === ',' ? d : g === '.' ? ',' : g === ',' ? '.' : fromLocale.decimal;
  return { decimal, dateOrder: options.dateOrder ?? fromLocale.dateOrder };
}

/** The conventions of a locale, asked of Intl (exported for the test that checks KNOWN). */
export function fromIntl(locale: string): Conventions {
  let decimal: DecimalSeparator = ',';
  let dateOrder: DateOrder = 'dmy';
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    decimal = parts.find((p) => p.type === 'decimal')?.value === '.' ? '.' : ',';
    const d = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(
      new Date(Date.UTC(2001, 1, 3)),
    );
    const day = d.findIndex((p) => p.type === 'day');
    const month = d.findIndex((p) => p.type === 'month');
    dateOrder = month >= 0 && month < day ? 'mdy' : 'dmy';
  } catch {
    // An unknown locale tag: keep the Spanish/Portuguese defaults.
  }
  return { decimal, dateOrder };
}

/**
 * Evidence about one column's conventions: text values that read only one way vote; values that
 * read both ways are counted and settled at the end by the majority (the locale on a tie).
 */
export class ColumnVotes<T extends string> {
  a = 0;
  b = 0;
  ambiguous = 0;
  firstAmbiguous: { row: number; text: string } | null = null;
  firstA: { row: number; text: string } | null = null;
  firstB: { row: number; text: string } | null = null;

  constructor(
    readonly valueA: T,
    readonly valueB: T,
  ) {}

  vote(which: T, row: number, text: string): void {
    if (which === this.valueA) {
      if (this.a++ === 0) this.firstA = { row, text };
    } else if (this.b++ === 0) this.firstB = { row, text };
  }

  sawAmbiguous(row: number, text: string): void {
    if (this.ambiguous++ === 0) this.firstAmbiguous = { row, text };
  }

  decide(fallback: T): T {
    return this.a > this.b ? this.valueA : this.b > this.a ? this.valueB : fallback;
  }

  /** Whether the decision came from the locale, not the data, or the data voted both ways. */
  get doubtful(): boolean {
    return (this.ambiguous > 0 && this.a === this.b) || (this.a > 0 && this.b > 0);
  }
}
