// The whole cycle: read the ranges → ingest/clean → analyse → write, with stages, progress and
// cancellation. Used by the pane (which passes an `analyse` running in a Web Worker) and by the
// CLI's --out (SimWorkbook.run + the host's xlsx bridge).
import { analyzePortfolio, type AnalysisOptions, type PortfolioAnalysis, type PortfolioInput } from '../engine/classify';
import {
  createSalesReader,
  readClientList,
  suggestClientMapping,
  suggestSalesMapping,
  type ClientList,
  type ReadOptions,
  type SalesReaderOptions,
  type SalesReadResult,
} from '../engine/clean';
import { isoDate } from '../engine/dates';
import { readVisitLog, type VisitLog, type VisitPolicy } from '../engine/visits';
import { CarteraError, type Cell, type ClientMapping, type ClientsData, type SalesMapping, type SourceRef } from '../engine/types';
import { localeTag, t, type Locale } from '../i18n';
import { portfolioReport } from '../report/portfolioSheets';
import type { ReportOptions } from '../report/reportContext';
import type { Report } from '../report/types';
import { rangeAddress } from './address';
import { excelApiSupport, type ApiSupport } from './apiSupport';
import { localizeError } from './localizeError';
import { workbookCulture } from './workbookCulture';
import { detectDate1904, openSource, type SourceInfo } from './openSource';
import { OWN_COLUMN_PREFIX } from './outputStore';
import { historySheet, type RunHeadline } from '../report/historySheet';
import { headlineOf } from './historySnapshot';
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

export type Analyse = (
  input: PortfolioInput,
  options: Partial<AnalysisOptions>,
) => PortfolioAnalysis | Promise<PortfolioAnalysis>;

/** Cleans the sales blocks as they are read (createSalesReader's add/finish, possibly elsewhere). */
export interface SalesIngest {
  add(rows: Cell[][]): void | Promise<void>;
  finish(): SalesReadResult | Promise<SalesReadResult>;
  /** frees what a read that will not finish (cancelled, failed) holds */
  abandon?(): void;
}

/**
 * Where the sales are cleaned: on this thread by default; the pane passes one that cleans them in
 * its engine worker (settling a million client ids is one long step, which must not hold the page).
 */
export type SalesIngestFactory = (mapping: SalesMapping, source: SourceRef, options: SalesReaderOptions) => SalesIngest | Promise<SalesIngest>;

export interface RunAnalysisInput {
  sales: RangeSource;
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
  /** the analysis step (default: analyzePortfolio on this thread) */
  analyse?: Analyse;
  /** the outputs from the analysis (default: portfolioReport); the lead adds metrics/CLV/visits sheets here */
  buildReport?: (analysis: PortfolioAnalysis, options: ReportOptions) => Report | Promise<Report>;
  apiSupport?: ApiSupport;
  limits?: Partial<IoLimits>;
  /** where the sales are cleaned (default: createSalesReader on this thread) */
  ingest?: SalesIngestFactory;
  /**
   * keep the run in the workbook's run history and write the "Historial" sheet (SPEC §11, issue #18);
   * the pane sets it. A history that cannot be stored does not fail the run (the outputs are written).
   */
  history?: boolean;
  /** the write as one undo step where Excel supports it (`mergeUndoGroup`, ExcelApi 1.20; the pane sets it) */
  undoGroup?: boolean;
}

export interface RunAnalysisResult {
  analysis: PortfolioAnalysis;
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
  ingested: SalesReadResult;
}

