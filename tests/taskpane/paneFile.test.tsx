// The pane's "Analizar un archivo" (issue #20) on the real controller, the engine worker's own methods
// (called on this thread: jsdom has no Worker) and a simulated workbook holding only the client list:
// pick a CSV, map its columns, run; the results and the client columns are written, the file's rows
// are not, and its rejected rows name the file and its line numbers.
import * as React from 'react';
import { axe, toHaveNoViolations } from 'jest-axe';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createWorkbook } from '../../src/host';
import { createController, type RunOutcome } from '../../src/taskpane/controller';
import { CarteraError } from '../../src/engine/types';
import type { EngineClient } from '../../src/taskpane/engineClient';
import type { EngineWorkerApi, Guarded } from '../../src/taskpane/engine.worker';
import { TaskpaneApp } from '../../src/taskpane/TaskpaneApp';
import { CLIENT_FORMATS, CLIENT_ROWS, SALES_ROWS } from './fixtures';
import { isoDate } from '../../src/engine/dates';

jest.mock('@fluentui/react-charts', () => jest.requireActual('./chartMock'));

let api: EngineWorkerApi;
jest.mock('comlink', () => ({
  expose: (exposed: EngineWorkerApi) => void (api = exposed),
  transfer: <T,>(value: T) => value,
}));

function unwrap<T>(r: Guarded<T>): T {
  if ('error' in r) throw new CarteraError(r.error.code, r.error.message, r.error.where);
  return r.value;
}

/** The engine client as the page has it, with the worker's methods called directly. */
async function engineClient(): Promise<EngineClient> {
  await import('../../src/taskpane/engine.worker');
  return {
    ingest: (mapping, source, options) => {
      const session = unwrap(api.startSales(mapping, source, options));
      return {
        add: (rows) => void unwrap(api.addSales(session, rows)),
        finish: () => unwrap(api.finishSales(session)),
        abandon: () => api.dropSales(session),
      };
    },
    analyse: async (handle, request, options) => unwrap(api.analyse(handle.id, request, options) as Guarded<never>),
    release: (handle) => api.dropSales(handle.id),
    openSalesFile: async (file, name, locale) => unwrap(await api.openSalesFile(file, name, locale)),
    readSalesFile: async (file, mapping, source, options, locale, onProgress) =>
      unwrap(await api.readSalesFile(file, mapping, source, options, locale, onProgress)),
    dispose: () => undefined,
  };
}

expect.extend(toHaveNoViolations);
afterEach(cleanup);

/** fixtures.ts's sales as a CSV file (ISO dates; the same hand-computed results). */
function salesFile(): File {
  const lines = SALES_ROWS.map((r, i) =>
    r.map((v, c) => (i > 0 && c === 0 && typeof v === 'number' ? isoDate(v) : String(v))).join(';'),
  );
  return new File([lines.join('\r\n') + '\r\n'], 'ventas.csv', { type: 'text/csv' });
}

test('a CSV file as the sales: columns proposed, run, results and client columns written, no raw rows', async () => {
  const wb = createWorkbook({ sheets: ['Clientes'] });
  wb.setCells('Clientes', 'A1', CLIENT_ROWS.slice(0, 1));
  wb.setCells('Clientes', 'A2', CLIENT_ROWS.slice(1), { numberFormat: CLIENT_FORMATS });
  wb.select('Clientes', 'A1');
  let outcome: RunOutcome | null = null;
  const read: number[] = [];
  const controller = createController((batch) => wb.run(batch), 'es', await engineClient());
  const { container } = render(
    <TaskpaneApp
      controller={controller}
      locale="es"
      onOutcome={(o) => (outcome = o)}
      onProgress={(p) => (p.stage === 'read' ? read.push(p.stageFraction) : undefined)}
    />,
  );
  await screen.findByText('¿Primera vez?');

  // 1. Data: the file, and the client list from the workbook.
  const sales = screen.getByRole('region', { name: 'Ventas (obligatorio)' });
  // the button named by the field opens the browser's file dialog (the hidden input)
  const input = within(sales).getByTestId('cartera-sales-file') as HTMLInputElement;
  const opened = jest.spyOn(input, 'click').mockImplementation(() => undefined);
  fireEvent.click(within(sales).getByRole('button', { name: 'Analizar un archivo (CSV, también .csv.gz) Elegir archivo…' }));
  expect(opened).toHaveBeenCalled();
  fireEvent.change(input, { target: { files: [salesFile()] } });
  await within(sales).findByText('Archivo: ventas.csv · 1 KB · 5 columnas');
  expect(within(sales).getByRole('table', { name: 'Vista previa de ventas.csv' })).toBeInTheDocument();
  fireEvent.click(within(screen.getByRole('region', { name: 'Lista de clientes (opcional)' })).getByRole('button', { name: 'Usar la selección' }));
  await screen.findByText('Origen: Clientes!A1:I7 · 6 filas × 9 columnas');
  expect(await axe(container, { rules: { region: { enabled: false } } })).toHaveNoViolations();

  // 2. Columns: the same mapping step as a range.
  fireEvent.click(screen.getByRole('tab', { name: /Columnas/ }));
  const salesMap = screen.getByRole('region', { name: 'Columnas de ventas' });
  expect(within(salesMap).getByLabelText(/Cliente \(código\)/)).toHaveValue('2');
  expect(within(salesMap).getByLabelText(/^Fecha/)).toHaveValue('0');
  expect(within(salesMap).getByLabelText(/^Importe/)).toHaveValue('3');

  // 4. Run.
  fireEvent.click(screen.getByRole('tab', { name: /Ejecutar/ }));
  expect(screen.getByText('Ventas: ventas.csv')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Analizar la cartera' }));
  await screen.findByText('Ventas 12 meses', { selector: 'dt' }, { timeout: 30_000 });
  const kpi = (label: string) =>
    screen.getByText(label, { selector: 'dt' }).nextElementSibling!.textContent!.replace(/[\u00a0\u202f]/g, ' ');
  expect(kpi('Clientes')).toBe('7');
  expect(kpi('Ventas 12 meses')).toBe('12.900,00 €');
  expect(kpi('En riesgo')).toBe('1');
  // the read stage followed the file's bytes to the end
  expect(read[read.length - 1]).toBe(1);

  // Cartera's sheets and the columns beside the list; no sheet holds the file's rows.
  const names = wb.sheets().map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['Clientes', 'Cartera - Resumen', 'Cartera - Clientes', 'Cartera - Calidad de datos']));
  expect(names.filter((n) => !n.startsWith('Cartera'))).toEqual(['Clientes']);
  expect(String(wb.values('Clientes', 'J1')[0][0])).toMatch(/^Cartera: /);
  // the rejected rows: the file as the sheet, their line numbers in the file
  const rejected = outcome!.analysis.quality.rejected.map((r) => [r.sheet, r.row]);
  expect(rejected).toEqual([
    ['ventas.csv', 14],
    ['ventas.csv', 15],
  ]);
  const quality = wb.values('Cartera - Calidad de datos', 'A1:F60').flat().map(String);
  expect(quality).toContain('ventas.csv');
});
