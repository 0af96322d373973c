// The whole cycle: read the ranges → ingest/clean → analyse → write, with stages, progress and
// cancellation. Used by the pane (which passes an `engine` keeping the sales in its Web Worker) and
// by tests on the simulated host (the engine on this thread by default).
import type { AnalysisOptions } from '../engine/classify';
import {
  columnLabel,
  currencyOf,
  readClientList,
  suggestClientMapping,
  suggestSalesMapping,
  type ClientList,
  type ReadOptions,
  type SalesReaderOptions,
} from '../engine/clean';
import type { SalesHandle } from '../engine/createSalesEngine';
import { isoDate } from '../engine/dates';
import { classificationOnly, type FullAnalysis, type PipelineRequest } from '../engine/pipeline';
import { readVisitLog, type VisitLog, type VisitPolicy } from '../engine/visits';
import { CarteraError, type Cell, type ClientMapping, type ClientsData, type SalesMapping, type SourceRef } from '../engine/types';
import { localeTag, t, type Locale } from '../i18n';
import { portfolioReport } from '../report/portfolioSheets';
import type { ReportOptions } from '../report/reportContext';
import type { Report } from '../report/types';
import { rangeAddress } from './address';
import { excelApiSupport, type ApiSupport } from './apiSupport';
import { localEngine } from './localEngine';
import { localizeError } from './localizeError';
import { workbookCulture } from './workbookCulture';
import { detectDate1904, openSource, type SourceInfo } from './openSource';
import { OWN_COLUMN_PREFIX } from '../report/ownColumnHeader';
import { historySheet, type RunHeadline } from '../report/historySheet';
import { headlineOf } from './historySnapshot';
import { addChangesSincePrevious } from './addChangesSincePrevious';
import { appendRunHistory, readRunHistory, type HistoryInput } from './runHistory';
import type { StoredSource } from './lastRun';
import { readBlocks, throwIfAborted } from './readBlocks';
import {
  DEFAULT_LIMITS,
  yieldToEventLoop,
  type ExcelRun,
  type IoLimits,
  type ProgressListener,
  type RangeSource,
  type Stage,
} from './types';
import type { ClientListTarget } from './writeClientColumns';
import { writeReport, type WriteReportOptions, type WriteReportResult } from './writeReport';
import { undoGroupRun } from './undoGroup';

/** Cleans the sales blocks as they are read; finish keeps the cleaned sales where they were cleaned. */
export interface SalesIngest {
  add(rows: Cell[][]): void | Promise<void>;
  finish(): SalesHandle | Promise<SalesHandle>;
  /** frees what a read that will not finish (cancelled, failed) holds */
  abandon?(): void;
}

/**
 * Where the sales are cleaned, kept and analysed: on this thread by default (localEngine); the pane
 * passes its engine worker (settling a million client ids is one long step, which must not hold the
 * page, and the rows then never come back to it).
 */
export interface AnalysisEngine {
  ingest(mapping: SalesMapping, source: SourceRef, options: SalesReaderOptions): SalesIngest | Promise<SalesIngest>;
  /** the analysis (src/engine/pipeline) of kept sales; a cancelled one rejects */
  analyse(
    handle: SalesHandle,
    request: PipelineRequest,
    options: Partial<AnalysisOptions>,
    signal?: AbortSignal,
  ): FullAnalysis | Promise<FullAnalysis>;
  /** frees kept sales (a quality check done, a run that failed or was cancelled) */
  release(handle: SalesHandle): void;
}

/**
 * Sales that are not in the workbook (issue #20, the pane's "Analizar un archivo"): a file read and
 * cleaned elsewhere (the pane's engine worker). Its rows are never written to the workbook; `info`
 * stands for the range (the file name as sheet and address, its header and first rows).
 */
export interface SalesFileSource {
  kind: 'file';
  info: SourceInfo;
  /** reads and cleans the whole file; `onProgress` with the fraction read (0–1) and data rows so far */
  ingest(mapping: SalesMapping, options: SalesReaderOptions, onProgress: (fraction: number, rows: number) => void): Promise<SalesHandle>;
}

