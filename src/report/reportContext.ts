import type { ClientsData } from '../engine/types';
import { excelNumberFormats, t, type ExcelNumberFormats, type Locale, type MessageParams } from '../i18n';
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
  text: (key: string, params?: MessageParams) => string;
  column: (key: string, kind: ColumnKind, headerKey?: string) => OutputColumn;
}

const WIDTH: Record<ColumnKind, number> = { text: 14, integer: 10, number: 12, money: 14, percent: 10, date: 12 };

export function reportContext(options: ReportOptions): ReportContext {
  const { locale } = options;
  const formats = excelNumberFormats(locale, options.currency);
  const text = (key: string, params?: MessageParams) => t(locale, key, params);
  return {
    locale,
    formats,
    text,
    column: (key, kind, headerKey) => {
      const header = text(headerKey ?? `col.${key}`);
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
