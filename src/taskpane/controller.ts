// The pane's bridge to the workbook: every call that reaches Excel is a src/excel function given
// `run` here (no batch of its own), so the React components only get data and callbacks (as in
// Microsoft's React task-pane template).
import type { AnalysisOptions } from '../engine/classify';
import { suggestClientMapping, suggestSalesMapping } from '../engine/clean';
import type { FullAnalysis } from '../engine/pipeline';
import { CarteraError, type ClientMapping, type QualityReport, type SalesMapping } from '../engine/types';
import { t, type Locale } from '../i18n';
import { readLastRun, type LastRun } from '../excel/lastRun';
import { PANE_SETTINGS, type PaneSettings } from '../excel/paneSettings';
import { listTables, type TableInfo } from '../excel/listTables';
import { activateSheet } from '../excel/activateSheet';
import { excelApiSupport, type IsSetSupported } from '../excel/apiSupport';
import { readWorkbookSetting } from '../excel/readWorkbookSetting';
import { storedOutputs } from '../excel/storedOutputs';
import { watchSelection, type SelectedRow } from '../excel/watchSelection';
import { writeWorkbookSetting } from '../excel/writeWorkbookSetting';
import { removeOutputs, type RemoveOutputsResult } from '../excel/removeOutputs';
import { convertToTable, type ConvertedTable } from '../excel/convertToTable';
import { watchSheets } from '../excel/watchSheets';
import { openSource, type SourceInfo } from '../excel/openSource';
import {
  readPortfolioInput,
  runAnalysis,
  samples,
  withoutOwnColumns,
  type RunAnalysisResult,
  type SalesFileSource,
} from '../excel/runAnalysis';
import { selectionInfo, type SelectionInfo } from '../excel/selectionInfo';
import type { ExcelRun, IoLimits, Progress, RangeSource } from '../excel/types';
import { writeListSheet, type ListWriteMode, type ListWriteResult } from '../excel/writeListSheet';
import type { OutputSheet } from '../report/types';
import type { ClientHistory, VisitPolicy } from '../engine/visits';
import { fullReportAsync } from '../report/fullReport';
import './paneFileMessages';
import type { EngineClient } from './engineClient';
import { DEFAULT_OUTPUTS, type Outputs } from './paneOptions';
import { selectOutputs } from '../report/selectOutputs';
import { sourceTables } from './sourceTables';

export type { TableInfo, SourceInfo, SelectionInfo, RangeSource, Progress, SelectedRow, LastRun, RemoveOutputsResult };
export { sourceChange, type SourceChange } from '../excel/sourceChange';

/**
 * A file the user picked as the sales (issue #20, "Analizar un archivo"): read and cleaned in the
 * engine worker, never copied into the workbook; `info` is its header and first rows (openFile).
 */
export interface FileSource {
  kind: 'file';
  file: File;
  info: SourceInfo;
}

/** Where the sales are: a range of the workbook or a file. */
export type SalesSource = RangeSource | FileSource;


export type { PaneSettings };

export interface RunRequest {
  sales: SalesSource;
  clients?: RangeSource | null;
  /** a visits log (client, date, salesperson), for the visit plan (SPEC §8) */
  visits?: RangeSource | null;
  visitPolicy?: VisitPolicy;
  salesMapping?: SalesMapping;
  clientMapping?: ClientMapping;
  options: Partial<AnalysisOptions>;
  /** what to write (default: everything) */
  outputs?: Outputs;
}

export interface RunOutcome {
  analysis: FullAnalysis;
  result: RunAnalysisResult;
  seconds: number;
  /** sheet names written, by output key ('summary', 'abc'...) */
  sheets: { key: string; name: string }[];
}

