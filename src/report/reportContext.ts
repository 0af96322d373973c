import type { ClientsData } from '../engine/types';
import { excelNumberFormats, translator, type ExcelNumberFormats, type Locale, type MessageKey, type MessageParams } from '../i18n';
import type { ColumnKind, OutputColumn } from './types';

/** What every sheet builder needs besides the engine results. */
export interface ReportOptions {
  locale: Locale;
  /** the client list (for names and the special flag); absent when only sales were given */
  clients?: ClientsData;
  /** ISO currency of the amounts, when the data names one */
  currency?: string;
}

export interface ReportContext {
  locale: Locale;
  formats: ExcelNumberFormats;
  text: (key: MessageKey, params?: MessageParams) => string;
  /** a column whose header is the message `col.<key>`, or `headerKey` */
  column: {
    (key: ColumnKey, kind: ColumnKind): OutputColumn;
    (key: string, kind: ColumnKind, headerKey: MessageKey): OutputColumn;
  };
}

/** The columns whose header is a `col.<key>` message. */
export type ColumnKey = MessageKey extends infer K ? (K extends `col.${infer C}` ? C : never) : never;

const WIDTH: Record<ColumnKind, number> = { text: 14, integer: 10, number: 12, money: 14, percent: 10, date: 12 };

export function reportContext(options: ReportOptions): ReportContext {
  const { locale } = options;
  const formats = excelNumberFormats(locale, options.currency);
  const text = translator(locale);
  return {
    locale,
    formats,
    text,
    column: (key: string, kind: ColumnKind, headerKey?: MessageKey) => {
      // the overloads above: without headerKey, key is a ColumnKey
      const header = text(headerKey ?? (`col.${key}` as MessageKey));
      return { key, header, kind, numberFormat: formats[kind], width: Math.max(WIDTH[kind], Math.min(40, header.length + 2)) };
    },
  };
}

/**
 * Ranks, row numbers and codes are plain integers ("1234", not "1.234"): a row number with a
 * thousands separator reads as an amount.
 */
export const PLAIN_INTEGER = '0';

export function plainInteger(column: OutputColumn): OutputColumn {
  return { ...column, numberFormat: PLAIN_INTEGER };
}

/** cents → currency units, rounded to cents (a float sum of cents can carry noise). */
export function money(cents: number): number {
  return Math.round(cents) / 100;
}

/** A fraction, or "" when it is not a finite number (a share of an empty total). */
export function fraction(value: number): number | string {
  return Number.isFinite(value) ? value : '';
}

/** Table names: ASCII letters, digits and "_" only, starting with a letter. */
export function tableName(key: string): string {
  return `Cartera_${key.replace(/[^A-Za-z0-9_]/g, '_')}`;
}
