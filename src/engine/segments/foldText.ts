/**
 * Text as segment and grouping comparisons see it: accents removed, lower case, inner whitespace
 * collapsed, trimmed ("  MARÍA  José " → "maria jose"). Punctuation is kept ("medio-alto").
 */
export function foldText(text: string): string {
  let s = String(text);
  // Fast path for plain ASCII, the common case in a 100,000-label column.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}
