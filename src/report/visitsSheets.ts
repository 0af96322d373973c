// Visits (SPEC §8): the policy used, the portfolio and workload by salesperson and territory, the
// per-client plan; and cross-selling: the ranked opportunities and the segment × product-line
// penetration grid.
import type { FullAnalysis, VisitsPart } from '../engine/pipeline';
import { ABC_CLASSES, NO_CODE, STATUSES, type Cell, type ClientsData } from '../engine/types';
import { visitAgenda, type CrossSellResult, type PortfolioRow } from '../engine/visits';
import { formatDate, formatPercent, type MessageKey } from '../i18n';
import { failedNote, MAX_TABLE_ROWS } from './metricsSheets';
import { money, plainInteger, reportContext, tableName, type ReportContext, type ReportOptions } from './reportContext';
import { drain, ROWS_PER_STEP } from './steps';
import type { ChartSpec, KpiBlock, MatrixBlock, OutputBlock, OutputColumn, OutputSheet, OutputTable } from './types';
import { LIST_PRINT } from './types';

/** The penetration grid shows at most this many segments (most clients) × lines (most buyers); the long table has them all. */
export const MAX_GRID_SEGMENTS = 200;
export const MAX_GRID_LINES = 100;

/** Above this many opportunities the list keeps the most valuable ones (each client's total is on the Clients sheet). */
export const MAX_OPPORTUNITIES = 100_000;

const HEAT_SCALE = { colours: ['#FFFFFF', '#FFD966', '#63BE7B'] as [string, string, string] };

function table(key: string, title: string | undefined, columns: OutputColumn[], rows: Cell[][]): OutputTable {
  return { type: 'table', key, name: tableName(key), title, columns, rows, style: 'TableStyleMedium2' };
}

/** A number, or "" when it is not finite (NaN = none). */
function num(value: number): Cell {
  return Number.isFinite(value) ? value : '';
}

/** Client names from the client list's name column, when it has one. */
export function clientNames(clients?: ClientsData): ((i: number) => string) | null {
  const key = clients?.roles.name;
  const attr = key ? clients!.attributes[key] : undefined;
  if (!attr || attr.kind !== 'text') return null;
  return (i) => (attr.codes[i] >= 0 ? attr.labels[attr.codes[i]] : '');
}

export function visitsSheets(analysis: FullAnalysis, options: ReportOptions): OutputSheet[] {
  return drain(visitsSheetsSteps(analysis, options));
}

/** visitsSheets a step at a time (the visit plan yields every ROWS_PER_STEP clients). */
export function* visitsSheetsSteps(analysis: FullAnalysis, options: ReportOptions): Generator<void, OutputSheet[]> {
  const ctx = reportContext(options);
  const subtitle = ctx.text('subtitle.asOf', { date: formatDate(ctx.locale, analysis.asOf) });
  const v = analysis.visits;
  const sheets: OutputSheet[] = [];
  if (!v) {
    sheets.push({
      key: 'visits',
      title: ctx.text('sheet.visits'),
      heading: ctx.text('heading.visits'),
      subtitle,
      blocks: [failedNote(ctx, analysis, 'visits')],
      charts: [],
    });
  } else {
    sheets.push(summarySheet(v, ctx, subtitle));
    sheets.push(yield* planSheet(analysis, v, ctx, subtitle, options));
    yield;
    sheets.push(yield* agendaSheet(analysis, v, ctx, subtitle, options));
    yield;
  }
  sheets.push(crossSellSheet(analysis, ctx, subtitle, options));
  return sheets;
}

