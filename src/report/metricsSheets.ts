// The period metrics (SPEC §6) as sheets: a readable overview of the latest complete period with
// its changes and the trend charts; the cohort triangle; and every metric row in one long,
// pivot-ready table.
import { dayFromYmd, periodIndex, periodLabel, periodStart, type Granularity } from '../engine/dates';
import { metricsOverview, type MetricId, type MetricNote, type MetricRow } from '../engine/metrics';
import type { FullAnalysis, MetricsPart, PipelinePart } from '../engine/pipeline';
import type { Cell } from '../engine/types';
import { formatDate, formatNumber, isMessageKey, type MessageKey } from '../i18n';
import { errorText } from '../i18n/errorText';
import { fraction, reportContext, tableName, type ReportContext, type ReportOptions } from './reportContext';
import type { ChartSpec, MatrixBlock, NoteBlock, OutputBlock, OutputColumn, OutputSheet, OutputTable } from './types';

/** How a metric's value reads: a fraction (percent format), money, a count, or an index. */
export type MetricKind = 'percent' | 'money' | 'count' | 'index';

const MONEY = new Set<MetricId>(['revenue', 'new_client_revenue', 'new_business_existing', 'cohort_revenue']);
const COUNT = new Set<MetricId>(['active_clients', 'new_clients', 'retained_clients', 'new_active_accounts', 'clients']);
const INDEX = new Set<MetricId>(['hhi', 'gini']);

export function metricKind(metric: MetricId): MetricKind {
  return MONEY.has(metric) ? 'money' : COUNT.has(metric) ? 'count' : INDEX.has(metric) ? 'index' : 'percent';
}

/** Data rows of one table at most: an Excel sheet has 1,048,576 rows, and the heading and notes take a few. */
export const MAX_TABLE_ROWS = 1_000_000;

/** Members on the revenue-by-segment chart; the rest are summed into one "others" bar. */
export const SEGMENT_CHART_MEMBERS = 20;

const PER_YEAR: Record<Granularity, number> = { month: 12, quarter: 4, half: 2, year: 1 };
const GREEN_SCALE = { colours: ['#F8696B', '#FFEB84', '#63BE7B'] as [string, string, string] };
const BLUE_SCALE = { colours: ['#F8FBFF', '#9DC3E6', '#1F4E79'] as [string, string, string] };

/** A money amount already in currency units, rounded to cents; "" when not a finite number. */
function units(value: number | null | undefined): Cell {
  return value !== null && value !== undefined && Number.isFinite(value) ? Math.round(value * 100) / 100 : '';
}

function cell(value: number | null | undefined): Cell {
  return value !== null && value !== undefined ? fraction(value) : '';
}

function table(key: string, title: string | undefined, columns: OutputColumn[], rows: Cell[][]): OutputTable {
  return { type: 'table', key, name: tableName(key), title, columns, rows, style: 'TableStyleMedium2' };
}

/** The period index of a label ("2026-10", "2026-Q3", "2026-H2", "2026"); NaN for a foreign one. */
export function periodOfLabel(label: string, granularity: Granularity): number {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12]))?$/.exec(label);
  if (!m) return NaN;
  const monthsPer = 12 / PER_YEAR[granularity];
  const within = m[2] ? (Number(m[2]) - 1) / monthsPer : m[3] ? Number(m[3]) - 1 : m[4] ? Number(m[4]) - 1 : 0;
  const index = periodIndex(dayFromYmd(Number(m[1]), 1 + Math.floor(within) * monthsPer, 1), granularity);
  return periodLabel(index, granularity) === label ? index : NaN;
}

const OWN_DIMENSIONS = ['all', 'cohort', 'product', 'buyingCentre'] as const;

/** Localized name of a metric row's dimension ("all", "cohort", "product", "buyingCentre" or a header). */
export function dimensionLabel(ctx: ReportContext, dimension: string): string {
  const own = OWN_DIMENSIONS.find((d) => d === dimension);
  return own ? ctx.text(`metrics.dim.${own}`) : dimension;
}

export function memberLabel(ctx: ReportContext, member: string): string {
  if (member === 'all') return ctx.text('metrics.member.all');
  if (member === '(blank)') return ctx.text('metrics.member.blank');
  return member;
}

