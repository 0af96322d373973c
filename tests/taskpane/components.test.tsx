// Components on a fake controller: errors, cancellation, progress, first run, settings, languages,
// theme, the mapping editor, option checks and the segment builder (the seeds' example by hand).
import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { axe, toHaveNoViolations } from 'jest-axe';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { dayFromYmd } from '../../src/engine/dates';
import { segmentFields } from '../../src/engine/segments';
import { CarteraError, type ClientsData } from '../../src/engine/types';
import type { Progress } from '../../src/taskpane/controller';
import { MappingEditor } from '../../src/taskpane/MappingEditor';
import { OptionsStep } from '../../src/taskpane/OptionsStep';
import { defaultPaneOptions } from '../../src/taskpane/paneOptions';
import { RunStep } from '../../src/taskpane/RunStep';
import { SegmentBuilder } from '../../src/taskpane/SegmentBuilder';
import { TaskpaneApp } from '../../src/taskpane/TaskpaneApp';
import '../../src/taskpane/messages';
import { fakeController, SALES_INFO } from './fakeController';

jest.mock('@fluentui/react-charts', () => jest.requireActual('./chartMock'));
expect.extend(toHaveNoViolations);
afterEach(cleanup);
const tab = (name: RegExp) => fireEvent.click(screen.getByRole('tab', { name }));
const inFluent = (node: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

async function chooseSales() {
  fireEvent.click(
    within(screen.getByRole('region', { name: 'Ventas (obligatorio)' })).getByRole('button', {
      name: 'Usar la selección',
    }),
  );
  await screen.findByText('Origen: Ventas!A1:C1201 · 1.200 filas × 3 columnas');
}

test('a failed step shows what to do in a message bar, which can be dismissed', async () => {
  const controller = fakeController({
    open: jest.fn(async () => {
      throw new CarteraError(
        'no_header',
        'No se encontró una fila de títulos en Ventas!A1:C9. Seleccione el rango incluyendo su fila de títulos.',
      );
    }),
  });
  render(<TaskpaneApp controller={controller} locale="es" />);
  fireEvent.click(
    within(screen.getByRole('region', { name: 'Ventas (obligatorio)' })).getByRole('button', {
      name: 'Usar la selección',
    }),
  );
  expect(await screen.findByText(/No se encontró una fila de títulos en Ventas!A1:C9/)).toBeInTheDocument();
  expect(screen.getByText('No se pudo completar')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Cerrar el aviso' }));
  expect(screen.queryByText('No se pudo completar')).toBeNull();
});

test('an unexpected error says the workbook was not changed', async () => {
  const controller = fakeController({
    open: jest.fn(async () => Promise.reject(new TypeError('x is undefined'))),
  });
  render(<TaskpaneApp controller={controller} locale="es" />);
  fireEvent.click(
    within(screen.getByRole('region', { name: 'Ventas (obligatorio)' })).getByRole('button', {
      name: 'Usar la selección',
    }),
  );
  expect(
    await screen.findByText(
      'Error inesperado: x is undefined. El libro no se ha modificado; vuelva a intentarlo.',
    ),
  ).toBeInTheDocument();
});

test('the run shows one bar per stage; Cancel stops it and says the workbook is as it was', async () => {
  let emit: (p: Progress) => void = () => undefined;
  const controller = fakeController({
    run: jest.fn(
      (_req, onProgress, signal) =>
        new Promise((_, reject) => {
          emit = onProgress;
          signal.addEventListener('abort', () => reject(new CarteraError('cancelled', 'cancelled')));
        }),
    ),
  });
  const { container } = render(<TaskpaneApp controller={controller} locale="es" />);
  await chooseSales();
  tab(/Ejecutar/);
  fireEvent.click(screen.getByRole('button', { name: 'Analizar la cartera' }));
  await waitFor(() => expect(controller.run).toHaveBeenCalled());
  // The settings are saved when the run starts (sources, mapping, options, outputs).
  expect(controller.saveSettings).toHaveBeenCalledWith(
    expect.objectContaining({
      sales: { kind: 'address', address: SALES_INFO.address },
      outputs: { columns: true, sheets: true, charts: true },
    }),
  );
  const request = (controller.run as jest.Mock).mock.calls[0][0];
  expect(request.salesMapping).toEqual({ date: 0, client: 1, amount: 2 });
  expect(request.outputs).toEqual({ columns: false, sheets: true, charts: true });
  expect(request.clients).toBeNull();
  expect(request.visits).toBeNull();
  act(() => emit({ stage: 'read', stageFraction: 0.5, fraction: 0.2 }));
  act(() => emit({ stage: 'clean', stageFraction: 0.25, fraction: 0.46 }));
  const bar = (name: string) => screen.getByRole('progressbar', { name: new RegExp(`^${name} · `) });
  expect(bar('Leyendo')).toHaveAttribute('aria-valuenow', '1');
  expect(bar('Depurando')).toHaveAttribute('aria-valuenow', '0.25');
  expect(bar('Analizando')).toHaveAttribute('aria-valuenow', '0');
  expect(screen.getByText('Depurando · 25 %')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Analizar la cartera' })).toBeDisabled();
  await act(async () => {
    expect(await axe(container, { rules: { region: { enabled: false } } })).toHaveNoViolations();
  });
  fireEvent.click(screen.getByRole('button', { name: 'Cancelar' }));
  expect(await screen.findByText('Análisis cancelado: el libro queda como estaba.')).toBeInTheDocument();
  expect(bar('Leyendo')).toHaveAttribute('aria-valuenow', '0');
  expect(screen.queryByRole('button', { name: 'Cancelar' })).toBeNull();
  expect(screen.queryByText('No se pudo completar')).toBeNull();
});

test("a run that fails shows the engine's error in the user's language, from its code and parameters", async () => {
  const controller = fakeController({
    run: jest.fn(async () => {
      // as the engine throws it: an English developer message, the code and its parameters
      throw new CarteraError('mixed_currency', 'Column D (Moneda) mixes currencies', {
        sheet: 'Ventas',
        column: 'D (Moneda)',
        currency: 'EUR',
        currencyRow: 2,
        other: 'USD',
        row: 5,
      });
    }),
  });
  render(<TaskpaneApp controller={controller} locale="es" />);
  await chooseSales();
  tab(/Ejecutar/);
  fireEvent.click(screen.getByRole('button', { name: 'Analizar la cartera' }));
  expect(
    await screen.findByText(
      'La columna D (Moneda) de la hoja «Ventas» mezcla monedas: EUR (fila 2) y USD (fila 5). Analice una moneda cada vez o convierta antes los importes a una sola moneda.',
    ),
  ).toBeInTheDocument();
});

test('Run is blocked until the sales are chosen', async () => {
  render(<TaskpaneApp controller={fakeController()} locale="es" />);
  tab(/Ejecutar/);
  expect(screen.getByRole('button', { name: 'Analizar la cartera' })).toBeDisabled();
  expect(screen.getByText('Elija primero el rango de ventas en «Datos».')).toBeInTheDocument();
});

test('first run: the hint loads the sample when the host offers one', async () => {
  const onLoadSample = jest.fn(async () => undefined);
  const controller = fakeController();
  render(<TaskpaneApp controller={controller} locale="es" onLoadSample={onLoadSample} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Cargar los datos de ejemplo' }));
  await waitFor(() => expect(onLoadSample).toHaveBeenCalledTimes(1));
  await waitFor(() => expect(screen.queryByText('¿Primera vez?')).toBeNull());
  expect(controller.listTables).toHaveBeenCalledTimes(2);
});

test('remembered settings fill the sources, mapping, options and segments', async () => {
  const controller = fakeController({
    loadSettings: jest.fn(async () => ({
      sales: { kind: 'table' as const, name: 'Ventas' },
      visits: { kind: 'address' as const, address: 'Visitas!A1:C9' },
      salesMapping: { client: 1, date: 0, quantity: 2, price: 2 },
      options: { abcA: 0.7, abcB: 0.9, newDays: 60 },
      outputs: { columns: true, sheets: false, charts: true },
      segments: [{ version: 1, name: 'Norte', groups: [] }, { broken: true }],
    })),
    listTables: jest.fn(async () => [
      { name: 'Ventas', sheet: 'Ventas', address: 'Ventas!A1:C1201', rows: 1200, columns: 3, headers: [] },
    ]),
  });
  render(<TaskpaneApp controller={controller} locale="es" />);
  await screen.findByText('Origen: Ventas!A1:C1201 · 1.200 filas × 3 columnas');
  expect(controller.open).toHaveBeenCalledWith({ kind: 'table', name: 'Ventas' });
  await waitFor(() =>
    expect(controller.open).toHaveBeenCalledWith({ kind: 'address', address: 'Visitas!A1:C9' }),
  );
  expect(
    await within(screen.getByRole('region', { name: 'Registro de visitas (opcional)' })).findByText(
      'Origen: Visitas!A1:C9 · 8 filas × 3 columnas',
    ),
  ).toBeInTheDocument();
  expect(screen.queryByText('¿Primera vez?')).toBeNull();
  expect(
    within(screen.getByRole('region', { name: 'Ventas (obligatorio)' })).getByLabelText('Tabla de Excel'),
  ).toHaveValue('Ventas');
  tab(/Columnas/);
  expect(screen.getByLabelText(/^Cantidad/)).toHaveValue('2');
  tab(/Opciones/);
  expect(screen.getByLabelText('Umbral A (%)')).toHaveValue(70);
  expect(screen.getByLabelText('Cliente nuevo: primera compra hace menos de (días)')).toHaveValue(60);
  expect(
    screen.getByRole('checkbox', { name: 'Hojas de resumen (tablas listas para tablas dinámicas)' }),
  ).not.toBeChecked();
});

test('Portuguese and English, and the dark theme', async () => {
  const { unmount } = render(<TaskpaneApp controller={fakeController()} locale="pt-BR" theme="dark" />);
  expect(screen.getByRole('heading', { name: 'Carteira de clientes' })).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: '1. Dados' })).toBeInTheDocument();
  const styles = [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
    .join('\n');
  expect(styles).toMatch(/--colorNeutralBackground1:\s*#292929/);
  unmount();
  render(<TaskpaneApp controller={fakeController()} locale="en" />);
  expect(screen.getByRole('tab', { name: '5. Results' })).toBeInTheDocument();
  expect(screen.getAllByRole('button', { name: 'Use the selection' })).toHaveLength(3);
});

test('mapping editor: a column plays one role; the confidence badge shows until the user changes it', () => {
  const onChange = jest.fn();
  inFluent(
    <MappingEditor
      id="m"
      locale="es"
      title="Columnas de ventas"
      roles={['client', 'date', 'amount']}
      required={['client']}
      headers={['Fecha', 'Cliente', 'Total']}
      mapping={{ client: 1, date: 0, amount: 2 }}
      suggested={{ client: 1, date: 0, amount: 2 }}
      confidence={{ client: 0.95, date: 0.6, amount: 0.3 }}
      onChange={onChange}
    />,
  );
  expect(screen.getByText('confianza 95 %')).toBeInTheDocument();
  expect(screen.getByText('confianza 60 %')).toBeInTheDocument();
  fireEvent.change(screen.getByLabelText(/^Fecha/), { target: { value: '2' } });
  expect(onChange).toHaveBeenCalledWith({ client: 1, date: 2 });
  fireEvent.change(screen.getByLabelText(/^Importe/), { target: { value: '' } });
  expect(onChange).toHaveBeenLastCalledWith({ client: 1, date: 0 });
});

test('options: B below A is refused with a message and Next is disabled', async () => {
  const onChange = jest.fn();
  const { container } = inFluent(
    <OptionsStep
      locale="es"
      options={{ ...defaultPaneOptions, abcA: 90, abcB: 85 }}
      hasMargin={false}
      hasClientList={false}
      onChange={onChange}
      onNext={() => undefined}
    />,
  );
  expect(screen.getByText('El umbral B no puede ser menor que el A.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Siguiente: ejecutar' })).toBeDisabled();
  expect(
    screen.getByRole('checkbox', { name: 'Columnas de clasificación junto a los clientes' }),
  ).toBeDisabled();
  fireEvent.change(screen.getByLabelText('Modo'), { target: { value: 'count' } });
  expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ abcMode: 'count', abcA: 20, abcB: 50 }));
  expect(await axe(container)).toHaveNoViolations();
});

