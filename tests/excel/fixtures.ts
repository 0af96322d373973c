// A small workbook with hand-computable results (see the expectations in the tests):
// 12-month revenue C001 5000, C002 2500, C003 1500, C004 600, C005 400, C007 0 (a sale and its
// return), C006 a prospect; total 10,000 → A: C001 C002 C003 (75 % before C003), B: C004, C: C005, N: C007.
import { dayFromYmd } from '../../src/engine/dates';
import { createWorkbook, type SimWorkbook } from '../../src/host';

export const AS_OF = dayFromYmd(2025, 6, 30);
const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day);

export const CLIENT_ROWS: (string | number)[][] = [
  ['Código cliente', 'Razón social', 'Zona', 'Especial'],
  ['C001', 'Talleres Pérez S.L.', 'Norte', 'Sí'],
  ['C002', '=HYPERLINK("http://x","y")', 'Sur', 'No'],
  ['C003', '+34 600 000 000', 'Este', 'No'],
  ['C004', '-foo', 'Oeste', 'No'],
  ['C005', '@bar', 'Centro', 'No'],
  ['C006', 'Prospecto S.A.', 'Norte', 'No'],
];

export const SALES_ROWS: (string | number)[][] = [
  ['Fecha', 'Nº factura', 'Código cliente', 'Importe'],
  [d(2024, 9, 10), 'F001', 'C001', 2000],
  [d(2025, 1, 15), 'F002', 'C001', 2000],
  [d(2025, 6, 30), 'F003', 'C001', 1000],
  [d(2024, 12, 1), 'F004', 'C002', 1500],
  [d(2025, 5, 2), 'F005', 'C002', 1000],
  [d(2025, 3, 3), 'F006', 'C003', 1500],
  [d(2024, 8, 20), 'F007', 'C004', 600],
  [d(2025, 2, 14), 'F008', 'C005', 400],
  [d(2025, 4, 1), 'F009', 'C007', 200],
  [d(2025, 4, 8), 'F010', 'C007', -200],
  [d(2025, 4, 9), 'F011', '', 300],
];

/** A workbook with "Clientes" (A1:D7) and "Ventas" (A1:D12); dates formatted as dates. */
export function smallWorkbook(): SimWorkbook {
  const wb = createWorkbook({ sheets: ['Clientes', 'Ventas'] });
  loadSmall(wb);
  return wb;
}

export function loadSmall(wb: SimWorkbook): void {
  wb.setCells('Clientes', 'A1', CLIENT_ROWS, { numberFormat: '@' });
  wb.setCells('Ventas', 'A1', SALES_ROWS.slice(0, 1));
  wb.setCells('Ventas', 'A2', SALES_ROWS.slice(1), { numberFormat: ['dd/mm/yyyy', 'General', 'General', '#,##0.00'] });
}

/** Values, formulas and number formats of every cell of a sheet's used range (plus tables on it). */
export function snapshot(wb: SimWorkbook, sheet: string): string {
  const used = wb.usedRange(sheet, false);
  const cells: unknown[] = [];
  if (used) {
    for (let r = used.rowIndex; r < used.rowIndex + used.rowCount; r++)
      for (let c = used.columnIndex; c < used.columnIndex + used.columnCount; c++) {
        const info = wb.cell(sheet, r, c);
        cells.push([r, c, info.value, info.formula, info.numberFormat]);
      }
  }
  return JSON.stringify({ used, cells });
}

/** The whole workbook model (sheets, cells of every sheet, tables, charts, conditional formats, settings). */
export function modelSnapshot(wb: SimWorkbook, options: { ignoreIds?: boolean; skipCellsOf?: string[] } = {}): string {
  const strip = (o: unknown): unknown =>
    JSON.parse(JSON.stringify(o), (k, v) => (options.ignoreIds && (k === 'id' || k === 'sheetIds' || k === 'generation') ? undefined : v));
  const sheets = wb.sheets();
  const settings = Object.fromEntries(
    Object.entries(wb.settings()).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('{') ? strip(JSON.parse(v)) : v]),
  );
  return JSON.stringify({
    sheets: strip(sheets),
    cells: sheets.filter((s) => !options.skipCellsOf?.includes(s.name)).map((s) => snapshot(wb, s.name)),
    tables: strip(wb.tables()),
    charts: strip(wb.charts()),
    cfs: wb.conditionalFormats(),
    pivots: wb.pivotTables(),
    // without their names: slicer names are workbook-unique and the new ones are made while the old
    // ones exist, so they alternate "Estado" / "Estado 1" from run to run (src/report/README.md)
    slicers: wb.slicers().map(({ name: _name, ...rest }) => rest),
    links: sheets.map((s) => wb.hyperlinks(s.name)),
    settings,
  });
}

/**
 * Values, formulas and number formats of a sheet's used range through the API in one read (fast
 * for big sheets; the workbook needs response limits large enough, e.g. { maxResponseBytes: 1e9 }).
 */
export async function apiSnapshot(wb: SimWorkbook, sheet: string): Promise<string> {
  return wb.run(async (ctx) => {
    const used = ctx.workbook.worksheets.getItem(sheet).getUsedRange();
    used.load('address,values,formulas,numberFormat');
    await ctx.sync();
    return JSON.stringify([used.address, used.values, used.formulas, used.numberFormat]);
  });
}

/** modelSnapshot with the cells read through the API (fast for big sheets; see apiSnapshot). */
export async function apiModelSnapshot(wb: SimWorkbook, skipCellsOf: string[] = []): Promise<string> {
  const cells: string[] = [];
  for (const s of wb.sheets()) if (!skipCellsOf.includes(s.name)) cells.push(await apiSnapshot(wb, s.name));
  return modelSnapshot(wb, { ignoreIds: true, skipCellsOf: wb.sheets().map((s) => s.name) }) + cells.join('\n');
}

/** smallWorkbook with the client list as the table "TablaClientes" (`table`) or as a plain range. */
export async function clientListWorkbook(table: boolean): Promise<SimWorkbook> {
  const wb = smallWorkbook();
  if (table)
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Clientes').tables.add('A1:D7', true).name = 'TablaClientes';
      await ctx.sync();
    });
  return wb;
}