export function metricLabel(ctx: ReportContext, metric: MetricId, dimension = 'all'): string {
  const name = ctx.text(`metric.${metric}`);
  return metric === 'new_business_existing' && dimension !== 'all' ? `${name} (${dimensionLabel(ctx, dimension)})` : name;
}

/** A metric note in the user's language (the engine's English text for a code we do not phrase). */
export function metricNoteText(ctx: ReportContext, note: MetricNote): string {
  const key = `mnote.${note.code}`;
  if (!isMessageKey(key)) return note.message;
  return ctx.text(key, {
    period: note.period ?? '',
    metric: note.metric ? ctx.text(`metric.${note.metric}`) : '',
    dimension: note.dimension ?? '',
    member: note.member ?? '',
  });
}

/** The metrics sheets: overview with charts, cohorts, and the long data table. */
export function metricsSheets(analysis: FullAnalysis, options: ReportOptions): OutputSheet[] {
  const ctx = reportContext(options);
  const subtitle = ctx.text('subtitle.asOf', { date: formatDate(ctx.locale, analysis.asOf) });
  const m = analysis.metrics;
  if (!m) {
    const failed = failedNote(ctx, analysis, 'metrics');
    return [
      { key: 'metrics', title: ctx.text('sheet.metrics'), heading: ctx.text('heading.metrics'), subtitle, blocks: [failed], charts: [] },
    ];
  }
  const segmentKey = options.clients?.roles.segment;
  return [overviewSheet(m, ctx, subtitle, segmentKey), cohortSheet(m, ctx, subtitle), dataSheet(m, ctx, subtitle)];
}

/** Why a part of the pipeline has no result, in the user's words (the engine's message as detail). */
export function partProblem(ctx: ReportContext, analysis: FullAnalysis, part: PipelinePart): string {
  const w = analysis.warnings.find((x) => x.part === part);
  const known = w ? `warn.${part}.${w.code}` : '';
  if (isMessageKey(known)) return ctx.text(known);
  return ctx.text(`warn.${part}`, { detail: w ? errorText(ctx.locale, w.code, w.where, w.message) : ctx.text('warn.notRun') });
}

/** The note shown on a part's sheet when the part could not be computed. */
export function failedNote(ctx: ReportContext, analysis: FullAnalysis, part: PipelinePart): NoteBlock {
  return { type: 'notes', key: 'failed', lines: [partProblem(ctx, analysis, part)] };
}

