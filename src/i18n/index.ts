// Message catalogues and locale-aware formatting. Each area defines its catalogue with
// `defineMessages` in its own folder and names it in `MessageCatalogues` (README "Adding a message"),
// so `t`'s key is checked at compile time against every catalogue.
import { ymdFromDay } from '../engine/dates';
import { hasMessage, lookup, type MessageParams, type PluralCategory } from './registry';
// This folder's catalogues register themselves when imported (for their keys' types, see MessageCatalogues).
import './reportMessages';
import './metricsMessages';
import './cleaningMessages';
import './changesMessages';
import './agendaMessages';
import './engineMessages';
import type { reportMessages } from './reportMessages';
import type { metricsMessages } from './metricsMessages';
import type { cleaningMessages } from './cleaningMessages';
import type { changesMessages } from './changesMessages';
import type { agendaMessages } from './agendaMessages';
import type { engineMessages } from './engineMessages';

/** The languages of the add-in: Portuguese is two, Brazil's and Portugal's (words and separators differ). */
export type Locale = 'es' | 'pt-BR' | 'pt-PT' | 'en';
export const LOCALES: readonly Locale[] = ['es', 'pt-BR', 'pt-PT', 'en'];

/**
 * The BCP 47 tag of a locale, for Intl and for the workbook's culture when Office gives none (the one
 * map of locale tags: Spanish is Spain's, English the US's).
 */
export function localeTag(locale: Locale): string {
  return locale === 'es' ? 'es-ES' : locale === 'en' ? 'en-US' : locale;
}

/** A locale from a tag or a name as users and URLs write it ("pt", "pt_PT", "PT-br", "es-MX"); undefined if none. */
export function parseLocale(text?: string | null): Locale | undefined {
  const tag = (text ?? '').trim().toLowerCase().replace('_', '-');
  if (tag === 'es' || tag.startsWith('es-')) return 'es';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'pt' || tag === 'pt-br') return 'pt-BR';
  // Portugal, and the African countries whose written standard is Portugal's (AO, MZ, CV, GW, ST, TL...)
  if (tag.startsWith('pt-')) return 'pt-PT';
  return undefined;
}

/** Office's display language ("es-ES", "pt-BR", "pt-PT", "en-US", "ca-ES"...) → our locale; English otherwise. */
export function localeFromOfficeLanguage(language?: string | null): Locale {
  const lang = (language ?? '').trim().toLowerCase();
  if (lang.startsWith('ca') || lang.startsWith('gl') || lang.startsWith('eu')) return 'es';
  return parseLocale(lang) ?? (lang.startsWith('es') ? 'es' : 'en');
}

/**
 * Every catalogue of the add-in by area. Areas outside src/i18n add theirs with
 * `declare module '../i18n' { interface MessageCatalogues { pane: typeof paneMessages } }`.
 */
export interface MessageCatalogues {
  report: typeof reportMessages;
  metrics: typeof metricsMessages;
  cleaning: typeof cleaningMessages;
  changes: typeof changesMessages;
  agenda: typeof agendaMessages;
  engine: typeof engineMessages;
}

type BaseKey<K extends string> = K extends `${infer B}_${PluralCategory}` ? B : K extends `${infer B}_=${number}` ? B : K;
/** Every message key (a plural's forms `k_one`, `k_other`..., and `k_=1`, count as `k`). */
export type MessageKey = BaseKey<
  { [A in keyof MessageCatalogues]: keyof MessageCatalogues[A]['en'] & string }[keyof MessageCatalogues]
>;

export {
  defineMessages,
  hasMessage,
  registerMessages,
  type Catalogues,
  type CatalogueSource,
  type MessageParams,
  type PluralCategory,
} from './registry';

/** Whether `key` is a message key (for keys built from data, e.g. an error's code). */
export function isMessageKey(key: string): key is MessageKey {
  return hasMessage('en', key) || hasMessage('en', `${key}_other`);
}

const pluralRulesCache = new Map<Locale, Intl.PluralRules>();
/** The CLDR plural category of `count` in the locale (pt-BR: 0 and 1 are "one"; pt-PT: only 1). */
export function pluralCategory(locale: Locale, count: number): PluralCategory {
  let rules = pluralRulesCache.get(locale);
  if (!rules) pluralRulesCache.set(locale, (rules = new Intl.PluralRules(localeTag(locale))));
  return rules.select(count);
}

/**
 * The message for `key` with `{name}` placeholders filled. Numbers are written in the locale
 * (es "1.000.000", pt-PT "1 000 000", "0,78"); a string passes as it is, so ids and years go in as
 * strings (`plain(2011)`). With a numeric `count`, the key `key_=<count>` is used when there is one
 * (an exact case: `inDays_=1` "tomorrow"), else `key_<category>` of the locale's CLDR plural rule
 * (pt-BR: 0 and 1 are `one`), then `key_other`, then `key`.
 */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  let text: string | undefined;
  if (params && typeof params.count === 'number') {
    const count = params.count;
    text =
      lookup(locale, `${key}_=${count}`) ??
      lookup(locale, `${key}_${pluralCategory(locale, count)}`) ??
      lookup(locale, `${key}_other`);
  }
  text ??= lookup(locale, key) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? formatParam(locale, params[name]) : whole,
  );
}

/** `t` bound to a locale, for a component or a sheet that writes many messages. */
export function translator(locale: Locale): (key: MessageKey, params?: MessageParams) => string {
  return (key, params) => t(locale, key, params);
}

/** A number to put in a message as written, without grouping or locale decimals (a year, an id, a row). */
export function plain(value: number): string {
  return String(value);
}

function formatParam(locale: Locale, value: string | number): string {
  if (typeof value === 'string' || !Number.isFinite(value)) return String(value);
  return numberFormatter(locale, { maximumFractionDigits: 2 }).format(value);
}

const numberFormatCache = new Map<string, Intl.NumberFormat>();
function numberFormatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = numberFormatCache.get(key);
  if (!f) {
    // Spanish and European Portuguese do not group 4-digit numbers by default; finance users expect 1.234,56.
    f = new Intl.NumberFormat(localeTag(locale), { useGrouping: 'always', ...options } as Intl.NumberFormatOptions);
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
