// Currency marks and names, normalised to ISO codes. "$" alone is shared by the dollar and the
// pesos, so it matches any dollar-sign currency.
const SYMBOLS: Record<string, string> = {
  '€': 'EUR', 'R$': 'BRL', 'US$': 'USD', U$S: 'USD', U$: 'USD', '£': 'GBP', '¥': 'JPY', '₹': 'INR',
  MX$: 'MXN', CA$: 'CAD', C$: 'CAD', A$: 'AUD', AU$: 'AUD', COL$: 'COP', CLP$: 'CLP', AR$: 'ARS', $U: 'UYU',
  'S/': 'PEN', 'S/.': 'PEN', BS: 'BOB', 'BS.': 'BOB', $: '$',
  EURO: 'EUR', EUROS: 'EUR', DOLAR: 'USD', DOLARES: 'USD', DOLLAR: 'USD', DOLLARS: 'USD', REAL: 'BRL',
  REAIS: 'BRL', LIBRA: 'GBP', LIBRAS: 'GBP',
};

/** ISO codes recognised around a number ("12 EUR", "BRL 1.234,56"). */
export const CURRENCY_CODES = new Set([
  'EUR', 'USD', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'UYU', 'PYG', 'BOB', 'VES', 'GTQ', 'CRC', 'DOP',
  'GBP', 'CHF', 'JPY', 'CNY', 'CAD', 'AUD', 'AOA', 'MZN', 'CVE', 'INR', 'NZD',
]);

const DOLLAR_SIGN = new Set(['USD', 'MXN', 'ARS', 'CLP', 'COP', 'UYU', 'CAD', 'AUD', 'NZD', 'DOP']);

/** The ISO code of a currency mark, code or name ("€", "eur", "Euros" → "EUR"); the text upper-cased otherwise. */
export function currencyCode(text: string): string {
  const up = text
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();
  return SYMBOLS[up] ?? up;
}

/** Whether a known mark or code is recognised (used to peel it from a number). */
export function isCurrencyMark(text: string): boolean {
  const up = text.trim().toUpperCase();
  return SYMBOLS[up] !== undefined || CURRENCY_CODES.has(up);
}

/** Two codes name the same currency ("$" matches any dollar-sign currency). */
export function sameCurrency(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '$') return DOLLAR_SIGN.has(b);
  if (b === '$') return DOLLAR_SIGN.has(a);
  return false;
}
