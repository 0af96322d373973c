// "Portfolio value" (SPEC §7): the customer equity with everything a finance reader needs to audit
// it — parameters, method in words, totals by ABC class / RFM segment / method, the sensitivity
// to the discount rate and margin, the model warnings and the clients on the retention model.
import { CLV_METHODS, CLV_REASONS, METHOD_RETENTION, type Assumption, type ClvWarning, type GroupValue } from '../engine/clv';
import { dayFromIso } from '../engine/dates';
import type { ClvPart, FullAnalysis } from '../engine/pipeline';
import type { Cell } from '../engine/types';
import { formatDate, formatNumber, formatPercent, isMessageKey, type MessageKey } from '../i18n';
import { clvAssumptionLines, clvAssumptions } from './clvAssumptions';
import { backtestSheet } from './backtestSheet';
import { failedNote } from './metricsSheets';
import { fraction, money, reportContext, tableName, type ReportContext, type ReportOptions } from './reportContext';
import type { ChartSpec, KpiBlock, NoteBlock, OutputBlock, OutputColumn, OutputSheet, OutputTable } from './types';

function table(key: string, title: string, columns: OutputColumn[], rows: Cell[][]): OutputTable {
  return { type: 'table', key, name: tableName(key), title, columns, rows, style: 'TableStyleMedium2' };
}

/** Currency units rounded to cents; "" when not a finite number. */
function units(value: number): Cell {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : '';
}

type ItemKind = KpiBlock['items'][number]['kind'];

/** How each assumption reads (the rest are text). */
const ASSUMPTION_KIND: Record<string, ItemKind> = {
  as_of: 'date',
  month_length_days: 'number',
  horizon_months: 'integer',
  discount_rate: 'percent',
  margin_rate: 'percent',
  retention_rate: 'percent',
  current_clients: 'integer',
  clients_model: 'integer',
  clients_retention: 'integer',
  penalizer: 'number',
  bgnbd_r: 'number',
  bgnbd_alpha: 'number',
  bgnbd_a: 'number',
  bgnbd_b: 'number',
  bgnbd_log_likelihood: 'number',
  bgnbd_clients: 'integer',
  gamma_gamma_p: 'number',
  gamma_gamma_q: 'number',
  gamma_gamma_gamma: 'number',
  gamma_gamma_log_likelihood: 'number',
  gamma_gamma_clients: 'integer',
  gamma_gamma_correlation: 'number',
};

/** Model parameters need more than the two decimals of the "number" format. */
const PARAMETER_FORMAT = '#,##0.0000';

