import { createWorkbook } from '../../src/host';
import { syncError } from './helpers';

function data() {
  const wb = createWorkbook();
  wb.setCells('Sheet1', 'A1', [
    ['Mes', 'Ventas', 'Clientes'],
    ['Ene', 100, 5],
    ['Feb', 150, 7],
  ]);
  return wb;
}

describe('host rules §6 charts', () => {
  test('rule 6.1 charts.add(type, Range, seriesBy): Columns → one series per column, header names, text categories', async () => {
    const wb = data();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.charts.add('ColumnClustered', ws.getRange('A1:C3'), 'Columns');
    });
    const [c] = wb.charts();
    expect(c.type).toBe('ColumnClustered');
    expect(c.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ['Ventas', [100, 150], ['Ene', 'Feb']],
      ['Clientes', [5, 7], ['Ene', 'Feb']],
    ]);
  });

  test('rule 6.1 seriesBy Rows; Auto = Columns (Excel on the web)', async () => {
    const wb = data();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.charts.add('Line', ws.getRange('A1:C3'), 'Rows');
      ws.charts.add('Line', ws.getRange('A1:C3'), 'Auto');
    });
    const [byRows, auto] = wb.charts();
    expect(byRows.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ['Ene', [100, 5], ['Ventas', 'Clientes']],
      ['Feb', [150, 7], ['Ventas', 'Clientes']],
    ]);
    expect(auto.series.map((s) => s.name)).toEqual(['Ventas', 'Clientes']);
    expect(byRows.name).toBe('Chart 1');
    expect(auto.name).toBe('Chart 2');
  });

  test('rule 6.2 type strings are checked (InvalidArgument for unknown), 1.9 types accepted', async () => {
    const wb = data();
    const e = await syncError(wb, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.charts.add('ColumnStacked3DFancy' as never, ws.getRange('A1:B3'));
    });
    expect(e.code).toBe('InvalidArgument');
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.charts.add('Pareto', ws.getRange('A1:B3'));
    });
    expect(wb.charts()[0].type).toBe('Pareto');
  });

  test('rule 6.3 combo: per-series chartType and axisGroup', async () => {
    const wb = data();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const ch = ws.charts.add('ColumnClustered', ws.getRange('A1:C3'), 'Columns');
      const s = ch.series.getItemAt(1);
      s.chartType = 'Line';
      s.axisGroup = 'Secondary';
      ch.axes.getItem('Value', 'Secondary').title.text = 'Clientes';
    });
    const [c] = wb.charts();
    expect(c.series.map((s) => [s.chartType, s.axisGroup])).toEqual([
      ['ColumnClustered', 'Primary'],
      ['Line', 'Secondary'],
    ]);
    expect(c.axes.secondaryValue.title).toBe('Clientes');
    const e = await syncError(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').charts.getItemAt(0).series.getItemAt(0).axisGroup = 'Tertiary' as never;
    });
    expect(e.code).toBe('InvalidArgument');
  });

  test('rule 6.4 series.add + setValues/setXAxisValues; delete', async () => {
    const wb = data();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const ch = ws.charts.add('Line', ws.getRange('A1:B3'), 'Columns');
      const s = ch.series.add('Clientes');
      s.setValues(ws.getRange('C2:C3'));
      s.setXAxisValues(ws.getRange('A2:A3'));
      ch.series.getItemAt(0).delete();
    });
    expect(wb.charts()[0].series).toEqual([
      expect.objectContaining({ name: 'Clientes', values: [5, 7], xValues: ['Ene', 'Feb'], valuesAddress: 'Sheet1!C2:C3' }),
    ]);
  });

  test('rule 6.5 title, axis titles, axis numberFormat/min/max, legend, position', async () => {
    const wb = data();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const ch = ws.charts.add('ColumnClustered', ws.getRange('A1:B3'), 'Columns');
      ch.title.text = 'Ventas por mes';
      ch.axes.categoryAxis.title.text = 'Mes';
      ch.axes.valueAxis.title.text = '€';
      ch.axes.valueAxis.numberFormat = '#,##0';
      ch.axes.valueAxis.minimum = 0;
      ch.axes.valueAxis.maximum = 200;
      ch.legend.position = 'Bottom';
      ch.setPosition('E2', 'J15');
    });
    const [c] = wb.charts();
    expect(c.title).toBe('Ventas por mes');
    expect(c.axes.category.title).toBe('Mes');
    expect(c.axes.value).toEqual({ title: '€', numberFormat: '#,##0', minimum: 0, maximum: 200 });
    expect(c.legend).toEqual({ position: 'Bottom', visible: true });
    expect(c.position).toEqual({ top: 15, left: 4 * 48, width: 6 * 48, height: 14 * 15 });
  });

  test('rule 6.6 on the web chartType reads null for Pareto, Waterfall, Treemap…', async () => {
    const wb = data();
    const t = await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const a = ws.charts.add('Waterfall', ws.getRange('A1:B3')).load('chartType');
      const b = ws.charts.add('Pie', ws.getRange('A1:B3')).load('chartType');
      await ctx.sync();
      return [a.chartType, b.chartType];
    });
    expect(t).toEqual([null, 'Pie']);
  });

  test('charts.getItem by name, delete, getItem on a deleted chart → ItemNotFound', async () => {
    const wb = data();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.charts.add('Pie', ws.getRange('A1:B3')).name = 'Tarta';
    });
    await wb.run(async (ctx) => ctx.workbook.worksheets.getItem('Sheet1').charts.getItem('Tarta').delete());
    expect(wb.charts()).toEqual([]);
    expect((await syncError(wb, async (ctx) => void ctx.workbook.worksheets.getItem('Sheet1').charts.getItem('Tarta').load('name'))).code).toBe('ItemNotFound');
  });
});
