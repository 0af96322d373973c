// A PaneController as a plain object, for component tests: every method a jest.fn with a harmless default.
import { suggestClientMapping, suggestSalesMapping } from '../../src/engine/clean';
import type { Cell } from '../../src/engine/types';
import type { PaneController, SelectedRow, SourceInfo } from '../../src/taskpane/controller';

export function sourceInfo(sheet: string, headers: string[], preview: Cell[][], dataRows = preview.length): SourceInfo {
  return {
    sheet,
    address: `${sheet}!A1:${String.fromCharCode(64 + headers.length)}${dataRows + 1}`,
    headerRowIndex: 0,
    columnIndex: 0,
    columns: headers.length,
    dataRows,
    headers,
    preview,
    previewFormats: preview.map((r) => r.map(() => 'General')),
    ref: { sheet, headerRow: 1, firstColumn: 0, headers },
  };
}

export const SALES_INFO = sourceInfo(
  'Ventas',
  ['Fecha', 'Código cliente', 'Importe'],
  [
    ['2025-01-02', 'C001', 1234.5],
    ['2025-01-03', 'C002', 99],
  ],
  1200,
);

export const CLIENTS_INFO = sourceInfo('Clientes', ['Código cliente', 'Razón social', 'Zona'], [['C001', 'Ana', 'Norte']], 40);

export const VISITS_INFO = sourceInfo('Visitas', ['Cliente', 'Fecha', 'Vendedor'], [['C001', '2025-01-02', 'Ana']], 8);

export interface FakeController extends PaneController {
  selectionListener: ((row: SelectedRow | null) => void) | null;
}

export function fakeController(overrides: Partial<PaneController> = {}): FakeController {
  const fake: FakeController = {
    selectionListener: null,
    listTables: jest.fn(async () => []),
    selection: jest.fn(async () => ({ address: 'Ventas!A1', sheet: 'Ventas', rows: 1, columns: 1, preview: [] })),
    open: jest.fn(async (source) =>
      source.kind === 'table' && source.name === 'Clientes'
        ? CLIENTS_INFO
        : source.kind === 'address' && source.address.startsWith('Visitas')
          ? VISITS_INFO
          : SALES_INFO,
    ),
    suggestSales: jest.fn((info: SourceInfo) => suggestSalesMapping(info.headers, info.preview)),
    suggestClients: jest.fn((info: SourceInfo) => suggestClientMapping(info.headers, info.preview)),
    checkQuality: jest.fn(async () => ({
      rowsRead: 10,
      rowsUsed: 7,
      rowsRejected: 2,
      rowsAfterAsOf: 0,
      blankRows: 1,
      rejected: [],
      issues: [],
    })),
    run: jest.fn(async () => {
      throw new Error('not in this test');
    }),
    goToSheet: jest.fn(async () => undefined),
    watchSelection: jest.fn(async (listener) => {
      fake.selectionListener = listener;
      return () => {
        fake.selectionListener = null;
      };
    }),
    loadSettings: jest.fn(async () => null),
    saveSettings: jest.fn(async () => undefined),
    createList: jest.fn(async (sheet) => ({ status: 'created' as const, sheet: sheet.title })),
    ...overrides,
  };
  return fake;
}
