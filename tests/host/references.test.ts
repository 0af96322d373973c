// Issue #18: what a user builds over another sheet's cells and tables, as Excel keeps it: formulas
// (evaluated live, renamed with their sheet/table, #REF! when it is deleted), PivotTables over a
// table (following it), charts over a table column (following its resize, gone with their sheet);
// Table.resize (1.13) and Range.copyFrom (1.9), the write path's tools for rewriting in place.
import { createWorkbook, type SimWorkbook } from '../../src/host';
import { syncError } from './helpers';

function book(): SimWorkbook {
  const wb = createWorkbook({ sheets: ['Datos', 'Mio'] });
  wb.setCells('Datos', 'A1', [
    ['Cliente', 'Ventas', 'Zona'],
    ['C1', 100, 'Norte'],
    ['C2', 50, 'Sur'],
    ['C3', 25, ''],
  ]);
  return wb;
}

async function withTable(wb: SimWorkbook, name = 'Tabla'): Promise<void> {
  await wb.run(async (ctx) => {
    ctx.workbook.tables.add('Datos!A1:C4', true).name = name;
    await ctx.sync();
  });
}

async function formulas(wb: SimWorkbook, cells: string[][]): Promise<void> {
  await wb.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Mio').getRangeByIndexes(0, 0, cells.length, cells[0].length).formulas = cells;
    await ctx.sync();
  });
}

async function read(wb: SimWorkbook, address: string): Promise<{ values: unknown[][]; formulas: unknown[][]; text: string[][] }> {
  return wb.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Mio').getRange(address);
    r.load('values,formulas,text');
    await ctx.sync();
    return { values: r.values, formulas: r.formulas, text: r.text };
  });
}

describe('host: formulas over other sheets and tables (issue #18)', () => {
  test('SUM/COUNT/COUNTA/AVERAGE/MIN/MAX over a table column, a range and numbers; a plain reference; evaluated when read (live)', async () => {
    const wb = book();
    await withTable(wb);
    await formulas(wb, [
      ['=SUM(Tabla[Ventas])', '=COUNTA(Tabla[Cliente])', '=COUNT(Tabla[Ventas])', '=AVERAGE(Tabla[Ventas])'],
      ["='Datos'!B2", '=Datos!B3', '=SUM(Datos!B2:B4, 5)', '=COUNTA(Tabla[Zona])'],
      ['=MIN(Tabla[[Ventas]])', '=MAX(Datos!B2:B4)', '=SUM(Tabla[Nada])', '=A1*2'],
    ]);
    expect((await read(wb, 'A1:D3')).values).toEqual([
      [175, 3, 3, 175 / 3],
      [100, 50, 180, 2],
      [25, 100, '#REF!', '#CALC!'],
    ]);
    wb.setCells('Datos', 'B2', [[1000]]);
    expect(wb.cell('Mio', 'A1').value).toBe(1075);
    expect(wb.values('Mio', 'A2:A2')).toEqual([[1000]]);
    expect((await read(wb, 'A1')).text).toEqual([['1075']]);
  });

  test('a table that grows (rows.add) is summed whole; renaming the table or the sheet rewrites the formulas', async () => {
    const wb = book();
    await withTable(wb);
    await formulas(wb, [['=SUM(Tabla[Ventas])', "='Datos'!B2", '="Tabla[x] Datos!A1"']]);
    await wb.run(async (ctx) => {
      ctx.workbook.tables.getItem('Tabla').rows.add(null as unknown as number, [['C4', 5, 'Este']]);
      await ctx.sync();
      ctx.workbook.tables.getItem('Tabla').name = 'Ventas2025';
      ctx.workbook.worksheets.getItem('Datos').name = 'Mis datos';
      await ctx.sync();
    });
    const r = await read(wb, 'A1:C1');
    expect(r.formulas).toEqual([['=SUM(Ventas2025[Ventas])', "='Mis datos'!B2", '="Tabla[x] Datos!A1"']]);
    expect(r.values.slice(0, 1)[0].slice(0, 2)).toEqual([180, 100]);
  });

  test('a table column renamed (its header cell written, or TableColumn.name) renames the structured references to it', async () => {
    const wb = book();
    await withTable(wb);
    await formulas(wb, [['=SUM(Tabla[Ventas])', '=COUNTA(Tabla[[Cliente]])']]);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Datos').getRange('A1:B1').values = [['Client', 'Revenue']];
      await ctx.sync();
    });
    expect((await read(wb, 'A1:B1')).formulas).toEqual([['=SUM(Tabla[Revenue])', '=COUNTA(Tabla[[Client]])']]);
    await wb.run(async (ctx) => {
      ctx.workbook.tables.getItem('Tabla').columns.getItem('Revenue').name = 'Ventas';
      await ctx.sync();
    });
    expect((await read(wb, 'A1:B1'))).toMatchObject({ formulas: [['=SUM(Tabla[Ventas])', '=COUNTA(Tabla[[Client]])']], values: [[175, 3]] });
  });

  test('deleting the table or the sheet turns the references into #REF! (formula text and value), as Excel does', async () => {
    const wb = book();
    await withTable(wb);
    wb.addSheet('Otra');
    wb.setCells('Otra', 'A1', [[7]]);
    await formulas(wb, [['=SUM(Tabla[Ventas])', "='Otra'!A1", '=COUNTA(Datos!A1:A4)']]);
    await wb.run(async (ctx) => {
      ctx.workbook.tables.getItem('Tabla').delete();
      ctx.workbook.worksheets.getItem('Otra').delete();
      await ctx.sync();
    });
    const r = await read(wb, 'A1:C1');
    expect(r.formulas).toEqual([['=SUM(#REF!)', '=#REF!A1', '=COUNTA(Datos!A1:A4)']]);
    expect(r.values).toEqual([['#REF!', '#REF!', 0]]);
  });
});

