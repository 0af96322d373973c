import { parseLocale, type Locale } from '../i18n';

/**
 * The language from ?lang=es|pt|pt-BR|pt-PT|en (pt = Brazil's), else the browser's (pt-PT, pt-AO... →
 * pt-PT), else Spanish (most of Cartera's users).
 */
export function playgroundLocale(search: string, languages: readonly string[]): Locale {
  const asked = parseLocale(new URLSearchParams(search).get('lang'));
  if (asked) return asked;
  for (const l of languages) {
    const p = parseLocale(l);
    if (p) return p;
  }
  return 'es';
}
