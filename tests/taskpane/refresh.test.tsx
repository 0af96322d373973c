// Issue #18 in the pane, on the real controller and a simulated workbook: a workbook analysed before
// opens on what changed since ("Ventas: 17 filas (+6 desde el último análisis)") and re-runs in one
// click; changed headers ask for the mapping first; "remove Cartera's outputs" leaves the workbook as
// before the first run.
import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { localEngine } from '../../src/excel/localEngine';
import { runAnalysis } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import type { SimWorkbook } from '../../src/host';
import { createController, type RunOutcome } from '../../src/taskpane/controller';
import { TaskpaneApp } from '../../src/taskpane/TaskpaneApp';
import { modelSnapshot, smallWorkbook } from '../excel/fixtures';
import { appendMonths } from '../excel/monthlyFixture';

jest.mock('@fluentui/react-charts', () => jest.requireActual('./chartMock'));

const engine = { ...localEngine(), dispose: () => undefined };
const SALES = { kind: 'address', address: 'Ventas!A1:D12' } as const;

/** A workbook analysed once, with the pane's settings stored as a run from the pane leaves them. */
async function analysed(): Promise<{ wb: SimWorkbook; before: string }> {
  const wb = smallWorkbook();
  const before = modelSnapshot(wb, { ignoreIds: true });
  await runAnalysis(wb.run.bind(wb) as ExcelRun, { sales: SALES, locale: 'es' });
  wb.model.settings.set(
    'Cartera.pane',
    JSON.stringify({ sales: SALES, salesMapping: { date: 0, invoice: 1, client: 2, amount: 3 } }),
  );
  return { wb, before };
}

function mount(wb: SimWorkbook, onOutcome?: (o: RunOutcome) => void) {
  const controller = createController((batch) => wb.run(batch), 'es', engine);
  return render(<TaskpaneApp controller={controller} locale="es" onOutcome={onOutcome} />);
}

afterEach(cleanup);

test('3 more months appended below the range: the first screen says +6 and "Volver a analizar" reads them', async () => {
  const { wb } = await analysed();
  appendMonths(wb);
  let outcome: RunOutcome | null = null;
  mount(wb, (o) => (outcome = o));
  await screen.findByText('Ventas: 17 filas (+6 desde el último análisis)');
  expect(screen.getByText('Último análisis: datos hasta el 30/06/2025')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Volver a analizar' }));
  await waitFor(() => expect(outcome).not.toBeNull(), { timeout: 60_000 });
  expect(outcome!.result.sales.dataRows).toBe(17);
  expect(outcome!.analysis.ids).toContain('C008');
  fireEvent.click(screen.getByRole('tab', { name: /Datos/ }));
  await screen.findByText('Ventas: 17 filas (sin cambios desde el último análisis)');
}, 120_000);

test('the sales headers changed: no one-click run; the pane asks to check the columns first', async () => {
  const { wb } = await analysed();
  wb.setCells('Ventas', 'A1', [['Nº factura', 'Fecha']]);
  mount(wb);
  await screen.findByText(/Las columnas de Ventas cambiaron desde el último análisis/);
  expect(screen.queryByRole('button', { name: 'Volver a analizar' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Revisar las columnas' }));
  await screen.findByRole('region', { name: 'Columnas de ventas' });
  fireEvent.click(screen.getByRole('tab', { name: /Datos/ }));
  expect(await screen.findByRole('button', { name: 'Volver a analizar' })).toBeEnabled();
});

test('rows typed below the sales while the pane is open: the count follows (worksheets.onChanged)', async () => {
  const { wb } = await analysed();
  mount(wb);
  await screen.findByText('Ventas: 11 filas (sin cambios desde el último análisis)');
  // the handler is registered in a batch of its own
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  wb.edit('Ventas', 'A13:D13', [[45900, 'F012', 'C008', 700]]);
  await screen.findByText('Ventas: 12 filas (+1 desde el último análisis)');
  wb.edit('Ventas', 'D1', [['Total']]);
  await screen.findByText(/Las columnas de Ventas cambiaron desde el último análisis/);
});

test('"Quitar las salidas de Cartera", confirmed: the workbook as before the first run', async () => {
  const { wb, before } = await analysed();
  mount(wb);
  fireEvent.click(await screen.findByRole('button', { name: 'Quitar las salidas de Cartera' }));
  fireEvent.click(screen.getByRole('button', { name: 'Sí, quitarlas' }));
  await screen.findByText(/^Se quitaron \d+ hojas y 0 columnas de Cartera/);
  expect(modelSnapshot(wb, { ignoreIds: true })).toBe(before);
  expect(screen.queryByRole('button', { name: 'Volver a analizar' })).toBeNull();
});
