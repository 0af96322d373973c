// Every output of a full run: the classification sheets (portfolioReport) with the CLV, visit and
// cross-selling columns added to the Clients sheet and beside the client list, then the metrics,
// portfolio value, visits and cross-selling sheets. A part that failed keeps its sheet, with the
// reason, and is listed on the Summary sheet.
import type { PortfolioAnalysis } from '../engine/classify';
import { METHOD_NO_PURCHASE } from '../engine/clv';
import type { FullAnalysis, PipelinePart } from '../engine/pipeline';
import type { Cell } from '../engine/types';
import { changesSheet } from './changesSheet';
import { metricsSheets, partProblem } from './metricsSheets';
import { clientFormats } from './clientTable';
import { pivotSheet } from './pivotSheet';
import { sheetLinks } from './sheetLinks';
import { portfolioReportSteps } from './portfolioSheets';
import { fraction, money, reportContext, type ReportContext, type ReportOptions } from './reportContext';
import type { ClientColumns, NoteBlock, OutputColumn, OutputSheet, OutputTable, Report } from './types';
import { drain, ROWS_PER_STEP } from './steps';
import { clvMethodLabel, valueSheets } from './valueSheets';
import { visitsSheetsSteps } from './visitsSheets';
import { ownColumnHeader } from './ownColumnHeader';

type Field = { column: OutputColumn; value: (i: number) => Cell };

const PARTS: PipelinePart[] = ['metrics', 'clv', 'visits', 'crossSell', 'changes'];

/** The parts a plain PortfolioAnalysis lacks read as "not run". */
function complete(analysis: PortfolioAnalysis | FullAnalysis): FullAnalysis {
  const a = analysis as Partial<FullAnalysis> & PortfolioAnalysis;
  return {
    ...a,
    metrics: a.metrics ?? null,
    clv: a.clv ?? null,
    visits: a.visits ?? null,
    crossSell: a.crossSell ?? null,
    changes: a.changes ?? null,
    warnings: a.warnings ?? [],
  };
}

/**
 * The report of `analyse` (src/engine/pipeline). Takes a plain PortfolioAnalysis too (so that it
 * fits runAnalysis' `buildReport`): the parts it lacks get their sheet with a "not computed" note.
 */
export function fullReport(analysis: PortfolioAnalysis | FullAnalysis, options: ReportOptions): Report {
  return drain(fullReportSteps(analysis, options));
}

/**
 * fullReport a part at a time (between parts and every ROWS_PER_STEP rows of a per-client table),
 * yielding to the event loop between steps, so that building the report of a large portfolio on
 * the pane's main thread only takes short tasks.
 */
