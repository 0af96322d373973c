import { analyzePortfolio } from '../../src/engine/classify';
import { analyse, withoutParts, type FullAnalysis } from '../../src/engine/pipeline';
import type { Cell } from '../../src/engine/types';
import { LOCALES, type Locale } from '../../src/i18n';
import { metricsMessages } from '../../src/i18n/metricsMessages';
import { fullReport } from '../../src/report/fullReport';
import { metricKind } from '../../src/report/metricsSheets';
import type { KpiBlock, MatrixBlock, NoteBlock, OutputSheet, OutputTable, Report } from '../../src/report/types';
import { AS_OF, d, pipelineInput } from './pipelineFixture';

function build(locale: Locale, options: Parameters<typeof pipelineInput>[0] = { visits: true }) {
  const input = pipelineInput(options);
  const a = analyse(input, { asOf: AS_OF });
  return { a, input, report: fullReport(a, { locale, clients: input.clients }) };
}

const sheetOf = (r: Report, key: string) => r.sheets.find((s) => s.key === key)!;
const tableOf = (s: OutputSheet, key: string) => s.blocks.find((b) => b.type === 'table' && b.key === key) as OutputTable;
const blockOf = <T>(s: OutputSheet, key: string) => s.blocks.find((b) => b.key === key) as T;
const col = (t: OutputTable, key: string) => {
  const k = t.columns.findIndex((c) => c.key === key);
  if (k < 0) throw new Error(`no column ${key} in ${t.key}`);
  return k;
};
/** Rows as objects by column key, for readable expectations. */
const records = (t: OutputTable) => t.rows.map((r) => Object.fromEntries(t.columns.map((c, k) => [c.key, r[k]])));

const NEW_SHEETS = ['metrics', 'cohorts', 'metricsData', 'value', 'validation', 'visits', 'visitPlan', 'visitAgenda', 'crossSell', 'changes'];
const RAW_KEY = /^(sheet|heading|col|metric|metrics|mnote|value|visits|table|chart|axis|matrix|warn|clv|crossSell|cohorts|granularity|notes|changes)\.[A-Za-z0-9_.]+$/;

