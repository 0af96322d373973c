// The classification sheets (summary, clients, ABC, RFM, data quality) from PortfolioAnalysis.
// The Clients sheet and the columns beside the list hold every client field that applies
// (./clientFields): the classification's alone for a PortfolioAnalysis, the later parts' too for
// fullReport's FullAnalysis.
import type { PortfolioAnalysis } from '../engine/classify';
import { withoutParts, type FullAnalysis } from '../engine/pipeline';
import { ABC_CLASSES, BEHAVIOURS, NO_CODE, RFM_SEGMENTS, STATUSES, type Cell } from '../engine/types';
import { formatDate, formatPercent, type MessageKey } from '../i18n';
import { sheetLinks } from './sheetLinks';
import { BAR_COLOUR, clientColumnsSteps, clientTableSteps } from './clientTable';
import { paretoCurve } from './paretoCurve';
import { qualitySheet } from './qualitySheet';
import { fraction, money, plainInteger, reportContext, tableName, type ReportContext, type ReportOptions } from './reportContext';
import { drain, ROWS_PER_STEP } from './steps';
import type { KpiBlock, MatrixBlock, NoteBlock, OutputSheet, OutputTable, Report } from './types';

const BLUE_SCALE = { colours: ['#F8FBFF', '#9DC3E6', '#1F4E79'] as [string, string, string] };

export function portfolioSheets(analysis: PortfolioAnalysis, options: ReportOptions): OutputSheet[] {
  return drain(portfolioSheetsSteps(withoutParts(analysis), options));
}

/** portfolioSheets, yielding between sheets and every ROWS_PER_STEP rows of the per-client tables. */
export function* portfolioSheetsSteps(analysis: FullAnalysis, options: ReportOptions): Generator<void, OutputSheet[]> {
  const ctx = reportContext(options);
  const subtitle = ctx.text('subtitle.asOf', { date: formatDate(ctx.locale, analysis.asOf) });
  const summary = summarySheet(analysis, ctx, subtitle);
  yield;
  const clients: OutputSheet = {
    key: 'clients',
    title: ctx.text('sheet.clients'),
    heading: ctx.text('heading.clients'),
    subtitle,
    blocks: [yield* clientTableSteps(analysis, options)],
    charts: [],
    freezeHeader: true,
  };
  yield;
  const abc = yield* abcSheet(analysis, ctx, subtitle);
  yield;
  const rfm = rfmSheet(analysis, ctx, subtitle);
  return [summary, clients, abc, rfm, qualitySheet(analysis.quality, ctx, subtitle)];
}

/** Every output of a classification run: the sheets and the columns beside the client list. */
export function portfolioReport(analysis: PortfolioAnalysis, options: ReportOptions): Report {
  return drain(portfolioReportSteps(withoutParts(analysis), options));
}

/** portfolioReport a part at a time (see ./steps), with the client fields of every part that ran. */
export function* portfolioReportSteps(analysis: FullAnalysis, options: ReportOptions): Generator<void, Report> {
  const sheets = yield* portfolioSheetsSteps(analysis, options);
  yield;
  return sheetLinks({ sheets, clientColumns: yield* clientColumnsSteps(analysis, options) }, options);
}

function table(key: string, title: string, columns: OutputTable['columns'], rows: Cell[][]): OutputTable {
  return { type: 'table', key, name: tableName(key), title, columns, rows, style: 'TableStyleMedium2' };
}

function paretoSentence(analysis: PortfolioAnalysis, ctx: ReportContext): string {
  const p = analysis.summary.pareto;
  if (p.rankedClients === 0) return ctx.text('pareto.none');
  return ctx.text('pareto.sentence', {
    clients: formatPercent(ctx.locale, p.clientShare),
    value: formatPercent(ctx.locale, p.valueShare),
    basis: ctx.text(`basis.${analysis.summary.valueBasis}`),
  });
}

