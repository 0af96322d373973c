// Changes over time (SPEC §11): the ABC and status migration matrices as heat maps and as tables,
// and the lists a manager acts on (newly at risk, newly inactive or lost, dropped out of A, newly A,
// reactivated), each client with its class or status then and now and its 12-month revenue.
import {
  ACTION_LISTS,
  type ActionList,
  type ChangesSincePrevious,
  type MigrationMatrix,
  type PortfolioChanges,
} from '../engine/changes';
import type { PortfolioAnalysis } from '../engine/classify';
import type { FullAnalysis } from '../engine/pipeline';
import { ABC_CLASSES, NO_CODE, STATUSES, type Cell } from '../engine/types';
import { dayFromIso } from '../engine/dates';
import { formatDate } from '../i18n';
import { failedNote } from './metricsSheets';
import { money, reportContext, tableName, type ReportContext, type ReportOptions } from './reportContext';
import './sincePreviousMessages';
import type {
  ColourScale,
  KpiBlock,
  MatrixBlock,
  NoteBlock,
  OutputBlock,
  OutputColumn,
  OutputSheet,
  OutputTable,
  Report,
} from './types';
import { clientNames } from './visitsSheets';

const CLIENTS_SCALE: ColourScale = { colours: ['#FFFFFF', '#FFD966', '#F8696B'] };
const REVENUE_SCALE: ColourScale = { colours: ['#FFFFFF', '#9BC2E6', '#2F75B5'] };

/** Which classification each list compares. */
const LIST_DIMENSION: Record<ActionList, 'abc' | 'status'> = {
  newlyAtRisk: 'status',
  newlyInactiveOrLost: 'status',
  droppedOutOfA: 'abc',
  newlyA: 'abc',
  reactivated: 'status',
};

const TABLE_KEY: Record<ActionList, string> = {
  newlyAtRisk: 'ChangesNewlyAtRisk',
  newlyInactiveOrLost: 'ChangesNewlyInactiveOrLost',
  droppedOutOfA: 'ChangesDroppedOutOfA',
  newlyA: 'ChangesNewlyA',
  reactivated: 'ChangesReactivated',
};

export function changesSheet(analysis: FullAnalysis, options: ReportOptions): OutputSheet {
  const ctx = reportContext(options);
  const ch = analysis.changes;
  const base = {
    key: 'changes',
    title: ctx.text('sheet.changes'),
    subtitle: ctx.text('subtitle.asOf', { date: formatDate(ctx.locale, analysis.asOf) }),
    charts: [],
  };
  if (!ch)
    return {
      ...base,
      heading: ctx.text('heading.changes', { date: '—' }),
      blocks: [failedNote(ctx, analysis, 'changes')],
    };
  return {
    ...base,
    heading: ctx.text('heading.changes', { date: formatDate(ctx.locale, ch.compareDate) }),
    blocks: changesBlocks(analysis, ch, ctx, options),
  };
}

