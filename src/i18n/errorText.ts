import { isMessageKey, t, type Locale } from './index';
import { localParams } from './localParams';

/**
 * The user's text of an engine error `code` (`error.<code>`) with its parameters formatted for the
 * locale; `fallback` (the English message of an error without a catalogued code) otherwise.
 */
export function errorText(locale: Locale, code: string, where: object | undefined, fallback: string): string {
  const key = `error.${code}`;
  if (!isMessageKey(key)) return fallback;
  return t(locale, key, localParams(locale, where ?? {}));
}
