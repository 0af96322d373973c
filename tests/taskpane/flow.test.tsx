// The whole pane on the real controller and a simulated workbook (src/host): data → columns → quality →
// options → run → results → client card → segment → create list, a cancelled run, a bad selection,
// and the settings remembered by the workbook. jest-axe on every step.
import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { axe, toHaveNoViolations } from 'jest-axe';
import { localEngine } from '../../src/excel/localEngine';
import type { SimWorkbook } from '../../src/host';
import { createController, type RunOutcome } from '../../src/taskpane/controller';
import { TaskpaneApp } from '../../src/taskpane/TaskpaneApp';
import { snapshot, taskpaneWorkbook } from './fixtures';

jest.mock('@fluentui/react-charts', () => jest.requireActual('./chartMock'));
expect.extend(toHaveNoViolations);

// As the worker does: the sales of the last analysis stay with the engine, which answers the card's history.
const engine = { ...localEngine(), dispose: () => undefined };

function mount(wb: SimWorkbook, onOutcome?: (o: RunOutcome) => void) {
  const controller = createController((batch) => wb.run(batch), 'es', engine);
  return render(<TaskpaneApp controller={controller} locale="es" onOutcome={onOutcome} />);
}

async function noAxeViolations(container: HTMLElement) {
  const results = await axe(container, { rules: { region: { enabled: false } } });
  expect(results).toHaveNoViolations();
}

const tab = (name: RegExp) => fireEvent.click(screen.getByRole('tab', { name }));
const section = (name: string) => screen.getByRole('region', { name });
const sheetNames = (wb: SimWorkbook) => wb.sheets().map((s) => s.name);
const userCells = (wb: SimWorkbook, sheet: string, address: string) =>
  JSON.stringify(wb.values(sheet, address)) + JSON.stringify(address.split(':').map((a) => wb.cell(sheet, a).numberFormat));

afterEach(cleanup);

