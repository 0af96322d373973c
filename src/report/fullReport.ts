// Every output of a full run: the classification sheets (portfolioReport) whose Clients sheet and
// columns beside the client list carry every client field that applies (the CLV, visit and
// cross-selling ones too: ./clientFields), then the metrics, portfolio value, visits and
// cross-selling sheets. A part that failed keeps its sheet, with the reason, and is listed on the
// Summary sheet.
import type { FullAnalysis, PipelinePart } from '../engine/pipeline';
import { changesSheet } from './changesSheet';
import { metricsSheets, partProblem } from './metricsSheets';
import { pivotSheet } from './pivotSheet';
import { sheetLinks } from './sheetLinks';
import { portfolioReportSteps } from './portfolioSheets';
import { reportContext, type ReportContext, type ReportOptions } from './reportContext';
import type { NoteBlock, OutputSheet, Report } from './types';
import { drain } from './steps';
import { valueSheets } from './valueSheets';
import { visitsSheetsSteps } from './visitsSheets';

const PARTS: PipelinePart[] = ['metrics', 'clv', 'visits', 'crossSell', 'changes'];

/**
 * The report of `analyse` (src/engine/pipeline). A part that did not run (null) gets its sheet with
 * a "not computed" note (`withoutParts` gives a classification with none).
 */
export function fullReport(analysis: FullAnalysis, options: ReportOptions): Report {
  return drain(fullReportSteps(analysis, options));
}

/**
 * fullReport a part at a time (between parts and every ROWS_PER_STEP rows of a per-client table),
 * yielding to the event loop between steps, so that building the report of a large portfolio on
 * the pane's main thread only takes short tasks.
 */
export async function fullReportAsync(
  analysis: FullAnalysis,
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

function* fullReportSteps(full: FullAnalysis, options: ReportOptions): Generator<void, Report> {
  const ctx = reportContext(options);
  // summary, clients (every client field that applies), ABC, RFM, data quality
  const base = yield* portfolioReportSteps(full, options);
  yield;
  const [summary, clients, ...classification] = base.sheets;
  const quality = classification.pop()!;
  const added: OutputSheet[] = [...metricsSheets(full, options)];
  yield;
  added.push(...valueSheets(full, options));
  yield;
  added.push(...(yield* visitsSheetsSteps(full, options)));
  yield;
  added.push(changesSheet(full, options));
  // the PivotTable right after the Clients sheet it summarises
  const pivot = pivotSheet(clients, full.asOf, options);
  const sheets = [
    withPartWarnings(summary, full, ctx),
    clients,
    ...(pivot ? [pivot] : []),
    ...classification,
    ...added,
    quality,
  ];
  return sheetLinks({ sheets, clientColumns: base.clientColumns }, options);
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