function summarySheet(analysis: PortfolioAnalysis, ctx: ReportContext, subtitle: string): OutputSheet {
  const s = analysis.summary;
  const q = analysis.quality;
  const f = ctx.formats;
  const kpi = (key: MessageKey, value: Cell, kind: 'integer' | 'money' | 'date'): KpiBlock['items'][number] => ({
    label: ctx.text(key),
    value,
    kind,
    numberFormat: f[kind],
  });
  const kpis: KpiBlock = {
    type: 'kpis',
    key: 'kpis',
    title: ctx.text('kpi.title'),
    items: [
      kpi('kpi.asOf', analysis.asOf, 'date'),
      kpi('kpi.clients', s.clients, 'integer'),
      kpi('kpi.customers', s.customers, 'integer'),
      kpi('kpi.prospects', s.prospects, 'integer'),
      kpi('kpi.notInList', s.notInList, 'integer'),
      kpi(`kpi.value.${s.valueBasis}.${s.valueWindow}`, money(s.totalValueCents), 'money'),
      kpi('kpi.rowsRead', q.rowsRead, 'integer'),
      kpi('kpi.rowsUsed', q.rowsUsed, 'integer'),
      kpi('kpi.rowsRejected', q.rowsRejected, 'integer'),
    ],
  };
  const note: NoteBlock = { type: 'notes', key: 'pareto', lines: [paretoSentence(analysis, ctx)] };
  const c = ctx.column;
  const abcRows = s.abc.map((g) => [
    g.label === 'N' ? ctx.text('abc.N') : g.label,
    g.clients,
    fraction(g.clientShare),
    money(g.valueCents),
    fraction(g.valueShare),
  ]);
  const abcTable = table(
    'AbcClasses',
    ctx.text('table.abcClasses'),
    [c('class', 'text'), c('clients', 'integer'), c('clientShare', 'percent'), c('value', 'money'), c('valueShare', 'percent')],
    abcRows,
  );
  const statusTable = byStatus(analysis, ctx);
  const { behaviour, revenueCurrent, revenuePrevious } = analysis.behaviour;
  const behaviourRows = BEHAVIOURS.map((id, code) => {
    let clients = 0, now = 0, before = 0;
    for (let i = 0; i < analysis.clientCount; i++) {
      if (behaviour[i] !== code) continue;
      clients++;
      now += revenueCurrent[i];
      before += revenuePrevious[i];
    }
    return [ctx.text(`behaviour.${id}`), clients, money(now), money(before)];
  });
  const behaviourTable = table(
    'Behaviour',
    ctx.text('table.behaviour'),
    [
      { ...c('behaviour', 'text'), width: 30 },
      c('clients', 'integer'),
      c('revenue12', 'money'),
      // each money figure names its window (issue #17): not a cryptic "(-12)"
      { ...c('revenuePrevious', 'money', 'col.revenue'), header: ctx.text('col.revenuePreviousWindow', { months: analysis.options.behaviourWindowMonths }) },
    ],
    behaviourRows,
  );
  return {
    key: 'summary',
    title: ctx.text('sheet.summary'),
    heading: ctx.text('heading.summary'),
    subtitle,
    blocks: [kpis, note, abcTable, statusTable, behaviourTable],
    charts: [
      {
        key: 'statusClients',
        name: 'CarteraStatusClients',
        kind: 'column',
        title: ctx.text('chart.statusClients'),
        table: 'Status',
        category: 'status',
        series: [{ column: 'clients', name: ctx.text('col.clients') }],
        categoryAxisTitle: ctx.text('axis.status'),
        valueAxisTitle: ctx.text('axis.clients'),
      },
      {
        key: 'statusRevenue',
        name: 'CarteraStatusRevenue',
        kind: 'column',
        title: ctx.text('chart.statusRevenue'),
        table: 'Status',
        category: 'status',
        series: [{ column: 'revenue12', name: ctx.text('col.revenue12') }],
        categoryAxisTitle: ctx.text('axis.status'),
        valueAxisTitle: ctx.text('axis.revenue'),
      },
    ],
  };
}