/**
 * Reads the client list (first: its rows take the first client indexes) and the sales in blocks,
 * and cleans them. Used by runAnalysis and by the pane's quality check before a run.
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
    | 'ingest'
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

  const salesInfo = await openSource(run, input.sales, { locale });
  const salesMapping = input.salesMapping ?? suggestSalesMapping(salesInfo.headers, samples(salesInfo)).mapping;
  const ingest = input.ingest ?? createSalesReader;
  const reader: SalesIngest = await ingest(salesMapping, salesInfo.ref, { ...readOptions, clientList: list, rowCount: salesInfo.dataRows });
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
  let ingested: SalesReadResult;
  try {
    ingested = await reader.finish();
  } catch (error) {
    throw localizeError(error, locale);
  }
  report('clean', 1);
  return { date1904, list, clientInfo, clientMapping, salesInfo, salesMapping, ingested };
}

async function runStages(run: ExcelRun, input: RunAnalysisInput): Promise<RunAnalysisResult> {
  const { locale, signal } = input;
  const limits = { ...DEFAULT_LIMITS, ...input.limits };
  const report = (stage: Stage, stageFraction: number, rows?: number) => {
    const [a, b] = STAGES[stage];
    const f = Math.max(0, Math.min(1, stageFraction));
    input.onProgress?.({ stage, stageFraction: f, fraction: a + (b - a) * f, rows });
  };
  throwIfAborted(signal, locale);
  report('read', 0);

  const { date1904, list, clientInfo, clientMapping, salesInfo, salesMapping, ingested } = await readPortfolioInput(
    run,
    input,
    report,
  );

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
    visits = readVisitLog(rows, { client: m.client, date: m.date, salesperson: m.salesperson }, info.ref, ingested.clients, {
      date1904,
    }).log;
  }
  throwIfAborted(signal, locale);
  report('analyse', 0);
  const analyse = input.analyse ?? ((i, o) => analyzePortfolio(i, o));
  const analysisInput: PortfolioInput & { visits?: VisitLog | null; visitPolicy?: VisitPolicy | null } = {
    ...ingested,
    visits,
    visitPolicy: input.visitPolicy ?? null,
    salesSheet: salesInfo.sheet,
    clientColumn: columnName(salesInfo, salesMapping.client),
    dateColumn: columnName(salesInfo, salesMapping.date),
  };
  const analysis = await analyse(analysisInput, input.options ?? {});
  throwIfAborted(signal, locale);
  report('analyse', 1);

  const reportOptions: ReportOptions = {
    locale,
    clients: list ? ingested.clients : undefined,
    currency: currencyOf(salesInfo, salesMapping),
  };
  // The answer from the worker arrives as one task: let the page breathe before building the report.
  await yieldToEventLoop();
  let outputs = await (input.buildReport ?? portfolioReport)(analysis, reportOptions);
  let historyInput: HistoryInput | null = null;
  if (input.history) {
    historyInput = historyOf(analysis);
    const headline = headlineOf(historyInput.asOf, { ...historyInput, index: new Int32Array(0) }, historyInput.portfolioValue);
    const runs = (await readRunHistory(run).catch(() => [])).filter((r) => r.asOf !== headline.asOf);
    const sheet = historySheet([...runs, headline].sort((a, b) => (a.asOf < b.asOf ? -1 : 1)), locale, reportOptions.currency);
    outputs = { ...outputs, sheets: [...outputs.sheets, sheet] };
  }
  let clientList: ClientListTarget | undefined;
  if (clientInfo && list) {
    const dataRow = new Int32Array(ingested.clients.ids.length).fill(-1);
    const listRow = ingested.clients.listRow;
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
    clients: ingested.clients,
    salesMapping,
    clientMapping,
    sales: salesInfo,
    clientList: clientInfo,
    date1904,
    write,
  };
}

/** What the run history keeps of an analysis (per client: class, status, RFM segment, 12-month revenue). */
function historyOf(analysis: PortfolioAnalysis): HistoryInput {
  const clv = (analysis as { clv?: { portfolio?: { total?: number } } | null }).clv;
  return {
    asOf: isoDate(analysis.asOf),
    ids: analysis.ids,
    abc: analysis.abc.classCode,
    status: analysis.lifecycle.status,
    segment: analysis.rfm.segment,
    revenue12: analysis.facts.revenue12,
    portfolioValue: typeof clv?.portfolio?.total === 'number' ? clv.portfolio.total : null,
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
  if (index === undefined) return '';
  let s = '';
  for (let n = info.columnIndex + index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return info.headers[index] ? `${s} (${info.headers[index]})` : s;
}

function currencyOf(info: SourceInfo, mapping: SalesMapping): string | undefined {
  if (mapping.currency === undefined) return undefined;
  for (const row of info.preview) {
    const v = row[mapping.currency];
    if (typeof v === 'string' && /^[A-Za-z]{3}$/.test(v.trim())) return v.trim().toUpperCase();
  }
  return undefined;
}

/** The source as the run read it (stored in `Cartera.outputs`: the next run says what changed since). */
function describe(source: RangeSource, info: SourceInfo): StoredSource {
  return { kind: source.kind, address: info.address, table: info.table, dataRows: info.dataRows, headers: info.headers };
}