function summarySheet(v: VisitsPart, ctx: ReportContext, subtitle: string): OutputSheet {
  const f = ctx.formats;
  const p = v.policy;
  const item = (key: MessageKey, value: number, kind: 'number' | 'integer', params?: Record<string, string>) => ({
    label: ctx.text(key, params),
    value,
    kind,
    numberFormat: f[kind],
  });
  const policy: KpiBlock = {
    type: 'kpis',
    key: 'policy',
    title: ctx.text('visits.policy'),
    items: [
      ...(['A', 'B', 'C', 'N'] as const).map((k) => item('visits.policy.perYear', p.visitsPerYear[k], 'number', { class: k })),
      item('visits.policy.atRiskExtra', p.atRiskExtra, 'number'),
      item('visits.policy.inactiveExtra', p.inactiveExtra, 'number'),
      item('visits.policy.newFirstQuarter', p.newFirstQuarter, 'number'),
      item('visits.policy.prospectWithPotential', p.prospectWithPotential, 'number'),
      item('visits.policy.prospect', p.prospect, 'number'),
      item('visits.policy.lost', p.lost, 'number'),
      ...(['A', 'B', 'C', 'N'] as const).map((k) => item('visits.policy.hours', p.visitHours[k], 'number', { class: k })),
      item('visits.policy.hoursProspect', p.visitHours.none, 'number'),
      item('visits.policy.capacity', p.capacityHours, 'number'),
    ],
  };
  const lines = [ctx.text(`visits.source.${v.plan.source}`), ctx.text('visits.rules')];
  const blocks: OutputBlock[] = [
    { type: 'notes', key: 'about', lines },
    portfolioTable('VisitsBySalesperson', ctx.text('table.visitsBySalesperson'), ctx.text('col.salesperson'), v.bySalesperson, ctx, true, 'visits.unassigned'),
  ];
  if (v.byTerritory && v.territoryKey)
    blocks.push(portfolioTable('VisitsByTerritory', ctx.text('table.visitsByTerritory', { territory: v.territoryKey }), v.territoryKey, v.byTerritory, ctx, false, 'visits.blank'));
  blocks.push(policy);
  const charts: ChartSpec[] = [
    {
      key: 'workload',
      name: 'CarteraVisitWorkload',
      kind: 'column',
      title: ctx.text('chart.workload'),
      table: 'VisitsBySalesperson',
      category: 'member',
      series: [
        { column: 'plannedHours', name: ctx.text('col.plannedHours') },
        { column: 'capacityHours', name: ctx.text('col.capacityHours') },
      ],
      categoryAxisTitle: ctx.text('col.salesperson'),
      valueAxisTitle: ctx.text('axis.hours'),
    },
  ];
  return { key: 'visits', title: ctx.text('sheet.visits'), heading: ctx.text('heading.visits'), subtitle, blocks, charts };
}

/** One row per salesperson or territory: mix, revenue, value at risk, planned visits and hours. */
function portfolioTable(
  key: string,
  title: string,
  memberHeader: string,
  rows: PortfolioRow[],
  ctx: ReportContext,
  capacity: boolean,
  blankKey: MessageKey,
): OutputTable {
  const c = ctx.column;
  const columns: OutputColumn[] = [
    { ...c('member', 'text'), header: memberHeader, width: 24 },
    c('clients', 'integer'),
    ...ABC_CLASSES.map((k) => ({ ...c(`class${k}`, 'integer', 'col.classClients'), header: ctx.text('col.classClients', { class: k }) })),
    { ...c('classNone', 'integer', 'col.noClassClients') },
    ...STATUSES.map((s) => ({ ...c(`status_${s}`, 'integer', `status.${s}`), width: 11 })),
    c('revenue12', 'money'),
    c('valueAtRisk', 'money'),
    c('plannedVisits', 'number'),
    c('plannedHours', 'number'),
  ];
  if (capacity) columns.push(c('capacityHours', 'number'), c('utilisation', 'percent'), c('overCapacity', 'text'));
  columns.push(c('underServed', 'integer'), c('overServed', 'integer'), c('dueVisits', 'integer'));
  const body = rows.map((r) => {
    const row: Cell[] = [
      r.blank ? ctx.text(blankKey) : r.member,
      r.clients,
      ...r.byClass.slice(0, ABC_CLASSES.length + 1),
      ...r.byStatus.slice(0, STATUSES.length),
      money(r.revenue12),
      money(r.valueAtRisk),
      round2(r.plannedVisits),
      round2(r.plannedHours),
    ];
    if (capacity) row.push(num(r.capacityHours), num(r.utilisation), r.blank ? '' : ctx.text(r.overCapacity ? 'yes' : 'no'));
    row.push(r.underServed, r.overServed, r.due);
    return row;
  });
  return table(key, title, columns, body);
}