function byStatus(analysis: PortfolioAnalysis, ctx: ReportContext): OutputTable {
  const { status } = analysis.lifecycle;
  const revenue = analysis.facts.revenue12;
  const n = analysis.clientCount;
  const clients = new Float64Array(STATUSES.length);
  const value = new Float64Array(STATUSES.length);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += revenue[i];
    if (status[i] === NO_CODE) continue;
    clients[status[i]]++;
    value[status[i]] += revenue[i];
  }
  const c = ctx.column;
  return table(
    'Status',
    ctx.text('table.status'),
    [c('status', 'text'), c('clients', 'integer'), c('clientShare', 'percent'), c('revenue12', 'money'), c('revenueShare', 'percent')],
    STATUSES.map((id, code) => [
      ctx.text(`status.${id}`),
      clients[code],
      n > 0 ? clients[code] / n : '',
      money(value[code]),
      total > 0 ? value[code] / total : '',
    ]),
  );
}

function* abcSheet(analysis: PortfolioAnalysis, ctx: ReportContext, subtitle: string): Generator<void, OutputSheet> {
  const { abc, ids } = analysis;
  const c = ctx.column;
  const ranking: Cell[][] = [];
  for (let k = 0; k < abc.order.length; k++) {
    if (k > 0 && k % ROWS_PER_STEP === 0) yield;
    const i = abc.order[k];
    ranking.push([abc.rank[i], ids[i], money(abc.valueCents[i]), abc.share[i], abc.cumShare[i], ABC_CLASSES[abc.classCode[i]] ?? '']);
  }
  const rankingTable = table(
    'Pareto',
    ctx.text('table.pareto'),
    [
      plainInteger(c('abcRank', 'integer')),
      { ...c('clientId', 'text'), width: 16 },
      c('abcValue', 'money'),
      c('abcShare', 'percent'),
      c('abcCumShare', 'percent'),
      c('abcClass', 'text'),
    ],
    ranking,
  );
  rankingTable.dataBars = [{ column: 'abcValue', colour: BAR_COLOUR }];
  const curve = table(
    'ParetoCurve',
    ctx.text('table.paretoCurve'),
    [
      { ...c('group', 'text'), width: 20 },
      c('value', 'money'),
      c('cumShare', 'percent'),
      c('mark80', 'percent'),
      c('mark95', 'percent'),
    ],
    paretoCurve(analysis, ctx),
  );
  const summaryRows = analysis.summary.abc.map((g) => [
    g.label === 'N' ? ctx.text('abc.N') : g.label,
    g.clients,
    fraction(g.clientShare),
    money(g.valueCents),
    fraction(g.valueShare),
  ]);
  const classes = table(
    'AbcSummary',
    ctx.text('table.abcClasses'),
    [c('class', 'text'), c('clients', 'integer'), c('clientShare', 'percent'), c('value', 'money'), c('valueShare', 'percent')],
    summaryRows,
  );
  return {
    key: 'abc',
    title: ctx.text('sheet.abc'),
    heading: ctx.text('heading.abc'),
    subtitle,
    blocks: [{ type: 'notes', key: 'pareto', lines: [paretoSentence(analysis, ctx)] }, classes, curve, rankingTable],
    charts: [
      {
        key: 'pareto',
        name: 'CarteraPareto',
        kind: 'pareto',
        title: ctx.text('chart.pareto'),
        table: 'ParetoCurve',
        category: 'group',
        series: [
          { column: 'value', name: ctx.text('col.value') },
          { column: 'cumShare', name: ctx.text('col.cumShare'), secondaryLine: true },
          { column: 'mark80', name: ctx.text('col.mark80'), secondaryLine: true },
          { column: 'mark95', name: ctx.text('col.mark95'), secondaryLine: true },
        ],
        categoryAxisTitle: ctx.text('axis.group'),
        valueAxisTitle: ctx.text('axis.revenue'),
        secondaryAxisTitle: ctx.text('axis.cumShare'),
        secondaryAxisFormat: '0%',
      },
    ],
  };
}

