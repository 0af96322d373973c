// Excel shows numbers with the user's separators; the host renders number formats with the
// invariant ones ("1,234.56"). In Spanish and Brazilian Portuguese the grid swaps them ("1.234,56");
// in European Portuguese the grouping is a (no-break) space, as Intl writes it ("1 234,56").
import type { Locale } from '../i18n';

export function localizeNumberText(text: string, locale: Locale): string {
  if (locale === 'en') return text;
  const group = locale === 'pt-PT' ? '\u00a0' : '.';
  return text.replace(/[.,]/g, (ch) => (ch === '.' ? ',' : group));
}
