// Puts the sample into a simulated workbook, as a user's file would be: plain ranges from A1 with
// bold headers, number formats per column (and per cell for the dirty text cells), column widths.
import { columnLetter } from '../engine/clean/columnLetter';
import type { SimWorkbook } from '../host';
import { sampleWorkbookData, type SampleSheet, type SampleWorkbook } from './sampleWorkbookData';

export const SAMPLE_SHEET_NAMES = ['Clientes', 'Ventas', 'Visitas'] as const;

/** Approximate column width in points from the longest text of the header and the first rows. */
function widthOf(sheet: SampleSheet, column: number): number {
  let longest = 0;
  const rows = Math.min(sheet.values.length, 300);
  for (let r = 0; r < rows; r++) {
    const v = sheet.values[r][column];
    const n = typeof v === 'number' ? (sheet.columnFormats[column].includes('yy') ? 10 : 11) : String(v).length;
    if (n > longest) longest = n;
  }
  return Math.min(220, Math.max(48, Math.round(longest * 6.2 + 12)));
}

export function loadSampleWorkbook(wb: SimWorkbook, data: SampleWorkbook = sampleWorkbookData()): SampleWorkbook {
  const existing = new Set(wb.sheets().map((s) => s.name.toLowerCase()));
  for (const sheet of data.sheets) {
    if (!existing.has(sheet.name.toLowerCase())) wb.addSheet(sheet.name);
    const [header, ...rows] = sheet.values;
    const last = columnLetter(header.length - 1);
    wb.setCells(sheet.name, 'A1', [header], { numberFormat: 'General' });
    wb.setCells(sheet.name, 'A2', rows, { numberFormat: sheet.columnFormats });
    for (const f of sheet.cellFormats) {
      wb.setNumberFormat(sheet.name, `${columnLetter(f.column)}${f.row + 1}`, f.format);
    }
    wb.setCellFormat(sheet.name, `A1:${last}1`, { bold: true });
    header.forEach((_, c) => wb.setColumnWidth(sheet.name, c, widthOf(sheet, c)));
  }
  wb.select('Ventas', 'A1');
  return data;
}