export function valueSheets(analysis: FullAnalysis, options: ReportOptions): OutputSheet[] {
  const ctx = reportContext(options);
  const subtitle = ctx.text('subtitle.asOf', { date: formatDate(ctx.locale, analysis.asOf) });
  const clv = analysis.clv;
  const sheet = (blocks: OutputBlock[], charts: ChartSpec[]): OutputSheet => ({
    key: 'value',
    title: ctx.text('sheet.value'),
    heading: ctx.text('heading.value'),
    subtitle,
    blocks,
    charts,
  });
  if (!clv) return [sheet([failedNote(ctx, analysis, 'clv')], []), backtestSheet(analysis, options)];

  const p = clv.portfolio;
  const c = ctx.column;
  const f = ctx.formats;
  const kpi = (key: MessageKey, value: Cell, kind: ItemKind, numberFormat = f[kind]) => ({ label: ctx.text(key), value, kind, numberFormat });
  const kpis: KpiBlock = {
    type: 'kpis',
    key: 'kpis',
    title: ctx.text('value.kpis'),
    items: [
      kpi('value.total', units(p.total), 'money'),
      kpi('value.clients', p.clients, 'integer'),
      kpi('value.average', units(p.average), 'money'),
      kpi('value.horizon', clv.settings.horizonMonths, 'integer'),
      kpi('value.discountRate', clv.settings.discountRate, 'percent'),
      kpi(`value.marginRate.${clv.margin.source}`, fraction(clv.margin.portfolioRate), 'percent'),
      kpi('value.retentionRate', fraction(clv.retention.rate), 'percent'),
    ],
  };

  // What the total assumes, right under it (SPEC §7): horizon, discount, assumed margin, fallback clients.
  const assumed: NoteBlock = { type: 'notes', key: 'assumed', lines: clvAssumptionLines(ctx.locale, clvAssumptions(clv)) };
  const blocks: OutputBlock[] = [kpis, assumed, methodNote(clv, ctx)];
  const warnings = clv.warnings.map((w) => warningText(w, ctx)).filter((s): s is string => s !== null);
  if (warnings.length) blocks.push({ type: 'notes', key: 'warnings', title: ctx.text('value.warnings'), lines: warnings });
  blocks.push(assumptionsBlock(clv.portfolio.assumptions, ctx));

  const charts: ChartSpec[] = [];
  const groupColumns = (first: OutputColumn) => [first, c('clients', 'integer'), c('value', 'money', 'col.clv'), c('valueShare', 'percent')];
  const groupRows = (groups: GroupValue[], label: (id: string) => string) =>
    groups.map((g) => [label(g.id), g.clients, units(g.value), fraction(g.share)]);
  if (p.byAbcClass) {
    blocks.push(
      table(
        'ValueByClass',
        ctx.text('table.valueByClass'),
        groupColumns(c('class', 'text')),
        groupRows(p.byAbcClass, (id) => (id === 'N' ? ctx.text('abc.N') : id === 'none' ? ctx.text('value.noClass') : id)),
      ),
    );
    charts.push({
      key: 'valueByClass',
      name: 'CarteraValueByClass',
      kind: 'column',
      title: ctx.text('chart.valueByClass'),
      table: 'ValueByClass',
      category: 'class',
      series: [{ column: 'value', name: ctx.text('col.clv') }],
      categoryAxisTitle: ctx.text('col.class'),
      valueAxisTitle: ctx.text('axis.value'),
    });
  }
  if (p.byRfmSegment) {
    blocks.push(
      table(
        'ValueBySegment',
        ctx.text('table.valueBySegment'),
        groupColumns({ ...c('segment', 'text'), width: 22 }),
        groupRows(p.byRfmSegment, (id) => messageOr(ctx, `seg.${id}`, id)),
      ),
    );
    charts.push({
      key: 'valueBySegment',
      name: 'CarteraValueBySegment',
      kind: 'bar',
      title: ctx.text('chart.valueBySegment'),
      table: 'ValueBySegment',
      category: 'segment',
      series: [{ column: 'value', name: ctx.text('col.clv') }],
      categoryAxisTitle: ctx.text('axis.segment'),
      valueAxisTitle: ctx.text('axis.value'),
    });
  }
  blocks.push(
    table(
      'ValueByMethod',
      ctx.text('table.valueByMethod'),
      groupColumns({ ...c('method', 'text', 'col.clvMethod'), width: 36 }),
      groupRows(p.byMethod, (id) => messageOr(ctx, `clv.method.${id}`, id)),
    ),
  );

  const s = p.sensitivity;
  if (s.discountRates.length && s.marginFactors.length) {
    const marginColumns = s.marginFactors.map((factor, j) => ({
      ...c(`margin${j}`, 'money', 'col.marginScenario'),
      header: marginHeader(factor, ctx),
    }));
    blocks.push(
      table(
        'ValueSensitivity',
        ctx.text('table.valueSensitivity'),
        [c('discountRate', 'percent'), ...marginColumns],
        s.discountRates.map((d, i) => [d, ...s.marginFactors.map((_, j) => units(s.values[i]?.[j] ?? NaN))]),
      ),
    );
    charts.push({
      key: 'sensitivity',
      name: 'CarteraValueSensitivity',
      kind: 'line',
      title: ctx.text('chart.valueSensitivity'),
      table: 'ValueSensitivity',
      category: 'discountRate',
      series: marginColumns.map((col) => ({ column: col.key, name: col.header })),
      categoryAxisTitle: ctx.text('col.discountRate'),
      valueAxisTitle: ctx.text('axis.value'),
    });
  }
  blocks.push(fallbackTable(analysis, clv, ctx, options));
  return [sheet(blocks, charts), backtestSheet(analysis, options)];
}

/** "Margin −20 %" / "Current margin" / "Margin +20 %". */
function marginHeader(factor: number, ctx: ReportContext): string {
  if (Math.abs(factor - 1) < 1e-12) return ctx.text('col.marginCurrent');
  const change = formatPercent(ctx.locale, factor - 1, 0);
  return ctx.text('col.marginScenario', { change: factor > 1 ? `+${change}` : change.replace('-', '−') });
}

function methodNote(clv: ClvPart, ctx: ReportContext): NoteBlock {
  const pct = (v: number) => formatPercent(ctx.locale, v, 1);
  const lines = [
    ctx.text('value.method.clv', { horizon: clv.settings.horizonMonths, discount: pct(clv.settings.discountRate) }),
  ];
  const bg = clv.bgnbd;
  if (bg.params) {
    lines.push(ctx.text('value.method.bgnbd', { clients: bg.clients, unit: ctx.text(`value.unit.${clv.settings.timeUnit}`) }));
    if (clv.gammaGamma.params) lines.push(ctx.text('value.method.gammaGamma', { clients: clv.gammaGamma.clients }));
    else lines.push(ctx.text('value.method.observedValue'));
  } else if (clv.status === 'fallback') {
    lines.push(ctx.text('value.method.noModel', { reason: ctx.text(`clv.reason.${bg.reason ?? 'fit_failed'}`) }));
  }
  lines.push(
    ctx.text('value.method.retention', {
      retention: pct(clv.retention.rate),
      source: ctx.text(`value.retentionSource.${clv.retention.source}`, {
        retained: clv.retention.retainedClients,
        previous: clv.retention.previousClients,
      }),
      discount: pct(clv.settings.discountRate),
    }),
  );
  lines.push(ctx.text(`value.margin.${clv.margin.source}`, { rate: pct(clv.margin.portfolioRate) }));
  lines.push(ctx.text('value.method.total', { clients: clv.portfolio.clients }));
  lines.push(ctx.text('value.method.sensitivity'));
  return { type: 'notes', key: 'method', title: ctx.text('value.methodTitle'), lines };
}