describe('segment builder', () => {
  // Five clients: who are women aged 30–45 with medium-high income? #1 (40) and #4 (30).
  const asOf = dayFromYmd(2025, 6, 30);
  const text = (labels: string[], codes: number[]) => ({
    kind: 'text' as const,
    labels,
    codes: Int32Array.from(codes),
  });
  const clients: ClientsData = {
    ids: ['1', '2', '3', '4', '5'],
    inList: new Uint8Array(5).fill(1),
    listRow: Int32Array.from([2, 3, 4, 5, 6]),
    attributes: {
      Sexo: text(['Mujer', 'Hombre'], [0, 0, 1, 0, 0]),
      'Fecha de nacimiento': {
        kind: 'date',
        values: Float64Array.from([
          dayFromYmd(1985, 3, 10),
          dayFromYmd(1999, 1, 1),
          dayFromYmd(1980, 5, 5),
          dayFromYmd(1995, 6, 30),
          dayFromYmd(1979, 7, 1),
        ]),
      },
      'Nivel de ingresos': text(['Medio-alto', 'Alto'], [0, 0, 0, 0, 1]),
    },
    roles: { gender: 'Sexo', birthDate: 'Fecha de nacimiento', income: 'Nivel de ingresos' },
    special: null,
  };
  const fields = segmentFields({ clients, asOf, abc: Uint8Array.from([0, 0, 0, 1, 2]) });
  const revenue = Float64Array.from([400000, 200000, 600000, 50000, 30000]);

  test("the seeds' example, condition by condition, with a live count and revenue; save and create list", async () => {
    const onSave = jest.fn();
    const onCreateList = jest.fn();
    const { container } = inFluent(
      <SegmentBuilder
        locale="es"
        fields={fields}
        revenueCents={revenue}
        currency="EUR"
        saved={[]}
        busy={false}
        onSave={onSave}
        onCreateList={onCreateList}
      />,
    );
    const status = () => screen.getByRole('status').textContent!.replace(/[\u00a0\u202f]/g, ' ');
    expect(status()).toBe('5 clientes (100,0 %) · 12.800,00 €');
    const condition = (n: number) =>
      within(screen.getByRole('group', { name: `Condición ${n} del grupo 1` }));
    fireEvent.change(condition(1).getByLabelText('Campo'), { target: { value: 'Sexo' } });
    fireEvent.change(condition(1).getByLabelText('Valor'), { target: { value: 'Mujer' } });
    expect(status()).toBe('4 clientes (80,0 %) · 6.800,00 €');
    fireEvent.click(screen.getByRole('button', { name: 'Añadir condición' }));
    fireEvent.change(condition(2).getByLabelText('Campo'), { target: { value: 'age' } });
    expect(condition(2).getByLabelText('Campo')).toHaveDisplayValue('Edad');
    fireEvent.change(condition(2).getByLabelText('Operador'), { target: { value: 'between' } });
    fireEvent.change(condition(2).getByLabelText('Desde'), { target: { value: '30' } });
    expect(status()).toBe('3 clientes (60,0 %) · 4.800,00 €');
    fireEvent.change(condition(2).getByLabelText('Hasta'), { target: { value: '45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Añadir condición' }));
    fireEvent.change(condition(3).getByLabelText('Campo'), { target: { value: 'Nivel de ingresos' } });
    fireEvent.change(condition(3).getByLabelText('Valor'), { target: { value: 'Medio-alto' } });
    expect(status()).toBe('2 clientes (40,0 %) · 4.500,00 €');
    // A value that is not a number is flagged and left out of the count.
    fireEvent.change(condition(2).getByLabelText('Hasta'), { target: { value: 'cuarenta' } });
    expect(screen.getByText('Escriba un número.')).toBeInTheDocument();
    fireEvent.change(condition(2).getByLabelText('Hasta'), { target: { value: '45' } });
    expect(await axe(container)).toHaveNoViolations();

    expect(screen.getByRole('button', { name: 'Guardar segmento' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Nombre del segmento'), {
      target: { value: 'Mujeres 30–45 medio-alto' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar segmento' }));
    expect(onSave).toHaveBeenCalledWith({
      version: 1,
      name: 'Mujeres 30–45 medio-alto',
      groups: [
        {
          conditions: [
            { field: 'Sexo', op: 'equals', value: 'Mujer' },
            { field: 'age', op: 'between', values: ['30', '45'] },
            { field: 'Nivel de ingresos', op: 'equals', value: 'Medio-alto' },
          ],
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Crear lista' }));
    expect(Array.from(onCreateList.mock.calls[0][1] as Uint8Array)).toEqual([1, 0, 0, 1, 0]);
  });

  test('OR between groups; "is one of" with checkboxes; code values shown in the language', () => {
    inFluent(
      <SegmentBuilder
        locale="es"
        fields={fields}
        revenueCents={revenue}
        saved={[]}
        busy={false}
        onSave={jest.fn()}
        onCreateList={jest.fn()}
      />,
    );
    const status = () => screen.getByRole('status').textContent!.replace(/[\u00a0\u202f]/g, ' ');
    const group1 = within(screen.getByRole('group', { name: 'Condición 1 del grupo 1' }));
    fireEvent.change(group1.getByLabelText('Campo'), { target: { value: 'abc' } });
    fireEvent.change(group1.getByLabelText('Operador'), { target: { value: 'in' } });
    expect(group1.getByRole('checkbox', { name: 'N (sin valor)' })).toBeInTheDocument();
    fireEvent.click(group1.getByRole('checkbox', { name: 'B' }));
    fireEvent.click(group1.getByRole('checkbox', { name: 'C' }));
    expect(status()).toBe('2 clientes (40,0 %) · 800,00');
    fireEvent.click(screen.getByRole('button', { name: 'Añadir grupo (O)' }));
    const group2 = within(screen.getByRole('group', { name: 'Condición 1 del grupo 2' }));
    fireEvent.change(group2.getByLabelText('Campo'), { target: { value: 'Sexo' } });
    fireEvent.change(group2.getByLabelText('Valor'), { target: { value: 'Hombre' } });
    expect(status()).toBe('3 clientes (60,0 %) · 6.800,00');
    fireEvent.click(screen.getByRole('button', { name: 'Quitar Condición 1 del grupo 1' }));
    expect(status()).toBe('1 cliente (20,0 %) · 6.000,00');
  });

  test('a saved segment opens in the builder', () => {
    inFluent(
      <SegmentBuilder
        locale="es"
        fields={fields}
        revenueCents={revenue}
        saved={[
          {
            version: 1,
            name: 'Hombres',
            groups: [{ conditions: [{ field: 'Sexo', op: 'equals', value: 'Hombre' }] }],
          },
        ]}
        busy={false}
        onSave={jest.fn()}
        onCreateList={jest.fn()}
      />,
    );
    fireEvent.change(screen.getByLabelText('Segmentos guardados'), { target: { value: 'Hombres' } });
    expect(screen.getByLabelText('Nombre del segmento')).toHaveValue('Hombres');
    expect(screen.getByRole('status').textContent!.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      '1 cliente (20,0 %) · 6.000,00',
    );
  });
});

describe('RunStep', () => {
  const props = (rowsRead: number | null) => ({
    salesAddress: 'ventas.csv',
    clientsAddress: null,
    blocked: null,
    running: true,
    progress: { read: 0.42, clean: 0, analyse: 0, write: 0 },
    rowsRead,
    notice: null,
    onRun: jest.fn(),
    onCancel: jest.fn(),
  });

  test('the reading bar says how many rows were read, in the user’s language', () => {
    const label = () =>
      screen.getByText(/^(Leyendo|Lendo|A ler|Reading)/).textContent!.replace(/[\u00a0\u202f]/g, ' ');
    for (const [locale, text] of [
      ['es', 'Leyendo · 42 % · 2.500.000 filas'],
      ['pt-BR', 'Lendo · 42% · 2.500.000 linhas'],
      ['pt-PT', 'A ler · 42% · 2 500 000 linhas'],
      ['en', 'Reading · 42% · 2,500,000 rows'],
    ] as const) {
      inFluent(<RunStep locale={locale} {...props(2_500_000)} />);
      expect(label()).toBe(text);
      cleanup();
    }
    inFluent(<RunStep locale="es" {...props(null)} />);
    expect(label()).toBe('Leyendo · 42 %');
  });
});
