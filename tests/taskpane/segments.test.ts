// Campaign segments on a real analysis of the fixture workbook: the seeds' two examples, the list sheet,
// comparisons and ordinal levels in the builder, replace-or-new when the list exists.
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { localEngine } from '../../src/excel/localEngine';
import { segmentMatches, type SegmentDefinition } from '../../src/engine/segments';
import { campaignFields } from '../../src/taskpane/campaignFields';
import { createController, type RunOutcome } from '../../src/taskpane/controller';
import { listSheetTitle, segmentListSheet } from '../../src/taskpane/segmentListSheet';
import { fieldChoices, opLabel, SegmentBuilder, segmentError } from '../../src/taskpane/SegmentBuilder';
import { CarteraError } from '../../src/engine/types';
import { conditionState, definitionOf, emptyCondition, opsFor } from '../../src/taskpane/segmentDraft';
import { taskpaneWorkbook } from './fixtures';

let outcome: RunOutcome;

beforeAll(async () => {
  const wb = taskpaneWorkbook();
  const controller = createController((b) => wb.run(b), 'es', { ...localEngine(), dispose: () => undefined });
  outcome = await controller.run(
    { sales: { kind: 'address', address: 'Ventas!A1:E15' }, clients: { kind: 'address', address: 'Clientes!A1:I7' }, options: {} },
    () => undefined,
    new AbortController().signal,
  );
});

const members = (def: SegmentDefinition) => {
  const mask = segmentMatches(def, campaignFields(outcome.analysis, outcome.result.clients));
  return outcome.analysis.ids.filter((_, i) => mask[i] === 1);
};

test('seeds: women aged 30–45 with medium-high income', () => {
  expect(
    members({
      version: 1,
      groups: [
        {
          conditions: [
            { field: 'Sexo', op: 'equals', value: 'mujer' },
            { field: 'age', op: 'between', values: [30, 45] },
            { field: 'Nivel de ingresos', op: 'equals', value: 'MEDIO-ALTO' },
          ],
        },
      ],
    }),
  ).toEqual(['C001', 'C004']);
});

test('seeds: A clients at risk in the North region', () => {
  expect(
    members({
      version: 1,
      groups: [
        {
          conditions: [
            { field: 'abc', op: 'equals', value: 'A' },
            { field: 'status', op: 'equals', value: 'at_risk' },
            { field: 'Zona', op: 'equals', value: 'Norte' },
          ],
        },
      ],
    }),
  ).toEqual(['C001']);
});

test('groups are OR-ed: new clients, or the prospect', () => {
  expect(
    members({
      version: 1,
      groups: [{ conditions: [{ field: 'status', op: 'equals', value: 'new' }] }, { conditions: [{ field: 'status', op: 'equals', value: 'prospect' }] }],
    }),
  ).toEqual(['C002', 'C003', 'C005', 'C006', 'C099']);
});

test('the list sheet: contact columns as text, classes, revenue; one row per member', () => {
  const fields = campaignFields(outcome.analysis, outcome.result.clients);
  const mask = segmentMatches(
    { version: 1, groups: [{ conditions: [{ field: 'Zona', op: 'equals', value: 'Norte' }] }] },
    fields,
  );
  const sheet = segmentListSheet({ analysis: outcome.analysis, clients: outcome.result.clients, mask, name: 'Norte: [todos]', locale: 'es', currency: 'EUR' });
  expect(sheet.title).toBe('Norte- -todos-');
  expect(sheet.subtitle).toBe('4 clientes · fecha de análisis 30/06/2025');
  const table = sheet.blocks[0];
  if (table.type !== 'table') throw new Error('not a table');
  expect(table.columns.map((c) => [c.header, c.kind])).toEqual([
    ['Código cliente', 'text'],
    ['Razón social', 'text'],
    ['Email', 'text'],
    ['Teléfono', 'text'],
    ['Zona', 'text'],
    ['Clase ABC', 'text'],
    ['Estado', 'text'],
    ['Segmento RFM', 'text'],
    ['Ventas 12 meses', 'money'],
  ]);
  expect(table.columns.filter((c) => c.kind === 'text').every((c) => c.numberFormat === '@')).toBe(true);
  expect(table.rows.map((r) => [r[0], r[1], r[5], r[6], r[8]])).toEqual([
    ['C001', 'Ana García', 'A', 'En riesgo', 4000],
    ['C003', 'Carlos Ruiz', 'A', 'Nuevo', 6000],
    ['C004', 'Dolores Gil', 'B', 'Inactivo', 500],
    // the prospect: no class, no RFM segment; its formula-like name is a text cell of a text column
    ['C006', '=HYPERLINK("http://x","Prospecto")', null, 'Potencial', 0],
  ]);
  expect(table.rows[3][7]).toBeNull();
});

