// Excel shows numbers with the user's separators; the host renders number formats with the
// invariant ones ("1,234.56"). In Spanish and Portuguese the grid swaps them ("1.234,56").

export function localizeNumberText(text: string, locale: 'es' | 'pt' | 'en'): string {
  if (locale === 'en') return text;
  return text.replace(/[.,]/g, (ch) => (ch === '.' ? ',' : '.'));
}