describe('fullReport: sheets and their titles', () => {
  test('the classification sheets, then metrics, value, visits and cross-selling, data quality last', () => {
    const { report } = build('es');
    expect(report.sheets.map((s) => s.key)).toEqual([
      'summary', 'clients', 'pivot', 'abc', 'rfm', ...NEW_SHEETS, 'quality',
    ]);
  });

  test.each([
    ['es', ['Cartera - Métricas', 'Cartera - Cohortes', 'Cartera - Datos de métricas', 'Cartera - Valor de la cartera', 'Cartera - Validación modelo', 'Cartera - Visitas', 'Cartera - Plan de visitas', 'Cartera - Agenda de visitas', 'Cartera - Venta cruzada', 'Cartera - Cambios']],
    ['pt-BR', ['Cartera - Métricas', 'Cartera - Coortes', 'Cartera - Dados de métricas', 'Cartera - Valor da carteira', 'Cartera - Validação modelo', 'Cartera - Visitas', 'Cartera - Plano de visitas', 'Cartera - Agenda de visitas', 'Cartera - Venda cruzada', 'Cartera - Mudanças']],
    ['en', ['Cartera - Metrics', 'Cartera - Cohorts', 'Cartera - Metrics data', 'Cartera - Portfolio value', 'Cartera - Model validation', 'Cartera - Visits', 'Cartera - Visit plan', 'Cartera - Visit agenda', 'Cartera - Cross-selling', 'Cartera - Changes']],
  ] as const)('localized sheet names (%s): valid Excel names, unique', (locale, titles) => {
    const { report } = build(locale);
    expect(NEW_SHEETS.map((k) => sheetOf(report, k).title)).toEqual(titles);
    const all = report.sheets.map((s) => s.title);
    for (const name of all) {
      expect(name.length).toBeLessThan(32);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(all.length);
  });

  test('the catalogue has the same keys in es, pt and en', () => {
    const keys = (l: 'es' | 'pt' | 'en') => Object.keys(metricsMessages[l]).sort();
    expect(keys('es')).toEqual(keys('en'));
    expect(keys('pt')).toEqual(keys('en'));
  });
});

describe('fullReport: every block is typed, pivot-ready and safe to write', () => {
  const everyText = (report: Report): string[] => {
    const out: string[] = [];
    for (const s of report.sheets) {
      out.push(s.title, s.heading, s.subtitle ?? '');
      for (const b of s.blocks) {
        out.push(b.title ?? '');
        if (b.type === 'table') out.push(...b.columns.map((c) => c.header), ...b.rows.flat().filter((v): v is string => typeof v === 'string'));
        if (b.type === 'kpis') out.push(...b.items.map((i) => i.label), ...b.items.map((i) => i.value).filter((v): v is string => typeof v === 'string'));
        if (b.type === 'notes') out.push(...b.lines);
        if (b.type === 'matrix') out.push(b.corner, ...b.rowLabels, ...b.columnLabels);
      }
      for (const c of s.charts) out.push(c.title, ...c.series.map((x) => x.name), c.categoryAxisTitle ?? '', c.valueAxisTitle ?? '');
    }
    return out;
  };

  test.each(LOCALES)('tables (%s): one cell per column, cells of the column kind, no NaN/Infinity, unique headers and names', (locale) => {
    for (const options of [{ visits: true }, { product: false }]) {
      const { report } = build(locale, options);
      const names = new Set<string>();
      for (const sheet of report.sheets) {
        for (const block of sheet.blocks) {
          if (block.type === 'table') {
            expect(block.name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
            expect(names.has(block.name.toLowerCase())).toBe(false);
            names.add(block.name.toLowerCase());
            expect(new Set(block.columns.map((c) => c.header.toLowerCase())).size).toBe(block.columns.length);
            expect(new Set(block.columns.map((c) => c.key)).size).toBe(block.columns.length);
            for (const row of block.rows) {
              expect(row).toHaveLength(block.columns.length);
              row.forEach((v, k) => {
                const kind = block.columns[k].kind;
                // text from the data sits only in text columns (written as "@": never a formula)
                if (kind === 'text') expect(typeof v).toBe('string');
                else if (v !== '') {
                  expect(typeof v).toBe('number');
                  expect(Number.isFinite(v)).toBe(true);
                }
              });
            }
          } else if (block.type === 'kpis') {
            for (const item of block.items) {
              if (typeof item.value === 'number') expect(Number.isFinite(item.value)).toBe(true);
              else {
                expect(typeof item.value).toBe('string');
                if (item.value !== '') expect(item.kind).toBe('text');
              }
            }
          } else if (block.type === 'matrix') {
            expect(block.values).toHaveLength(block.rowLabels.length);
            for (const row of block.values) {
              expect(row).toHaveLength(block.columnLabels.length);
              for (const v of row as Cell[]) if (v !== '') expect(Number.isFinite(v)).toBe(true);
            }
          }
        }
        // charts draw from a table of their own sheet, by column keys that exist
        for (const chart of sheet.charts) {
          const t = tableOf(sheet, chart.table);
          expect(t).toBeDefined();
          col(t, chart.category);
          chart.series.forEach((s) => col(t, s.column));
        }
        expect(new Set(sheet.charts.map((c) => c.name)).size).toBe(sheet.charts.length);
      }
      const raw = everyText(report).filter((x) => RAW_KEY.test(x));
      expect(raw).toEqual([]);
    }
  });

  test('names that look like formulas stay text cells of text columns', () => {
    const { report } = build('es');
    const plan = tableOf(sheetOf(report, 'visitPlan'), 'VisitPlan');
    expect(plan.columns[col(plan, 'name')].kind).toBe('text');
    expect(plan.rows[1][col(plan, 'name')]).toBe('=HYPERLINK("http://x","y")');
    const opp = tableOf(sheetOf(report, 'crossSell'), 'CrossSellOpportunities');
    expect(opp.columns[col(opp, 'name')]).toMatchObject({ kind: 'text', numberFormat: '@' });
  });
});

describe('fullReport: metrics sheets hold the engine numbers', () => {
  test('the long table: one row per metric row, the value in the column of its kind (hand-computed)', () => {
    const { a, report } = build('es');
    const t = tableOf(sheetOf(report, 'metricsData'), 'MetricsData');
    expect(t.rows).toHaveLength(a.metrics!.rows.length);
    const find = (metric: string, period: string) => records(t).find((r) => r.metricId === metric && r.period === period && r.member === 'Total' && r.dimension === 'Toda la cartera')!;
    expect(find('nrr', '2025-02')).toEqual({
      period: '2025-02',
      periodStart: d(2025, 2, 1),
      metric: 'Retención neta de ingresos (NRR)',
      metricId: 'nrr',
      dimension: 'Toda la cartera',
      member: 'Total',
      valuePercent: 170 / 350,
      valueMoney: '',
      valueNumber: '',
      partial: '',
    });
    // March runs only to the 15th: its rows say so, and it has no rate against February (SPEC §6)
    expect(find('revenue', '2025-03')).toMatchObject({ valueMoney: 140, partial: 'Sí' });
    expect(find('nrr', '2025-03')).toBeUndefined();
    expect(find('retention_rate', '2025-03')).toBeUndefined();
    expect(find('revenue', '2025-02')).toMatchObject({ valuePercent: '', valueMoney: 470, valueNumber: '' });
    expect(find('active_clients', '2025-02')).toMatchObject({ valuePercent: '', valueMoney: '', valueNumber: 3 });
    expect(t.columns.map((c) => [c.key, c.kind])).toEqual([
      ['period', 'text'], ['periodStart', 'date'], ['metric', 'text'], ['metricId', 'text'], ['dimension', 'text'],
      ['member', 'text'], ['valuePercent', 'percent'], ['valueMoney', 'money'], ['valueNumber', 'number'],
      ['partial', 'text'],
    ]);
    // every row fills exactly one value column, the one of its metric's kind
    for (const r of records(t)) {
      const filled = ['valuePercent', 'valueMoney', 'valueNumber'].filter((k) => r[k] !== '');
      const kind = metricKind(r.metricId as never);
      expect(filled).toEqual([kind === 'percent' ? 'valuePercent' : kind === 'money' ? 'valueMoney' : 'valueNumber']);
    }
    expect(sheetOf(report, 'metricsData').freezeHeader).toBe(true);
  });

  test('the overview compares the latest complete period with the previous one and a year before', () => {
    const { report } = build('en');
    const s = sheetOf(report, 'metrics');
    expect(blockOf<NoteBlock>(s, 'about').lines.slice(0, 2)).toEqual([
      'Reference period: 2025-02, the latest complete period.',
      '2025-03 is in progress (only up to the as-of date): it is in the trend and the data sheet, marked partial, without retention, churn, NRR or GRR against the previous period, and not in the comparisons.',
    ]);
    const money = records(tableOf(s, 'MetricsMoney'));
    expect(money[0]).toEqual({ metric: 'Revenue', period: '2025-02', value: 470, previous: 350, vsPrevious: 470 / 350 - 1, yearAgo: '', vsYearAgo: '' });
    const rates = records(tableOf(s, 'MetricsRates'));
    // January is the first period: no NRR to compare with
    expect(rates.find((r) => r.metric === 'Net revenue retention (NRR)')).toEqual({
      metric: 'Net revenue retention (NRR)', period: '2025-02', value: 170 / 350, previous: '', vsPrevious: '', yearAgo: '', vsYearAgo: '',
    });
    const headers = tableOf(s, 'MetricsRates').columns.map((c) => c.header);
    expect(headers).toContain('Change vs 2025-01 (points)');
    expect(headers).toContain('Year-on-year change vs 2024-02 (points)');
    const trend = records(tableOf(s, 'MetricsTrend'));
    expect(trend.map((r) => r.period)).toEqual(['2025-01', '2025-02', '2025-03 (partial)']);
    expect(trend[1]).toEqual({
      period: '2025-02', revenue: 470, newRevenue: 300, existingRevenue: 170, active: 3, new: 1,
      retention: 2 / 3, churn: 1 / 3, nrr: 170 / 350, grr: 120 / 350, partial: 'No',
    });
    expect(trend[2].partial).toBe('Yes');
    // the retention/NRR lines stop before the partial month instead of plunging to 0
    expect(trend[2]).toMatchObject({ revenue: 140, retention: '', churn: '', nrr: '', grr: '' });
    const lorenz = tableOf(s, 'Lorenz').rows;
    expect(lorenz[0]).toEqual([0, 0, 0]);
    expect(lorenz[lorenz.length - 1]).toEqual([1, 1, 1]);
    expect(s.charts.map((c) => [c.key, c.kind, c.table])).toEqual([
      ['retention', 'line', 'MetricsTrend'],
      ['newExisting', 'column', 'MetricsTrend'],
      ['revenueBySegment', 'column', 'RevenueBySegment'],
      ['lorenz', 'scatterLine', 'Lorenz'],
    ]);
  });

  test('the cohort triangle: share still buying with a colour scale, empty (not 0) beyond the as-of date', () => {
    const { report } = build('es');
    const m = blockOf<MatrixBlock>(sheetOf(report, 'cohorts'), 'cohortShare');
    expect(m.rowLabels).toEqual(['2025-01 (3)', '2025-02 (1)']);
    expect(m.columnLabels).toEqual(['+0', '+1', '+2']);
    // January: C1, C2, C4; February: C1, C4 buy; March: C1, C2. February's cohort (C3) does not buy in March.
    expect(m.values).toEqual([[1, 2 / 3, 2 / 3], [1, 0, '']]);
    expect(m.colourScale).toBeDefined();
    expect(m.numberFormat).toBe('0.0%');
  });
});

describe('fullReport: portfolio value', () => {
  test('KPIs, the retention-model clients with their reason, the warnings, the sensitivity', () => {
    const { a, report } = build('es');
    const s = sheetOf(report, 'value');
    const kpis = blockOf<KpiBlock>(s, 'kpis');
    expect(kpis.items[0]).toMatchObject({ label: 'Valor de la cartera (suma del CLV)', value: a.clv!.portfolio.total, kind: 'money' });
    const fallback = records(tableOf(s, 'ValueFallback'));
    expect(fallback.map((r) => r.clientId)).toEqual(['C1', 'C2', 'C3', 'C4']);
    // no margin column: margin rate 1, m = last 12 months' revenue; r unknown (< 2 years) → CLV 0
    expect(fallback[0]).toMatchObject({
      fallbackReason: 'Pocos clientes con compras para ajustar el modelo',
      revenue12: 310,
      marginRate: 1,
      annualMargin: 310,
      pAlive: 0,
      clv: 0,
    });
    const warnings = blockOf<NoteBlock>(s, 'warnings').lines;
    expect(warnings.some((l) => l.startsWith('La retención anual no se puede medir'))).toBe(true);
    const sens = tableOf(s, 'ValueSensitivity');
    expect(sens.rows.map((r) => r[0])).toEqual([0.05, 0.1, 0.15]);
    expect(sens.columns.slice(1).map((c) => c.header.replace(/\u00a0/g, ' '))).toEqual(['Margen −20 %', 'Margen actual', 'Margen +20 %']);
    expect(sens.rows[1][2]).toBe(a.clv!.portfolio.total);
    const assumptions = blockOf<KpiBlock>(s, 'assumptions').items;
    expect(assumptions.find((i) => i.label === 'Fecha de análisis')).toMatchObject({ value: AS_OF, kind: 'date' });
    expect(assumptions.find((i) => i.label === 'Tasa de descuento anual (d)')).toMatchObject({ value: 0.1, kind: 'percent' });
    expect(assumptions.find((i) => i.label === 'Ajuste BG/NBD')).toMatchObject({ value: 'Datos insuficientes', kind: 'text' });
    expect(s.charts.map((c) => c.key)).toEqual(['valueByClass', 'valueBySegment', 'sensitivity']);
  });

  test('the Clients sheet and the columns beside the list get CLV, P(alive), next visit (empty for a prospect)', () => {
    const { report } = build('es');
    const t = tableOf(sheetOf(report, 'clients'), 'clients');
    const rows = records(t);
    expect(rows[0]).toMatchObject({ clientId: 'C1', salesperson: 'Ana', clv: 0, lastVisit: d(2025, 2, 1), nextVisit: d(2025, 3, 3) });
    expect(rows[2]).toMatchObject({ clientId: 'C3', crossSellCount: 1, crossSellValue: 265 });
    expect(rows[4]).toMatchObject({ clientId: 'C5', pAlive: '', clv: '', clvMethod: '', nextVisit: '', crossSellCount: '' });
    const beside = report.clientColumns!;
    expect(beside.columns.slice(-3).map((c) => c.header)).toEqual(['Cartera: CLV', 'Cartera: Probabilidad de seguir activo', 'Cartera: Próxima visita']);
    expect(beside.rows[0].slice(-3)).toEqual([0, 0, d(2025, 3, 3)]);
    expect(beside.rows.every((r) => r.length === beside.columns.length)).toBe(true);
  });
});

describe('fullReport: visits and cross-selling', () => {
  test('portfolio by salesperson with capacity, by territory without; the workload chart', () => {
    const { a, report } = build('es');
    const s = sheetOf(report, 'visits');
    const bySp = records(tableOf(s, 'VisitsBySalesperson'));
    expect(bySp.map((r) => [r.member, r.clients, r.capacityHours, r.overCapacity])).toEqual([
      ['Ana', 2, 1400, 'No'],
      ['Luis', 2, 1400, 'No'],
      ['(sin asignar)', 1, '', ''],
    ]);
    const hours = a.visits!.plan.plannedHours;
    expect(bySp[0].plannedHours).toBeCloseTo(hours[0] + hours[1], 2);
    expect(bySp[0].revenue12).toBe(310 + 280);
    const byZone = records(tableOf(s, 'VisitsByTerritory'));
    expect(byZone.map((r) => r.member)).toEqual(['Norte', 'Sur']);
    expect(tableOf(s, 'VisitsByTerritory').columns.some((c) => c.key === 'capacityHours')).toBe(false);
    expect(s.charts[0]).toMatchObject({ key: 'workload', kind: 'column', table: 'VisitsBySalesperson', category: 'member' });
    const plan = records(tableOf(sheetOf(report, 'visitPlan'), 'VisitPlan'));
    expect(plan[0]).toMatchObject({ clientId: 'C1', abcClass: 'A', status: 'Nuevo', lastVisit: d(2025, 2, 1), visits12: 1, nextVisit: d(2025, 3, 3), dueNow: 'Sí' });
    expect(plan[4]).toMatchObject({ clientId: 'C5', plannedVisits: 0, nextVisit: '', dueNow: '', intervalDays: '' });
  });

  test('ranked opportunities and the segment × line penetration grid (hand-computed)', () => {
    const { report } = build('es');
    const s = sheetOf(report, 'crossSell');
    expect(tableOf(s, 'CrossSellOpportunities').rows).toEqual([
      [1, 'C3', '+34 600 000 000', 'Metal', 'L1', 265, 2 / 3, 'Luis'],
      [2, 'C4', '@cuatro', 'Metal', 'L1', 265, 2 / 3, '(sin asignar)'],
      [3, 'C2', '=HYPERLINK("http://x","y")', 'Metal', 'L2', 70, 1, 'Ana'],
    ]);
    const grid = blockOf<MatrixBlock>(s, 'penetration');
    expect(grid).toMatchObject({ rowLabels: ['Metal (4)'], columnLabels: ['L1', 'L2'], values: [[0.5, 0.75]], numberFormat: '0.0%' });
    expect(grid.colourScale).toBeDefined();
    expect(records(tableOf(s, 'CrossSellGrid'))).toEqual([
      { segment: 'Metal', line: 'L1', clients: 4, buyers: 2, penetration: 0.5, medianSpend: 265 },
      { segment: 'Metal', line: 'L2', clients: 4, buyers: 3, penetration: 0.75, medianSpend: 70 },
    ]);
  });
});

describe('fullReport: parts that did not run', () => {
  test('a failed part keeps its sheet with the reason, and the Summary lists it', () => {
    const { a, input } = build('es');
    const broken: FullAnalysis = { ...a, metrics: null, warnings: [{ part: 'metrics', code: 'error', message: 'boom' }] };
    const report = fullReport(broken, { locale: 'es', clients: input.clients });
    const metrics = sheetOf(report, 'metrics');
    expect(metrics.blocks).toEqual([{ type: 'notes', key: 'failed', lines: ['No se pudieron calcular las métricas por periodo: boom'] }]);
    expect(metrics.charts).toEqual([]);
    expect(report.sheets.some((s) => s.key === 'metricsData')).toBe(false);
    const summary = blockOf<NoteBlock>(sheetOf(report, 'summary'), 'partWarnings');
    expect(summary.lines).toEqual(['No se pudieron calcular las métricas por periodo: boom']);
    // the other parts are all there
    expect(sheetOf(report, 'value').blocks.length).toBeGreaterThan(3);
  });

  test('no product line: the cross-selling sheet says what is missing, in the user language', () => {
    const { report } = build('pt-BR', { product: false });
    expect(sheetOf(report, 'crossSell').blocks).toEqual([
      { type: 'notes', key: 'failed', lines: ['A venda cruzada precisa de uma coluna de linha de produto (ou categoria) nas vendas; nenhuma foi indicada.'] },
    ]);
    expect(blockOf<NoteBlock>(sheetOf(report, 'summary'), 'partWarnings').lines).toHaveLength(1);
    expect(tableOf(sheetOf(report, 'clients'), 'clients').columns.some((c) => c.key === 'crossSellValue')).toBe(false);
  });

  test('a plain classification (no later part ran) still gives every sheet, each saying it did not run', () => {
    const input = pipelineInput();
    const report = fullReport(withoutParts(analyzePortfolio(input, { asOf: AS_OF })), { locale: 'en', clients: input.clients });
    expect(report.sheets.map((s) => s.key)).toEqual(['summary', 'clients', 'pivot', 'abc', 'rfm', 'metrics', 'value', 'validation', 'visits', 'crossSell', 'changes', 'quality']);
    expect(blockOf<NoteBlock>(sheetOf(report, 'value'), 'failed').lines).toEqual(['The portfolio value could not be computed: it did not run']);
    expect(blockOf<NoteBlock>(sheetOf(report, 'summary'), 'partWarnings').lines).toHaveLength(5);
  });
});

describe('fullReport: outputs that would not fit a sheet are cut, with a note', () => {
  test('more metric rows than Excel rows: whole-portfolio rows first, then attributes, up to the limit', () => {
    const { a, input } = build('en');
    const rows = Array.from({ length: 1_000_000 }, (_, k) => ({ period: '2025-01', metric: 'revenue' as const, dimension: 'Zona', member: `Z${k}`, value: 1 }));
    rows.push({ period: '2025-02', metric: 'revenue', dimension: 'all', member: 'all', value: 470 });
    const report = fullReport({ ...a, metrics: { ...a.metrics!, rows } }, { locale: 'en', clients: input.clients });
    const sheet = sheetOf(report, 'metricsData');
    expect(blockOf<NoteBlock>(sheet, 'capped').lines[0]).toBe(
      'The table shows 1,000,000 of 1,000,001 rows (Excel row limit): first the whole portfolio, product lines, buying centres and cohorts, then the attributes.',
    );
    const t = tableOf(sheet, 'MetricsData');
    expect(t.rows).toHaveLength(1_000_000);
    expect(t.rows[0].slice(4, 8)).toEqual(['Whole portfolio', 'Total', '', 470]);
    expect(t.rows[999_999][5]).toBe('Z999998');
    // the revenue-by-segment chart keeps 19 members and sums the rest
    const bySegment = tableOf(sheetOf(report, 'metrics'), 'RevenueBySegment').rows;
    expect(bySegment).toHaveLength(20);
    expect(bySegment[19][0]).toBe('Others (999,981)');
  });

  test('a penetration grid of many segments shows the largest ones; the long table keeps them all', () => {
    const { a, input } = build('en');
    const x = a.crossSell!;
    const S = 250;
    const segments = Array.from({ length: S }, (_, s) => `S${s}`);
    const segmentClients = Int32Array.from({ length: S }, (_, s) => (s === 0 ? 1 : 1000 - s)); // S0 is the smallest
    const big = {
      ...x,
      segments,
      segmentClients,
      lineBuyers: new Int32Array(S * 2).fill(1),
      penetration: new Float64Array(S * 2).fill(0.5),
      medianSpend: new Float64Array(S * 2).fill(100),
    };
    const report = fullReport({ ...a, crossSell: big }, { locale: 'en', clients: input.clients });
    const s = sheetOf(report, 'crossSell');
    const grid = blockOf<MatrixBlock>(s, 'penetration');
    expect(grid.rowLabels).toHaveLength(200);
    expect(grid.rowLabels[0]).toBe('S1 (999)');
    expect(grid.rowLabels.some((l) => l.startsWith('S0 '))).toBe(false);
    expect(blockOf<NoteBlock>(s, 'about').lines).toContain(
      'The grid shows the 200 segments with most clients and the 2 lines with most buyers; the penetration table has them all.',
    );
    expect(tableOf(s, 'CrossSellGrid').rows).toHaveLength(S * 2);
  });
});