test('sheet titles: forbidden characters replaced, 31 characters at most, a fallback when empty', () => {
  expect(listSheetTitle("'a/b\\c?d*e:f[g]h'", 'X')).toBe('a-b-c-d-e-f-g-h');
  expect(listSheetTitle('x'.repeat(40), 'X')).toHaveLength(31);
  expect(listSheetTitle('  ', 'Lista de campaña')).toBe('Lista de campaña');
  expect(listSheetTitle('x'.repeat(30) + '😀 más', 'X')).toBe('x'.repeat(30));
  expect(listSheetTitle('x'.repeat(29) + " 'y'", 'X')).toBe('x'.repeat(29));
});

test('the list has the criteria columns after the contact columns: age, income, a computed code, a date', () => {
  const fields = campaignFields(outcome.analysis, outcome.result.clients);
  const definition: SegmentDefinition = {
    version: 1,
    name: 'Mujeres 30–45 medio-alto',
    groups: [
      {
        conditions: [
          { field: 'Sexo', op: 'equals', value: 'mujer' },
          { field: 'age', op: 'gte', value: 30 },
          { field: 'age', op: 'lte', value: 45 },
          { field: 'Nivel de ingresos', op: 'equals', value: 'medio-alto' },
          { field: 'Zona', op: 'notEmpty' },
        ],
      },
      { conditions: [{ field: 'behaviour', op: 'notEmpty' }, { field: 'lastPurchase', op: 'gt', value: '2025-01-01' }] },
    ],
  };
  const mask = segmentMatches(definition, fields);
  const sheet = segmentListSheet({
    analysis: outcome.analysis,
    clients: outcome.result.clients,
    mask,
    name: definition.name!,
    locale: 'es',
    currency: 'EUR',
    definition,
    fields,
  });
  const table = sheet.blocks[0];
  if (table.type !== 'table') throw new Error('not a table');
  const headers = table.columns.map((c) => c.header);
  // Zona is already a contact column; Sexo, age, income, behaviour and last purchase are added once each.
  expect(headers).toEqual([
    'Código cliente',
    'Razón social',
    'Email',
    'Teléfono',
    'Zona',
    'Sexo',
    'Edad',
    'Nivel de ingresos',
    'Comportamiento',
    'Última compra',
    'Clase ABC',
    'Estado',
    'Segmento RFM',
    'Ventas 12 meses',
  ]);
  expect(table.columns.map((c) => c.kind).slice(5, 10)).toEqual(['text', 'integer', 'text', 'text', 'date']);
  const c001 = table.rows.find((r) => r[0] === 'C001')!;
  expect(c001.slice(5, 8)).toEqual(['Mujer', 40, 'Medio-alto']);
  expect(typeof c001[8]).toBe('string'); // the behaviour's Spanish name, not its id
  expect(c001[9]).toBe(outcome.analysis.facts.lastPurchase[outcome.analysis.ids.indexOf('C001')]);
});

