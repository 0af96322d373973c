/** Characters of a label considered for matching: no column name is longer (a cell may hold 32,767). */
export const MAX_HEADER_LENGTH = 256;

/**
 * A header (or any label) reduced for matching: camelCase split ("CustomerID" → "customer id",
 * "IDCliente" → "id cliente"), lower case, accents removed, "Nº"/"N°"/"No." → "numero", punctuation
 * → spaces, collapsed. Only the first MAX_HEADER_LENGTH characters count; linear in those.
 */
export function normalizeHeader(text: string): string {
  return splitCamelCase(String(text).slice(0, MAX_HEADER_LENGTH))
    .replace(/\b[Nn][º°ªo]\s*\.?(?=\s|$|\d|_)/g, ' numero ')
    .replace(/[º°]/g, ' numero ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * A space before an ASCII capital that follows a small letter ("customerId") or that starts a word
 * after a run of capitals ("IDCliente"), in one pass (the regular expression /([A-Z]+)([A-Z][a-z])/
 * backtracks quadratically on long runs of capitals).
 */
function splitCamelCase(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isUpper(c)) continue;
    const before = s.charCodeAt(i - 1);
    if (isLower(before) || (isUpper(before) && isLower(s.charCodeAt(i + 1)))) {
      out += s.slice(from, i) + ' ';
      from = i;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}
