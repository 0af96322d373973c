import { CarteraError } from '../engine/types';
import { isMessageKey, type Locale } from '../i18n';
import { errorText } from '../i18n/errorText';

/**
 * An error in the user's language: a CarteraError whose code has an `error.<code>` message is
 * rebuilt with that message, filled with its `where` (formatted for the locale); anything else —
 * errors the pane and the run already word in the user's language, other exceptions — is returned
 * as it is. Used by the run, the pane (segments, visit policy) and the CLI.
 */
export function localizeError(error: unknown, locale: Locale): unknown {
  if (!(error instanceof CarteraError) || !isMessageKey(`error.${error.code}`)) return error;
  return new CarteraError(error.code, errorText(locale, error.code, error.where, error.message), error.where);
}
