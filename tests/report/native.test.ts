// Issue #19 "outputs that feel native to Excel": charts beside the table they draw, axes in the
// number format of their data, legends that show every series name, plain row numbers.
import { analyse } from '../../src/engine/pipeline';
import { writeReport } from '../../src/excel/writeReport';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook } from '../../src/host';
import { fullReport } from '../../src/report/fullReport';
import { PLAIN_INTEGER } from '../../src/report/reportContext';
import { CHART_MIN_POINTS, legendPoints, legendVisible, POINTS_PER_CHAR, sheetLayout } from '../../src/report/sheetLayout';
import type { OutputTable, Report } from '../../src/report/types';
import { AS_OF, pipelineInput } from './pipelineFixture';

function build(): Report {
  const input = pipelineInput({ visits: true, product: true });
  return fullReport(analyse(input, { asOf: AS_OF }), { locale: 'es', clients: input.clients });
}

async function written(report: Report, support = (_: string) => true) {
  const wb = createWorkbook({ sheets: ['Datos'] });
  await writeReport(wb.run.bind(wb) as ExcelRun, report, { locale: 'es', apiSupport: support });
  return wb;
}

/** Points from the left edge of the sheet to the left of column `column`. */
const leftOf = (widths: number[], column: number) => {
  let sum = 0;
  for (let c = 0; c < column; c++) sum += widths[c] !== undefined ? widths[c] * POINTS_PER_CHAR : 48;
  return sum;
};

describe('charts beside their tables', () => {
  test('every chart starts beside its table: at most one spacer column right of the blocks beside it, the first of each table within its rows', () => {
    const report = build();
    let charts = 0;
    for (const sheet of report.sheets) {
      const layout = sheetLayout(sheet);
      const seen = new Set<string>();
      sheet.charts.forEach((spec, k) => {
        charts++;
        const own = layout.blocks.find((b) => b.block.type === 'table' && b.block.key === spec.table)!;
        expect(own).toBeDefined();
        const pos = layout.charts[k];
        const beside = layout.blocks.filter((b) => (b.titleRow >= 0 ? b.titleRow : b.top) <= pos.bottomRight.row && b.top + b.rows - 1 >= pos.topLeft.row);
        const rightEdge = Math.max(own.left + own.columns, ...beside.map((b) => b.left + b.columns));
        expect(pos.topLeft.column).toBe(rightEdge + 1);
        // never dozens of columns away: within 8 columns and 700 pt of its own table's right edge
        expect(pos.topLeft.column - (own.left + own.columns)).toBeLessThanOrEqual(8);
        expect(leftOf(layout.columnWidths, pos.topLeft.column) - leftOf(layout.columnWidths, own.left + own.columns)).toBeLessThanOrEqual(700);
        if (!seen.has(spec.table)) expect(pos.topLeft.row).toBeLessThanOrEqual(own.top + own.rows);
        seen.add(spec.table);
        // no two charts overlap
        for (let j = 0; j < k; j++) expect(layout.charts[j].bottomRight.row).toBeLessThan(pos.topLeft.row);
      });
    }
    expect(charts).toBeGreaterThanOrEqual(10);
  });

  test('the metrics charts are no longer right of the widest table: each starts at the edge of the blocks beside it', () => {
    const sheet = build().sheets.find((s) => s.key === 'metrics')!;
    const layout = sheetLayout(sheet);
    const trend = layout.blocks.find((b) => b.block.key === 'MetricsTrend')!;
    // the retention/NRR chart starts on the trend table's title row
    expect(layout.charts[0].topLeft.row).toBe(trend.titleRow);
  });
});

