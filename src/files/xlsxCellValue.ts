import type { Cell } from '../engine/types';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a 1900-system serial. */
const UNIX_EPOCH_DAY = 25_569;

/**
 * An ExcelJS cell value as Range.values gives it: numbers, text and booleans as they are, a date as
 * its serial (1900 system unless `date1904`), a formula as its cached result, rich text as its
 * text, a hyperlink as its text, an error as its code ("#N/A"); null for an empty cell, a formula
 * without a result or a value of no known kind. The CLI's .xlsx reader and the host's loadWorkbookFile
 * both read cells through it.
 */
export function xlsxCellValue(v: unknown, date1904 = false): Cell | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / MS_PER_DAY + UNIX_EPOCH_DAY - (date1904 ? 1462 : 0);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o || 'result' in o) return xlsxCellValue(o.result, date1904);
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
    if ('error' in o) return String(o.error);
    if ('text' in o) return String(o.text);
  }
  return null;
}
