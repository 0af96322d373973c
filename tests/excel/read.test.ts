import { CarteraError, type Cell } from '../../src/engine/types';
import { listTables } from '../../src/excel/listTables';
import { detectDate1904, openSource } from '../../src/excel/openSource';
import { blockRowCount, estimateBytesPerCell, readBlocks } from '../../src/excel/readBlocks';
import { isDateFormat, samples } from '../../src/excel/runAnalysis';
import { selectionInfo } from '../../src/excel/selectionInfo';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook, type SimWorkbook } from '../../src/host';
import { SALES_ROWS, smallWorkbook } from './fixtures';

const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;

describe('openSource', () => {
  test('an address: header, data rows, preview, SourceRef', async () => {
    const wb = smallWorkbook();
    const info = await openSource(runOf(wb), { kind: 'address', address: 'Ventas!A1:D12' });
    expect(info).toMatchObject({ sheet: 'Ventas', address: 'Ventas!A1:D12', headerRowIndex: 0, columnIndex: 0, columns: 4, dataRows: 11 });
    expect(info.headers).toEqual(SALES_ROWS[0]);
    expect(info.preview[0]).toEqual(SALES_ROWS[1]);
    expect(info.previewFormats[0][0]).toBe('dd/mm/yyyy');
    expect(info.ref).toEqual({ sheet: 'Ventas', headerRow: 1, firstColumn: 0, headers: SALES_ROWS[0] });
    // date-formatted serials are shown as dates to the mapping suggestion
    expect(samples(info)[0][0]).toBe('2024-09-10');
  });

  test('a title row above the header is skipped; whole columns are clipped to the used range', async () => {
    const wb = createWorkbook({ sheets: ['Datos'] });
    wb.setCells('Datos', 'B2', [['Ventas 2025'], [''], ...SALES_ROWS]);
    const info = await openSource(runOf(wb), { kind: 'address', address: 'Datos!B:E' });
    expect(info.headerRowIndex).toBe(3);
    expect(info.columnIndex).toBe(1);
    expect(info.dataRows).toBe(11);
    expect(info.address).toBe('Datos!B4:E15');
    expect(info.ref.headerRow).toBe(4);
  });

  test('a single selected cell stands for the data around it', async () => {
    const wb = smallWorkbook();
    wb.select('Ventas', 'B3');
    const info = await openSource(runOf(wb), { kind: 'selection' });
    expect(info.address).toBe('Ventas!A1:D12');
  });

  test('a named table', async () => {
    const wb = smallWorkbook();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Ventas').tables.add('A1:D12', true).name = 'TablaVentas';
      await ctx.sync();
    });
    const info = await openSource(runOf(wb), { kind: 'table', name: 'TablaVentas' });
    expect(info).toMatchObject({ table: 'TablaVentas', dataRows: 11, columns: 4 });
    const tables = await listTables(runOf(wb));
    expect(tables).toEqual([{ name: 'TablaVentas', sheet: 'Ventas', address: 'Ventas!A1:D12', rows: 11, columns: 4, headers: SALES_ROWS[0] }]);
  });

  test.each([
    [{ kind: 'table', name: 'Nope' }, 'table_not_found'],
    [{ kind: 'address', address: 'Nope!A1:B2' }, 'sheet_not_found'],
    [{ kind: 'address', address: 'Ventas!F1:H20' }, 'empty_range'],
    [{ kind: 'address', address: 'Ventas!A2:A12' }, 'no_header'],
  ] as const)('%j → %s, naming the sheet and what to select', async (source, code) => {
    const wb = smallWorkbook();
    const error = await openSource(runOf(wb), source, { locale: 'es' }).catch((e) => e);
    expect(error).toBeInstanceOf(CarteraError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/Seleccione|Elija|Compruebe/);
  });

  test('a header with no data rows below → empty_range', async () => {
    const wb = createWorkbook({ sheets: ['S'] });
    wb.setCells('S', 'A1', [['Cliente', 'Fecha']]);
    const error = await openSource(runOf(wb), { kind: 'address', address: 'S!A1:B1' }, { locale: 'es' }).catch((e) => e);
    expect(error.code).toBe('empty_range');
    expect(error.message).toMatch(/Seleccione|Elija|Compruebe/);
  });

  test('a stored address follows its data: rows appended below and a column added beside (issue #18)', async () => {
    const wb = smallWorkbook();
    wb.setCells('Ventas', 'A13', [[45900, 'F012', 'C008', 700], [45901, 'F013', 'C001', 100]]);
    wb.setCells('Ventas', 'E1', [['Vendedor']]);
    // a blank row, then unrelated data: not part of the block
    wb.setCells('Ventas', 'A17', [['Notas', 'x']]);
    const info = await openSource(runOf(wb), { kind: 'address', address: 'Ventas!A1:D12' });
    expect(info.address).toBe('Ventas!A1:E14');
    expect(info.dataRows).toBe(13);
    expect(info.headers[4]).toBe('Vendedor');
    // a header-only address grows to the data too
    expect((await openSource(runOf(wb), { kind: 'address', address: 'Ventas!A1:D1' })).dataRows).toBe(13);
  });

  test('a range of numbers with no header says so', async () => {
    const wb = createWorkbook({ sheets: ['S'] });
    wb.setCells('S', 'A1', [[1, 2], [3, 4]]);
    const error = await openSource(runOf(wb), { kind: 'address', address: 'S!A1:B2' }).catch((e) => e);
    expect(error.code).toBe('no_header');
    expect(error.where).toEqual({ sheet: 'S' });
    expect(error.message).toContain('S!A1:B2');
  });

  test('too many columns', async () => {
    const wb = createWorkbook({ sheets: ['S'] });
    wb.setCells('S', 'A1', [Array.from({ length: 600 }, (_, i) => `h${i}`), Array.from({ length: 600 }, () => 1)]);
    const error = await openSource(runOf(wb), { kind: 'address', address: 'S!1:2' }).catch((e) => e);
    expect(error.code).toBe('range_too_large');
  });
});