function round2(v: number): Cell {
  return Number.isFinite(v) ? Math.round(v * 100) / 100 : '';
}

function* planSheet(
  analysis: FullAnalysis,
  v: VisitsPart,
  ctx: ReportContext,
  subtitle: string,
  options: ReportOptions,
): Generator<void, OutputSheet> {
  const c = ctx.column;
  const plan = v.plan;
  const names = clientNames(options.clients);
  const owner = v.owner;
  const flags = plan.source === 'log' || plan.source === 'column';
  const abc = analysis.abc.classCode;
  const status = analysis.lifecycle.status;
  const yesNo = (x: number) => ctx.text(x ? 'yes' : 'no');
  const columns: OutputColumn[] = [{ ...c('clientId', 'text'), width: 16 }];
  if (names) columns.push({ ...c('name', 'text'), width: 32 });
  columns.push(
    { ...c('salesperson', 'text'), width: 20 },
    c('abcClass', 'text'),
    c('status', 'text'),
    c('plannedVisits', 'number', 'col.plannedVisitsYear'),
    c('intervalDays', 'integer'),
    c('plannedHours', 'number'),
    c('lastVisit', 'date'),
    c('visits12', 'integer'),
    c('nextVisit', 'date'),
    c('dueNow', 'text'),
  );
  if (flags) columns.push(c('underServedFlag', 'text'), c('overServedFlag', 'text'));
  const rows: Cell[][] = new Array(analysis.clientCount);
  for (let i = 0; i < analysis.clientCount; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield;
    const row: Cell[] = [analysis.ids[i]];
    if (names) row.push(names(i));
    row.push(
      owner.codes[i] >= 0 ? owner.labels[owner.codes[i]] : ctx.text('visits.unassigned'),
      abc[i] === NO_CODE ? '' : ABC_CLASSES[abc[i]],
      status[i] === NO_CODE ? '' : ctx.text(`status.${STATUSES[status[i]]}`),
      round2(plan.plannedVisits[i]),
      num(plan.intervalDays[i]),
      round2(plan.plannedHours[i]),
      num(plan.lastVisit[i]),
      num(plan.visits12[i]),
      num(plan.nextDue[i]),
      Number.isFinite(plan.nextDue[i]) ? yesNo(plan.due[i]) : '',
    );
    if (flags) row.push(yesNo(plan.underServed[i]), yesNo(plan.overServed[i]));
    rows[i] = row;
  }
  return {
    key: 'visitPlan',
    title: ctx.text('sheet.visitPlan'),
    heading: ctx.text('heading.visitPlan'),
    subtitle,
    blocks: [table('VisitPlan', undefined, columns, rows)],
    charts: [],
    freezeHeader: true,
    print: LIST_PRINT,
  };
}

/** Weeks after the as-of date the agenda covers (issue #19: "the next 4 weeks"). */
export const AGENDA_WEEKS = 4;

/** Overdue rows: Excel's "light red fill with dark red text". */
const OVERDUE_FILL = { fill: '#FFC7CE', fontColor: '#9C0006' };

/**
 * The visit agenda: one row per visit due up to AGENDA_WEEKS weeks after the as-of date, salesperson
 * by salesperson (name order, the unassigned last), overdue visits first, then by due date; overdue
 * rows red through a conditional format on "days overdue" (so it survives sorting and filtering).
 * With the client list's contact columns, so a salesperson's filtered rows are a printable call list.
 */