function changesBlocks(
  analysis: FullAnalysis,
  ch: PortfolioChanges,
  ctx: ReportContext,
  options: ReportOptions,
): OutputBlock[] {
  const none = ctx.text('changes.none');
  const asOf = formatDate(ctx.locale, analysis.asOf);
  const about: NoteBlock = {
    type: 'notes',
    key: 'about',
    lines: [
      ctx.text('changes.about', { compare: formatDate(ctx.locale, ch.compareDate), asOf }),
      ctx.text('changes.revenue', { asOf }),
      ctx.text('changes.noneMeaning', { none }),
    ],
  };
  const counts: KpiBlock = {
    type: 'kpis',
    key: 'counts',
    title: ctx.text('changes.counts'),
    items: ACTION_LISTS.map((list) => ({
      label: ctx.text(`changes.list.${list}`),
      value: ch.lists[list].length,
      kind: 'integer',
      numberFormat: ctx.formats.integer,
    })),
  };
  const labels = codeLabels(ctx, none);
  const blocks: OutputBlock[] = [about, counts];
  for (const dim of ['abc', 'status'] as const) blocks.push(...matrixBlocks(dim, ch[dim], labels[dim], ctx));
  const names = clientNames(options.clients);
  for (const list of ACTION_LISTS) {
    const dim = LIST_DIMENSION[list];
    const before = dim === 'abc' ? ch.abcBefore : ch.statusBefore;
    const now = dim === 'abc' ? analysis.abc.classCode : analysis.lifecycle.status;
    const rows: Cell[][] = [];
    for (const i of ch.lists[list]) {
      const row: Cell[] = [analysis.ids[i]];
      if (names) row.push(names(i));
      row.push(labels[dim](before[i]), labels[dim](now[i]), money(analysis.facts.revenue12[i]));
      rows.push(row);
    }
    const c = ctx.column;
    const columns: OutputColumn[] = [{ ...c('clientId', 'text'), width: 16 }];
    if (names) columns.push({ ...c('name', 'text'), width: 32 });
    const header = dim === 'abc' ? 'col.abcClass' : 'col.status';
    columns.push(
      { ...c('before', 'text'), header: `${ctx.text(header)}: ${ctx.text('col.before')}`, width: 18 },
      { ...c('now', 'text'), header: `${ctx.text(header)}: ${ctx.text('col.now')}`, width: 18 },
      c('revenue12', 'money'),
    );
    blocks.push(table(TABLE_KEY[list], ctx.text(`changes.list.${list}`), columns, rows));
  }
  return blocks;
}

/** The clients and revenue heat maps of one matrix and the same as a long table (non-empty cells). */
function matrixBlocks(
  dim: 'abc' | 'status',
  m: MigrationMatrix,
  label: (code: number) => string,
  ctx: ReportContext,
): OutputBlock[] {
  const side = m.size + 1;
  const codes = (axis: 'from' | 'to') => {
    const out: number[] = [];
    for (let k = 0; k < m.size; k++) out.push(k);
    // the null row / column only when some client is in it
    let any = 0;
    for (let o = 0; o < side; o++)
      any += axis === 'from' ? m.clients[m.size * side + o] : m.clients[o * side + m.size];
    if (any > 0) out.push(NO_CODE);
    return out;
  };
  const at = (code: number) => (code === NO_CODE ? m.size : code);
  const rowsCodes = codes('from'),
    columnCodes = codes('to');
  const grid = (values: ArrayLike<number>, scale: (v: number) => number) =>
    rowsCodes.map((f) => columnCodes.map((t) => scale(values[at(f) * side + at(t)])));
  const matrix = (
    key: `${'abc' | 'status'}${'Clients' | 'Revenue'}`,
    values: number[][],
    numberFormat: string,
    colourScale: ColourScale,
  ): MatrixBlock => ({
    type: 'matrix',
    key,
    title: ctx.text(`changes.matrix.${key}`),
    corner: ctx.text('changes.corner'),
    rowLabels: rowsCodes.map(label),
    columnLabels: columnCodes.map(label),
    values,
    numberFormat,
    colourScale,
  });
  const rows: Cell[][] = [];
  for (const f of rowsCodes)
    for (const t of columnCodes) {
      const k = at(f) * side + at(t);
      if (m.clients[k] > 0) rows.push([label(f), label(t), m.clients[k], money(m.revenueCents[k])]);
    }
  const c = ctx.column;
  const long = table(
    dim === 'abc' ? 'ChangesAbc' : 'ChangesStatus',
    ctx.text(`changes.table.${dim}`),
    [
      { ...c('from', 'text'), width: 16 },
      { ...c('to', 'text'), width: 16 },
      c('clients', 'integer'),
      c('revenue12', 'money'),
    ],
    rows,
  );
  long.colourScales = [
    { column: 'clients', scale: CLIENTS_SCALE },
    { column: 'revenue12', scale: REVENUE_SCALE },
  ];
  return [
    matrix(
      `${dim}Clients`,
      grid(m.clients, (v) => v),
      ctx.formats.integer,
      CLIENTS_SCALE,
    ),
    matrix(`${dim}Revenue`, grid(m.revenueCents, money), ctx.formats.money, REVENUE_SCALE),
    long,
  ];
}