test('the builder offers income levels in their natural order, other text alphabetically', () => {
  const fields = campaignFields(outcome.analysis, outcome.result.clients);
  const income = fields.info.find((f) => f.key === 'Nivel de ingresos')!;
  expect(fieldChoices('es', { ...income, labels: ['Alto', 'Bajo', 'Medio', 'Medio-alto'] }).map((c) => c[0])).toEqual([
    'Bajo',
    'Medio',
    'Medio-alto',
    'Alto',
  ]);
  expect(fieldChoices('es', fields.info.find((f) => f.key === 'Zona')!).map((c) => c[0])).toEqual(['Este', 'Norte', 'Sur']);
});

test('the draft: > ≥ < ≤ offered for numbers and dates, not for text; a comparison needs a readable value', () => {
  expect(opsFor('number')).toEqual(expect.arrayContaining(['gt', 'gte', 'lt', 'lte']));
  expect(opsFor('date')).toEqual(expect.arrayContaining(['gt', 'gte', 'lt', 'lte']));
  expect(opsFor('text')).not.toContain('gt');
  const fields = campaignFields(outcome.analysis, outcome.result.clients);
  const age = fields.byKey.get('age')!;
  const c = { ...emptyCondition('age', 'gte'), value: '40' };
  expect(conditionState(c, age)).toEqual({ kind: 'complete', condition: { field: 'age', op: 'gte', value: '40' } });
  expect(conditionState({ ...c, value: 'cuarenta' }, age)).toMatchObject({ kind: 'invalid' });
  expect(conditionState({ ...c, value: '' }, age)).toEqual({ kind: 'incomplete' });
  const draft = { name: '', groups: [{ id: 1, conditions: [c] }] };
  expect(members(definitionOf(draft, fields.byKey))).toEqual(['C001', 'C003', 'C005']);
  expect(opLabel('es', 'gt', 'number')).toBe('mayor que (>)');
  expect(opLabel('es', 'gt', 'date')).toBe('posterior a');
  expect(opLabel('pt-BR', 'lte', 'number')).toBe('menor ou igual a (≤)');
});