export interface RunAnalysisInput {
  sales: RangeSource | SalesFileSource;
  clients?: RangeSource;
  /** an optional visits log (client, date, salesperson) for the visit plan (SPEC §8) */
  visits?: RangeSource;
  /** the visit policy (SPEC §8); default DEFAULT_VISIT_POLICY */
  visitPolicy?: VisitPolicy;
  /** role → column index within the range (from the pane's mapping step); suggested from the headers when absent */
  salesMapping?: SalesMapping;
  clientMapping?: ClientMapping;
  options?: Partial<AnalysisOptions>;
  /** language of the outputs */
  locale: Locale;
  /**
   * the locale ("es-MX") for text numbers and dates, over Excel's own culture (the CLI's --locale);
   * default: Excel's culture (ExcelApi 1.11), else the region of `displayLanguage`, else from `locale`
   */
  workbookLocale?: string;
  /** Office's display language ("es-MX"; the pane passes Office.context.displayLanguage) */
  displayLanguage?: string;
  /** the user's answer for workbooks on the 1904 date system, used where the API cannot tell */
  date1904?: boolean;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  /** the outputs from the analysis (default: portfolioReport, the classification sheets; the pane passes fullReport) */
  buildReport?: (analysis: FullAnalysis, options: ReportOptions) => Report | Promise<Report>;
  apiSupport?: ApiSupport;
  limits?: Partial<IoLimits>;
  /**
   * where the sales are cleaned, kept and analysed (default: the classification alone on this thread,
   * `localEngine(classificationOnly)`; `localEngine()` runs the whole pipeline here, the pane passes its worker)
   */
  engine?: AnalysisEngine;
  /**
   * keep the run in the workbook's run history and write the "Historial" sheet (SPEC §11, issue #18);
   * the pane sets it. A history that cannot be stored does not fail the run (the outputs are written).
   */
  history?: boolean;
  /** the write as one undo step where Excel supports it (`mergeUndoGroup`, ExcelApi 1.20; the pane sets it) */
  undoGroup?: boolean;
}

export interface RunAnalysisResult {
  analysis: FullAnalysis;
  clients: ClientsData;
  salesMapping: SalesMapping;
  clientMapping: ClientMapping | null;
  sales: SourceInfo;
  clientList: SourceInfo | null;
  date1904: boolean;
  write: WriteReportResult;
  /** the headline figures of every stored run, oldest first (with `history`; null if not stored) */
  history?: RunHeadline[] | null;
}

/** Share of the whole run each stage takes, for one progress bar. */
const STAGES: Record<Stage, [number, number]> = {
  read: [0, 0.45],
  clean: [0.45, 0.5],
  analyse: [0.5, 0.65],
  write: [0.65, 1],
};

/** Our own columns beside a client list ("Cartera: …") are not the user's data: leave them out. */
export { OWN_COLUMN_PREFIX };

export async function runAnalysis(run: ExcelRun, input: RunAnalysisInput): Promise<RunAnalysisResult> {
  try {
    return await runStages(run, input);
  } catch (error) {
    if (error instanceof CarteraError) throw localizeError(error, input.locale);
    // A host error while reading (the write stage wraps its own after rolling back).
    const e = error as { code?: string; message?: string };
    throw new CarteraError('read_failed', t(input.locale, 'error.readFailed', { detail: e?.code ?? e?.message ?? String(error) }));
  }
}

/** What reading and cleaning the user's ranges gives (the first two stages of a run). */
export interface PortfolioRead {
  date1904: boolean;
  list: ClientList | null;
  clientInfo: SourceInfo | null;
  clientMapping: ClientMapping | null;
  salesInfo: SourceInfo;
  salesMapping: SalesMapping;
  /** the cleaned sales, kept by the engine (release it when done with it) */
  handle: SalesHandle;
}

/**
 * Reads the client list (first: its rows take the first client indexes) and the sales in blocks,
 * and cleans them in the engine, which keeps them. Used by runAnalysis and by the pane's quality
 * check before a run (which releases the handle).
 */
