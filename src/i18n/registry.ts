// The catalogues' store: `defineMessages` checks a catalogue's keys at compile time and registers it.
// Kept apart from ./index so the catalogues in this folder can use it while ./index imports them.
import type { Locale } from './index';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A catalogue as its file writes it: every key in es, pt and en; `pt` is the Portuguese shared by
 * pt-BR and pt-PT, and `pt-BR`/`pt-PT` override the keys where the two differ. A key `k_one`,
 * `k_other`... is the plural form of `k` for that CLDR category (`t` picks it by `count`).
 */
export interface CatalogueSource<K extends string = string> {
  es: Record<K, string>;
  pt: Record<K, string>;
  en: Record<K, string>;
  'pt-BR'?: Partial<Record<K, string>>;
  'pt-PT'?: Partial<Record<K, string>>;
}
/** An untyped catalogue (its keys are not known to `MessageKey` until it goes through `defineMessages`). */
export type Catalogues = CatalogueSource<string>;
export type MessageParams = Record<string, string | number>;

/**
 * Checks a catalogue at compile time — es, pt and en have exactly en's keys, the pt-BR/pt-PT
 * overrides only known keys — and registers it. The key type comes from `en`.
 */
export function defineMessages<K extends string>(source: {
  en: Record<K, string>;
  es: Record<NoInfer<K>, string>;
  pt: Record<NoInfer<K>, string>;
  'pt-BR'?: Partial<Record<NoInfer<K>, string>>;
  'pt-PT'?: Partial<Record<NoInfer<K>, string>>;
}): CatalogueSource<K> {
  registerMessages(source);
  return source;
}

const catalogues: Record<Locale, Record<string, string>> = { es: {}, 'pt-BR': {}, 'pt-PT': {}, en: {} };

/**
 * Adds (or overrides) keys for every locale; `pt` goes to pt-BR and pt-PT, then each variant's
 * overrides. A key missing in a locale falls back to en, then to the key itself.
 */
export function registerMessages(messages: Partial<Catalogues>): void {
  Object.assign(catalogues.es, messages.es);
  Object.assign(catalogues.en, messages.en);
  Object.assign(catalogues['pt-BR'], messages.pt, messages['pt-BR']);
  Object.assign(catalogues['pt-PT'], messages.pt, messages['pt-PT']);
}

/** Whether a key exists in the given locale's catalogue (no fallback). */
export function hasMessage(locale: Locale, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogues[locale], key);
}

export function lookup(locale: Locale, key: string): string | undefined {
  const own = catalogues[locale];
  if (Object.prototype.hasOwnProperty.call(own, key)) return own[key];
  if (Object.prototype.hasOwnProperty.call(catalogues.en, key)) return catalogues.en[key];
  return undefined;
}