describe('the builder on screen', () => {
  afterEach(cleanup);
  const mount = (onCreateList: jest.Mock) => {
    const fields = campaignFields(outcome.analysis, outcome.result.clients);
    const builder = React.createElement(SegmentBuilder, {
      locale: 'es',
      fields,
      revenueCents: outcome.analysis.facts.revenue12,
      currency: 'EUR',
      saved: [],
      busy: false,
      onSave: jest.fn(),
      onCreateList,
    });
    render(React.createElement(FluentProvider, { theme: webLightTheme }, builder));
    return within(screen.getByRole('group', { name: 'Condición 1 del grupo 1' }));
  };

  test('"mayor o igual que" on age, the count follows; income levels offered in order', () => {
    const condition = mount(jest.fn());
    fireEvent.change(condition.getByLabelText('Campo'), { target: { value: 'Nivel de ingresos' } });
    const options = within(condition.getByLabelText('Valor')).getAllByRole('option').map((o) => o.textContent);
    expect(options.slice(1)).toEqual(['Medio-alto', 'Alto']);
    fireEvent.change(condition.getByLabelText('Campo'), { target: { value: 'age' } });
    const ops = within(condition.getByLabelText('Operador')).getAllByRole('option').map((o) => o.textContent);
    expect(ops).toEqual(expect.arrayContaining(['mayor que (>)', 'mayor o igual que (≥)', 'menor que (<)', 'menor o igual que (≤)']));
    fireEvent.change(condition.getByLabelText('Operador'), { target: { value: 'gte' } });
    fireEvent.change(condition.getByLabelText('Valor'), { target: { value: '40' } });
    expect(screen.getByRole('status').textContent!.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^3 clientes/);
  });

  test('income levels are ordered, so "mayor que" applies to them too; other text has no > <', () => {
    const condition = mount(jest.fn());
    fireEvent.change(condition.getByLabelText('Campo'), { target: { value: 'Zona' } });
    const zonaOps = within(condition.getByLabelText('Operador')).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(zonaOps).not.toContain('gt');
    fireEvent.change(condition.getByLabelText('Campo'), { target: { value: 'Nivel de ingresos' } });
    fireEvent.change(condition.getByLabelText('Operador'), { target: { value: 'gt' } });
    fireEvent.change(condition.getByLabelText('Valor'), { target: { value: 'Medio-alto' } });
    expect(screen.getByRole('status').textContent).toMatch(/^1 cliente /);
    fireEvent.change(condition.getByLabelText('Operador'), { target: { value: 'gte' } });
    fireEvent.change(condition.getByLabelText('Valor'), { target: { value: 'Medio-alto' } });
    expect(screen.getByRole('status').textContent).toMatch(/^5 clientes/);
  });

  test('a list that exists: the pane asks replace or new (in Spanish), and passes the answer on', async () => {
    const onCreateList = jest.fn(async (_d: SegmentDefinition, _m: Uint8Array, mode: string) =>
      mode === 'ask' ? { status: 'exists' as const, sheet: 'Norte' } : { status: 'created' as const, sheet: 'Norte (2)' },
    );
    const condition = mount(onCreateList);
    fireEvent.change(condition.getByLabelText('Campo'), { target: { value: 'Zona' } });
    fireEvent.change(condition.getByLabelText('Valor'), { target: { value: 'Norte' } });
    fireEvent.change(screen.getByLabelText('Nombre del segmento'), { target: { value: 'Norte' } });
    fireEvent.click(screen.getByRole('button', { name: 'Crear lista' }));
    await screen.findByText('Ya hay una lista de este segmento en la hoja «Norte». ¿La sustituye o crea otra hoja?');
    expect(onCreateList.mock.calls.map((c) => c[2])).toEqual(['ask']);

    fireEvent.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect(screen.queryByText(/Ya hay una lista/)).toBeNull();
    expect(onCreateList).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Crear lista' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sustituir' }));
    fireEvent.click(screen.getByRole('button', { name: 'Crear lista' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Crear otra hoja' }));
    await waitFor(() => expect(onCreateList.mock.calls.map((c) => c[2])).toEqual(['ask', 'ask', 'replace', 'ask', 'new']));
    expect(onCreateList.mock.calls[4][0]).toMatchObject({ name: 'Norte', groups: [{ conditions: [{ field: 'Zona', value: 'Norte' }] }] });
    await waitFor(() => expect(screen.queryByText(/Ya hay una lista/)).toBeNull());
  });

  test('the question goes away when the conditions change (it was about the previous segment)', async () => {
    const onCreateList = jest.fn(async () => ({ status: 'exists' as const, sheet: 'Norte' }));
    const condition = mount(onCreateList);
    fireEvent.change(condition.getByLabelText('Campo'), { target: { value: 'Zona' } });
    fireEvent.change(condition.getByLabelText('Valor'), { target: { value: 'Norte' } });
    fireEvent.click(screen.getByRole('button', { name: 'Crear lista' }));
    await screen.findByRole('button', { name: 'Sustituir' });
    fireEvent.change(condition.getByLabelText('Valor'), { target: { value: 'Sur' } });
    expect(screen.queryByRole('button', { name: 'Sustituir' })).toBeNull();
  });
});

test("a condition the engine refuses is said in the user's language, the field named as the builder names it", () => {
  const fields = campaignFields(outcome.analysis, outcome.result.clients);
  const refused = (def: SegmentDefinition): CarteraError => {
    try {
      segmentMatches(def, fields);
    } catch (e) {
      if (e instanceof CarteraError) return e;
    }
    throw new Error('not refused');
  };
  const e = refused({ version: 1, groups: [{ conditions: [{ field: 'revenue', op: 'gt', value: 'mucho' }] }] });
  expect(e.code).toBe('segment_not_number');
  expect(segmentError('es', e, fields)).toBe('Segmento (grupo 1, condición 1): «mucho» no es un número para el campo «Ventas 12 meses».');
  expect(segmentError('pt-BR', e, fields)).toBe('Segmento (grupo 1, condição 1): "mucho" não é um número para o campo "Vendas 12 meses".');
});