export async function readPortfolioInput(
  run: ExcelRun,
  input: Pick<
    RunAnalysisInput,
    | 'sales'
    | 'clients'
    | 'salesMapping'
    | 'clientMapping'
    | 'locale'
    | 'workbookLocale'
    | 'displayLanguage'
    | 'apiSupport'
    | 'date1904'
    | 'signal'
    | 'limits'
    | 'engine'
  >,
  report: (stage: Stage, stageFraction: number, rows?: number) => void = () => undefined,
): Promise<PortfolioRead> {
  const { locale, signal } = input;
  const limits = { ...DEFAULT_LIMITS, ...input.limits };
  const detected = await detectDate1904(run);
  const date1904 = detected ?? input.date1904 ?? false;
  const readOptions = { ...(await regionalSettings(run, input)), date1904 };

  let list: ClientList | null = null;
  let clientInfo: SourceInfo | null = null;
  let clientMapping: ClientMapping | null = null;
  if (input.clients) {
    clientInfo = withoutOwnColumns(await openSource(run, input.clients, { locale }));
    const rows: Cell[][] = [];
    await readBlocks(run, clientInfo, (block) => void rows.push(...block.map((r) => r.slice(0, clientInfo!.columns))), {
      signal,
      limits,
      locale,
    });
    clientMapping = input.clientMapping ?? suggestClientMapping(clientInfo.headers, samples(clientInfo)).mapping;
    list = readClientList(rows, clientMapping, clientInfo.ref, readOptions);
  }

  const sales = input.sales;
  if (sales.kind === 'file') {
    const salesMapping = input.salesMapping ?? suggestSalesMapping(sales.info.headers, samples(sales.info)).mapping;
    let handle: SalesHandle;
    try {
      handle = await sales.ingest(salesMapping, { ...readOptions, clientList: list }, (f, rows) => report('read', f, rows));
    } catch (error) {
      throwIfAborted(signal, locale);
      throw localizeError(error, locale);
    }
    throwIfAborted(signal, locale);
    report('clean', 1);
    const salesInfo = { ...sales.info, dataRows: handle.quality.rowsRead };
    return { date1904, list, clientInfo, clientMapping, salesInfo, salesMapping, handle };
  }
  const salesInfo = await openSource(run, sales, { locale });
  const salesMapping = input.salesMapping ?? suggestSalesMapping(salesInfo.headers, samples(salesInfo)).mapping;
  const reader = await (input.engine ?? localEngine(classificationOnly)).ingest(salesMapping, salesInfo.ref, {
    ...readOptions,
    clientList: list,
    rowCount: salesInfo.dataRows,
  });
  try {
    await readBlocks(run, salesInfo, (block) => reader.add(block), {
      signal,
      limits,
      locale,
      onProgress: (rows, total) => report('read', rows / total, rows),
    });
    throwIfAborted(signal, locale);
  } catch (error) {
    reader.abandon?.();
    throw localizeError(error, locale);
  }
  report('clean', 0);
  let handle: SalesHandle;
  try {
    handle = await reader.finish();
  } catch (error) {
    throw localizeError(error, locale);
  }
  report('clean', 1);
  return { date1904, list, clientInfo, clientMapping, salesInfo, salesMapping, handle };
}

async function runStages(run: ExcelRun, input: RunAnalysisInput): Promise<RunAnalysisResult> {
  const { locale, signal } = input;
  const report = (stage: Stage, stageFraction: number, rows?: number) => {
    const [a, b] = STAGES[stage];
    const f = Math.max(0, Math.min(1, stageFraction));
    input.onProgress?.({ stage, stageFraction: f, fraction: a + (b - a) * f, rows });
  };
  throwIfAborted(signal, locale);
  report('read', 0);

  const engine = input.engine ?? localEngine(classificationOnly);
  const read = await readPortfolioInput(run, { ...input, engine }, report);
  try {
    return await analyseAndWrite(run, input, engine, read, report);
  } catch (error) {
    // cancelled or failed: the kept sales are of no further use
    engine.release(read.handle);
    throw error;
  }
}

