import {
  formatDate,
  formatNumber,
  formatPercent,
  isMessageKey,
  t,
  type Locale,
  type MessageParams,
} from './index';

/**
 * The parameters of an engine message (an error's `where`, a quality issue's detail) as the user's
 * language shows them, by the naming rule of src/engine/engineError.ts: `row`/`…Row` Excel rows as
 * they are; `…Day` day serials as dates; `…Share` fractions as percentages; `role`, `granularity`
 * and `order` named by the catalogue; other numbers with the locale's digits; text as it is.
 */
export function localParams(locale: Locale, params: object): MessageParams {
  const out: MessageParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || key === 'code') continue;
    if (typeof value === 'number') out[key] = numberParam(locale, key, value);
    else if (typeof value === 'string') out[key] = named(locale, key, value);
    else out[key] = String(value);
  }
  return out;
}

const NAMED: Record<string, string> = {
  role: 'error.role',
  granularity: 'error.period',
  order: 'quality.order',
};

function named(locale: Locale, key: string, value: string): string {
  const prefix = NAMED[key];
  const name = `${prefix}.${value}`;
  return prefix && isMessageKey(name) ? t(locale, name) : value;
}

function numberParam(locale: Locale, key: string, value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (
    key === 'row' ||
    key.endsWith('Row') ||
    key === 'group' ||
    key === 'condition' ||
    key === 'columnNumber'
  )
    return String(value);
  if (key.endsWith('Day')) return formatDate(locale, value);
  if (key.endsWith('Share')) return formatPercent(locale, value, Number.isInteger(value * 100) ? 0 : 1);
  return formatNumber(locale, value, Number.isInteger(value) ? 0 : 2);
}