/** A CLV warning in words; null for one the sheet does not need to show. */
function warningText(w: ClvWarning, ctx: ReportContext): string | null {
  const key = `value.warn.${w.id}`;
  if (!isMessageKey(key)) return null;
  return ctx.text(key, {
    value: w.value !== undefined ? formatNumber(ctx.locale, w.value, 2) : '',
    clients: w.clients ?? '',
    reason: w.reason ? messageOr(ctx, `clv.reason.${w.reason}`, w.reason) : '',
  });
}

function assumptionsBlock(assumptions: Assumption[], ctx: ReportContext): KpiBlock {
  const items: KpiBlock['items'] = assumptions.map((a) => {
    const labelKey = `value.a.${a.id}`;
    const kind: ItemKind = ASSUMPTION_KIND[a.id] ?? (typeof a.value === 'number' ? 'number' : 'text');
    const value = assumptionValue(a, kind, ctx);
    return {
      label: messageOr(ctx, labelKey, a.id),
      value,
      kind: typeof value === 'string' ? 'text' : kind,
      numberFormat: typeof value === 'string' ? ctx.formats.text : kind === 'number' ? PARAMETER_FORMAT : ctx.formats[kind],
    };
  });
  return { type: 'kpis', key: 'assumptions', title: ctx.text('value.assumptions'), items };
}

/** An assumption's value as a cell: dates as serials, numbers as numbers, ids in the user's words. */
function assumptionValue(a: Assumption, kind: ItemKind, ctx: ReportContext): Cell {
  if (a.value === null) return '';
  if (typeof a.value === 'number') return Number.isFinite(a.value) ? a.value : '';
  if (kind === 'date') {
    const day = dayFromIso(a.value);
    if (Number.isFinite(day)) return day;
  }
  for (const key of [`value.v.${a.value}`, `clv.reason.${a.value}`]) if (isMessageKey(key)) return ctx.text(key);
  return a.value;
}

/** Clients valued by the retention model, with the figures to recompute their CLV. */
function fallbackTable(analysis: FullAnalysis, clv: ClvPart, ctx: ReportContext, options: ReportOptions): OutputTable {
  const c = ctx.column;
  const { method, reasonCode, marginRate, pAlive } = clv.clients;
  const nameKey = options.clients?.roles.name;
  const nameAttr = nameKey ? options.clients?.attributes[nameKey] : undefined;
  const names = nameAttr && nameAttr.kind === 'text' ? nameAttr : null;
  const r = clv.retention.rate;
  const d = clv.settings.discountRate;
  const rows: Cell[][] = [];
  for (let i = 0; i < analysis.clientCount; i++) {
    if (method[i] !== METHOD_RETENTION) continue;
    const revenue = money(analysis.facts.revenue12[i]);
    const m = revenue * marginRate[i];
    const row: Cell[] = [analysis.ids[i]];
    if (names) row.push(names.codes[i] >= 0 ? names.labels[names.codes[i]] : '');
    row.push(
      ctx.text(`clv.reason.${CLV_REASONS[reasonCode[i]] ?? 'fit_failed'}`),
      revenue,
      fraction(marginRate[i]),
      units(m),
      fraction(pAlive[i]),
      units(clv.clients.clv[i]),
    );
    rows.push(row);
  }
  const columns: OutputColumn[] = [{ ...c('clientId', 'text'), width: 16 }];
  if (names) columns.push({ ...c('name', 'text'), width: 32 });
  columns.push(
    { ...c('fallbackReason', 'text'), width: 36 },
    c('revenue12', 'money'),
    c('marginRate', 'percent'),
    c('annualMargin', 'money'),
    c('pAlive', 'percent'),
    c('clv', 'money'),
  );
  return table(
    'ValueFallback',
    ctx.text('table.valueFallback', { formula: `m × ${formatNumber(ctx.locale, r, 3)} / (1 + ${formatNumber(ctx.locale, d, 3)} − ${formatNumber(ctx.locale, r, 3)})` }),
    columns,
    rows,
  );
}

/** Per-client CLV method in the user's words (for the Clients sheet). */
export function clvMethodLabel(ctx: ReportContext, code: number): string {
  const id = CLV_METHODS[code];
  return id ? ctx.text(`clv.method.${id}`) : '';
}

/** The message `key` when it is one (a code from the engine), else `fallback` as it is. */
function messageOr(ctx: ReportContext, key: string, fallback: string): string {
  return isMessageKey(key) ? ctx.text(key) : fallback;
}
