// "Volver a analizar" from the ribbon (issue #18): the pane's stored settings (`Cartera.pane`: sources,
// column mappings, options, outputs) run again without the pane, through the same src/excel path as
// the pane's one-click refresh (runAnalysis with history and one undo step, the full report filtered
// by the stored outputs). The engine runs on this page's thread: a function file has no UI to freeze.
// Returns the sentence to show the user; never throws.
import { localEngine } from '../excel/localEngine';
import { formatDate, formatNumber, t, type Locale, type MessageKey } from '../i18n';
import type { ApiSupport } from '../excel/apiSupport';
import { readLastRun } from '../excel/lastRun';
import { localizeError } from '../excel/localizeError';
import { openSource } from '../excel/openSource';
import { PANE_SETTINGS, type PaneSettings } from '../excel/paneSettings';
import { readWorkbookSetting } from '../excel/readWorkbookSetting';
import { runAnalysis, withoutOwnColumns } from '../excel/runAnalysis';
import { sourceChange } from '../excel/sourceChange';
import type { ExcelRun, IoLimits } from '../excel/types';
import { fullReportAsync } from '../report/fullReport';
import { DEFAULT_OUTPUTS, selectOutputs, type Outputs } from '../report/selectOutputs';
import './commandMessages';

export { PANE_SETTINGS };

/** The manifest's `<FunctionName>` of the "Volver a analizar" button (tests/manifest checks it). */
export const REFRESH_FUNCTION = 'refreshAnalysis';

export interface RefreshOutcome {
  ok: boolean;
  /** what to tell the user, in `locale` */
  text: string;
}

export interface RefreshOptions {
  locale: Locale;
  displayLanguage?: string;
  apiSupport?: ApiSupport;
  limits?: Partial<IoLimits>;
}

export async function refreshAnalysis(run: ExcelRun, options: RefreshOptions): Promise<RefreshOutcome> {
  const { locale } = options;
  const fail = (key: MessageKey, params?: Record<string, string | number>) => ({ ok: false, text: t(locale, key, params) });
  try {
    const settings = await readWorkbookSetting<PaneSettings>(run, PANE_SETTINGS);
    if (!settings?.sales) return fail('command.nothingStored');
    const last = await readLastRun(run).catch(() => null);
    // Changed headers: the stored mapping may point at other columns; the pane asks for them.
    const sales = await openSource(run, settings.sales, { locale });
    if (sourceChange(sales, last?.sales).headersChanged) return fail('command.headersChanged', { name: sales.sheet });
    if (settings.clients) {
      const list = withoutOwnColumns(await openSource(run, settings.clients, { locale }));
      if (sourceChange(list, last?.clients).headersChanged) return fail('command.headersChanged', { name: list.sheet });
    }
    const mapping = settings.salesMapping;
    const hasMargin = mapping?.margin !== undefined || mapping?.cost !== undefined;
    const outputs: Outputs = { ...DEFAULT_OUTPUTS, ...settings.outputs };
    const result = await runAnalysis(run, {
      sales: settings.sales,
      clients: settings.clients ?? undefined,
      visits: settings.visits ?? undefined,
      visitPolicy: settings.visitPolicy,
      salesMapping: mapping,
      clientMapping: settings.clientMapping,
      // as in the pane: the assumed margin only without a margin or cost column
      options: { ...settings.options, ...(hasMargin ? { marginRate: null } : {}) },
      locale,
      displayLanguage: options.displayLanguage,
      apiSupport: options.apiSupport,
      limits: options.limits,
      history: true,
      undoGroup: true,
      engine: localEngine(),
      buildReport: async (analysis, o) =>
        selectOutputs(await fullReportAsync(analysis, o), { ...outputs, columns: outputs.columns && !!settings.clients }),
    });
    const rows = result.sales.dataRows;
    const before = last?.sales?.dataRows;
    const params = {
      asOf: formatDate(locale, result.analysis.asOf),
      clients: formatNumber(locale, result.analysis.ids.length),
      rows: formatNumber(locale, rows),
    };
    if (typeof before !== 'number' || before === rows) return { ok: true, text: t(locale, 'command.done', params) };
    const added = rows - before;
    const delta = `${added > 0 ? '+' : '−'}${formatNumber(locale, Math.abs(added))}`;
    return { ok: true, text: t(locale, 'command.doneRows', { ...params, delta }) };
  } catch (error) {
    const e = localizeError(error, locale);
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, text: t(locale, 'command.failed', { message }) };
  }
}