describe('host: Table.resize (ExcelApi 1.13) and what follows a table', () => {
  test('resize keeps the table object and name; a PivotTable over it follows it; a chart series over a whole body column follows it', async () => {
    const wb = book();
    await withTable(wb);
    wb.setCells('Datos', 'A5', [['C4', 5, 'Este'], ['C5', 7, 'Oeste']]);
    await wb.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem('Tabla');
      const mio = ctx.workbook.worksheets.getItem('Mio');
      const pivot = mio.pivotTables.add('MiPivot', t, mio.getRange('E1'));
      pivot.rowHierarchies.add(pivot.hierarchies.getItem('Zona'));
      pivot.dataHierarchies.add(pivot.hierarchies.getItem('Ventas'));
      const chart = mio.charts.add('ColumnClustered', t.columns.getItem('Ventas').getDataBodyRange(), 'Columns');
      chart.name = 'MiGrafico';
      // a fixed range that is not a whole column of the table does not follow
      chart.series.add('fijo').setValues(ctx.workbook.worksheets.getItem('Datos').getRange('B2:B3'));
      mio.getRange('A1').formulas = [['=SUM(Tabla[Ventas])']];
      await ctx.sync();
      t.resize('A1:C6');
      await ctx.sync();
    });
    expect(wb.tables()).toEqual([expect.objectContaining({ name: 'Tabla', address: 'Datos!A1:C6' })]);
    expect(wb.pivotTables('Mio')[0].source).toEqual({ table: 'Tabla' });
    expect(wb.charts('Mio')[0].series.map((s) => s.valuesAddress)).toEqual(['Datos!B2:B6', 'Datos!B2:B3']);
    expect(wb.cell('Mio', 'A1').value).toBe(187);
    // and shrinking
    await wb.run(async (ctx) => {
      ctx.workbook.tables.getItem('Tabla').resize(ctx.workbook.worksheets.getItem('Datos').getRange('A1:B3'));
      await ctx.sync();
    });
    expect(wb.tables()[0]).toMatchObject({ address: 'Datos!A1:B3', headers: ['Cliente', 'Ventas'] });
    expect(wb.charts('Mio')[0].series[0].valuesAddress).toBe('Datos!B2:B3');
    expect(wb.cell('Mio', 'A1').value).toBe(150);
  });

  test('resize to a range that moves the header row, or over another table → InvalidArgument', async () => {
    const wb = book();
    await withTable(wb);
    await wb.run(async (ctx) => {
      ctx.workbook.tables.add('Datos!E1:F3', true);
      await ctx.sync();
    });
    for (const address of ['A2:C6', 'A1:E4', 'H1:I4'])
      expect(
        (await syncError(wb, async (ctx) => {
          ctx.workbook.tables.getItem('Tabla').resize(address);
          await ctx.sync();
        })).code,
      ).toBe('InvalidArgument');
  });

  test('a PivotTable loses its source with the table; a chart goes with its sheet and loses series taken from a deleted sheet', async () => {
    const wb = book();
    await withTable(wb);
    wb.addSheet('Graficos');
    await wb.run(async (ctx) => {
      const mio = ctx.workbook.worksheets.getItem('Mio');
      mio.pivotTables.add('MiPivot', 'Tabla', mio.getRange('E1'));
      ctx.workbook.worksheets.getItem('Graficos').charts.add('Line', ctx.workbook.worksheets.getItem('Datos').getRange('B2:B4'), 'Columns');
      mio.charts.add('Line', mio.getRange('A1:A3'), 'Columns');
      await ctx.sync();
      ctx.workbook.tables.getItem('Tabla').delete();
      ctx.workbook.worksheets.getItem('Datos').delete();
      await ctx.sync();
    });
    expect(wb.pivotTables('Mio')[0].source).toEqual({ table: null });
    expect(wb.charts('Graficos')[0].series[0].valuesAddress).toBeNull();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Mio').delete();
      await ctx.sync();
    });
    expect(wb.charts().map((c) => c.sheet)).toEqual(['Graficos']);
    expect(wb.pivotTables()).toEqual([]);
  });
});

