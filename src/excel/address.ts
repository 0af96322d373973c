// A1 addresses: "Ventas!A1:H900", "'Bob''s Region'!F6", "A1:B4".
import { columnLetter } from '../engine/clean/columnLetter';

/** Splits "Sheet!A1:B2" into the sheet name (unquoted, '' undoubled) and the range part. */
export function splitAddress(address: string): { sheet?: string; range: string } {
  const text = address.trim();
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { range: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: text.slice(bang + 1) };
}

/** The sheet name as it must appear in an address (quoted when it is not a plain identifier). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet!B3:D10" from 0-based indexes. */
export function rangeAddress(sheet: string, row: number, column: number, rows: number, columns: number): string {
  const a = `${columnLetter(column)}${row + 1}`;
  const b = `${columnLetter(column + columns - 1)}${row + rows}`;
  return `${quoteSheet(sheet)}!${rows === 1 && columns === 1 ? a : `${a}:${b}`}`;
}
