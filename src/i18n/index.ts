// Message catalogues and locale-aware formatting. Other parts of the add-in add their own keys with
// `registerMessages` from their own files (e.g. the pane's `src/taskpane/messages.ts`); the report's
// keys live in ./reportMessages.ts and are registered on import.
import { ymdFromDay } from '../engine/dates';
import { reportMessages } from './reportMessages';
import { metricsMessages } from './metricsMessages';
import { cleaningMessages } from './cleaningMessages';
import { changesMessages } from './changesMessages';
import { agendaMessages } from './agendaMessages';
import { engineMessages } from './engineMessages';

export type Locale = 'es' | 'pt' | 'en';
export const LOCALES: readonly Locale[] = ['es', 'pt', 'en'];

export type Catalogue = Record<string, string>;
export type Catalogues = Record<Locale, Catalogue>;
export type MessageParams = Record<string, string | number>;

const catalogues: Catalogues = { es: {}, pt: {}, en: {} };

/**
 * Adds (or overrides) keys for every locale. A key missing in es/pt falls back to en, then to the
 * key itself, so a half-translated catalogue never shows a blank.
 */
export function registerMessages(messages: Partial<Catalogues>): void {
  for (const locale of LOCALES) Object.assign(catalogues[locale], messages[locale] ?? {});
}

registerMessages(reportMessages);
registerMessages(metricsMessages);
registerMessages(cleaningMessages);
registerMessages(changesMessages);
registerMessages(agendaMessages);
registerMessages(engineMessages);

/** Whether a key exists in the given locale's catalogue (no fallback). */
export function hasMessage(locale: Locale, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogues[locale], key);
}

/**
 * The message for `key` with `{name}` placeholders filled. With a numeric `count` parameter, the
 * key `key_one` is used when count is 1 and `key_other` otherwise, when they exist.
 */
export function t(locale: Locale, key: string, params?: MessageParams): string {
  let k = key;
  if (params && typeof params.count === 'number') {
    const plural = `${key}_${params.count === 1 ? 'one' : 'other'}`;
    if (lookup(locale, plural) !== undefined) k = plural;
  }
  const text = lookup(locale, k) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

function lookup(locale: Locale, key: string): string | undefined {
  const own = catalogues[locale];
  if (Object.prototype.hasOwnProperty.call(own, key)) return own[key];
  if (Object.prototype.hasOwnProperty.call(catalogues.en, key)) return catalogues.en[key];
  return undefined;
}

/** Office's display language ("es-ES", "pt-BR", "en-US", "ca-ES"...) → our locale; English otherwise. */
export function localeFromOfficeLanguage(language?: string | null): Locale {
  const lang = (language ?? '').trim().toLowerCase();
  if (lang.startsWith('es') || lang.startsWith('ca') || lang.startsWith('gl') || lang.startsWith('eu')) return 'es';
  if (lang.startsWith('pt')) return 'pt';
  return 'en';
}

const INTL_TAG: Record<Locale, string> = { es: 'es-ES', pt: 'pt-BR', en: 'en-US' };

const numberFormatCache = new Map<string, Intl.NumberFormat>();
function numberFormatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = numberFormatCache.get(key);
  if (!f) {
    // Spanish style does not group 4-digit numbers by default; finance users expect 1.234,56.
    f = new Intl.NumberFormat(INTL_TAG[locale], { useGrouping: 'always', ...options } as Intl.NumberFormatOptions);
    numberFormatCache.set(key, f);
  }
  return f;
}

export function formatNumber(locale: Locale, value: number, decimals = 0): string {
  return numberFormatter(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** Money with two decimals; `currency` is an ISO code ("EUR") when the data names one. */
export function formatMoney(locale: Locale, value: number, currency?: string): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return numberFormatter(locale, { style: 'currency', currency }).format(value);
    } catch {
      // unknown ISO code: fall through to a plain number
    }
  }
  return formatNumber(locale, value, 2);
}

/** A fraction (0.873) as a percentage ("87,3 %" / "87.3%"). */
export function formatPercent(locale: Locale, fraction: number, decimals = 1): string {
  return numberFormatter(locale, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(fraction);
}

/** An Excel day serial as the locale's usual short date (dd/mm/yyyy in es/pt, yyyy-mm-dd in en). */
export function formatDate(locale: Locale, day: number): string {
  const { year, month, day: d } = ymdFromDay(day);
  const dd = String(d).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return locale === 'en' ? `${year}-${mm}-${dd}` : `${dd}/${mm}/${year}`;
}

export type FormatKind = 'text' | 'number' | 'money' | 'percent' | 'date' | 'integer';

/** Excel number-format codes (Range.numberFormat takes the invariant, English-syntax codes). */
export interface ExcelNumberFormats {
  text: string;
  integer: string;
  number: string;
  money: string;
  percent: string;
  date: string;
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  EUR: '€',
  USD: '$',
  BRL: 'R$',
  GBP: '£',
  MXN: '$',
  ARS: '$',
  CLP: '$',
  COP: '$',
  PEN: 'S/',
  UYU: '$U',
  CHF: 'CHF',
};

/**
 * The formats the report writes, per locale. Number-format codes are locale-neutral in the API
 * ("," = grouping, "." = decimal, Excel displays them with the user's separators); only the date
 * order and the currency position differ. The currency comes from the data's currency column
 * (an ISO code); it is quoted, so nothing in it can act as a format code.
 */
export function excelNumberFormats(locale: Locale, currency?: string): ExcelNumberFormats {
  const code = currency && /^[A-Za-z]{3}$/.test(currency) ? currency.toUpperCase() : undefined;
  const symbol = code ? (CURRENCY_SYMBOLS[code] ?? code) : undefined;
  const money = symbol
    ? locale === 'en'
      ? `"${symbol}"#,##0.00;-"${symbol}"#,##0.00`
      : `#,##0.00 "${symbol}";-#,##0.00 "${symbol}"`
    : '#,##0.00';
  return {
    text: '@',
    integer: '#,##0',
    number: '#,##0.00',
    money,
    percent: '0.0%',
    date: locale === 'en' ? 'yyyy-mm-dd' : 'dd/mm/yyyy',
  };
}