export async function fullReportAsync(
  analysis: PortfolioAnalysis | FullAnalysis,
  options: ReportOptions,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<Report> {
  const steps = fullReportSteps(analysis, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

function* fullReportSteps(analysis: PortfolioAnalysis | FullAnalysis, options: ReportOptions): Generator<void, Report> {
  const full = complete(analysis);
  const ctx = reportContext(options);
  const base = yield* portfolioReportSteps(full, options);
  yield;
  const fields = extraFields(full, ctx);
  const sheets: OutputSheet[] = [];
  for (const sheet of base.sheets) {
    if (sheet.key === 'clients') sheets.push(yield* withClientFields(sheet, fields));
    else if (sheet.key === 'summary') sheets.push(withPartWarnings(sheet, full, ctx));
    else sheets.push(sheet);
  }
  yield;
  const quality = sheets.findIndex((s) => s.key === 'quality');
  const added: OutputSheet[] = [...metricsSheets(full, options)];
  yield;
  added.push(...valueSheets(full, options));
  yield;
  added.push(...(yield* visitsSheetsSteps(full, options)));
  yield;
  added.push(changesSheet(full, options));
  sheets.splice(quality < 0 ? sheets.length : quality, 0, ...added);
  // the PivotTable right after the Clients sheet it summarises
  const clientsAt = sheets.findIndex((s) => s.key === 'clients');
  const pivot = clientsAt >= 0 ? pivotSheet(sheets[clientsAt], full.asOf, options) : null;
  if (pivot) sheets.splice(clientsAt + 1, 0, pivot);
  return sheetLinks({ sheets, clientColumns: yield* withClientColumns(base.clientColumns, fields) }, options);
}

/** Per-client fields of the parts that ran: CLV, visits, cross-selling. */
function extraFields(a: FullAnalysis, ctx: ReportContext): Field[] {
  const c = ctx.column;
  const out: Field[] = [];
  if (a.visits) {
    const owner = a.visits.owner;
    out.push({
      column: { ...c('salesperson', 'text'), width: 20 },
      value: (i) => (owner.codes[i] >= 0 ? owner.labels[owner.codes[i]] : ''),
    });
  }
  if (a.clv) {
    const { clv, pAlive, expectedPurchases, expectedValue, method, marginRate } = a.clv.clients;
    // clients with no purchase are not valued: empty, not 0
    const valued = (i: number) => method[i] !== METHOD_NO_PURCHASE;
    out.push(
      { column: c('pAlive', 'percent'), value: (i) => (valued(i) ? fraction(pAlive[i]) : '') },
      { column: c('expectedPurchases', 'number'), value: (i) => (valued(i) ? round2(expectedPurchases[i]) : '') },
      { column: c('expectedValue', 'money'), value: (i) => (valued(i) ? round2(expectedValue[i]) : '') },
      { column: c('clv', 'money'), value: (i) => (valued(i) ? round2(clv[i]) : '') },
      // the margin each CLV uses, beside it; "assumed" when there is no margin or cost column (SPEC §7)
      {
        column: c('clvMargin', 'percent', a.clv.margin.source === 'default' ? 'col.clvMarginAssumed' : 'col.clvMargin'),
        value: (i) => (valued(i) ? fraction(marginRate[i]) : ''),
      },
      { column: { ...c('clvMethod', 'text'), width: 28 }, value: (i) => (valued(i) ? clvMethodLabel(ctx, method[i]) : '') },
    );
  }
  if (a.visits) {
    const plan = a.visits.plan;
    out.push(
      { column: c('plannedVisits', 'number', 'col.plannedVisitsYear'), value: (i) => round2(plan.plannedVisits[i]) },
      { column: c('lastVisit', 'date'), value: (i) => finite(plan.lastVisit[i]) },
      { column: c('nextVisit', 'date'), value: (i) => finite(plan.nextDue[i]) },
    );
  }
  if (a.crossSell) {
    const { gapCount, gapValue, clientSegment } = a.crossSell;
    out.push(
      { column: c('crossSellCount', 'integer'), value: (i) => (clientSegment[i] >= 0 ? gapCount[i] : '') },
      { column: c('crossSellValue', 'money'), value: (i) => (clientSegment[i] >= 0 ? money(gapValue[i]) : '') },
    );
  }
  return out;
}

function round2(v: number): Cell {
  return Number.isFinite(v) ? Math.round(v * 100) / 100 : '';
}

function finite(v: number): Cell {
  return Number.isFinite(v) ? v : '';
}

function* withClientFields(sheet: OutputSheet, fields: Field[]): Generator<void, OutputSheet> {
  if (!fields.length) return sheet;
  const blocks: OutputSheet['blocks'] = [];
  for (const block of sheet.blocks) {
    if (block.type !== 'table' || block.key !== 'clients') {
      blocks.push(block);
      continue;
    }
    const rows = yield* extendRows(block.rows, fields);
    const columns = [...block.columns, ...fields.map((f) => f.column)];
    blocks.push({ ...block, columns, rows, ...clientFormats(columns.map((col) => col.key)) } satisfies OutputTable);
  }
  return { ...sheet, blocks };
}

/** Each row followed by the fields' values for its client, yielding every ROWS_PER_STEP rows. */
function* extendRows(rows: Cell[][], fields: Field[]): Generator<void, Cell[][]> {
  const out: Cell[][] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield;
    const row = rows[i].slice();
    for (const f of fields) row.push(f.value(i));
    out[i] = row;
  }
  return out;
}

/** CLV, P(alive) and next visit beside the client list, prefixed like the classification columns. */
const BESIDE_LIST = ['clv', 'pAlive', 'nextVisit'];

function* withClientColumns(base: ClientColumns | undefined, fields: Field[]): Generator<void, ClientColumns | undefined> {
  if (!base) return base;
  const selected = BESIDE_LIST.map((key) => fields.find((f) => f.column.key === key)).filter((f): f is Field => !!f);
  if (!selected.length) return base;
  return {
    columns: [...base.columns, ...selected.map((f) => ({ ...f.column, header: ownColumnHeader(f.column.header) }))],
    rows: yield* extendRows(base.rows, selected),
  };
}

/** Parts that did not run are said on the Summary sheet, in the user's words. */
function withPartWarnings(sheet: OutputSheet, a: FullAnalysis, ctx: ReportContext): OutputSheet {
  const lines: string[] = [];
  for (const part of PARTS) {
    if (a[part] === null || a.warnings.some((x) => x.part === part)) lines.push(partProblem(ctx, a, part));
  }
  if (!lines.length) return sheet;
  const note: NoteBlock = { type: 'notes', key: 'partWarnings', title: ctx.text('warn.title'), lines };
  return { ...sheet, blocks: [...sheet.blocks, note] };
}
