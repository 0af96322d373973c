// "Create list" twice (issue #19): an existing list of the same segment is never silently doubled
// under a truncated name; the caller is told (ask), replaces it, or gets a new, distinct sheet.
import { createWorkbook, type SimWorkbook } from '../../src/host';
import { writeListSheet, type ListWriteMode } from '../../src/excel/writeListSheet';
import type { OutputSheet } from '../../src/report/types';

function listSheet(title: string, heading: string, ids: string[]): OutputSheet {
  return {
    key: 'campaignList',
    title,
    heading,
    subtitle: `${ids.length} clientes`,
    blocks: [
      {
        type: 'table',
        key: 'list',
        name: 'Cartera_Lista',
        columns: [{ key: 'clientId', header: 'Código cliente', kind: 'text', numberFormat: '@' }],
        rows: ids.map((id) => [id]),
        style: 'TableStyleMedium2',
      },
    ],
    charts: [],
    freezeHeader: true,
  };
}

const write = (wb: SimWorkbook, sheet: OutputSheet, mode?: ListWriteMode) =>
  writeListSheet((batch) => wb.run(batch), sheet, { mode });
const names = (wb: SimWorkbook) => wb.sheets().map((s) => s.name);
const listIds = (wb: SimWorkbook, sheet: string) => {
  const table = wb.tables().find((t) => t.sheet === sheet)!;
  return wb
    .values(sheet, table.address.split('!')[1])
    .slice(1)
    .map((r) => r[0]);
};

test('a second "create list" of the same segment asks, writes nothing, and names the existing sheet', async () => {
  const wb = createWorkbook({ sheets: ['Clientes', 'Ventas'] });
  expect(await write(wb, listSheet('Norte', 'Norte', ['C1', 'C2']))).toEqual({
    status: 'created',
    sheet: 'Norte',
  });
  const before = names(wb);
  expect(await write(wb, listSheet('Norte', 'Norte', ['C1']))).toEqual({ status: 'exists', sheet: 'Norte' });
  expect(names(wb)).toEqual(before);
  expect(listIds(wb, 'Norte')).toEqual(['C1', 'C2']);
});

test('replace: the same sheet name and position, the new rows, the table keeps its name', async () => {
  const wb = createWorkbook({ sheets: ['Clientes', 'Ventas'] });
  await write(wb, listSheet('Norte', 'Norte', ['C1', 'C2']));
  wb.addSheet('Notas');
  const position = wb.sheets().findIndex((s) => s.name === 'Norte');
  expect(await write(wb, listSheet('Norte', 'Norte', ['C3']), 'replace')).toEqual({
    status: 'replaced',
    sheet: 'Norte',
  });
  expect(names(wb)).toEqual(['Clientes', 'Ventas', 'Norte', 'Notas']);
  expect(wb.sheets().findIndex((s) => s.name === 'Norte')).toBe(position);
  expect(listIds(wb, 'Norte')).toEqual(['C3']);
  expect(wb.tables().map((t) => [t.name, t.sheet])).toEqual([['Cartera_Lista', 'Norte']]);
});

test('new: another sheet whose name is not the truncated duplicate of another one', async () => {
  const wb = createWorkbook({ sheets: ['Clientes'] });
  const long = 'Mujeres de 30 a 45 con ingresos medio-altos'; // title cut to 31 characters
  const title = long.slice(0, 31);
  await write(wb, listSheet(title, long, ['C1']));
  const second = await write(wb, listSheet(title, long, ['C2']), 'new');
  expect(second.status).toBe('created');
  expect(second.sheet).toBe('Mujeres de 30 a 45 con ingr (2)');
  expect(second.sheet.length).toBeLessThanOrEqual(31);
  const third = await write(wb, listSheet(title, long, ['C3']), 'new');
  expect(third.sheet).toBe('Mujeres de 30 a 45 con ingr (3)');
  expect(new Set(names(wb)).size).toBe(names(wb).length);
  expect(listIds(wb, second.sheet)).toEqual(['C2']);
});

test('two segments whose names share their first 31 characters are two lists, not one to replace', async () => {
  const wb = createWorkbook({ sheets: ['Clientes'] });
  const a = 'Clientes de la zona norte con ventas altas';
  const b = 'Clientes de la zona norte con ventas bajas';
  await write(wb, listSheet(a.slice(0, 31), a, ['C1']));
  const second = await write(wb, listSheet(b.slice(0, 31), b, ['C2']));
  expect(second).toEqual({ status: 'created', sheet: 'Clientes de la zona norte c (2)' });
  expect(listIds(wb, 'Clientes de la zona norte con v')).toEqual(['C1']);
});

test("a user's sheet of that name is not a list: never offered for replacing, left untouched", async () => {
  const wb = createWorkbook({ sheets: ['Norte'] });
  wb.setCells('Norte', 'A1', [['Norte'], ['mis notas']]);
  expect(await write(wb, listSheet('Norte', 'Norte', ['C1']))).toEqual({
    status: 'created',
    sheet: 'Norte (2)',
  });
  expect(await write(wb, listSheet('Norte', 'Norte', ['C2']), 'replace')).toEqual({
    status: 'replaced',
    sheet: 'Norte (2)',
  });
  expect(wb.values('Norte', 'A1:A2')).toEqual([['Norte'], ['mis notas']]);
});

test('a cut never splits a character in two (emoji at the 31st unit)', async () => {
  const wb = createWorkbook({ sheets: ['Clientes'] });
  const title = 'x'.repeat(30) + '😀';
  const first = await write(wb, listSheet(title, title, ['C1']));
  expect(first.sheet).toBe('x'.repeat(30));
  const second = await write(wb, listSheet(title, title, ['C1']), 'new');
  expect(second.sheet).toBe('x'.repeat(27) + ' (2)');
});