async function analyseAndWrite(
  run: ExcelRun,
  input: RunAnalysisInput,
  engine: AnalysisEngine,
  read: PortfolioRead,
  report: (stage: Stage, stageFraction: number, rows?: number) => void,
): Promise<RunAnalysisResult> {
  const { locale, signal } = input;
  const limits = { ...DEFAULT_LIMITS, ...input.limits };
  const { date1904, list, clientInfo, clientMapping, salesInfo, salesMapping, handle } = read;

  let visits: VisitLog | null = null;
  if (input.visits) {
    const info = await openSource(run, input.visits, { locale });
    // readVisitLog takes the header row first, then the data rows
    const rows: Cell[][] = [info.headers];
    await readBlocks(run, info, (block) => void rows.push(...block), { signal, limits, locale });
    const m = suggestSalesMapping(info.headers, samples(info)).mapping;
    if (m.client === undefined || m.date === undefined) {
      throw new CarteraError('visits_columns', t(locale, 'error.visitsColumns', { address: info.address }), { sheet: info.sheet });
    }
    visits = readVisitLog(rows, { client: m.client, date: m.date, salesperson: m.salesperson }, info.ref, handle.clients, {
      date1904,
    }).log;
  }
  throwIfAborted(signal, locale);
  report('analyse', 0);
  const request: PipelineRequest = {
    visits,
    visitPolicy: input.visitPolicy ?? null,
    salesSheet: salesInfo.sheet,
    clientColumn: columnName(salesInfo, salesMapping.client),
    dateColumn: columnName(salesInfo, salesMapping.date),
  };
  let analysis: FullAnalysis;
  try {
    analysis = await engine.analyse(handle, request, input.options ?? {}, signal);
  } catch (error) {
    // a cancelled analysis is stopped outright (the pane's worker is terminated): say cancelled
    throwIfAborted(signal, locale);
    throw error;
  }
  throwIfAborted(signal, locale);
  report('analyse', 1);

  const reportOptions: ReportOptions = {
    locale,
    clients: list ? handle.clients : undefined,
    currency: currencyOf(salesInfo.preview, salesMapping.currency),
  };
  // The answer from the worker arrives as one task: let the page breathe before building the report.
  await yieldToEventLoop();
  let outputs = await (input.buildReport ?? portfolioReport)(analysis, reportOptions);
  let historyInput: HistoryInput | null = null;
  if (input.history) {
    outputs = await addChangesSincePrevious(run, outputs, analysis, reportOptions);
    historyInput = historyOf(analysis);
    const headline = headlineOf(historyInput.asOf, { ...historyInput, index: new Int32Array(0) }, historyInput.portfolioValue);
    const runs = (await readRunHistory(run).catch(() => [])).filter((r) => r.asOf !== headline.asOf);
    const sheet = historySheet([...runs, headline].sort((a, b) => (a.asOf < b.asOf ? -1 : 1)), locale, reportOptions.currency);
    outputs = { ...outputs, sheets: [...outputs.sheets, sheet] };
  }
  let clientList: ClientListTarget | undefined;
  if (clientInfo && list) {
    const dataRow = new Int32Array(handle.clients.ids.length).fill(-1);
    const listRow = handle.clients.listRow;
    for (let c = 0; c < dataRow.length; c++) if (listRow[c] > 0) dataRow[c] = listRow[c] - clientInfo.headerRowIndex - 2;
    clientList = { info: clientInfo, dataRow };
  }
  const writeOptions: WriteReportOptions = {
    locale,
    signal,
    onProgress: (f) => report('write', f),
    clientList,
    runOptions: {
      sales: describe(input.sales, salesInfo),
      clients: clientInfo ? describe(input.clients!, clientInfo) : null,
      salesMapping,
      clientMapping,
      options: { ...input.options, asOf: isoDate(analysis.asOf) },
      visitPolicy: input.visitPolicy ?? null,
      locale,
    },
    apiSupport: input.apiSupport,
    limits,
  };
  report('write', 0);
  // One undo step for the write where Excel supports it (1.20); refused as not undoable → plain write.
  const grouped = input.undoGroup ? undoGroupRun(input.apiSupport ?? excelApiSupport()) : null;
  const write = await writeReport(grouped ?? run, outputs, writeOptions).catch((error: unknown) => {
    if (!grouped || !(error instanceof CarteraError) || !error.message.includes('UndoNotSupported')) throw error;
    return writeReport(run, outputs, writeOptions);
  });
  const history = historyInput ? await appendRunHistory(run, historyInput).catch(() => null) : undefined;
  report('write', 1);
  return {
    history,
    analysis,
    clients: handle.clients,
    salesMapping,
    clientMapping,
    sales: salesInfo,
    clientList: clientInfo,
    date1904,
    write,
  };
}

