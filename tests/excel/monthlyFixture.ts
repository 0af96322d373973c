// The monthly routine's data (issue #18): three more months of sales (July–September 2025) for the small
// workbook of fixtures.ts, appended below its sales range (Ventas!A1:D12 → A1:D18).
import { dayFromYmd } from '../../src/engine/dates';
import type { ExcelRun } from '../../src/excel/types';
import type { SimWorkbook } from '../../src/host';

const d = (m: number, day: number) => dayFromYmd(2025, m, day);

export const MORE_MONTHS = [
  [d(7, 3), 'F012', 'C001', 900],
  [d(7, 21), 'F013', 'C006', 350],
  [d(8, 5), 'F014', 'C002', 1200],
  [d(8, 30), 'F015', 'C008', 80],
  [d(9, 12), 'F016', 'C004', 640],
  [d(9, 29), 'F017', 'C001', 300],
];

/** Appends MORE_MONTHS below the sales, formatted as the sales are. */
export function appendMonths(wb: SimWorkbook, rows: unknown[][] = MORE_MONTHS): void {
  wb.setCells('Ventas', 'A13', rows as never, { numberFormat: ['dd/mm/yyyy', 'General', 'General', '#,##0.00'] });
}

export const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;
