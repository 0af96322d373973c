// Issue #18 in the pane: a workbook analysed from a stored address offers "Convertir «Ventas!A1:D18» en
// tabla para que crezca sola"; accepting makes the table, stores it as the source and keeps the mapping.
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { localEngine } from '../../src/excel/localEngine';
import { runAnalysis } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import { createController } from '../../src/taskpane/controller';
import { TaskpaneApp } from '../../src/taskpane/TaskpaneApp';
import { smallWorkbook } from '../excel/fixtures';
import { appendMonths } from '../excel/monthlyFixture';

jest.mock('@fluentui/react-charts', () => jest.requireActual('./chartMock'));

const engine = { ...localEngine(), dispose: () => undefined };
const SALES = { kind: 'address', address: 'Ventas!A1:D12' } as const;
const MAPPING = { date: 0, invoice: 1, client: 2, amount: 3 };

afterEach(cleanup);

test('a stored address: the offer, then a table named after the sheet becomes the stored source', async () => {
  const wb = smallWorkbook();
  await runAnalysis(wb.run.bind(wb) as ExcelRun, { sales: SALES, locale: 'es' });
  wb.model.settings.set('Cartera.pane', JSON.stringify({ sales: SALES, salesMapping: MAPPING }));
  appendMonths(wb);
  const before = wb.values('Ventas');
  const controller = createController((batch) => wb.run(batch), 'es', engine);
  render(<TaskpaneApp controller={controller} locale="es" />);

  await screen.findByText('Convertir «Ventas!A1:D18» en tabla para que crezca sola');
  fireEvent.click(screen.getByRole('button', { name: 'Convertir en tabla' }));
  await screen.findByText(
    '«Ventas!A1:D18» es ahora la tabla Tabla_Ventas: los análisis leerán también las filas que añada.',
  );
  expect(wb.tables().map((t) => t.name)).toEqual(expect.arrayContaining(['Tabla_Ventas']));
  expect(wb.values('Ventas')).toEqual(before);
  const stored = JSON.parse(String(wb.settings()['Cartera.pane']));
  expect(stored.sales).toEqual({ kind: 'table', name: 'Tabla_Ventas' });
  expect(stored.salesMapping).toEqual(MAPPING);
  // a table grows by itself: no offer any more, and the one-click run is there
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Convertir en tabla' })).toBeNull());
  expect(screen.getByRole('button', { name: 'Volver a analizar' })).toBeEnabled();
}, 120_000);

test('a source that is a table already: no offer', async () => {
  const wb = smallWorkbook();
  await wb.run(async (context) => {
    context.workbook.tables.add('Ventas!A1:D12', true).name = 'MisVentas';
    await context.sync();
  });
  const source = { kind: 'table', name: 'MisVentas' } as const;
  await runAnalysis(wb.run.bind(wb) as ExcelRun, { sales: source, locale: 'es' });
  wb.model.settings.set('Cartera.pane', JSON.stringify({ sales: source, salesMapping: MAPPING }));
  render(<TaskpaneApp controller={createController((batch) => wb.run(batch), 'es', engine)} locale="es" />);
  await screen.findByRole('button', { name: 'Volver a analizar' });
  expect(screen.queryByRole('button', { name: 'Convertir en tabla' })).toBeNull();
}, 120_000);