function* agendaSheet(
  analysis: FullAnalysis,
  v: VisitsPart,
  ctx: ReportContext,
  subtitle: string,
  options: ReportOptions,
): Generator<void, OutputSheet> {
  const c = ctx.column;
  const clients = options.clients;
  const names = clientNames(clients);
  const contacts = (['contact', 'phone', 'email', 'address'] as const).flatMap((role) => {
    const key = clients?.roles[role];
    const attr = key ? clients!.attributes[key] : undefined;
    return attr && attr.kind === 'text' ? [{ role, attr }] : [];
  });
  const abc = analysis.abc.classCode;
  const status = analysis.lifecycle.status;
  const agenda = visitAgenda({ owner: v.owner, plan: v.plan, asOf: analysis.asOf, weeks: AGENDA_WEEKS });
  const columns: OutputColumn[] = [{ ...c('salesperson', 'text'), width: 20 }, { ...c('clientId', 'text'), width: 16 }];
  if (names) columns.push({ ...c('name', 'text'), width: 32 });
  columns.push(
    c('abcClass', 'text'),
    c('status', 'text'),
    c('dueDate', 'date'),
    c('daysOverdue', 'integer'),
    c('visitState', 'text'),
    c('lastVisit', 'date'),
  );
  for (const { role } of contacts) columns.push({ ...c(role, 'text'), width: role === 'phone' ? 16 : 28 });
  const rows: Cell[][] = [];
  for (const g of agenda) {
    const who = g.blank ? ctx.text('visits.unassigned') : g.member;
    for (let k = 0; k < g.client.length; k++) {
      if (rows.length > 0 && rows.length % ROWS_PER_STEP === 0) yield;
      const i = g.client[k];
      const late = g.daysOverdue[k];
      const row: Cell[] = [who, analysis.ids[i]];
      if (names) row.push(names(i));
      row.push(
        abc[i] === NO_CODE ? '' : ABC_CLASSES[abc[i]],
        status[i] === NO_CODE ? '' : ctx.text(`status.${STATUSES[status[i]]}`),
        g.due[k],
        Math.max(0, late),
        ctx.text(late > 0 ? 'visits.state.overdue' : late === 0 ? 'visits.state.today' : 'visits.state.upcoming'),
        num(v.plan.lastVisit[i]),
      );
      for (const { attr } of contacts) row.push(attr.codes[i] >= 0 ? attr.labels[attr.codes[i]] : '');
      rows.push(row);
    }
  }
  const until = formatDate(ctx.locale, analysis.asOf + 7 * AGENDA_WEEKS);
  const lines = [ctx.text('visits.agendaAbout', { weeks: AGENDA_WEEKS, asOf: formatDate(ctx.locale, analysis.asOf) })];
  if (rows.length === 0) lines.push(ctx.text('visits.agendaEmpty', { weeks: AGENDA_WEEKS }));
  const agendaTable: OutputTable = {
    ...table('VisitAgenda', ctx.text('table.visitAgenda', { until }), columns, rows),
    rowHighlights: [{ column: 'daysOverdue', above: 0, ...OVERDUE_FILL }],
  };
  return {
    key: 'visitAgenda',
    title: ctx.text('sheet.visitAgenda'),
    heading: ctx.text('heading.visitAgenda'),
    subtitle,
    blocks: [{ type: 'notes', key: 'about', lines }, agendaTable],
    charts: [],
    // printed per salesperson: the user filters the salesperson column, the header row repeats
    print: LIST_PRINT,
  };
}

function crossSellSheet(analysis: FullAnalysis, ctx: ReportContext, subtitle: string, options: ReportOptions): OutputSheet {
  const x = analysis.crossSell;
  const base = { key: 'crossSell', title: ctx.text('sheet.crossSell'), heading: ctx.text('heading.crossSell'), subtitle, charts: [] };
  if (!x) return { ...base, blocks: [failedNote(ctx, analysis, 'crossSell')] };
  return { ...base, blocks: crossSellBlocks(analysis, x, ctx, options) };
}

