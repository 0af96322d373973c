/**
 * A header (or any label) reduced for matching: camelCase split ("CustomerID" → "customer id"),
 * lower case, accents removed, "Nº"/"N°"/"No." → "numero", punctuation → spaces, collapsed.
 */
export function normalizeHeader(text: string): string {
  return String(text)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/\b[Nn][º°ªo]\s*\.?(?=\s|$|\d|_)/g, ' numero ')
    .replace(/[º°]/g, ' numero ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}
