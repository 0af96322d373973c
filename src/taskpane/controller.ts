// The pane's bridge to the workbook: every call that reaches Excel goes through src/excel here, so the
// React components only get data and callbacks (as in Microsoft's React task-pane template).
import type { AnalysisOptions } from '../engine/classify';
import { suggestClientMapping, suggestSalesMapping } from '../engine/clean';
import type { FullAnalysis } from '../engine/pipeline';
import { CarteraError, type Cell, type ClientMapping, type QualityReport, type SalesMapping } from '../engine/types';
import { t, type Locale } from '../i18n';
import { listTables, type TableInfo } from '../excel/listTables';
import { readStoredOutputs } from '../excel/outputStore';
import { openSource, type SourceInfo } from '../excel/openSource';
import { readPortfolioInput, runAnalysis, samples, withoutOwnColumns, type RunAnalysisResult } from '../excel/runAnalysis';
import { selectionInfo, type SelectionInfo } from '../excel/selectionInfo';
import type { ExcelRun, IoLimits, Progress, RangeSource } from '../excel/types';
import { writeListSheet, type ListWriteMode, type ListWriteResult } from '../excel/writeListSheet';
import type { OutputSheet } from '../report/types';
import type { ClientHistory, VisitPolicy } from '../engine/visits';
import { fullReportAsync } from '../report/fullReport';
import type { EngineClient } from './engineClient';
import { DEFAULT_OUTPUTS, type Outputs } from './paneOptions';
import { selectOutputs } from './selectOutputs';
import { sourceTables } from './sourceTables';

export type { TableInfo, SourceInfo, SelectionInfo, RangeSource, Progress };

/** What the pane remembers per workbook (stored in the workbook's settings; no client data). */
export interface PaneSettings {
  sales?: RangeSource;
  clients?: RangeSource | null;
  visits?: RangeSource | null;
  visitPolicy?: VisitPolicy;
  salesMapping?: SalesMapping;
  clientMapping?: ClientMapping;
  options?: Partial<AnalysisOptions>;
  outputs?: Outputs;
  segments?: unknown[];
}

export interface RunRequest {
  sales: RangeSource;
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

/** The row under the user's selection (for the client card). */
export interface SelectedRow {
  sheet: string;
  row: number;
  cells: Cell[];
}

export interface PaneController {
  listTables(): Promise<TableInfo[]>;
  selection(): Promise<SelectionInfo>;
  open(source: RangeSource): Promise<SourceInfo>;
  suggestSales(info: SourceInfo): ReturnType<typeof suggestSalesMapping>;
  suggestClients(info: SourceInfo): ReturnType<typeof suggestClientMapping>;
  checkQuality(request: RunRequest, signal?: AbortSignal): Promise<QualityReport>;
  run(request: RunRequest, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<RunOutcome>;
  goToSheet(name: string): Promise<void>;
  /** calls `listener` with the selected row whenever the selection moves; returns the unsubscribe */
  watchSelection(listener: (row: SelectedRow | null) => void): Promise<() => void>;
  loadSettings(): Promise<PaneSettings | null>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /** mode ask (default): when a list of that segment exists nothing is written and `exists` names it */
  createList(sheet: OutputSheet, mode?: ListWriteMode): Promise<ListWriteResult>;
  /** the client card's months, invoices and products, from the sales of the last run (kept by the engine) */
  clientHistory?(client: number): Promise<ClientHistory | null>;
}

const SETTINGS_KEY = 'Cartera.pane';

export function createController(
  run: ExcelRun,
  locale: Locale,
  engine: EngineClient,
  limits?: Partial<IoLimits>,
): PaneController {
  const open = async (source: RangeSource) => withoutOwnColumns(await openSource(run, source, { locale }));
  return {
    // Cartera's own output tables are results, never a source: the pickers do not offer them.
    listTables: async () => {
      const [tables, outputs] = await Promise.all([listTables(run), run((context) => readStoredOutputs(context))]);
      return sourceTables(tables, outputs);
    },
    selection: () => selectionInfo(run, 6),
    open,
    suggestSales: (info) => suggestSalesMapping(info.headers, samples(info)),
    suggestClients: (info) => suggestClientMapping(info.headers, samples(info)),

    async checkQuality(request, signal) {
      const read = await readPortfolioInput(run, {
        sales: request.sales,
        clients: request.clients ?? undefined,
        salesMapping: request.salesMapping,
        clientMapping: request.clientMapping,
        locale,
        signal,
        limits,
        ingest: engine.ingest,
      });
      return read.ingested.quality;
    },

    async run(request, onProgress, signal) {
      const started = performance.now();
      let analysis: FullAnalysis | null = null;
      const result = await runAnalysis(run, {
        limits,
        ingest: engine.ingest,
        sales: request.sales,
        clients: request.clients ?? undefined,
        visits: request.visits ?? undefined,
        visitPolicy: request.visitPolicy,
        salesMapping: request.salesMapping,
        clientMapping: request.clientMapping,
        options: request.options,
        buildReport: async (analysis, options) =>
          selectOutputs(await fullReportAsync(analysis, options), request.outputs ?? DEFAULT_OUTPUTS),
        locale,
        signal,
        onProgress,
        analyse: async (input, options) => {
          try {
            analysis = await engine.analyse(input, options, signal);
            return analysis;
          } catch (error) {
            if (signal.aborted) throw new CarteraError('cancelled', t(locale, 'error.cancelled'));
            throw error;
          }
        },
      });
      const sheets = result.write.stored.sheets.map((s) => ({ key: s.key, name: s.name }));
      return {
        analysis: (analysis ?? result.analysis) as FullAnalysis,
        result,
        seconds: (performance.now() - started) / 1000,
        sheets,
      };
    },

    goToSheet: (name) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      }),

    async watchSelection(listener) {
      const read = async () => {
        try {
          const row = await run(async (context) => {
            const range = context.workbook.getSelectedRange();
            range.load('rowIndex');
            range.worksheet.load('name');
            await context.sync();
            const cells = range.worksheet.getRangeByIndexes(range.rowIndex, 0, 1, 40);
            cells.load('values');
            await context.sync();
            return { sheet: range.worksheet.name, row: range.rowIndex + 1, cells: cells.values[0] as Cell[] };
          });
          listener(row);
        } catch {
          listener(null);
        }
      };
      const handle = await run(async (context) => {
        const result = context.workbook.worksheets.onSelectionChanged.add(async () => {
          await read();
        });
        await context.sync();
        return result;
      });
      await read();
      return () => {
        void run(async (context) => {
          handle.remove();
          await context.sync();
        }).catch(() => undefined);
      };
    },

    async loadSettings() {
      return run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        item.load('value');
        await context.sync();
        if (item.isNullObject) return null;
        try {
          const value = typeof item.value === 'string' ? JSON.parse(item.value) : item.value;
          return value && typeof value === 'object' ? (value as PaneSettings) : null;
        } catch {
          return null;
        }
      });
    },

    saveSettings: (settings) =>
      run(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
        await context.sync();
      }),

    createList: (sheet, mode) => writeListSheet(run, sheet, { mode }),
    clientHistory: async (client) => (engine.clientHistory ? engine.clientHistory(client) : null),
  };
}