test('the whole flow on a small workbook', async () => {
  const wb = taskpaneWorkbook();
  const salesBefore = snapshot(wb, 'Ventas');
  const clientsBefore = userCells(wb, 'Clientes', 'A1:I7');
  let outcome: RunOutcome | null = null;
  const { container } = mount(wb, (o) => (outcome = o));

  // First run: the hint, no sample button outside the playground.
  await screen.findByText('¿Primera vez?');
  expect(screen.queryByRole('button', { name: 'Cargar los datos de ejemplo' })).toBeNull();
  await noAxeViolations(container);

  // 1. Data: a blank selection is refused with a message naming the range.
  act(() => wb.select('Ventas', 'H1:J5'));
  fireEvent.click(within(section('Ventas (obligatorio)')).getByRole('button', { name: 'Usar la selección' }));
  const alert = await screen.findByText(/^El rango Ventas!H1:H?J?5 está vacío\. Seleccione la tabla de datos/);
  expect(alert).toBeInTheDocument();
  expect(screen.getByText('No se pudo completar')).toBeInTheDocument();

  act(() => wb.select('Ventas', 'A1:E15'));
  fireEvent.click(within(section('Ventas (obligatorio)')).getByRole('button', { name: 'Usar la selección' }));
  await screen.findByText('Origen: Ventas!A1:E15 · 14 filas × 5 columnas');
  expect(screen.queryByText('No se pudo completar')).toBeNull();
  const preview = screen.getByRole('table', { name: 'Vista previa de Ventas!A1:E15' });
  expect(within(preview).getAllByRole('row')[1]).toHaveTextContent('01/01/2025F001C0011.000EUR');

  act(() => wb.select('Clientes', 'A1'));
  fireEvent.click(within(section('Lista de clientes (opcional)')).getByRole('button', { name: 'Usar la selección' }));
  await screen.findByText('Origen: Clientes!A1:I7 · 6 filas × 9 columnas');
  await noAxeViolations(container);

  // 2. Columns: the suggestion with its confidence; the quality check.
  tab(/Columnas/);
  const salesMap = section('Columnas de ventas');
  expect(within(salesMap).getByLabelText(/Cliente \(código\)/)).toHaveValue('2');
  expect(within(salesMap).getByLabelText(/^Fecha/)).toHaveValue('0');
  expect(within(salesMap).getByLabelText(/^Importe/)).toHaveValue('3');
  expect(within(salesMap).getByLabelText(/^Moneda/)).toHaveValue('4');
  expect(within(salesMap).getAllByText(/^confianza \d+ %$/).length).toBeGreaterThanOrEqual(4);
  const clientMap = section('Columnas de la lista de clientes');
  expect(within(clientMap).getByLabelText(/^Región/)).toHaveValue('2');
  expect(within(clientMap).getByLabelText(/^Fecha de nacimiento/)).toHaveValue('4');
  fireEvent.click(screen.getByRole('button', { name: 'Revisar la calidad de los datos' }));
  const quality = await screen.findByRole('table', { name: 'Calidad de los datos' });
  const figure = (label: string) => within(quality).getByText(label).closest('tr')!.textContent!.slice(label.length);
  expect(figure('Filas leídas')).toBe('14');
  expect(figure('Filas usadas')).toBe('12');
  expect(figure('Filas rechazadas')).toBe('2');
  expect(figure('Filas en blanco')).toBe('0');
  expect(figure('Clientes no presentes en la lista')).toBe('1');
  const reasons = screen.getByRole('table', { name: 'Motivos de rechazo' });
  expect(within(reasons).getByText('Falta el código de cliente').closest('tr')).toHaveTextContent('1');
  expect(within(reasons).getByText('Fecha no válida').closest('tr')).toHaveTextContent('1');
  expect(screen.getByText(/hoja «Calidad de datos»/)).toBeInTheDocument();
  await noAxeViolations(container);

  // 3. Options: the defaults.
  tab(/Opciones/);
  expect(screen.getByLabelText('Fecha de análisis')).toHaveValue('');
  expect(screen.getByLabelText('Umbral A (%)')).toHaveValue(80);
  expect(screen.getByLabelText('Umbral B (%)')).toHaveValue(95);
  expect(screen.getByRole('option', { name: 'Margen' })).toBeDisabled();
  await noAxeViolations(container);

  // 4. Run, cancelled first: nothing is written.
  tab(/Ejecutar/);
  const sheetsBefore = sheetNames(wb);
  fireEvent.click(screen.getByRole('button', { name: 'Analizar la cartera' }));
  fireEvent.click(screen.getByRole('button', { name: 'Cancelar' }));
  await screen.findByText('Análisis cancelado: el libro queda como estaba.');
  expect(sheetNames(wb)).toEqual(sheetsBefore);
  expect(snapshot(wb, 'Ventas')).toBe(salesBefore);
  expect(userCells(wb, 'Clientes', 'A1:I7')).toBe(clientsBefore);
  await noAxeViolations(container);

  // … then for real.
  fireEvent.click(screen.getByRole('button', { name: 'Analizar la cartera' }));
  await screen.findByText('Ventas 12 meses', { selector: 'dt' }, { timeout: 15_000 });
  expect(screen.getByRole('tab', { name: /Resultados/ })).toHaveAttribute('aria-selected', 'true');

  // 5. Results: KPIs computed by hand (see fixtures.ts).
  const kpi = (label: string) =>
    screen.getByText(label, { selector: 'dt' }).nextElementSibling!.textContent!.replace(/[\u00a0\u202f]/g, ' ');
  expect(kpi('Clientes')).toBe('7');
  expect(kpi('Ventas 12 meses')).toBe('12.900,00 €');
  expect(kpi('Activos')).toBe('0');
  expect(kpi('En riesgo')).toBe('1');
  expect(kpi('Peso de los clientes A')).toBe('93,0 %');
  const statuses = screen.getByRole('table', { name: 'Estado de los clientes' });
  expect(within(statuses).getByText('Nuevo').closest('tr')).toHaveTextContent('Nuevo48.400,00 €');
  expect(within(statuses).getByText('En riesgo').closest('tr')).toHaveTextContent('En riesgo14.000,00 €');
  expect(await screen.findByTestId('pareto-chart')).toBeInTheDocument();
  await noAxeViolations(container);

  // The sheets were written; the user's cells were not touched.
  expect(sheetNames(wb)).toEqual(expect.arrayContaining(['Cartera - Resumen', 'Cartera - Clientes', 'Cartera - Calidad de datos']));
  expect(snapshot(wb, 'Ventas')).toBe(salesBefore);
  expect(userCells(wb, 'Clientes', 'A1:I7')).toBe(clientsBefore);
  expect(outcome).not.toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Ir a la hoja Cartera - ABC' }));
  await waitFor(() => expect(wb.activeSheet()).toBe('Cartera - ABC'));

  // Client card: select Ana García's row in the client list.
  await act(async () => {
    wb.select('Clientes', 'B2');
    await wb.flushEvents();
  });
  tab(/Cliente$/);
  await screen.findByRole('heading', { name: 'Ana García' });
  expect(screen.getByText('Última compra hace 90 días, más de 1,5 veces su frecuencia habitual (30 días).')).toBeInTheDocument();
  expect(screen.getByText('Clase A')).toBeInTheDocument();
  expect(screen.getByText('Última compra', { selector: 'dt' }).nextElementSibling).toHaveTextContent('01/04/2025');
  expect(screen.getByText('cada 30 días')).toBeInTheDocument();
  expect(screen.getByText(/Llamar o visitar pronto/)).toBeInTheDocument();
  expect(screen.getByText(/Cliente clave/)).toBeInTheDocument();
  // contact details from the list; never visited → the visit is due today; her history from the engine
  expect(within(screen.getByTestId('card-contacts')).getByRole('link', { name: 'ana@example.es' })).toBeInTheDocument();
  expect(screen.getByTestId('card-contacts')).toHaveTextContent('+34 600 000 001');
  expect(screen.getByTestId('card-next-visit')).toHaveTextContent('30/06/2025 Para hoy');
  const invoices = await screen.findByTestId('card-invoices');
  expect(within(invoices).getAllByRole('row')[1]).toHaveTextContent('01/04/2025F004');
  expect(within(screen.getByTestId('card-months')).getAllByRole('listitem')).toHaveLength(12);
  await noAxeViolations(container);

  // Visits: the first salesperson group (no salesperson column here: everyone unassigned), due today first.
  tab(/Visitas/);
  const agenda = screen.getByRole('table', { name: /Agenda: próximas 4 semanas/ });
  expect(within(agenda).getAllByRole('row')[1]).toHaveTextContent('Para hoy');
  await noAxeViolations(container);
  tab(/Cliente$/);

  // Another row, another client.
  await act(async () => {
    wb.select('Clientes', 'A5');
    await wb.flushEvents();
  });
  await screen.findByRole('heading', { name: 'Dolores Gil' });

  // Campaign: "A clients at risk in the North region".
  tab(/Campañas/);
  await noAxeViolations(container);
  const group = screen.getByRole('region', { name: 'Grupo 1 (se cumplen todas)' });
  const pick = (n: number, label: string, value: string) =>
    fireEvent.change(within(within(group).getByRole('group', { name: `Condición ${n} del grupo 1` })).getByLabelText(label), {
      target: { value },
    });
  pick(1, 'Campo', 'abc');
  pick(1, 'Valor', 'A');
  fireEvent.click(within(group).getByRole('button', { name: 'Añadir condición' }));
  pick(2, 'Campo', 'status');
  pick(2, 'Valor', 'at_risk');
  fireEvent.click(within(group).getByRole('button', { name: 'Añadir condición' }));
  pick(3, 'Campo', 'Zona');
  pick(3, 'Valor', 'Norte');
  expect(screen.getByRole('status')).toHaveTextContent('1 cliente (14,3 %) · 4.000,00 €');
  fireEvent.change(screen.getByLabelText('Nombre del segmento'), { target: { value: 'Clientes A en riesgo: Norte' } });
  fireEvent.click(screen.getByRole('button', { name: 'Guardar segmento' }));
  await screen.findByText('Segmento «Clientes A en riesgo: Norte» guardado en el libro.');
  fireEvent.click(screen.getByRole('button', { name: 'Crear lista' }));
  await screen.findByText('Lista creada en la hoja «Clientes A en riesgo- Norte».');
  await noAxeViolations(container);

  const list = wb.tables().find((t) => t.sheet === 'Clientes A en riesgo- Norte')!;
  expect(list.headers).toEqual([
    'Código cliente',
    'Razón social',
    'Email',
    'Teléfono',
    'Zona',
    'Clase ABC',
    'Estado',
    'Segmento RFM',
    'Ventas 12 meses',
  ]);
  const rows = wb.values('Clientes A en riesgo- Norte', list.address.split('!')[1]);
  expect(rows).toHaveLength(2);
  expect(rows[1].slice(0, 7)).toEqual(['C001', 'Ana García', 'ana@example.es', '+34 600 000 001', 'Norte', 'A', 'En riesgo']);
  expect(rows[1][8]).toBe(4000);
  // The phone stays text, never a formula (its cell is column D of the table's first data row).
  const [, listRange] = list.address.split('!');
  const first = /^([A-Z]+)(\d+):/.exec(listRange)!;
  expect(first[1]).toBe('A');
  const phone = wb.cell('Clientes A en riesgo- Norte', Number(first[2]), 3);
  expect(phone.formula ?? null).toBeNull();
  expect(phone.value).toBe('+34 600 000 001');
  expect(snapshot(wb, 'Ventas')).toBe(salesBefore);

  // "Crear lista" again: the pane asks; "Sustituir" rewrites the same sheet, no second sheet.
  const sheetsWithList = sheetNames(wb);
  fireEvent.click(screen.getByRole('button', { name: 'Crear lista' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Sustituir' }));
  await screen.findByText('Lista sustituida en la hoja «Clientes A en riesgo- Norte».');
  expect(sheetNames(wb)).toEqual(sheetsWithList);
  expect(wb.tables().filter((t) => t.sheet === 'Clientes A en riesgo- Norte').map((t) => t.name)).toEqual(['Cartera_Lista']);

  // Remembered per workbook: a new pane on the same workbook starts where this one left off.
  cleanup();
  mount(wb);
  await screen.findByText('Origen: Ventas!A1:E15 · 14 filas × 5 columnas');
  expect(await screen.findByText('Origen: Clientes!A1:I7 · 6 filas × 9 columnas')).toBeInTheDocument();
  expect(screen.queryByText('¿Primera vez?')).toBeNull();
  tab(/Campañas/);
  expect(screen.getByText('Ejecute primero el análisis: los segmentos usan sus resultados.')).toBeInTheDocument();
}, 600_000); // ≈ 9 s of CPU (6 s of it axe), 183 s with two CPU hogs beside five other jobs on 2 cores