describe('host: Range.copyFrom (ExcelApi 1.9)', () => {
  test('All copies values, formulas, number formats, formats, links and the conditional formats inside the source; a blank clears; tables are not copied', async () => {
    const wb = book();
    await withTable(wb);
    wb.addSheet('Copia');
    wb.setCells('Copia', 'A1', [['viejo', 'viejo', 'viejo', 'viejo']]);
    await wb.run(async (ctx) => {
      const datos = ctx.workbook.worksheets.getItem('Datos');
      datos.getRange('B2:B4').numberFormat = '#,##0.00' as never;
      datos.getRange('A1').format.font.bold = true;
      datos.getRange('D1').formulas = [['=SUM(B2:B4)']];
      datos.getRange('A2').hyperlink = { address: 'https://example.com' };
      datos.getRange('B2:B4').conditionalFormats.add('DataBar');
      const copia = ctx.workbook.worksheets.getItem('Copia');
      copia.getRange('A2:A4').conditionalFormats.add('ColorScale').colorScale.criteria = {
        minimum: { formula: null as unknown as string, type: 'LowestValue', color: '#FFFFFF' },
        maximum: { formula: null as unknown as string, type: 'HighestValue', color: '#000000' },
      };
      copia.getRange('A1:E5').copyFrom(datos.getRange('A1:E5'), 'All');
      await ctx.sync();
    });
    expect(wb.values('Copia', 'A1:E4')).toEqual([
      ['Cliente', 'Ventas', 'Zona', 175, ''],
      ['C1', 100, 'Norte', '', ''],
      ['C2', 50, 'Sur', '', ''],
      ['C3', 25, '', '', ''],
    ]);
    expect(wb.cell('Copia', 'D1').formula).toBe('=SUM(B2:B4)');
    expect(wb.cell('Copia', 'B3').numberFormat).toBe('#,##0.00');
    expect(wb.cell('Copia', 'A1').format.bold).toBe(true);
    expect(wb.hyperlinks('Copia')).toEqual([expect.objectContaining({ cell: 'A2', address: 'https://example.com' })]);
    expect(wb.conditionalFormats('Copia').map((c) => [c.address, c.type])).toEqual([['Copia!B2:B4', 'DataBar']]);
    expect(wb.tables().map((t) => t.sheet)).toEqual(['Datos']);
  });

  test('a source overlapping the destination (same sheet) is read before anything is written', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const datos = ctx.workbook.worksheets.getItem('Datos');
      datos.getRange('B1:C4').copyFrom(datos.getRange('A1:B4'));
      await ctx.sync();
    });
    expect(wb.values('Datos', 'A1:C2')).toEqual([
      ['Cliente', 'Cliente', 'Ventas'],
      ['C1', 'C1', 100],
    ]);
  });

  test('Values pastes results, Formats leaves the contents; transpose is not simulated', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const datos = ctx.workbook.worksheets.getItem('Datos');
      datos.getRange('D1').formulas = [['=SUM(B2:B4)']];
      datos.getRange('D1').numberFormat = [['0.0']];
      const mio = ctx.workbook.worksheets.getItem('Mio');
      mio.getRange('A1').copyFrom('Datos!D1', 'Values');
      mio.getRange('B1').values = [['x']];
      mio.getRange('B1').copyFrom(datos.getRange('D1'), 'Formats');
      await ctx.sync();
    });
    expect(wb.cell('Mio', 'A1')).toMatchObject({ value: 175, formula: null, numberFormat: 'General' });
    expect(wb.cell('Mio', 'B1')).toMatchObject({ value: 'x', numberFormat: '0.0' });
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Mio').getRange('A1').copyFrom('Datos!A1:B2', 'All', false, true);
      await ctx.sync();
    });
    expect(e.code).toBe('NotImplemented');
  });
});
