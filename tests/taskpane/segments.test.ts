// Campaign segments on a real analysis of the fixture workbook: the seeds' two examples, the list sheet.
import { analyse } from '../../src/engine/pipeline';
import { segmentMatches, type SegmentDefinition } from '../../src/engine/segments';
import { campaignFields } from '../../src/taskpane/campaignFields';
import { createController, type RunOutcome } from '../../src/taskpane/controller';
import { listSheetTitle, segmentListSheet } from '../../src/taskpane/segmentListSheet';
import { taskpaneWorkbook } from './fixtures';

let outcome: RunOutcome;

beforeAll(async () => {
  const wb = taskpaneWorkbook();
  const controller = createController((b) => wb.run(b), 'es', { analyse: async (i, o) => analyse(i, o), dispose: () => undefined });
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
});