function table(key: string, title: string, columns: OutputTable['columns'], rows: Cell[][]): OutputTable {
  return { type: 'table', key, name: tableName(key), title, columns, rows, style: 'TableStyleMedium2' };
}

/** Class and status names; NO_CODE as `none`. */
function codeLabels(ctx: ReportContext, none: string) {
  return {
    abc: (code: number) =>
      code === NO_CODE ? none : ABC_CLASSES[code] === 'N' ? ctx.text('abc.N') : ABC_CLASSES[code],
    status: (code: number) => (code === NO_CODE ? none : ctx.text(`status.${STATUSES[code]}`)),
  };
}

/**
 * The Cambios sheet with "since the previous run" (SPEC §11 run history): the counts, right after the
 * lists against the comparison date, and the clients whose class or status changed since, at the end.
 * A report without the Cambios sheet (the summary sheets not chosen) is returned as it is.
 */
export function withChangesSincePrevious(
  report: Report,
  analysis: PortfolioAnalysis,
  since: ChangesSincePrevious,
  options: ReportOptions,
): Report {
  const at = report.sheets.findIndex((s) => s.key === 'changes');
  if (at < 0) return report;
  const ctx = reportContext(options);
  const date = formatDate(ctx.locale, dayFromIso(since.previousAsOf));
  const integer = (label: string, value: number) => ({
    label,
    value,
    kind: 'integer' as const,
    numberFormat: ctx.formats.integer,
  });
  const counts: KpiBlock = {
    type: 'kpis',
    key: 'sincePrevious',
    title: ctx.text('changes.since.title', { date }),
    items: [
      integer(ctx.text('changes.since.classChanged'), since.classChanged),
      integer(ctx.text('changes.since.statusChanged'), since.statusChanged),
      integer(ctx.text('changes.since.newClients'), since.newClients),
      ...ACTION_LISTS.map((list) => integer(ctx.text(`changes.list.${list}`), since.lists[list].length)),
    ],
  };
  const labels = codeLabels(ctx, ctx.text('changes.since.absent'));
  const names = clientNames(options.clients);
  const rows: Cell[][] = [];
  for (const i of since.changed) {
    const row: Cell[] = [analysis.ids[i]];
    if (names) row.push(names(i));
    row.push(
      labels.abc(since.abcBefore[i]),
      labels.abc(analysis.abc.classCode[i]),
      labels.status(since.statusBefore[i]),
      labels.status(analysis.lifecycle.status[i]),
      money(analysis.facts.revenue12[i]),
    );
    rows.push(row);
  }
  const c = ctx.column;
  const then = ctx.text('changes.since.then');
  const columns: OutputColumn[] = [{ ...c('clientId', 'text'), width: 16 }];
  if (names) columns.push({ ...c('name', 'text'), width: 32 });
  columns.push(
    { ...c('abcBefore', 'text', 'col.abcClass'), header: `${ctx.text('col.abcClass')}: ${then}`, width: 27 },
    { ...c('abcNow', 'text', 'col.abcClass'), header: `${ctx.text('col.abcClass')}: ${ctx.text('col.now')}`, width: 17 },
    { ...c('statusBefore', 'text', 'col.status'), header: `${ctx.text('col.status')}: ${then}`, width: 27 },
    { ...c('statusNow', 'text', 'col.status'), header: `${ctx.text('col.status')}: ${ctx.text('col.now')}`, width: 17 },
    c('revenue12', 'money'),
  );
  const list = table('ChangesSincePrevious', ctx.text('changes.since.table', { date }), columns, rows);
  const sheet = report.sheets[at];
  const after = sheet.blocks.findIndex((b) => b.key === 'counts') + 1;
  const blocks = [...sheet.blocks.slice(0, after), counts, ...sheet.blocks.slice(after), list];
  const sheets = report.sheets.slice();
  sheets[at] = { ...sheet, blocks };
  return { ...report, sheets };
}
