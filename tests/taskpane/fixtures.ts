// A small workbook with hand-computed results (as-of 2025-06-30, the last sale):
//   revenue 12 m: C003 6000, C001 4000, C002 2000, C004 500, C005 300, C099 100 (not in the list); total 12,900
//   ABC (80/95 %): A = C003 (46.5 %), C001 (77.5 %), C002 (93.0 %: crosses 80 → A); B = C004 (96.9 %); C = C005, C099
//   status: C001 at_risk (gap 30, 90 days since the last purchase: > 45, ≤ 90),
//           C002 / C003 / C005 / C099 new (first purchase < 90 days), C004 inactive (333 days > 3 × 20, the portfolio's gap),
//           C006 prospect
//   ages at as-of: C001 40, C002 26, C003 45, C004 30 (birthday on the as-of date), C005 45
//   seeds: women 30–45 with medium-high income = C001, C004 (revenue 4,500); A clients at risk in the North = C001
import { dayFromYmd } from '../../src/engine/dates';
import { createWorkbook, type SimWorkbook } from '../../src/host';

export const AS_OF = dayFromYmd(2025, 6, 30);
const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day);

export const CLIENT_ROWS: (string | number)[][] = [
  ['Código cliente', 'Razón social', 'Zona', 'Sexo', 'Fecha de nacimiento', 'Nivel de ingresos', 'Email', 'Teléfono', 'Especial'],
  ['C001', 'Ana García', 'Norte', 'Mujer', d(1985, 3, 10), 'Medio-alto', 'ana@example.es', '+34 600 000 001', 'Sí'],
  ['C002', 'Beatriz López', 'Sur', 'Mujer', d(1999, 1, 1), 'Medio-alto', 'bea@example.es', '+34 600 000 002', 'No'],
  ['C003', 'Carlos Ruiz', 'Norte', 'Hombre', d(1980, 5, 5), 'Medio-alto', 'carlos@example.es', '+34 600 000 003', 'No'],
  ['C004', 'Dolores Gil', 'Norte', 'Mujer', d(1995, 6, 30), 'Medio-alto', 'dolores@example.es', '+34 600 000 004', 'No'],
  ['C005', 'Elena Sanz', 'Este', 'Mujer', d(1979, 7, 1), 'Alto', 'elena@example.es', '+34 600 000 005', 'No'],
  ['C006', '=HYPERLINK("http://x","Prospecto")', 'Norte', '', '', '', '', '', 'No'],
];

export const SALES_ROWS: (string | number)[][] = [
  ['Fecha', 'Nº factura', 'Código cliente', 'Importe', 'Moneda'],
  [d(2025, 1, 1), 'F001', 'C001', 1000, 'EUR'],
  [d(2025, 1, 31), 'F002', 'C001', 1000, 'EUR'],
  [d(2025, 3, 2), 'F003', 'C001', 1000, 'EUR'],
  [d(2025, 4, 1), 'F004', 'C001', 1000, 'EUR'],
  [d(2025, 6, 1), 'F005', 'C003', 1500, 'EUR'],
  [d(2025, 6, 10), 'F006', 'C003', 1500, 'EUR'],
  [d(2025, 6, 20), 'F007', 'C003', 1500, 'EUR'],
  [d(2025, 6, 30), 'F008', 'C003', 1500, 'EUR'],
  [d(2025, 5, 15), 'F009', 'C002', 2000, 'EUR'],
  [d(2024, 8, 1), 'F010', 'C004', 500, 'EUR'],
  [d(2025, 6, 15), 'F011', 'C005', 300, 'EUR'],
  [d(2025, 6, 1), 'F012', 'C099', 100, 'EUR'],
  [d(2025, 6, 2), 'F013', '', 250, 'EUR'],
  ['ayer', 'F014', 'C002', 80, 'EUR'],
];

export const CLIENT_FORMATS = ['@', 'General', 'General', 'General', 'dd/mm/yyyy', 'General', 'General', '@', 'General'];
export const SALES_FORMATS = ['dd/mm/yyyy', 'General', '@', '#,##0.00', 'General'];

export function taskpaneWorkbook(): SimWorkbook {
  const wb = createWorkbook({ sheets: ['Clientes', 'Ventas'] });
  wb.setCells('Clientes', 'A1', CLIENT_ROWS.slice(0, 1));
  wb.setCells('Clientes', 'A2', CLIENT_ROWS.slice(1), { numberFormat: CLIENT_FORMATS });
  wb.setCells('Ventas', 'A1', SALES_ROWS.slice(0, 1));
  wb.setCells('Ventas', 'A2', SALES_ROWS.slice(1), { numberFormat: SALES_FORMATS });
  wb.select('Ventas', 'A1');
  return wb;
}

/** Values and formats of a sheet's used range, to check that the user's cells are untouched. */
export { snapshot } from '../excel/fixtures';