function overviewSheet(m: MetricsPart, ctx: ReportContext, subtitle: string, segmentKey: string | undefined): OutputSheet {
  const g = m.granularity;
  const c = ctx.column;
  const ref = m.latestPeriod;
  const perYear = PER_YEAR[g];
  const overview = metricsOverview(m.rows, g, { last: perYear + 2, partialPeriod: m.partialPeriod });
  const at = ref === null ? -1 : overview.periods.indexOf(ref);
  const refIndex = ref === null ? NaN : periodOfLabel(ref, g);
  const prevLabel = Number.isFinite(refIndex) ? periodLabel(refIndex - 1, g) : '';
  const yearLabel = Number.isFinite(refIndex) ? periodLabel(refIndex - perYear, g) : '';
  const valueAt = (values: (number | null)[], label: string): number | null => {
    const k = overview.periods.indexOf(label);
    return k >= 0 ? values[k] : null;
  };

  const groups: Record<MetricKind, Cell[][]> = { money: [], count: [], percent: [], index: [] };
  if (at >= 0) {
    for (const line of overview.lines) {
      const kind = metricKind(line.metric);
      const value = line.values[at];
      if (value === null) continue;
      groups[kind].push([
        metricLabel(ctx, line.metric, line.dimension),
        ref,
        kind === 'money' ? units(value) : cell(value),
        kind === 'money' ? units(valueAt(line.values, prevLabel)) : cell(valueAt(line.values, prevLabel)),
        cell(line.vsPrevious[at]),
        kind === 'money' ? units(valueAt(line.values, yearLabel)) : cell(valueAt(line.values, yearLabel)),
        cell(line.vsYearAgo[at]),
      ]);
    }
  }
  const kindColumn: Record<MetricKind, 'money' | 'integer' | 'percent' | 'number'> = {
    money: 'money',
    count: 'integer',
    percent: 'percent',
    index: 'number',
  };
  const overviewTable = (kind: MetricKind, key: string): OutputTable => {
    const k = kindColumn[kind];
    // counts and money change as a ratio (percent); rates and indices as a difference in their own unit
    const change = kind === 'money' || kind === 'count' ? 'percent' : k;
    const how = kind === 'percent' ? 'points' : kind === 'index' ? 'difference' : 'ratio';
    const header = (key: MessageKey, period: string) => ({ header: ctx.text(key, { period }), width: 16 });
    return table(key, ctx.text(`table.metrics.${kind}`), [
      { ...c('metric', 'text'), width: 40 },
      c('period', 'text'),
      c('value', k, 'col.metricValue'),
      { ...c('previous', k, 'col.previousPeriod'), ...header('col.previousPeriod', prevLabel) },
      { ...c('vsPrevious', change, `col.vsPrevious.${how}`), ...header(`col.vsPrevious.${how}`, prevLabel) },
      { ...c('yearAgo', k, 'col.yearAgoPeriod'), ...header('col.yearAgoPeriod', yearLabel) },
      { ...c('vsYearAgo', change, `col.vsYearAgo.${how}`), ...header(`col.vsYearAgo.${how}`, yearLabel) },
    ], groups[kind]);
  };

  const about: string[] = [];
  if (ref === null) about.push(ctx.text('metrics.noPeriods'));
  else if (ref === m.partialPeriod) about.push(ctx.text('metrics.referencePartial', { period: ref }));
  else {
    about.push(ctx.text('metrics.reference', { period: ref }));
    if (m.partialPeriod) about.push(ctx.text('metrics.partial', { period: m.partialPeriod }));
  }
  about.push(ctx.text('metrics.changes'));
  const notes = m.notes.filter((n) => n.code !== 'partial_period').map((n) => metricNoteText(ctx, n));

  const blocks: OutputBlock[] = [
    { type: 'notes', key: 'about', lines: about },
    overviewTable('money', 'MetricsMoney'),
    overviewTable('count', 'MetricsClients'),
    overviewTable('percent', 'MetricsRates'),
    overviewTable('index', 'MetricsIndices'),
    trendTable(m, ctx),
  ];
  const charts: ChartSpec[] = [
    {
      key: 'retention',
      name: 'CarteraRetentionNrr',
      kind: 'line',
      title: ctx.text('chart.retentionNrr'),
      table: 'MetricsTrend',
      category: 'period',
      series: [
        { column: 'retention', name: ctx.text('metric.retention_rate') },
        { column: 'nrr', name: ctx.text('metric.nrr') },
      ],
      categoryAxisTitle: ctx.text('axis.period'),
      valueAxisTitle: ctx.text('axis.rate'),
    },
    {
      key: 'newExisting',
      name: 'CarteraNewExistingRevenue',
      kind: 'column',
      title: ctx.text('chart.newExisting'),
      table: 'MetricsTrend',
      category: 'period',
      series: [
        { column: 'existingRevenue', name: ctx.text('col.existingRevenue') },
        { column: 'newRevenue', name: ctx.text('col.newRevenue') },
      ],
      categoryAxisTitle: ctx.text('axis.period'),
      valueAxisTitle: ctx.text('axis.revenue'),
    },
  ];
  const bySegment = segmentTable(m, ctx, segmentKey, ref, yearLabel);
  if (bySegment) {
    blocks.push(bySegment.table);
    charts.push({
      key: 'revenueBySegment',
      name: 'CarteraRevenueBySegment',
      kind: 'column',
      title: ctx.text('chart.revenueBySegment', { dimension: bySegment.dimension }),
      table: 'RevenueBySegment',
      category: 'member',
      series: [
        { column: 'revenue', name: ref ?? '' },
        { column: 'revenueYearAgo', name: yearLabel },
      ],
      categoryAxisTitle: bySegment.dimension,
      valueAxisTitle: ctx.text('axis.revenue'),
    });
  }
  blocks.push(lorenzTable(m, ctx));
  charts.push({
    key: 'lorenz',
    name: 'CarteraLorenz',
    kind: 'scatterLine',
    title: ctx.text('chart.lorenz', { gini: m.lorenz.gini === null ? '–' : formatNumber(ctx.locale, m.lorenz.gini, 2) }),
    table: 'Lorenz',
    category: 'clientShare',
    series: [
      { column: 'revenueShare', name: ctx.text('col.lorenzRevenue') },
      { column: 'equality', name: ctx.text('col.equality') },
    ],
    categoryAxisTitle: ctx.text('axis.clientShare'),
    valueAxisTitle: ctx.text('axis.revenueShare'),
  });
  if (notes.length) blocks.push({ type: 'notes', key: 'notes', title: ctx.text('notes.title'), lines: notes });
  return {
    key: 'metrics',
    title: ctx.text('sheet.metrics'),
    heading: ctx.text('heading.metrics'),
    subtitle: `${subtitle} · ${ctx.text(`granularity.${g}`)}`,
    blocks,
    charts,
  };
}