export interface PaneController {
  listTables(): Promise<TableInfo[]>;
  selection(): Promise<SelectionInfo>;
  open(source: RangeSource): Promise<SourceInfo>;
  /** a file's header and first rows (issue #20); absent where files cannot be read */
  openFile?(file: File): Promise<SourceInfo>;
  suggestSales(info: SourceInfo): ReturnType<typeof suggestSalesMapping>;
  suggestClients(info: SourceInfo): ReturnType<typeof suggestClientMapping>;
  checkQuality(request: RunRequest, signal?: AbortSignal): Promise<QualityReport>;
  run(request: RunRequest, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<RunOutcome>;
  goToSheet(name: string): Promise<void>;
  /** calls `listener` with the selected row whenever the selection moves; returns the unsubscribe */
  watchSelection(listener: (row: SelectedRow | null) => void): Promise<() => void>;
  loadSettings(): Promise<PaneSettings | null>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /** what the last run read (sources' addresses, rows, headers), null when none (issue #18) */
  lastRun?(): Promise<LastRun | null>;
  /** an Excel table over the data an address stands for now; the user's cells keep their values (issue #18) */
  convertToTable?(address: string): Promise<ConvertedTable>;
  /** deletes Cartera's outputs, columns and settings: the workbook as before the first run (issue #18) */
  removeOutputs?(): Promise<RemoveOutputsResult>;
  /**
   * calls `listener` when the user (not an add-in) changes one of these sheets (`worksheets.onChanged`,
   * ExcelApi 1.9); returns the unsubscribe (issue #18: the first screen's counts follow the data)
   */
  watchSheets?(sheets: string[], listener: () => void): Promise<() => void>;
  /** mode ask (default): when a list of that segment exists nothing is written and `exists` names it */
  createList(sheet: OutputSheet, mode?: ListWriteMode): Promise<ListWriteResult>;
  /** the client card's months, invoices and products, from the sales of the last run (kept by the engine) */
  clientHistory?(client: number): Promise<ClientHistory | null>;
}

/** What the pane knows of Office (the add-in's entry takes it from Office.js; the playground passes its own). */
export interface OfficeFacts {
  /** Office's display language ("es-MX"): the regional settings' last resort */
  displayLanguage?: string;
  /** Office.context.requirements.isSetSupported; none = every set the simulated host implements */
  isSetSupported?: IsSetSupported;
}

export function createController(
  run: ExcelRun,
  locale: Locale,
  engine: EngineClient,
  limits?: Partial<IoLimits>,
  office: OfficeFacts = {},
): PaneController {
  const open = async (source: RangeSource) => withoutOwnColumns(await openSource(run, source, { locale }));
  const apiSupport = excelApiSupport(office.isSetSupported);
  const displayLanguage = office.displayLanguage;
  /** The request's sales as runAnalysis takes them: a file is read by the engine worker. */
  const salesOf = (sales: SalesSource, signal?: AbortSignal): RangeSource | SalesFileSource => {
    if (sales.kind !== 'file') return sales;
    const read = engine.readSalesFile;
    if (!read) throw new CarteraError('no_file_reader', t(locale, 'pane.file.unsupported'));
    return {
      kind: 'file',
      info: sales.info,
      ingest: (mapping, options, onProgress) =>
        read(sales.file, mapping, sales.info.ref, options, locale, (bytes, size, rows) => onProgress(size > 0 ? bytes / size : 1, rows), signal),
    };
  };
  return {
    // Cartera's own output tables are results, never a source: the pickers do not offer them.
    listTables: async () => {
      const [tables, outputs] = await Promise.all([listTables(run), storedOutputs(run)]);
      return sourceTables(tables, outputs);
    },
    selection: () => selectionInfo(run, 6),
    open,
    async openFile(file) {
      if (!engine.openSalesFile) throw new CarteraError('no_file_reader', t(locale, 'pane.file.unsupported'));
      return engine.openSalesFile(file, file.name, locale);
    },
    suggestSales: (info) => suggestSalesMapping(info.headers, samples(info)),
    suggestClients: (info) => suggestClientMapping(info.headers, samples(info)),

    async checkQuality(request, signal) {
      const read = await readPortfolioInput(run, {
        sales: salesOf(request.sales, signal),
        clients: request.clients ?? undefined,
        salesMapping: request.salesMapping,
        clientMapping: request.clientMapping,
        locale,
        displayLanguage,
        apiSupport,
        signal,
        limits,
        engine,
      });
      engine.release(read.handle);
      return read.handle.quality;
    },

    async run(request, onProgress, signal) {
      const started = performance.now();
      const result = await runAnalysis(run, {
        limits,
        engine,
        sales: salesOf(request.sales, signal),
        clients: request.clients ?? undefined,
        visits: request.visits ?? undefined,
        visitPolicy: request.visitPolicy,
        salesMapping: request.salesMapping,
        clientMapping: request.clientMapping,
        options: request.options,
        buildReport: async (analysis, options) =>
          selectOutputs(await fullReportAsync(analysis, options), request.outputs ?? DEFAULT_OUTPUTS),
        locale,
        displayLanguage,
        apiSupport,
        signal,
        onProgress,
        history: true,
        undoGroup: true,
      });
      const sheets = result.write.stored.sheets.map((s) => ({ key: s.key, name: s.name }));
      return {
        analysis: result.analysis,
        result,
        seconds: (performance.now() - started) / 1000,
        sheets,
      };
    },

    goToSheet: (name) => activateSheet(run, name),
    watchSelection: (listener) => watchSelection(run, listener),
    loadSettings: () => readWorkbookSetting<PaneSettings>(run, PANE_SETTINGS),
    saveSettings: (settings) => writeWorkbookSetting(run, PANE_SETTINGS, settings),
    createList: (sheet, mode) => writeListSheet(run, sheet, { mode, apiSupport }),
    lastRun: () => readLastRun(run),
    watchSheets: (names, listener) => watchSheets(run, names, listener),
    removeOutputs: () => removeOutputs(run, { locale }),
    convertToTable: (address) => convertToTable(run, address, { locale }),
    clientHistory: async (client) => (engine.clientHistory ? engine.clientHistory(client) : null),
  };
}