describe('readBlocks', () => {
  function bigSheet(rows: number): SimWorkbook {
    const wb = createWorkbook({ sheets: ['V'] });
    const data: Cell[][] = [['Cliente', 'Fecha', 'Importe', 'Texto']];
    for (let i = 0; i < rows; i++) data.push([`C${i % 97}`, 45000 + (i % 365), i * 1.25, 'x'.repeat(i % 30)]);
    wb.setCells('V', 'A1', data as (string | number)[][]);
    return wb;
  }

  test('hands every row in order, in blocks under the payload limit, one sync per block', async () => {
    const wb = bigSheet(5000);
    const info = await openSource(runOf(wb), { kind: 'address', address: 'V!A1:D5001' });
    wb.resetStats();
    const got: Cell[][] = [];
    const starts: number[] = [];
    const limits = { payloadBytes: 40_000 };
    const result = await readBlocks(runOf(wb), info, (rows, first) => void (got.push(...rows), starts.push(first)), { limits });
    expect(got).toHaveLength(5000);
    expect(got[4999]).toEqual([`C${4999 % 97}`, 45000 + (4999 % 365), 4999 * 1.25, 'x'.repeat(4999 % 30)]);
    const perBlock = blockRowCount(4, estimateBytesPerCell(info.preview, 4), { payloadBytes: 40_000, readCells: 5_000_000, maxRows: 1 << 20 });
    expect(result.blocks).toBe(Math.ceil(5000 / perBlock));
    expect(starts.slice(0, 2)).toEqual([0, perBlock]);
    expect(wb.stats.syncs).toBeLessThanOrEqual(result.blocks + 1); // + Excel.run's closing sync
    expect(wb.stats.maxResponseBytes).toBeLessThan(60_000);
  });

  test('a block the host finds too large is halved and retried', async () => {
    const wb = createWorkbook({ sheets: ['V'], limits: { maxResponseBytes: 20_000 } as never });
    const data: Cell[][] = [['Cliente', 'Nota']];
    // the preview is short, later rows carry long texts
    for (let i = 0; i < 400; i++) data.push([`C${i}`, i < 30 ? 'a' : 'y'.repeat(200)]);
    wb.setCells('V', 'A1', data as (string | number)[][]);
    const info = await openSource(runOf(wb), { kind: 'address', address: 'V!A1:B401' });
    let rows = 0;
    const result = await readBlocks(runOf(wb), info, (block) => void (rows += block.length));
    expect(rows).toBe(400);
    // one 4 MB block by the estimate; the host refused it, so it was split
    expect(result.blocks).toBeGreaterThan(1);
  });

  test('cancellation stops between blocks', async () => {
    const wb = bigSheet(3000);
    const info = await openSource(runOf(wb), { kind: 'address', address: 'V!A1:D3001' });
    const controller = new AbortController();
    let blocks = 0;
    const error = await readBlocks(
      runOf(wb),
      info,
      () => {
        if (++blocks === 2) controller.abort();
      },
      { signal: controller.signal, limits: { payloadBytes: 20_000 } },
    ).catch((e) => e);
    expect(error.code).toBe('cancelled');
    expect(blocks).toBe(2);
  });
});

test('selectionInfo gives the address, size and the first rows', async () => {
  const wb = smallWorkbook();
  wb.select('Ventas', 'A1:D12');
  const info = await selectionInfo(runOf(wb), 2);
  expect(info).toMatchObject({ address: 'Ventas!A1:D12', sheet: 'Ventas', rows: 12, columns: 4 });
  expect(info.preview).toEqual(SALES_ROWS.slice(0, 2));
});

test('the 1904 date system is detected where the API exposes it', async () => {
  expect(await detectDate1904(runOf(createWorkbook({ date1904: true })))).toBe(true);
  expect(await detectDate1904(runOf(createWorkbook()))).toBe(false);
});

test.each([
  ['dd/mm/yyyy', true],
  ['yyyy-mm-dd', true],
  ['d-mmm-yy', true],
  ['[$-es-ES]mmmm', true],
  ['#,##0.00', false],
  ['0%', false],
  ['"day" 0', false],
  ['General', false],
  ['@', false],
])('isDateFormat(%s) = %s', (format, expected) => {
  expect(isDateFormat(format)).toBe(expected);
});