/** Whole-portfolio values of one metric by period. */
function wholeValues(rows: readonly MetricRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) if (r.dimension === 'all' && r.member === 'all') out.set(`${r.metric}\u0000${r.period}`, r.value);
  return out;
}

/** One row per period: the series of the trend charts. */
function trendTable(m: MetricsPart, ctx: ReportContext): OutputTable {
  const c = ctx.column;
  const whole = wholeValues(m.rows);
  const get = (metric: MetricId, period: string) => whole.get(`${metric}\u0000${period}`);
  const rows = m.periods.map((p) => {
    const revenue = get('revenue', p);
    const fresh = get('new_client_revenue', p);
    // The category names the partial period, so its shorter bars are read as "so far"; its rates
    // against the previous period are not computed (empty cells: the lines stop, never drop to 0).
    return [
      p === m.partialPeriod ? ctx.text('metrics.partialLabel', { period: p }) : p,
      units(revenue),
      units(fresh),
      revenue !== undefined && fresh !== undefined ? units(revenue - fresh) : '',
      cell(get('active_clients', p)),
      cell(get('new_clients', p)),
      cell(get('retention_rate', p)),
      cell(get('churn_rate', p)),
      cell(get('nrr', p)),
      cell(get('grr', p)),
      ctx.text(p === m.partialPeriod ? 'yes' : 'no'),
    ];
  });
  const trend = table('MetricsTrend', ctx.text('table.metrics.trend'), [
    c('period', 'text'),
    c('revenue', 'money'),
    c('newRevenue', 'money'),
    c('existingRevenue', 'money'),
    { ...c('active', 'integer', 'metric.active_clients') },
    { ...c('new', 'integer', 'metric.new_clients') },
    { ...c('retention', 'percent', 'metric.retention_rate') },
    { ...c('churn', 'percent', 'metric.churn_rate') },
    { ...c('nrr', 'percent', 'metric.nrr') },
    { ...c('grr', 'percent', 'metric.grr') },
    c('partial', 'text'),
  ], rows);
  // red → yellow → green over the retention of the periods: a falling retention shows at a glance
  return { ...trend, colourScales: [{ column: 'retention', scale: GREEN_SCALE }] };
}

