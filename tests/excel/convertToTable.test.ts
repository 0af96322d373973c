// Issue #18: "a stored address … or the user is offered to turn it into a table". convertToTable makes an
// Excel table over the data the address stands for now (grown to the rows appended below), named after
// the sheet; the user's cells keep their values, so titles Excel would rewrite are refused.
import { CarteraError } from '../../src/engine/types';
import { convertToTable, tableName } from '../../src/excel/convertToTable';
import { openSource } from '../../src/excel/openSource';
import { runAnalysis } from '../../src/excel/runAnalysis';
import { modelSnapshot, smallWorkbook } from './fixtures';
import { appendMonths, runOf } from './monthlyFixture';

describe('convertToTable', () => {
  test('the grown range becomes a table named after the sheet; values untouched; the table is the source now', async () => {
    const wb = smallWorkbook();
    appendMonths(wb);
    const before = wb.values('Ventas');
    const table = await convertToTable(runOf(wb), 'Ventas!A1:D12', { locale: 'es' });
    expect(table).toEqual({ name: 'Tabla_Ventas', address: 'Ventas!A1:D18' });
    expect(wb.values('Ventas')).toEqual(before);
    expect(wb.tables().map((t) => t.name)).toEqual(['Tabla_Ventas']);
    const info = await openSource(runOf(wb), { kind: 'table', name: 'Tabla_Ventas' });
    expect(info).toMatchObject({ table: 'Tabla_Ventas', address: 'Ventas!A1:D18', dataRows: 17 });
    // already a table: nothing more
    expect(await convertToTable(runOf(wb), 'Ventas!A1:D18', { locale: 'es' })).toEqual(table);
    expect(wb.tables()).toHaveLength(1);
  });

  test('a name already taken gets a number; Portuguese and English prefixes', async () => {
    const wb = smallWorkbook();
    await convertToTable(runOf(wb), 'Clientes!A1:D7', { locale: 'pt-BR' });
    expect(wb.tables().map((t) => t.name)).toEqual(['Tabela_Clientes']);
    expect(tableName('Tabla_Ventas 2024 (€)', new Set())).toBe('Tabla_Ventas_2024');
    expect(tableName('Table_Señales', new Set(['table_senales']))).toBe('Table_Senales_2');
    expect(tableName('2024', new Set())).toBe('_2024');
  });

  test.each([
    ['a blank title', [['Fecha', '', 'Cliente', 'Importe']]],
    ['a repeated title', [['Fecha', 'Cliente', 'cliente', 'Importe']]],
  ])('%s: refused, the workbook unchanged', async (_why, header) => {
    const wb = smallWorkbook();
    wb.setCells('Ventas', 'A1', header);
    const before = modelSnapshot(wb);
    const error = await convertToTable(runOf(wb), 'Ventas!A1:D12', { locale: 'es' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CarteraError);
    expect((error as CarteraError).code).toBe('table_headers');
    expect((error as Error).message).toMatch(/^No se puede convertir Ventas!A1:D12 en tabla sin cambiar sus títulos/);
    expect(modelSnapshot(wb)).toBe(before);
  });

  test('a number as a title (Excel would rewrite it as text): refused, the workbook unchanged', async () => {
    const wb = smallWorkbook();
    wb.setCells('Ventas', 'A1', [['Fecha', 'Factura', 'Cliente', 2024]]);
    const before = modelSnapshot(wb);
    await expect(convertToTable(runOf(wb), 'Ventas!A1:D12', { locale: 'es' })).rejects.toBeInstanceOf(CarteraError);
    expect(modelSnapshot(wb)).toBe(before);
  });

  test('cells crossing another table: refused with its name', async () => {
    const wb = smallWorkbook();
    await convertToTable(runOf(wb), 'Ventas!A1:D12', { locale: 'es' });
    wb.setCells('Ventas', 'E1', [['Nota'], ['x']]);
    // the address now grows to column E, across the table's edge
    await expect(convertToTable(runOf(wb), 'Ventas!A1:E12', { locale: 'en' })).rejects.toThrow(
      /overlaps the table Tabla_Ventas/,
    );
  });

  test('a client list with our columns beside it: they join the table, and the next run re-uses them', async () => {
    const wb = smallWorkbook();
    const sales = { kind: 'address', address: 'Ventas!A1:D12' } as const;
    await runAnalysis(runOf(wb), { sales, clients: { kind: 'address', address: 'Clientes!A1:D7' }, locale: 'es' });
    const headersBefore = wb.values('Clientes')[0];
    expect(headersBefore.some((h) => String(h).startsWith('Cartera: '))).toBe(true);
    const table = await convertToTable(runOf(wb), 'Clientes!A1:D7', { locale: 'es' });
    expect(wb.values('Clientes')[0]).toEqual(headersBefore);
    await runAnalysis(runOf(wb), { sales, clients: { kind: 'table', name: table.name }, locale: 'es' });
    expect(wb.values('Clientes')[0]).toEqual(headersBefore);
  }, 120_000);
});