describe('chart axes, legends and sizes in the written workbook', () => {
  test('value axes take the data format (percent for rates, money without decimals), the Lorenz curve is 0–100 % on both axes', async () => {
    const report = build();
    const wb = await written(report);
    const byName = new Map(wb.charts().map((c) => [c.name, c]));
    const retention = byName.get('CarteraRetentionNrr')!;
    expect(retention.axes.value.numberFormat).toBe('0%');
    expect(byName.get('CarteraNewExistingRevenue')!.axes.value.numberFormat).toBe('#,##0');
    const lorenz = byName.get('CarteraLorenz')!;
    expect(lorenz.type).toBe('XYScatterLinesNoMarkers');
    expect([lorenz.axes.category.numberFormat, lorenz.axes.value.numberFormat]).toEqual(['0%', '0%']);
    expect([lorenz.axes.category.minimum, lorenz.axes.category.maximum]).toEqual([0, 1]);
    const pareto = byName.get('CarteraPareto')!;
    expect(pareto.axes.value.numberFormat).toBe('#,##0');
    expect(pareto.axes.secondaryValue.numberFormat).toBe('0%');
    // every chart with a value axis has a format (none left to "General": 0.2…1.2, 2.5M)
    for (const sheet of report.sheets)
      for (const spec of sheet.charts) {
        if (spec.kind === 'pie') continue;
        expect([spec.name, byName.get(spec.name)!.axes.value.numberFormat]).not.toEqual([spec.name, 'General']);
      }
  });

  test('money axes carry the currency, without decimals', async () => {
    const input = pipelineInput({ visits: true });
    const report = fullReport(analyse(input, { asOf: AS_OF }), { locale: 'es', clients: input.clients, currency: 'EUR' });
    const wb = await written(report);
    expect(wb.charts().find((c) => c.name === 'CarteraStatusRevenue')!.axes.value.numberFormat).toBe('#,##0 "€";-#,##0 "€"');
  });

  test('before ExcelApi 1.8 the axes are left linked to their source (no numberFormat set)', async () => {
    const wb = await written(build(), (v) => Number(v.split('.')[1]) < 8);
    expect(wb.charts().find((c) => c.name === 'CarteraRetentionNrr')!.axes.value.numberFormat).toBe('General');
  });

  test('legends: shown when they tell two series apart, at the bottom, and the chart is wide enough for every name whole', async () => {
    const report = build();
    const wb = await written(report);
    const byName = new Map(wb.charts().map((c) => [c.name, c]));
    for (const sheet of report.sheets)
      for (const spec of sheet.charts) {
        const chart = byName.get(spec.name)!;
        expect([spec.name, chart.legend.visible]).toEqual([spec.name, legendVisible(spec)]);
        expect(chart.legend.position).toBe('Bottom');
        expect(chart.position.width).toBeGreaterThanOrEqual(Math.max(CHART_MIN_POINTS, legendPoints(spec)));
      }
    expect(byName.get('CarteraStatusClients')!.legend.visible).toBe(false);
    expect(byName.get('CarteraNewExistingRevenue')!.legend.visible).toBe(true);
  });

  test('a legend of long names widens its chart', () => {
    const long = 'Ventas de clientes existentes en el periodo';
    const spec = { key: 'c', name: 'C', kind: 'column' as const, title: 't', table: 't', category: 'x', series: [{ column: 'a', name: long }, { column: 'b', name: long.replace('existentes', 'nuevos') }] };
    expect(legendPoints(spec)).toBeGreaterThan(CHART_MIN_POINTS);
    const layout = sheetLayout({ key: 's', title: 'S', heading: 'H', blocks: [{ type: 'table', key: 't', name: 'T', columns: [{ key: 'x', header: 'X', kind: 'text', numberFormat: '@' }], rows: [] }], charts: [spec] });
    const pos = layout.charts[0];
    expect(leftOf(layout.columnWidths, pos.bottomRight.column + 1) - leftOf(layout.columnWidths, pos.topLeft.column)).toBeGreaterThanOrEqual(legendPoints(spec));
  });
});

describe('row numbers and ranks', () => {
  test('ranks, row numbers and RFM scores are plain integers ("0"), in the model and in the cells', async () => {
    const report = build();
    const column = (sheetKey: string, tableKey: string, key: string) => {
      const t = report.sheets.find((s) => s.key === sheetKey)!.blocks.find((b) => b.type === 'table' && b.key === tableKey) as OutputTable;
      return t.columns.find((c) => c.key === key)!;
    };
    for (const [s, t, c] of [
      ['abc', 'Pareto', 'abcRank'],
      ['clients', 'clients', 'abcRank'],
      ['clients', 'clients', 'r'],
      ['clients', 'clients', 'rfmValue'],
      ['rfm', 'RfmBands', 'score'],
    ] as const)
      expect([s, t, c, column(s, t, c).numberFormat]).toEqual([s, t, c, PLAIN_INTEGER]);
    const wb = await written(report);
    const pareto = wb.tables().find((t) => t.name === 'Cartera_Pareto')!;
    const [sheet, address] = pareto.address.split('!');
    const firstData = Number(/\d+/.exec(address)![0]) + 1;
    expect(wb.cell(sheet.replace(/'/g, ''), `A${firstData}`).numberFormat).toBe('0');
  });
});