/** Revenue by the client list's segment (else its first grouping attribute) in the reference period and a year before. */
function segmentTable(
  m: MetricsPart,
  ctx: ReportContext,
  segmentKey: string | undefined,
  ref: string | null,
  yearLabel: string,
): { table: OutputTable; dimension: string } | null {
  if (ref === null) return null;
  const dims = new Set<string>();
  for (const r of m.rows) if (r.metric === 'revenue' && r.dimension !== 'all' && r.dimension !== 'cohort') dims.add(r.dimension);
  if (!dims.size) return null;
  const preferred = segmentKey !== undefined && dims.has(segmentKey) ? segmentKey : dims.values().next().value!;
  const now = new Map<string, number>();
  const before = new Map<string, number>();
  const members = new Set<string>();
  for (const r of m.rows) {
    if (r.metric !== 'revenue' || r.dimension !== preferred) continue;
    members.add(r.member);
    if (r.period === ref) now.set(r.member, r.value);
    if (r.period === yearLabel) before.set(r.member, r.value);
  }
  const order = [...members];
  let total = 0;
  for (const v of now.values()) total += v;
  const hasYearAgo = m.periods.includes(yearLabel);
  // highest revenue first; beyond SEGMENT_CHART_MEMBERS the rest are one "others" row (a readable chart)
  order.sort((x, y) => (now.get(y) ?? 0) - (now.get(x) ?? 0));
  const shown = order.length > SEGMENT_CHART_MEMBERS ? order.slice(0, SEGMENT_CHART_MEMBERS - 1) : order;
  const row = (label: string, current: number, yearAgo: number): Cell[] => [
    label,
    units(current),
    hasYearAgo ? units(yearAgo) : '',
    total > 0 ? current / total : '',
  ];
  const rows = shown.map((member) => row(memberLabel(ctx, member), now.get(member) ?? 0, before.get(member) ?? 0));
  if (shown.length < order.length) {
    let current = 0,
      yearAgo = 0;
    for (const member of order.slice(shown.length)) {
      current += now.get(member) ?? 0;
      yearAgo += before.get(member) ?? 0;
    }
    rows.push(row(ctx.text('metrics.member.others', { count: order.length - shown.length }), current, yearAgo));
  }
  const c = ctx.column;
  return {
    dimension: preferred,
    table: table('RevenueBySegment', ctx.text('table.metrics.bySegment', { dimension: preferred, period: ref }), [
      { ...c('member', 'text'), header: preferred, width: 24 },
      { ...c('revenue', 'money'), header: ctx.text('col.revenueIn', { period: ref }) },
      { ...c('revenueYearAgo', 'money', 'col.revenueIn'), header: ctx.text('col.revenueIn', { period: yearLabel }) },
      c('revenueShare', 'percent'),
    ], rows),
  };
}

function lorenzTable(m: MetricsPart, ctx: ReportContext): OutputTable {
  const { x, y } = m.lorenz;
  const rows: Cell[][] = [];
  for (let k = 0; k < x.length; k++) rows.push([fraction(x[k]), fraction(y[k]), fraction(x[k])]);
  const c = ctx.column;
  return table('Lorenz', ctx.text('table.lorenz', { from: m.lorenz.from, to: m.lorenz.to, clients: m.lorenz.clients }), [
    c('clientShare', 'percent', 'col.lorenzClients'),
    c('revenueShare', 'percent', 'col.lorenzRevenue'),
    c('equality', 'percent'),
  ], rows);
}

function cohortSheet(m: MetricsPart, ctx: ReportContext, subtitle: string): OutputSheet {
  const t = m.cohorts;
  const c = ctx.column;
  const cohorts: number[] = [];
  for (let k = 0; k < t.labels.length; k++) if (t.size[k] > 0) cohorts.push(k);
  const width = cohorts.length ? t.labels.length - cohorts[0] : 0;
  const columnLabels = Array.from({ length: width }, (_, k) => `+${k}`);
  const triangle = (values: Float64Array[], money: boolean): number[][] =>
    cohorts.map((k) =>
      // beyond the as-of date the triangle has no cell: empty, never 0
      columnLabels.map((_, j) => (j < values[k].length ? (money ? units(values[k][j]) : cell(values[k][j])) : '') as number),
    );
  const share: MatrixBlock = {
    type: 'matrix',
    key: 'cohortShare',
    title: ctx.text('matrix.cohortShare'),
    corner: ctx.text('matrix.cohortCorner'),
    rowLabels: cohorts.map((k) => `${t.labels[k]} (${t.size[k]})`),
    columnLabels,
    values: triangle(t.share, false),
    numberFormat: ctx.formats.percent,
    colourScale: GREEN_SCALE,
  };
  const revenue: MatrixBlock = {
    type: 'matrix',
    key: 'cohortRevenue',
    title: ctx.text('matrix.cohortRevenue'),
    corner: ctx.text('matrix.cohortCorner'),
    rowLabels: share.rowLabels,
    columnLabels,
    values: triangle(t.revenue, true),
    numberFormat: ctx.formats.money,
    colourScale: BLUE_SCALE,
  };
  const rows: Cell[][] = [];
  const yes = ctx.text('yes');
  for (const k of cohorts)
    for (let j = 0; j < t.share[k].length; j++) {
      const period = t.labels[k + j];
      const partial = period === m.partialPeriod ? yes : '';
      rows.push([t.labels[k], j, period, t.size[k], t.active[k][j], cell(t.share[k][j]), units(t.revenue[k][j]), partial]);
    }
  const long = table('Cohorts', ctx.text('table.cohorts'), [
    c('cohort', 'text'),
    c('periodsSince', 'integer'),
    c('period', 'text'),
    c('cohortSize', 'integer'),
    c('activeClients', 'integer', 'metric.active_clients'),
    c('activeShare', 'percent', 'metric.cohort_active_share'),
    c('revenue', 'money', 'metric.cohort_revenue'),
    c('partial', 'text'),
  ], rows);
  const about = [ctx.text('cohorts.about')];
  if (m.partialPeriod) about.push(ctx.text('cohorts.partial', { period: m.partialPeriod }));
  return {
    key: 'cohorts',
    title: ctx.text('sheet.cohorts'),
    heading: ctx.text('heading.cohorts'),
    subtitle: `${subtitle} · ${ctx.text(`granularity.${m.granularity}`)}`,
    blocks: [{ type: 'notes', key: 'about', lines: about }, share, revenue, long],
    charts: [],
  };
}

