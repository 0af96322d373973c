// A1 addressing on zero-based, inclusive rectangles.
import { fail } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return columnLetters(col) + (row + 1);
}

export function isWholeColumns(r: Rect): boolean {
  return r.r0 === 0 && r.r1 === MAX_ROWS - 1;
}

export function isWholeRows(r: Rect): boolean {
  return r.c0 === 0 && r.c1 === MAX_COLS - 1;
}

/** Unbounded: spans every row or every column (Excel normalizes A1:A1048576 to A:A). */
export function isUnbounded(r: Rect): boolean {
  return isWholeColumns(r) || isWholeRows(r);
}

/** Address without sheet, as Excel prints it: A1, A1:B4, A:F, 2:5, 1:1048576 (whole sheet). */
export function rectAddress(r: Rect): string {
  if (isWholeRows(r)) return `${r.r0 + 1}:${r.r1 + 1}`;
  if (isWholeColumns(r)) return `${columnLetters(r.c0)}:${columnLetters(r.c1)}`;
  const a = cellAddress(r.r0, r.c0);
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${cellAddress(r.r1, r.c1)}`;
}

// [ASSUMPTION] Quoting rule of formula references (SHQ) applied to Range.address: quote unless the name is
// letters/digits/_/. starting with a letter or _, and does not read as a cell reference.
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*([RrCc]\d*)?$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${rectAddress(r)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function checkRow(n: number): number {
  if (!(n >= 1 && n <= MAX_ROWS)) fail('InvalidArgument');
  return n - 1;
}
function checkCol(letters: string): number {
  const c = columnIndex(letters);
  if (!(c >= 0 && c < MAX_COLS)) fail('InvalidArgument');
  return c;
}

/** Splits an optional sheet prefix: "'Bob''s'!A1" → { sheet: "Bob's", ref: "A1" }. */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 2) fail('InvalidArgument');
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, ref: address.slice(bang + 1) };
}

/** Parses "A1", "$A$1:B4", "A:F", "2:5" (no sheet prefix). Throws InvalidArgument. */
export function parseRef(ref: string): Rect {
  const parts = ref.trim().split(':');
  if (parts.length > 2 || parts[0] === '') fail('InvalidArgument');
  const [a, b = parts[0]] = parts;
  let m1 = CELL.exec(a), m2 = CELL.exec(b);
  if (m1 && m2) {
    const r0 = checkRow(+m1[2]), c0 = checkCol(m1[1]), r1 = checkRow(+m2[2]), c1 = checkCol(m2[1]);
    return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
  }
  if (parts.length === 2) {
    m1 = COL.exec(a);
    m2 = COL.exec(b);
    if (m1 && m2) {
      const c0 = checkCol(m1[1]), c1 = checkCol(m2[1]);
      return { r0: 0, r1: MAX_ROWS - 1, c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
    }
    m1 = ROW.exec(a);
    m2 = ROW.exec(b);
    if (m1 && m2) {
      const r0 = checkRow(+m1[1]), r1 = checkRow(+m2[1]);
      return { c0: 0, c1: MAX_COLS - 1, r0: Math.min(r0, r1), r1: Math.max(r0, r1) };
    }
  }
  return fail('InvalidArgument');
}

/** "B3" or [row, col] → [row, col] (zero-based). */
export function toRowCol(topLeft: string | [number, number]): [number, number] {
  if (Array.isArray(topLeft)) return topLeft;
  const r = parseRef(topLeft);
  return [r.r0, r.c0];
}

export function rectRows(r: Rect): number {
  return r.r1 - r.r0 + 1;
}
export function rectCols(r: Rect): number {
  return r.c1 - r.c0 + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function inGrid(r: Rect): boolean {
  return r.r0 >= 0 && r.c0 >= 0 && r.r1 < MAX_ROWS && r.c1 < MAX_COLS && r.r0 <= r.r1 && r.c0 <= r.c1;
}
