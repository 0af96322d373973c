import type { Cell } from '../types';
import { currencyCode, isCurrencyMark } from './currency';

export type DecimalSeparator = '.' | ',';

export interface NumberOptions {
  /** accept "12%" as 0.12 (default true; money columns pass false) */
  percent?: boolean;
}

/**
 * A number from a cell: Excel numbers as they are; text in Spanish/Portuguese ("1.234,56",
 * "R$ 1.234,56", "1 234,56 €") or English ("1,234.56", "$1,234.56") form; "(123.45)" and a
 * trailing minus are negative; "-" alone is zero (accounting format); "12%" is 0.12.
 * `decimal` settles only texts that read both ways ("1,234", "1.234"); a text with a single
 * reading gets that reading. NaN when the cell is not a number (blank, words, booleans).
 */
export function parseNumber(value: Cell, decimal: DecimalSeparator = '.', options?: NumberOptions): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  const r = numberReadings(value, options);
  if (r.dot === r.comma || Number.isNaN(r.comma)) return r.dot;
  if (Number.isNaN(r.dot)) return r.comma;
  return decimal === '.' ? r.dot : r.comma;
}

export interface NumberReadings {
  /** the value with "." as decimal separator, NaN when the text is not a number that way */
  dot: number;
  /** the value with "," as decimal separator */
  comma: number;
  /** the currency sign or code found around the number, normalised ("EUR", "BRL", "$"), or "" */
  currency: string;
}

const NOT_A_NUMBER: NumberReadings = { dot: NaN, comma: NaN, currency: '' };

const LEADING = /^(?:[A-Za-z]{1,3}\$|\$[Uu]|[$€£¥₹]|S\/\.?|[A-Za-z]{3}(?![A-Za-z])|Bs\.?)/;
const TRAILING = /(?:[A-Za-z]{1,3}\$|[$€£¥₹]|(?<![A-Za-z])[A-Za-z]{3})$/;

/** The code of a mark peeled from a number, "" when it is not a currency (a word: not a number). */
function markCode(mark: string): string {
  return isCurrencyMark(mark) ? currencyCode(mark) : '';
}

/** Both readings of a text number (see NumberReadings), for per-column decisions. */
export function numberReadings(text: string, options?: NumberOptions): NumberReadings {
  let s = text.replace(/[\u00a0\u202f\u2007\u2009]/g, ' ').replace(/[\u2212\u2013]/g, '-').trim();
  if (s === '') return NOT_A_NUMBER;
  let negative = false;
  let percent = false;
  let currency = '';
  // Peel signs, parentheses, currency marks and "%" from both ends, in any order.
  for (let guard = 0; guard < 8; guard++) {
    const before = s;
    const lead = LEADING.exec(s);
    if (lead) {
      const code = markCode(lead[0]);
      if (!code || (currency && currency !== code)) return NOT_A_NUMBER;
      currency = code;
      s = s.slice(lead[0].length).trimStart();
    }
    const trail = TRAILING.exec(s);
    if (trail) {
      const code = markCode(trail[0]);
      if (!code || (currency && currency !== code)) return NOT_A_NUMBER;
      currency = code;
      s = s.slice(0, s.length - trail[0].length).trimEnd();
    }
    if (s.length > 1 && s[0] === '(' && s[s.length - 1] === ')') {
      if (negative) return NOT_A_NUMBER;
      negative = true;
      s = s.slice(1, -1).trim();
    }
    if (s.length > 1 && (s[0] === '-' || s[0] === '+')) {
      if (s[0] === '-') {
        if (negative) return NOT_A_NUMBER;
        negative = true;
      }
      s = s.slice(1).trimStart();
    } else if (s.length > 1 && s[s.length - 1] === '-') {
      if (negative) return NOT_A_NUMBER;
      negative = true;
      s = s.slice(0, -1).trimEnd();
    }
    if (s.length > 1 && s[s.length - 1] === '%') {
      if (percent || options?.percent === false) return NOT_A_NUMBER;
      percent = true;
      s = s.slice(0, -1).trimEnd();
    }
    if (s === before) break;
  }
  if (s === '-') return negative || percent ? NOT_A_NUMBER : { dot: 0, comma: 0, currency };
  let dot: number;
  let comma: number;
  if (/^\d+(?:\.\d+)?[eE][-+]?\d+$/.test(s)) {
    dot = Number(s);
    comma = NaN;
  } else {
    dot = readDigits(s, '.', ',');
    comma = readDigits(s, ',', '.');
  }
  const scale = (v: number): number => {
    if (Number.isNaN(v)) return v;
    let x = negative ? -v : v;
    if (percent) x /= 100;
    return x + 0;
  };
  return { dot: scale(dot), comma: scale(comma), currency };
}

/** Digits with `decimal` as decimal mark and `group` (or a space or an apostrophe) grouping thousands. */
function readDigits(s: string, decimal: string, group: string): number {
  const at = s.indexOf(decimal);
  if (at !== s.lastIndexOf(decimal)) return NaN;
  const int = at < 0 ? s : s.slice(0, at);
  const frac = at < 0 ? '' : s.slice(at + 1);
  if (frac !== '' && !/^\d+$/.test(frac)) return NaN;
  if (int === '' && frac === '') return NaN;
  let digits: string;
  if (/^\d*$/.test(int)) digits = int;
  else {
    // Grouped: 1–3 digits, then groups of exactly 3, one kind of separator, no leading zero group.
    const sep = int.match(/[^\d]/)![0];
    if (sep !== group && sep !== ' ' && sep !== "'" && sep !== '’') return NaN;
    const parts = int.split(sep);
    if (parts[0].length < 1 || parts[0].length > 3 || parts[0][0] === '0') return NaN;
    for (let k = 0; k < parts.length; k++) if (!/^\d+$/.test(parts[k]) || (k > 0 && parts[k].length !== 3)) return NaN;
    digits = parts.join('');
  }
  return Number((digits || '0') + (frac ? '.' + frac : ''));
}