function dataSheet(m: MetricsPart, ctx: ReportContext, subtitle: string): OutputSheet {
  const c = ctx.column;
  const g = m.granularity;
  const starts = new Map<string, Cell>();
  for (const p of m.periods) {
    const index = periodOfLabel(p, g);
    starts.set(p, Number.isFinite(index) ? periodStart(index, g) : '');
  }
  const metricNames = new Map<string, string>();
  const source = dataRows(m.rows);
  const rows: Cell[][] = new Array(source.length);
  const yes = ctx.text('yes');
  for (let k = 0; k < source.length; k++) {
    const r = source[k];
    let name = metricNames.get(r.metric);
    if (name === undefined) metricNames.set(r.metric, (name = ctx.text(`metric.${r.metric}`)));
    const kind = metricKind(r.metric);
    const v = kind === 'money' ? units(r.value) : cell(r.value);
    rows[k] = [
      r.period,
      starts.get(r.period) ?? '',
      name,
      r.metric,
      dimensionLabel(ctx, r.dimension),
      memberLabel(ctx, r.member),
      kind === 'percent' ? v : '',
      kind === 'money' ? v : '',
      kind === 'count' || kind === 'index' ? v : '',
      r.partial ? yes : '',
    ];
  }
  return {
    key: 'metricsData',
    title: ctx.text('sheet.metricsData'),
    heading: ctx.text('heading.metricsData'),
    subtitle: `${subtitle} · ${ctx.text(`granularity.${g}`)}`,
    blocks: [
      ...(source.length < m.rows.length
        ? [{ type: 'notes' as const, key: 'capped', lines: [ctx.text('metrics.capped', { shown: source.length, total: m.rows.length })] }]
        : []),
      table('MetricsData', undefined, [
        c('period', 'text'),
        c('periodStart', 'date'),
        { ...c('metric', 'text'), width: 36 },
        { ...c('metricId', 'text'), width: 22 },
        { ...c('dimension', 'text'), width: 18 },
        { ...c('member', 'text'), width: 22 },
        c('valuePercent', 'percent'),
        c('valueMoney', 'money'),
        c('valueNumber', 'number'),
        c('partial', 'text'),
      ], rows),
    ],
    charts: [],
    freezeHeader: true,
  };
}

/**
 * The rows that fit in one sheet: all of them when they do; otherwise the whole-portfolio, product,
 * buying-centre and cohort rows first, then the attribute rows in order, up to MAX_TABLE_ROWS.
 */
function dataRows(rows: readonly MetricRow[]): readonly MetricRow[] {
  if (rows.length <= MAX_TABLE_ROWS) return rows;
  const first = new Set(['all', 'product', 'buyingCentre', 'cohort']);
  const main = rows.filter((r) => first.has(r.dimension));
  const rest = rows.filter((r) => !first.has(r.dimension));
  return main.concat(rest).slice(0, MAX_TABLE_ROWS);
}
