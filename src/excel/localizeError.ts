import { CarteraError } from '../engine/types';
import { isMessageKey, t, type Locale, type MessageParams } from '../i18n';

/**
 * An engine error in the user's language: a CarteraError whose code has an `error.<code>` message
 * is rebuilt with that message, filled with its `where`; anything else is returned as it is.
 */
export function localizeError(error: unknown, locale: Locale): unknown {
  const key = error instanceof CarteraError ? `error.${error.code}` : '';
  if (!(error instanceof CarteraError) || !error.where || !isMessageKey(key)) return error;
  const params: MessageParams = {};
  for (const [key, value] of Object.entries(error.where)) if (value !== undefined) params[key] = value;
  return new CarteraError(error.code, t(locale, key, params), error.where);
}