function rfmSheet(analysis: PortfolioAnalysis, ctx: ReportContext, subtitle: string): OutputSheet {
  const { rfm, facts } = analysis;
  const n = analysis.clientCount;
  const groups = RFM_SEGMENTS.length + 1; // + no purchase in the window
  const clients = new Float64Array(groups);
  const purchases = new Float64Array(groups);
  const revenue = new Float64Array(groups);
  const grid = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
  let totalRevenue = 0;
  for (let i = 0; i < n; i++) {
    const g = rfm.segment[i] === NO_CODE ? RFM_SEGMENTS.length : rfm.segment[i];
    clients[g]++;
    purchases[g] += facts.purchases[i];
    revenue[g] += facts.monetary[i];
    totalRevenue += facts.monetary[i];
    if (rfm.r[i] > 0 && rfm.f[i] > 0) grid[5 - rfm.r[i]][rfm.f[i] - 1]++;
  }
  const c = ctx.column;
  const rows: Cell[][] = [];
  for (let g = 0; g < groups; g++) {
    const label = g < RFM_SEGMENTS.length ? ctx.text(`seg.${RFM_SEGMENTS[g]}`) : ctx.text('seg.none');
    rows.push([
      label,
      clients[g],
      purchases[g],
      money(revenue[g]),
      purchases[g] > 0 ? money(revenue[g] / purchases[g]) : '',
      n > 0 ? clients[g] / n : '',
      totalRevenue > 0 ? revenue[g] / totalRevenue : '',
    ]);
  }
  const segments = table(
    'RfmSegments',
    ctx.text('table.rfmSegments'),
    [
      { ...c('segment', 'text'), width: 22 },
      c('clients', 'integer'),
      c('purchases', 'integer'),
      { ...c('revenue', 'money'), header: rfmRevenueLabel(ctx, analysis.options.rfmWindowMonths) },
      c('avgTicket', 'money'),
      c('clientShare', 'percent'),
      c('revenueShare', 'percent'),
    ],
    rows,
  );
  const matrix: MatrixBlock = {
    type: 'matrix',
    key: 'rf',
    title: ctx.text('matrix.rf'),
    corner: 'R \\ F',
    rowLabels: ['5', '4', '3', '2', '1'],
    columnLabels: ['1', '2', '3', '4', '5'],
    values: grid,
    numberFormat: ctx.formats.integer,
    colourScale: BLUE_SCALE,
  };
  const band = (b: { min: number; max: number } | undefined, scale = 1): [Cell, Cell] =>
    b && Number.isFinite(b.min) ? [b.min / scale, b.max / scale] : ['', ''];
  const bandRows: Cell[][] = [];
  for (let s = 0; s < 5; s++) {
    bandRows.push([
      s + 1,
      ...band(rfm.bands.r[s]),
      ...band(rfm.bands.f[s]),
      ...band(rfm.bands.m[s], 100),
    ]);
  }
  const bands = table(
    'RfmBands',
    ctx.text('table.rfmBands'),
    [
      plainInteger(c('score', 'integer')),
      c('rMin', 'integer'),
      c('rMax', 'integer'),
      c('fMin', 'integer'),
      c('fMax', 'integer'),
      c('mMin', 'money'),
      c('mMax', 'money'),
    ],
    bandRows,
  );
  return {
    key: 'rfm',
    title: ctx.text('sheet.rfm'),
    heading: ctx.text('heading.rfm'),
    subtitle,
    blocks: [segments, matrix, bands],
    charts: [
      {
        key: 'rfmClients',
        name: 'CarteraRfmClients',
        kind: 'bar',
        title: ctx.text('chart.rfmClients'),
        table: 'RfmSegments',
        category: 'segment',
        series: [{ column: 'clients', name: ctx.text('col.clients') }],
        categoryAxisTitle: ctx.text('axis.segment'),
        valueAxisTitle: ctx.text('axis.clients'),
      },
      {
        key: 'rfmRevenue',
        name: 'CarteraRfmRevenue',
        kind: 'bar',
        title: ctx.text('chart.rfmRevenue'),
        table: 'RfmSegments',
        category: 'segment',
        series: [{ column: 'revenue', name: rfmRevenueLabel(ctx, analysis.options.rfmWindowMonths) }],
        categoryAxisTitle: ctx.text('axis.segment'),
        valueAxisTitle: ctx.text('axis.revenue'),
      },
    ],
  };
}

/** RFM monetary (net revenue over the RFM window) with its window in the label. */
function rfmRevenueLabel(ctx: ReportContext, months: number | null): string {
  if (months === null) return ctx.text('kpi.value.revenue.all');
  return months === 12 ? ctx.text('col.revenue12') : ctx.text('col.revenueMonths', { months });
}
