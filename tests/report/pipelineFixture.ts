// A small portfolio with hand-computable metrics, visits and cross-selling (expectations in
// tests/engine/pipeline.test.ts and tests/report/fullReport.test.ts).
//
// Monthly, as-of 2025-03-15 (March is partial, February is the latest complete month):
//   C1: Jan 100 (L1), Feb 150 (L1), Mar 60 (L2)     C2: Jan 200 (L1), Mar 80 (L1)
//   C3: Feb 300 (L2) — new in February              C4: Jan 50 (L2), Feb 20 (L2)
//   C5: a prospect (no sales)
// February: S = {C1, C2, C4}, E = {C1, C3, C4}, N = {C3}; revenue 470; retained 2 → retention 2/3;
// NRR = (150 + 0 + 20) / (100 + 200 + 50) = 170/350; GRR = (100 + 0 + 20) / 350 = 120/350.
// Cross-selling (one industry "Metal", last 12 months): L1 bought by C1 (250), C2 (280); L2 by C1
// (60), C3 (300), C4 (70). Gaps: C3 and C4 lack L1 (2 of 3 peers buy it) worth median(250, 280) = 265;
// C2 lacks L2 (3 of 3 peers) worth median(60, 300, 70) = 70.
import { dayFromYmd } from '../../src/engine/dates';
import { createSalesReader, readClientList } from '../../src/engine/clean';
import type { PipelineInput } from '../../src/engine/pipeline';
import type { Cell } from '../../src/engine/types';
import type { VisitLog } from '../../src/engine/visits';

export const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day);
export const AS_OF = d(2025, 3, 15);

export const CLIENT_ROWS: Cell[][] = [
  ['Código cliente', 'Razón social', 'Sector', 'Zona', 'Vendedor'],
  ['C1', 'Talleres Uno S.L.', 'Metal', 'Norte', 'Ana'],
  ['C2', '=HYPERLINK("http://x","y")', 'Metal', 'Sur', 'Ana'],
  ['C3', '+34 600 000 000', 'Metal', 'Norte', 'Luis'],
  ['C4', '@cuatro', 'Metal', 'Sur', ''],
  ['C5', 'Prospecto S.A.', 'Metal', 'Norte', 'Luis'],
];

export const SALES_ROWS: Cell[][] = [
  ['Fecha', 'Factura', 'Cliente', 'Importe', 'Línea'],
  [d(2025, 1, 10), 'F1', 'C1', 100, 'L1'],
  [d(2025, 2, 5), 'F2', 'C1', 150, 'L1'],
  [d(2025, 3, 1), 'F3', 'C1', 60, 'L2'],
  [d(2025, 1, 20), 'F4', 'C2', 200, 'L1'],
  [d(2025, 3, 10), 'F5', 'C2', 80, 'L1'],
  [d(2025, 2, 12), 'F6', 'C3', 300, 'L2'],
  [d(2025, 1, 3), 'F7', 'C4', 50, 'L2'],
  [d(2025, 2, 3), 'F8', 'C4', 20, 'L2'],
];

export function pipelineInput(options: { product?: boolean; visits?: boolean } = {}): PipelineInput {
  const list = readClientList(CLIENT_ROWS.slice(1), { client: 0, name: 1, industry: 2, region: 3, salesperson: 4 }, {
    sheet: 'Clientes',
    headerRow: 1,
    firstColumn: 0,
    headers: CLIENT_ROWS[0] as string[],
  });
  const product = options.product ?? true;
  const reader = createSalesReader(
    { date: 0, invoice: 1, client: 2, amount: 3, ...(product ? { product: 4 } : {}) },
    { sheet: 'Ventas', headerRow: 1, firstColumn: 0, headers: SALES_ROWS[0] as string[] },
    { clientList: list },
  );
  reader.add(SALES_ROWS.slice(1));
  const ingested = reader.finish();
  const input: PipelineInput = { ...ingested, salesSheet: 'Ventas' };
  if (options.visits) {
    // C1 visited on 1 February (twice the same day: one visit)
    const log: VisitLog = {
      length: 2,
      client: Int32Array.from([0, 0]),
      day: Int32Array.from([d(2025, 2, 1), d(2025, 2, 1)]),
      salesperson: null,
      row: Int32Array.from([2, 3]),
    };
    input.visits = log;
  }
  return input;
}
