// Issue #19 "outputs that feel native to Excel": charts beside the table they draw, axes in the
// number format of their data, legends that show every series name, plain row numbers.
import { analyzePortfolio } from '../../src/engine/classify';
import { analyse, withoutParts } from '../../src/engine/pipeline';
import { writeReport } from '../../src/excel/writeReport';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook } from '../../src/host';
import { fullReport } from '../../src/report/fullReport';
import { PLAIN_INTEGER } from '../../src/report/reportContext';
import { BESIDE_MAX_POINTS, CHART_MIN_POINTS, legendPoints, legendVisible, POINTS_PER_CHAR, sheetLayout } from '../../src/report/sheetLayout';
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
  test('every chart starts beside its table (one spacer column right of it, within its rows), or right below it from column A when the table is wider than a screen; none overlaps another or a block', () => {
    const report = build();
    let charts = 0;
    let below = 0;
    for (const sheet of report.sheets) {
      const layout = sheetLayout(sheet);
      const seen = new Set<string>();
      sheet.charts.forEach((spec, k) => {
        charts++;
        const own = layout.blocks.find((b) => b.block.type === 'table' && b.block.key === spec.table)!;
        expect(own).toBeDefined();
        const pos = layout.charts[k];
        const right = leftOf(layout.columnWidths, own.left + own.columns);
        if (right <= BESIDE_MAX_POINTS) {
          expect(pos.topLeft.column).toBe(own.left + own.columns + 1);
          if (!seen.has(spec.table)) expect(pos.topLeft.row).toBe(own.titleRow >= 0 ? own.titleRow : own.top);
        } else {
          below++;
          expect(pos.topLeft.row).toBe(own.top + own.rows + 1);
          if (!seen.has(spec.table)) expect(pos.topLeft.column).toBe(0);
        }
        // never off screen: the chart starts within BESIDE_MAX_POINTS plus one spacer column
        expect(leftOf(layout.columnWidths, pos.topLeft.column)).toBeLessThanOrEqual(BESIDE_MAX_POINTS + 40 * POINTS_PER_CHAR);
        seen.add(spec.table);
        // no chart covers a block's cells nor another chart
        for (const b of layout.blocks) {
          const from = b.titleRow >= 0 ? b.titleRow : b.top;
          const overlapsRows = from <= pos.bottomRight.row && b.top + b.rows - 1 >= pos.topLeft.row;
          const overlapsColumns = b.left <= pos.bottomRight.column && b.left + b.columns - 1 >= pos.topLeft.column;
          expect([spec.name, b.block.key, overlapsRows && overlapsColumns]).toEqual([spec.name, b.block.key, false]);
        }
        for (let j = 0; j < k; j++) {
          const o = layout.charts[j];
          const apart = o.bottomRight.row < pos.topLeft.row || o.topLeft.row > pos.bottomRight.row || o.bottomRight.column < pos.topLeft.column || o.topLeft.column > pos.bottomRight.column;
          expect(apart).toBe(true);
        }
      });
    }
    expect(charts).toBeGreaterThanOrEqual(10);
    expect(below).toBeGreaterThanOrEqual(1);
  });

  test('Métricas: the trend charts are right below the (wide) trend table, side by side from column A', () => {
    const sheet = build().sheets.find((s) => s.key === 'metrics')!;
    const layout = sheetLayout(sheet);
    const trend = layout.blocks.find((b) => b.block.key === 'MetricsTrend')!;
    expect(layout.charts[0].topLeft).toEqual({ row: trend.top + trend.rows + 1, column: 0 });
    expect(layout.charts[1].topLeft.row).toBe(layout.charts[0].topLeft.row);
    expect(layout.charts[1].topLeft.column).toBeGreaterThan(layout.charts[0].bottomRight.column);
    // the next block starts under the charts
    const next = layout.blocks[layout.blocks.indexOf(trend) + 1];
    expect(Math.min(next.titleRow >= 0 ? next.titleRow : next.top, next.top)).toBeGreaterThan(layout.charts[0].bottomRight.row);
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

describe('conditional formats: data bars, icon sets, colour scales', () => {
  /** "Sheet!X5:X20": the data cells of a table column, as the host prints addresses. */
  function columnAddress(wb: Awaited<ReturnType<typeof written>>, tableName: string, header: string): string {
    const t = wb.tables().find((x) => x.name === tableName)!;
    const [sheet, ref] = t.address.split('!');
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
    const first = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const k = t.headers.indexOf(header);
    expect(k).toBeGreaterThanOrEqual(0);
    let letters = '';
    for (let n = first + k + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return `${sheet}!${letters}${Number(m[2]) + 1}:${letters}${m[4]}`;
  }

  test('Clients: data bars on 12-month revenue and CLV, five-rating icons on R, F and M; Pareto: data bar on value; trend: colour scale on retention', async () => {
    const report = build();
    const wb = await written(report);
    const clients = report.sheets.find((s) => s.key === 'clients')!.blocks.find((b) => b.type === 'table') as OutputTable;
    const header = (key: string) => clients.columns.find((c) => c.key === key)!.header;
    const formats = wb.conditionalFormats();
    const at = (address: string) => formats.filter((f) => f.address === address).map((f) => f.type);
    expect(at(columnAddress(wb, 'Cartera_Clients', header('revenue12')))).toEqual(['DataBar']);
    expect(at(columnAddress(wb, 'Cartera_Clients', header('clv')))).toEqual(['DataBar']);
    for (const key of ['r', 'f', 'm']) {
      const address = columnAddress(wb, 'Cartera_Clients', header(key));
      const icons = formats.find((f) => f.address === address && f.type === 'IconSet')!;
      expect(icons).toBeDefined();
      expect(icons.iconSet!.style).toBe('FiveRating');
      expect(icons.iconSet!.criteria.slice(1).map((c) => [c.type, c.operator, c.formula])).toEqual(['2', '3', '4', '5'].map((n) => ['Number', 'GreaterThanOrEqual', n]));
    }
    const pareto = report.sheets.find((s) => s.key === 'abc')!.blocks.find((b) => b.type === 'table' && b.key === 'Pareto') as OutputTable;
    expect(at(columnAddress(wb, 'Cartera_Pareto', pareto.columns.find((c) => c.key === 'abcValue')!.header))).toEqual(['DataBar']);
    const trend = report.sheets.find((s) => s.key === 'metrics')!.blocks.find((b) => b.type === 'table' && b.key === 'MetricsTrend') as OutputTable;
    expect(at(columnAddress(wb, 'Cartera_MetricsTrend', trend.columns.find((c) => c.key === 'retention')!.header))).toEqual(['ColorScale']);
    // the cohort triangles keep theirs
    expect(formats.filter((f) => f.sheet === report.sheets.find((s) => s.key === 'cohorts')!.title && f.type === 'ColorScale').length).toBeGreaterThanOrEqual(2);
  });

  test('without ExcelApi 1.6 no conditional format is attempted', async () => {
    const wb = await written(build(), (v) => Number(v.split('.')[1]) < 6);
    expect(wb.conditionalFormats()).toEqual([]);
  });

  test('the --out workbook (saved with ExcelJS) keeps the data bars, icon sets and colour scales', async () => {
    const { saveWorkbook, loadWorkbookFile } = await import('../../src/host/xlsx');
    const wb = await written(build());
    const bytes = await saveWorkbook(wb);
    const back = await loadWorkbookFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 'out.xlsx');
    const count = (w: typeof wb) => {
      const by: Record<string, number> = {};
      for (const f of w.conditionalFormats()) by[f.type] = (by[f.type] ?? 0) + 1;
      return by;
    };
    expect(count(back)).toEqual(count(wb));
    expect(count(wb)).toEqual(expect.objectContaining({ DataBar: 3, IconSet: 3 }));
  });
});

describe('hyperlinks from the summary to every sheet', () => {
  const summaryName = (report: Report) => report.sheets.find((s) => s.key === 'summary')!.title;

  test('the Summary lists every other output sheet, each linked to its A1 under the name it has after the swap; a re-run keeps them valid', async () => {
    const report = build();
    const wb = await written(report);
    const check = () => {
      const links = wb.hyperlinks(summaryName(report));
      const others = report.sheets.filter((s) => s.key !== 'summary');
      expect(links).toHaveLength(others.length);
      const names = new Set(wb.sheets().map((s) => s.name));
      links.forEach((link, k) => {
        expect(link.documentReference).toBe(`'${others[k].title}'!A1`);
        const [, target] = /^'(.*)'!A1$/.exec(link.documentReference!)!;
        expect(names.has(target.replace(/''/g, "'"))).toBe(true);
        expect(wb.cell(summaryName(report), link.cell).value).toBe(others[k].title);
      });
    };
    check();
    await writeReport(wb.run.bind(wb) as ExcelRun, report, { locale: 'es', apiSupport: () => true });
    check();
  });

  test('a sheet name taken by the user: the link follows the name the output gets ("… (2)")', async () => {
    const report = build();
    const wb = createWorkbook({ sheets: ['Datos', report.sheets[1].title] });
    await writeReport(wb.run.bind(wb) as ExcelRun, report, { locale: 'es', apiSupport: () => true });
    const link = wb.hyperlinks(summaryName(report))[0];
    expect(link.documentReference).toBe(`'${report.sheets[1].title} (2)'!A1`);
    expect(wb.sheets().map((s) => s.name)).toContain(`${report.sheets[1].title} (2)`);
  });

  test('before ExcelApi 1.7 the contents are plain text; in --out workbooks the links are kept', async () => {
    const report = build();
    const old = await written(report, (v) => Number(v.split('.')[1]) < 7);
    expect(old.hyperlinks(summaryName(report))).toEqual([]);
    const { saveWorkbook, loadWorkbookFile } = await import('../../src/host/xlsx');
    const wb = await written(report);
    const bytes = await saveWorkbook(wb);
    const back = await loadWorkbookFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 'out.xlsx');
    expect(back.hyperlinks(summaryName(report)).map((h) => [h.cell, h.documentReference])).toEqual(wb.hyperlinks(summaryName(report)).map((h) => [h.cell, h.documentReference]));
  });
});

describe('PivotTable over the Clients table', () => {
  test('a PivotTable on its own sheet: ABC class × salesperson, revenue summed and clients counted, over the Clients table by its final name; a re-run leaves one', async () => {
    const report = build();
    const sheet = report.sheets.find((s) => s.key === 'pivot')!;
    expect(report.sheets.map((s) => s.key).slice(0, 3)).toEqual(['summary', 'clients', 'pivot']);
    const wb = await written(report);
    const expected = {
      name: 'CarteraClientes',
      sheet: sheet.title,
      source: { table: 'Cartera_Clients' },
      rows: ['Clase ABC'],
      columns: ['Vendedor'],
      filters: [],
    };
    expect(wb.pivotTables()).toEqual([expect.objectContaining(expected)]);
    expect(wb.pivotTables()[0].data.map((d) => [d.field, d.name, d.summarizeBy])).toEqual([
      ['Ventas 12 meses', 'Suma de Ventas 12 meses', 'Sum'],
      ['Código cliente', 'Número de clientes', 'Count'],
    ]);
    await writeReport(wb.run.bind(wb) as ExcelRun, report, { locale: 'es', apiSupport: () => true });
    expect(wb.pivotTables()).toEqual([expect.objectContaining(expected)]);
    // slicers on status and RFM segment beside it (ExcelApi 1.10), one under the other
    expect(wb.slicers().map((x) => [x.sheet, x.source, x.field])).toEqual([
      [sheet.title, { pivot: 'CarteraClientes' }, 'Estado'],
      [sheet.title, { pivot: 'CarteraClientes' }, 'Segmento RFM'],
    ]);
    const [first, second] = wb.slicers();
    expect(second.top).toBeGreaterThanOrEqual(first.top + first.height);
    // the note says what it holds (for Excel without the API and for --out files)
    expect(wb.values(sheet.title).flat().join(' ')).toContain('Cartera_Clients');
  });

  test('without ExcelApi 1.8 there is no PivotTable, the sheet keeps its note; without salesperson the columns are the RFM segment', async () => {
    const report = build();
    const wb = await written(report, (v) => Number(v.split('.')[1]) < 8);
    expect(wb.pivotTables()).toEqual([]);
    expect(wb.slicers()).toEqual([]);
    const noSlicers = await written(report, (v) => Number(v.split('.')[1]) < 10);
    expect([noSlicers.pivotTables().length, noSlicers.slicers().length]).toEqual([1, 0]);
    expect(wb.sheets().map((s) => s.name)).toContain(report.sheets.find((s) => s.key === 'pivot')!.title);
    const input = pipelineInput({});
    const plain = fullReport(withoutParts(analyzePortfolio(input, { asOf: AS_OF })), { locale: 'en', clients: input.clients });
    const pivot = plain.sheets.find((s) => s.key === 'pivot')!.blocks.find((b) => b.type === 'pivot')!;
    expect(pivot.type === 'pivot' && [pivot.rows, pivot.columns]).toEqual([['ABC class'], ['RFM segment']]);
  });
});

describe('print setup of the lists a manager prints', () => {
  test('the visit plan prints landscape, one page wide, its header row on every page; other sheets keep Excel\'s defaults; none before ExcelApi 1.9', async () => {
    const report = build();
    const plan = report.sheets.find((s) => s.key === 'visitPlan')!;
    const header = sheetLayout(plan).headerRow + 1;
    const wb = await written(report);
    expect(wb.pageLayout(plan.title)).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: `$${header}:$${header}` });
    expect(wb.pageLayout(report.sheets.find((s) => s.key === 'metrics')!.title)).toBeNull();
    const old = await written(report, (v) => Number(v.split('.')[1]) < 9);
    expect(old.pageLayout(plan.title)).toBeNull();
  });

  test('the visit agenda (printed per salesperson) prints the same way', async () => {
    const report = build();
    const agenda = report.sheets.find((s) => s.key === 'visitAgenda')!;
    const header = sheetLayout(agenda).headerRow + 1;
    const wb = await written(report);
    expect(wb.pageLayout(agenda.title)).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: `$${header}:$${header}` });
  });

  test('a campaign list sheet written with writeListSheet prints the same way', async () => {
    const { segmentListSheet } = await import('../../src/taskpane/segmentListSheet');
    const { writeListSheet } = await import('../../src/excel/writeListSheet');
    const input = pipelineInput({ visits: true });
    const a = analyse(input, { asOf: AS_OF });
    const mask = new Uint8Array(a.clientCount).fill(1);
    const sheet = segmentListSheet({ analysis: a, clients: input.clients!, mask, name: 'Todos', locale: 'es' });
    const wb = createWorkbook({ sheets: ['Datos'] });
    const result = await writeListSheet(wb.run.bind(wb) as ExcelRun, sheet, { apiSupport: () => true });
    const header = sheetLayout(sheet).headerRow + 1;
    expect(wb.pageLayout(result.sheet)).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: `$${header}:$${header}` });
  });
});