function crossSellBlocks(analysis: FullAnalysis, x: CrossSellResult, ctx: ReportContext, options: ReportOptions): OutputBlock[] {
  const c = ctx.column;
  const L = x.lines.length;
  const segmentName = x.segmentKey ?? ctx.text('crossSell.wholePortfolio');
  const segLabel = (s: string) => (s === '(blank)' ? ctx.text('metrics.member.blank') : s === '(all)' ? ctx.text('crossSell.all') : s);
  const about = [
    ctx.text('crossSell.about', { segment: segmentName, share: formatPercent(ctx.locale, 0.5, 0) }),
  ];
  const opp = x.opportunities;
  const shown = Math.min(opp.length, MAX_OPPORTUNITIES);
  if (shown < opp.length) about.push(ctx.text('crossSell.capped', { shown, total: opp.length }));
  if (opp.length === 0) about.push(ctx.text('crossSell.none'));

  const segments = largest(x.segments.length, MAX_GRID_SEGMENTS, (s) => x.segmentClients[s]);
  const lines = largest(L, MAX_GRID_LINES, (l) => {
    let buyers = 0;
    for (let s = 0; s < x.segments.length; s++) buyers += x.lineBuyers[s * L + l];
    return buyers;
  });
  if (segments.length < x.segments.length || lines.length < L)
    about.push(ctx.text('crossSell.gridCapped', { segments: segments.length, lines: lines.length }));
  const grid: MatrixBlock = {
    type: 'matrix',
    key: 'penetration',
    title: ctx.text('matrix.penetration', { segment: segmentName }),
    corner: ctx.text('matrix.penetrationCorner'),
    rowLabels: segments.map((s) => `${segLabel(x.segments[s])} (${x.segmentClients[s]})`),
    columnLabels: lines.map((l) => x.lines[l]),
    // an empty segment has no share: blank, never 0
    values: segments.map((s) => lines.map((l) => num(x.penetration[s * L + l]) as number)),
    numberFormat: ctx.formats.percent,
    colourScale: HEAT_SCALE,
  };
  const gridRows: Cell[][] = [];
  const gridCells = Math.min(x.segments.length * L, MAX_TABLE_ROWS);
  if (gridCells < x.segments.length * L) about.push(ctx.text('crossSell.tableCapped', { shown: gridCells, total: x.segments.length * L }));
  for (let s = 0; s < x.segments.length && gridRows.length < gridCells; s++)
    for (let l = 0; l < L && gridRows.length < gridCells; l++) {
      const k = s * L + l;
      gridRows.push([
        segLabel(x.segments[s]),
        x.lines[l],
        x.segmentClients[s],
        x.lineBuyers[k],
        num(x.penetration[k]),
        Number.isFinite(x.medianSpend[k]) ? money(x.medianSpend[k]) : '',
      ]);
    }
  const gridTable = table('CrossSellGrid', ctx.text('table.crossSellGrid'), [
    { ...c('segment', 'text'), header: segmentName, width: 22 },
    { ...c('line', 'text'), width: 22 },
    c('clients', 'integer', 'col.segmentClients'),
    c('buyers', 'integer'),
    c('penetration', 'percent'),
    c('medianSpend', 'money'),
  ], gridRows);

  const names = clientNames(options.clients);
  const columns: OutputColumn[] = [plainInteger(c('rank', 'integer')), { ...c('clientId', 'text'), width: 16 }];
  if (names) columns.push({ ...c('name', 'text'), width: 32 });
  columns.push(
    { ...c('segment', 'text'), header: segmentName, width: 20 },
    { ...c('line', 'text'), width: 22 },
    c('estimatedValue', 'money'),
    c('peerShare', 'percent'),
    { ...c('salesperson', 'text'), width: 20 },
  );
  const rows: Cell[][] = new Array(shown);
  for (let k = 0; k < shown; k++) {
    const i = opp.client[k];
    const row: Cell[] = [k + 1, analysis.ids[i]];
    if (names) row.push(names(i));
    const seg = x.clientSegment[i];
    row.push(
      seg >= 0 ? segLabel(x.segments[seg]) : '',
      x.lines[opp.line[k]],
      money(opp.value[k]),
      num(opp.peerShare[k]),
      opp.salesperson[k] >= 0 ? x.salespersonLabels[opp.salesperson[k]] : ctx.text('visits.unassigned'),
    );
    rows[k] = row;
  }
  const opportunities = table('CrossSellOpportunities', ctx.text('table.crossSellOpportunities'), columns, rows);
  const blocks: OutputBlock[] = [{ type: 'notes', key: 'about', lines: about }];
  if (segments.length && lines.length) blocks.push(grid);
  blocks.push(gridTable, opportunities);
  return blocks;
}

/** Indexes 0…n−1, or the `max` with the largest size (ties: lower index), kept in index order. */
function largest(n: number, max: number, size: (k: number) => number): number[] {
  const all = Array.from({ length: n }, (_, k) => k);
  if (n <= max) return all;
  return all
    .sort((a, b) => size(b) - size(a) || a - b)
    .slice(0, max)
    .sort((a, b) => a - b);
}
