import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Cell } from '../engine/types';
import { CliError } from './cliError';

/** A sheet's cells as Range.values would give them: numbers, strings, booleans, "" for empty. */
export interface Table {
  /** the sheet name (for a CSV: the file name without extension) */
  sheet: string;
  rows: Cell[][];
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_DAY = 25_569;
// Plain numbers only: no grouping, no leading zeros ("00123" stays text, as ids keep their zeros).
const CSV_NUMBER = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$|^[+-]?\.\d+$/;

/**
 * A CSV field as Excel would read it on opening the file: numeric-looking text becomes a number
 * ("17850.0" → 17850); everything else stays text (locale-formatted numbers and dates are decided
 * per column by the cleaning step). TRUE/FALSE become booleans.
 */
export function csvCell(text: string): Cell {
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    if (text.length <= 17 && CSV_NUMBER.test(text)) return +text;
    const t = text.trim();
    if (t !== text && t.length <= 17 && CSV_NUMBER.test(t)) return +t;
    return text;
  }
  if (c === 32 || c === 9) {
    const t = text.trim();
    if (t === '') return '';
    if (t.length <= 17 && CSV_NUMBER.test(t)) return +t;
    return text;
  }
  if (text.length === 4 || text.length === 5) {
    const u = text.toUpperCase();
    if (u === 'TRUE') return true;
    if (u === 'FALSE') return false;
  }
  return text;
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Not UTF-8: the usual Windows code page of Spanish/Portuguese exports.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads a CSV (.csv, .txt, .csv.gz; delimiter detected) or the first sheet of an .xlsx. */
export async function readTable(file: string): Promise<Table> {
  const lower = file.toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: is a directory, not a file` : `${file}: cannot be read (${code ?? String(e)})`,
    );
  }
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return readXlsx(file, bytes);
  if (/\.(csv|txt|tsv)(\.gz)?$/.test(lower)) {
    if (lower.endsWith('.gz')) {
      try {
        bytes = gunzipSync(bytes);
      } catch {
        throw new CliError(`${file}: not a valid gzip file`);
      }
    }
    return readCsv(file, decodeText(bytes));
  }
  throw new CliError(`${file}: unsupported file type (use .csv, .csv.gz or .xlsx)`);
}

function readCsv(file: string, text: string): Table {
  if (text.includes('\u0000')) throw new CliError(`${file}: not a text file (binary content)`);
  const parsed = whitespaceSeparated(text)
    ? { data: text.split(/\r?\n/).map((line) => (line.trim() === '' ? [''] : line.trim().split(/\s+/))), errors: [] as Papa.ParseError[] }
    : Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) throw new CliError(`${file}: row ${(quote.row ?? 0) + 1}: ${quote.message.toLowerCase()}`);
  const data = parsed.data;
  // The newline at the end of the file is not a row.
  if (data.length > 0 && data[data.length - 1].length === 1 && data[data.length - 1][0] === '') data.pop();
  const rows: Cell[][] = new Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const src = data[i];
    const out: Cell[] = new Array(src.length);
    for (let j = 0; j < src.length; j++) out[j] = src[j] === '' ? '' : csvCell(src[j]);
    rows[i] = out;
  }
  return { sheet: sheetName(file), rows };
}

/**
 * Space-aligned text (e.g. the CDNOW files: " 00001 19970101  1   11.77"): no delimiter in the first
 * lines and every one of them splits on blanks into the same number (≥ 2) of fields.
 */
function whitespaceSeparated(text: string): boolean {
  const lines = text.split(/\r?\n/, 20).filter((l) => l.trim() !== '');
  if (lines.length === 0 || lines.some((l) => /[,;\t|"]/.test(l))) return false;
  const widths = new Set(lines.map((l) => l.trim().split(/\s+/).length));
  return widths.size === 1 && [...widths][0] >= 2;
}

function sheetName(file: string): string {
  const base = basename(file).replace(/\.gz$/i, '').replace(/\.[^.]+$/, '');
  return base.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet1';
}

async function readXlsx(file: string, bytes: Buffer): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new CliError(`${file}: not a valid .xlsx workbook`);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new CliError(`${file}: the workbook has no sheets`);
  const rows: Cell[][] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const out: Cell[] = new Array(width).fill('');
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col <= width) out[col - 1] = xlsxValue(cell.value);
    });
    rows.push(out);
  }
  return { sheet: ws.name, rows };
}

/** An ExcelJS value as Range.values gives it: dates to 1900-system serials, formulas to their result. */
function xlsxValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + UNIX_EPOCH_DAY;
  if (typeof v === 'object') {
    if ('result' in v) return xlsxValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
    if ('formula' in v || 'sharedFormula' in v) return '';
  }
  return String(v);
}