/** What the run history keeps of an analysis (per client: class, status, RFM segment, 12-month revenue). */
function historyOf(analysis: FullAnalysis): HistoryInput {
  const clv = analysis.clv;
  return {
    asOf: isoDate(analysis.asOf),
    ids: analysis.ids,
    abc: analysis.abc.classCode,
    status: analysis.lifecycle.status,
    segment: analysis.rfm.segment,
    revenue12: analysis.facts.revenue12,
    portfolioValue: clv ? clv.portfolio.total : null,
  };
}

/**
 * How text numbers and dates are read (SPEC §2 regional settings): a locale the caller names (the
 * CLI's --locale); else Excel's culture where the API exposes it; else the region of Office's
 * display language; else the one of the output language.
 */
async function regionalSettings(
  run: ExcelRun,
  input: Pick<RunAnalysisInput, 'locale' | 'workbookLocale' | 'displayLanguage' | 'apiSupport'>,
): Promise<ReadOptions> {
  if (input.workbookLocale) return { locale: input.workbookLocale };
  const fallback = input.displayLanguage ?? localeTag(input.locale);
  const culture = await workbookCulture(run, input.apiSupport ?? excelApiSupport());
  if (!culture) return { locale: fallback };
  return { ...culture, locale: culture.locale || fallback };
}

/** The source without trailing columns we wrote on a previous run. */
export function withoutOwnColumns(info: SourceInfo): SourceInfo {
  let n = info.columns;
  while (n > 1 && info.headers[n - 1].startsWith(OWN_COLUMN_PREFIX)) n--;
  if (n === info.columns) return info;
  const headers = info.headers.slice(0, n);
  return {
    ...info,
    address: rangeAddress(info.sheet, info.headerRowIndex, info.columnIndex, info.dataRows + 1, n),
    columns: n,
    headers,
    preview: info.preview.map((r) => r.slice(0, n)),
    previewFormats: info.previewFormats.map((r) => r.slice(0, n)),
    ref: { ...info.ref, headers },
  };
}

/** Preview rows for the mapping suggestion, with date-formatted serials shown as ISO dates. */
export function samples(info: SourceInfo): Cell[][] {
  return info.preview.map((row, r) =>
    row.map((cell, c) => (typeof cell === 'number' && isDateFormat(info.previewFormats[r]?.[c]) ? isoDate(Math.floor(cell)) : cell)),
  );
}

/** Whether an Excel number format displays a date (d, m with d/y, or y outside quotes and brackets). */
export function isDateFormat(format: string | undefined | null): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
  return /[dy]/.test(bare) || /m{3,}/.test(bare);
}

function columnName(info: SourceInfo, index: number | undefined): string {
  return index === undefined ? '' : columnLabel(info.columnIndex, index, info.headers[index]);
}

/** The source as the run read it (stored in `Cartera.outputs`: the next run says what changed since). */
function describe(source: RangeSource | SalesFileSource, info: SourceInfo): StoredSource {
  return { kind: source.kind, address: info.address, table: info.table, dataRows: info.dataRows, headers: info.headers };
}
