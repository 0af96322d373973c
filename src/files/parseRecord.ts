import type { Separator } from './guessSeparator';

/** A quoted field not closed within this many characters is broken (Excel's longest cell text). */
export const MAX_QUOTED = 32_767;

export type ParsedRecord =
  | { cells: string[]; next: number; broken?: undefined }
  /** an unclosed quote: the record is cut at the end of the line where the quote opened */
  | { cells?: undefined; next: number; broken: string };

const CR = 13;
const LF = 10;
const QUOTE = 34;

/** Index after the line break at i (CRLF, LF or CR), or -1 when a CR ends the text and more may come. */
function afterBreak(text: string, i: number, final: boolean): number {
  if (text.charCodeAt(i) === LF) return i + 1;
  if (i + 1 >= text.length) return final ? i + 1 : -1;
  return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR || c === LF) return i;
  }
  return -1;
}

/**
 * The record starting at `start` (text begins at a record boundary): a row ends at CRLF, LF or CR
 * outside quotes, in any mix. A field starting with '"' is quoted ('""' is a quote; text after the
 * closing quote is kept, as Excel does); a quote inside an unquoted field is a character. null: the
 * record may go on past the text (only when not `final`).
 */
/** Index of the separator or line break that ends the unquoted text at i (the text's length if none). */
function unquotedEnd(text: string, i: number, separator: number): number {
  let k = i;
  for (const len = text.length; k < len; k++) {
    const c = text.charCodeAt(k);
    if (c === separator || c === CR || c === LF) break;
  }
  return k;
}

export function parseRecord(
  text: string,
  start: number,
  sep: Separator,
  final: boolean,
): ParsedRecord | null {
  const len = text.length;
  if (sep === 'whitespace') {
    const e = lineEnd(text, start);
    if (e < 0 && !final) return null;
    const end = e < 0 ? len : e;
    const next = e < 0 ? len : afterBreak(text, e, final);
    if (next < 0) return null;
    const line = text.slice(start, end).trim();
    return { cells: line === '' ? [''] : line.split(/[ \t]+/), next };
  }
  const s = sep.charCodeAt(0);
  const cells: string[] = [];
  let i = start;
  for (;;) {
    let value: string;
    if (i < len && text.charCodeAt(i) === QUOTE) {
      const open = i;
      const limit = open + 1 + MAX_QUOTED;
      value = '';
      let segment = open + 1;
      let j = segment;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0 || q > limit) {
          if (q < 0 && !final && len <= limit) return null;
          // broken: reject up to the end of the line where the quote opened, go on after it
          const e = lineEnd(text, open);
          if (e < 0) return final ? { next: len, broken: text.slice(start) } : null;
          const next = afterBreak(text, e, final);
          return next < 0 ? null : { next, broken: text.slice(start, e) };
        }
        if (q + 1 >= len && !final) return null;
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(segment, q + 1);
          j = segment = q + 2;
          continue;
        }
        value += text.slice(segment, q);
        i = q + 1;
        break;
      }
      const k = unquotedEnd(text, i, s);
      if (k === len && !final) return null;
      if (k > i) value += text.slice(i, k);
      i = k;
    } else {
      const k = unquotedEnd(text, i, s);
      if (k === len && !final) return null;
      value = text.slice(i, k);
      i = k;
    }
    cells.push(value);
    if (i >= len) return { cells, next: len };
    if (text.charCodeAt(i) === s) {
      i++;
      continue;
    }
    const next = afterBreak(text, i, final);
    return next < 0 ? null : { cells, next };
  }
}
