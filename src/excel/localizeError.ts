import { CarteraError } from '../engine/types';
import { isMessageKey, plain, t, type Locale, type MessageParams } from '../i18n';

/**
 * An engine error in the user's language: a CarteraError whose code has an `error.<code>` message
 * is rebuilt with that message, filled with its `where`; anything else is returned as it is.
 */
export function localizeError(error: unknown, locale: Locale): unknown {
  const key = error instanceof CarteraError ? `error.${error.code}` : '';
  if (!(error instanceof CarteraError) || !error.where || !isMessageKey(key)) return error;
  const params: MessageParams = {};
  // row numbers are written as Excel shows them, without grouping ("fila 12345")
  for (const [key, value] of Object.entries(error.where))
    if (value !== undefined) params[key] = typeof value === 'number' && /row$/i.test(key) ? plain(value) : value;
  return new CarteraError(error.code, t(locale, key, params), error.where);
}
