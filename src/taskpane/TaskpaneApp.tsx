// The task pane: the manager's workflow (Data → Columns → Options → Run → Results), the client card
// and the campaign segment builder. Everything that reaches the workbook goes through `controller`
// (props in, callbacks out; no Office.js here).
import * as React from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Title3,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { segmentMatches, type SegmentDefinition } from '../engine/segments';
import { CarteraError } from '../engine/types';
import { errorText } from '../i18n/errorText';
import type { ListWriteMode } from '../excel/writeListSheet';
import { formatNumber, t, translator, type Locale } from '../i18n';
import { ClientCard } from './ClientCard';
import { ColumnsStep } from './ColumnsStep';
import { campaignFields } from './campaignFields';
import {
  sourceChange,
  type PaneController,
  type PaneSettings,
  type RangeSource,
  type Progress,
  type RunOutcome,
  type RunRequest,
  type SalesSource,
} from './controller';
import type { SourceState } from './paneState';
import { RefreshCard } from './RefreshCard';
import { TableOffer } from './TableOffer';
import { useSourceWatch } from './useSourceWatch';
import { DataStep, type SourceChoice } from './DataStep';
import { OptionsStep } from './OptionsStep';
import { analysisOptionsOf, optionProblems } from './paneOptions';
import { initialPaneState, paneReducer, type PaneTab, type ResultViews } from './paneReducer';
import { currencyOf } from '../engine/clean/currencyOf';
import { missingClientRoles, missingSalesRoles } from '../engine/clean/requiredRoles';
import { ResultsView } from './ResultsView';
import { VisitsView } from './VisitsView';
import { visitsModel } from './visitsModel';
import { useClientHistory } from './useClientHistory';
import { clientCardModel, clientIndexOfRow, resultsModel } from './resultsModel';
import { RunStep } from './RunStep';
import { SegmentBuilder } from './SegmentBuilder';
import { segmentListSheet } from './segmentListSheet';
import { PANE_CSS } from './paneStyles';
import { usePaneSources, type InitialSources } from './usePaneSources';
import { useSelectedRow } from './useSelectedRow';
import { useStepScroll } from './useStepScroll';
import './messages';

export type { PaneTab, InitialSources };
export const PANE_TABS: readonly PaneTab[] = ['data', 'columns', 'options', 'run', 'results', 'visits', 'client', 'campaign'];

export interface TaskpaneAppProps {
  controller: PaneController;
  locale: Locale;
  theme?: 'light' | 'dark';
  /** loads the sample data (the playground's first-run hint) */
  onLoadSample?: () => Promise<void>;
  /** after every finished run (the playground's debug hook) */
  onOutcome?: (outcome: RunOutcome) => void;
  /** every progress event of a run (the playground's debug hook) */
  onProgress?: (progress: Progress) => void;
  /** ranges to start with when the workbook has no pane settings (the playground's sample, just loaded) */
  initialSources?: InitialSources;
}

/** The sales when they are a range of the workbook (not a file): what a refresh and the sheet watch follow. */
function rangeSales(sales: SourceState<string, SalesSource> | null): SourceState<string> | null {
  return sales && sales.source.kind !== 'file' ? (sales as SourceState<string>) : null;
}

/** A user-facing message for any failure: an engine error by its code, other CarteraErrors as worded. */
export function errorMessage(locale: Locale, error: unknown): string {
  if (error instanceof CarteraError) return errorText(locale, error.code, error.where, error.message);
  const e = error as { code?: string; message?: string } | null;
  return t(locale, 'pane.error.unexpected', { detail: e?.message ?? e?.code ?? String(error) });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The result views, built a part per task (each walks every client). */
async function resultViews(outcome: RunOutcome): Promise<ResultViews> {
  await nextTask();
  const model = resultsModel(outcome.analysis);
  await nextTask();
  const ids = outcome.analysis.ids;
  const idIndex = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) idIndex.set(ids[i], i);
  await nextTask();
  const fields = campaignFields(outcome.analysis, outcome.result.clients);
  await nextTask();
  return { model, idIndex, fields };
}

export function TaskpaneApp({
  controller,
  locale,
  theme = 'light',
  onLoadSample,
  onOutcome,
  onProgress,
  initialSources,
}: TaskpaneAppProps): React.ReactElement {
  const tr = React.useMemo(() => translator(locale), [locale]);
  const [state, dispatch] = React.useReducer(paneReducer, undefined, initialPaneState);
  const { tab, tables, sales, clients, visits, quality, checking, options, visitPolicy, busy, running } = state;
  const { progress, runNotice, notice, error, outcome, views, segments, firstRun, lastRun, confirmColumns } = state;
  const setTab = (next: PaneTab) => dispatch({ type: 'tab', tab: next });
  const setError = (message: string | null) => dispatch({ type: 'error', error: message });
  const setNotice = (next: typeof notice) => dispatch({ type: 'notice', notice: next });
  const setBusy = (next: boolean) => dispatch({ type: 'busy', busy: next });
  const abortRef = React.useRef<AbortController | null>(null);
  const mainRef = useStepScroll(tab);
  const selectedRow = useSelectedRow(controller);
  const { openSales, openClients, openRange, openSalesFile } = usePaneSources(controller, initialSources, dispatch);
  // a file is not remembered (it cannot be reopened without the user), nor watched
  const salesRange = rangeSales(sales);

  const fail = React.useCallback((e: unknown) => dispatch({ type: 'error', error: errorMessage(locale, e) }), [locale]);

  const refreshTables = () => {
    controller.listTables().then((list) => dispatch({ type: 'tables', tables: list }), fail);
  };

  const choose = async (which: 'sales' | 'clients' | 'visits', choice: SourceChoice | null) => {
    setError(null);
    if (which === 'clients' && choice === null) {
      dispatch({ type: 'chosen', which, value: null });
      return;
    }
    if (which === 'visits' && choice === null) {
      dispatch({ type: 'chosen', which, value: null });
      return;
    }
    if (!choice) return;
    setBusy(true);
    try {
      if (which === 'visits') dispatch({ type: 'chosen', which, value: await openRange(choice) });
      else if (which === 'sales') dispatch({ type: 'chosen', which, value: await openSales(choice) });
      else dispatch({ type: 'chosen', which, value: await openClients(choice) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = async (file: File) => {
    setError(null);
    setBusy(true);
    try {
      dispatch({ type: 'chosen', which: 'sales', value: await openSalesFile(file) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const request = (): RunRequest | null =>
    sales
      ? {
          sales: sales.source,
          clients: clients?.source ?? null,
          visits: visits?.source ?? null,
          salesMapping: sales.mapping,
          clientMapping: clients?.mapping,
          options: analysisOptionsOf(options, sales.mapping.margin !== undefined || sales.mapping.cost !== undefined),
          visitPolicy,
          outputs: { ...options.outputs, columns: options.outputs.columns && clients !== null },
        }
      : null;

  const settingsNow = (extra: Partial<PaneSettings> = {}): PaneSettings => ({
    sales: salesRange?.source,
    clients: clients?.source ?? null,
    visits: visits?.source ?? null,
    salesMapping: sales?.mapping,
    clientMapping: clients?.mapping,
    options: analysisOptionsOf(options),
    outputs: options.outputs,
    segments,
    visitPolicy,
    ...extra,
  });

  const missing = sales ? [...missingSalesRoles(sales.mapping), ...(clients ? missingClientRoles(clients.mapping) : [])] : ['client'];
  const problems = optionProblems(options);
  const blocked = !sales
    ? tr('pane.run.needSales')
    : confirmColumns
      ? tr('pane.refresh.confirmColumns')
    : missing.length
      ? tr('pane.run.needColumns')
      : Object.keys(problems).length
        ? tr('pane.run.needOptions')
        : null;

  const checkQuality = async () => {
    const req = request();
    if (!req) return;
    dispatch({ type: 'checkStarted' });
    try {
      dispatch({ type: 'checked', quality: await controller.checkQuality(req) });
    } catch (e) {
      fail(e);
      dispatch({ type: 'checked' });
    }
  };

  const run = async () => {
    const req = request();
    if (!req || blocked) return;
    const abort = new AbortController();
    abortRef.current = abort;
    dispatch({ type: 'runStarted' });
    await controller.saveSettings(settingsNow()).catch(() => undefined);
    try {
      const result = await controller.run(
        req,
        (p) => {
          onProgress?.(p);
          dispatch({ type: 'progress', progress: p });
        },
        abort.signal,
      );
      // The views of a large portfolio, one per task, before the render that shows them.
      const nextViews = await resultViews(result);
      // A transition: React renders the results in slices between which the page answers.
      React.startTransition(() => {
        dispatch({
          type: 'runFinished',
          outcome: result,
          views: nextViews,
          notice: { intent: 'success', text: tr('pane.run.done', { seconds: formatNumber(locale, result.seconds, 1) }) },
        });
      });
      onOutcome?.(result);
      controller.lastRun?.().then((last) => dispatch({ type: 'lastRun', lastRun: last }), () => undefined);
      // The outputs are not offered as sources, but a run may have changed the workbook's tables.
      controller.listTables().then(
        (list) => dispatch({ type: 'tables', tables: list }),
        () => undefined,
      );
    } catch (e) {
      if (abort.signal.aborted || (e instanceof CarteraError && e.code === 'cancelled')) {
        dispatch({ type: 'runCancelled', notice: { intent: 'warning', text: tr('pane.run.cancelled') } });
      } else {
        dispatch({ type: 'runFailed', error: errorMessage(locale, e) });
      }
    } finally {
      abortRef.current = null;
      dispatch({ type: 'runEnded' });
    }
  };

  const cancel = () => abortRef.current?.abort();

  // issue #18: the first screen's counts follow the user's edits of the sources' sheets.
  useSourceWatch(controller, lastRun ? salesRange : null, clients, dispatch);

  const removeOutputs = async () => {
    if (!controller.removeOutputs) return;
    setBusy(true);
    setError(null);
    try {
      const removed = await controller.removeOutputs();
      dispatch({
        type: 'outputsRemoved',
        notice: { intent: 'success', text: tr('pane.refresh.removed', { sheets: removed.sheets, columns: removed.columns }) },
      });
      refreshTables();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  // issue #18: a source stored as an address becomes a table (it then grows by itself); same columns, same mapping
  const convertToTable = async (which: 'sales' | 'clients') => {
    const current = which === 'sales' ? sales : clients;
    if (!current || !controller.convertToTable) return;
    setBusy(true);
    setError(null);
    try {
      const table = await controller.convertToTable(current.info.address);
      const source: RangeSource = { kind: 'table', name: table.name };
      const value = which === 'sales' ? await openSales(source, current.mapping) : await openClients(source, current.mapping);
      dispatch({ type: 'restored', which, value });
      await controller.saveSettings(settingsNow({ [which]: source }));
      setNotice({ intent: 'success', text: tr('pane.tableOffer.done', { address: table.address, name: table.name }) });
      refreshTables();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const tableOffers = (['sales', 'clients'] as const).flatMap((which) => {
    const current = which === 'sales' ? sales : clients;
    if (!lastRun || !controller.convertToTable || current?.source.kind !== 'address') return [];
    return [
      <TableOffer
        key={which}
        locale={locale}
        address={current.info.address}
        busy={busy || running}
        onConvert={() => void convertToTable(which)}
      />,
    ];
  });
  // what changed in each source since the last run; changed headers count until the Columns step is seen
  const refreshSources = [salesRange, clients].flatMap((x, k) => {
    if (!x || !lastRun) return [];
    const change = sourceChange(x.info, k === 0 ? lastRun.sales : lastRun.clients);
    return [{ name: x.info.sheet, rows: x.info.dataRows, change: { ...change, headersChanged: change.headersChanged && confirmColumns } }];
  });
  React.useEffect(() => () => abortRef.current?.abort(), []);

  const model = views?.model ?? null;
  const currency = outcome ? currencyOf(outcome.result.sales.preview, outcome.result.salesMapping.currency) : undefined;
  const idIndex = views?.idIndex ?? null;
  const card = React.useMemo(() => {
    if (!outcome || !idIndex || !selectedRow) return null;
    const i = clientIndexOfRow(selectedRow.cells, idIndex);
    return i < 0 ? null : clientCardModel(outcome.analysis, outcome.result.clients, i);
  }, [outcome, idIndex, selectedRow]);
  const fields = views?.fields ?? null;
  const cardHistory = useClientHistory(controller, outcome, card?.index ?? -1);
  const visitsView = React.useMemo(
    () => (tab === 'visits' && outcome ? visitsModel(outcome.analysis, outcome.result.clients) : null),
    [tab, outcome],
  );

  const saveSegment = async (definition: SegmentDefinition) => {
    const next = [...segments.filter((s) => s.name !== definition.name), definition];
    dispatch({ type: 'segments', segments: next });
    try {
      await controller.saveSettings(settingsNow({ segments: next }));
      setNotice({ intent: 'success', text: tr('pane.segment.savedOne', { name: definition.name ?? '' }) });
    } catch (e) {
      fail(e);
    }
  };

  // "Create list": asks first; a list of the same segment already there comes back as `exists` and the
  // builder asks replace-or-new, then calls again with the answer.
  const createList = async (definition: SegmentDefinition, mode: ListWriteMode = 'ask') => {
    if (!outcome || !fields) return undefined;
    setBusy(true);
    setError(null);
    try {
      const mask = segmentMatches(definition, fields);
      const sheet = segmentListSheet({
        analysis: outcome.analysis,
        clients: outcome.result.clients,
        mask,
        name: definition.name ?? '',
        locale,
        currency,
        definition,
        fields,
      });
      const result = await controller.createList(sheet, mode);
      if (result.status !== 'exists')
        setNotice({
          intent: 'success',
          text: tr(result.status === 'replaced' ? 'pane.segment.listReplaced' : 'pane.segment.listCreated', {
            sheet: result.sheet,
          }),
        });
      return result;
    } catch (e) {
      fail(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const loadSample = async () => {
    if (!onLoadSample) return;
    setBusy(true);
    try {
      await onLoadSample();
      dispatch({ type: 'sampleLoaded' });
      refreshTables();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const hasMargin = sales ? sales.mapping.margin !== undefined || sales.mapping.cost !== undefined : false;

  let body: React.ReactNode;
  switch (tab) {
    case 'data':
      body = (
        <>
          {lastRun && salesRange ? (
            <RefreshCard
              locale={locale}
              asOf={lastRun.asOf}
              sources={refreshSources}
              busy={busy || running}
              blocked={blocked}
              onRefresh={() => {
                setTab('run');
                void run();
              }}
              onCheckColumns={() => setTab('columns')}
              onRemove={() => void removeOutputs()}
            />
          ) : null}
          {tableOffers}
          <DataStep
          locale={locale}
          tables={tables}
          sales={sales}
          clients={clients}
          visits={visits}
          busy={busy}
          onSales={(c) => void choose('sales', c)}
          onSalesFile={controller.openFile ? (f) => void chooseFile(f) : undefined}
          onClients={(c) => void choose('clients', c)}
          onVisits={(c) => void choose('visits', c)}
          onRefreshTables={refreshTables}
          onNext={() => setTab('columns')}
          />
        </>
      );
      break;
    case 'columns':
      body = (
        <ColumnsStep
          locale={locale}
          sales={sales}
          clients={clients}
          quality={quality}
          checking={checking}
          onSalesMapping={(mapping) => dispatch({ type: 'mapping', which: 'sales', mapping })}
          onClientMapping={(mapping) => dispatch({ type: 'mapping', which: 'clients', mapping })}
          onCheck={() => void checkQuality()}
          onNext={() => setTab('options')}
        />
      );
      break;
    case 'options':
      body = (
        <OptionsStep
          locale={locale}
          options={hasMargin || options.abcBasis !== 'margin' ? options : { ...options, abcBasis: 'revenue' }}
          hasMargin={hasMargin}
          hasClientList={clients !== null}
          onChange={(next) => dispatch({ type: 'options', options: next })}
          visitPolicy={visitPolicy}
          onPolicyChange={(next) => dispatch({ type: 'visitPolicy', visitPolicy: next })}
          onNext={() => setTab('run')}
        />
      );
      break;
    case 'run':
      body = (
        <RunStep
          locale={locale}
          salesAddress={sales ? (sales.info.table ?? sales.info.address) : null}
          clientsAddress={clients ? (clients.info.table ?? clients.info.address) : null}
          visitsAddress={visits ? (visits.info.table ?? visits.info.address) : null}
          blocked={blocked}
          running={running}
          progress={progress}
          rowsRead={state.rowsRead}
          notice={runNotice}
          onRun={() => void run()}
          onCancel={cancel}
        />
      );
      break;
    case 'results':
      body = (
        <ResultsView
          locale={locale}
          model={model}
          currency={currency}
          sheets={outcome?.sheets ?? []}
          notes={outcome?.result.write.notes}
          onGoTo={(name) => void controller.goToSheet(name).catch(fail)}
        />
      );
      break;
    case 'client':
      body = <ClientCard locale={locale} model={card} hasAnalysis={outcome !== null} currency={currency} history={cardHistory} />;
      break;
    case 'visits':
      body = <VisitsView locale={locale} model={visitsView} hasAnalysis={outcome !== null} />;
      break;
    case 'campaign':
      body = (
        <SegmentBuilder
          locale={locale}
          fields={fields}
          revenueCents={outcome?.analysis.facts.revenue12 ?? null}
          currency={currency}
          saved={segments}
          busy={busy}
          onSave={(d) => void saveSegment(d)}
          onCreateList={(d, _mask, mode) => createList(d, mode)}
        />
      );
      break;
  }

  // Segment notices show under the builder's buttons, where the user is.
  const noticeBar = notice ? (
    <MessageBar intent={notice.intent} className="cartera-bar">
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={tr('pane.dismiss')} onClick={() => setNotice(null)}>
            ×
          </Button>
        }
      />
    </MessageBar>
  ) : null;

  return (
    // No className on the provider: Fluent copies it onto its portal nodes (chart callouts, tooltips).
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} dir="ltr" lang={locale}>
      <style>{PANE_CSS}</style>
      <main ref={mainRef} className="cartera-pane cartera-main" aria-labelledby="cartera-title">
        <Title3 as="h1" id="cartera-title" className="cartera-title">
          {tr('pane.title')}
        </Title3>
        <TabList
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as PaneTab)}
          size="small"
          className="cartera-tabs"
          aria-label={tr('pane.steps')}
        >
          {PANE_TABS.map((id, k) => (
            <Tab key={id} value={id} id={`cartera-tab-${id}`}>
              {k < 5 ? `${k + 1}. ${tr(`pane.tab.${id}`)}` : tr(`pane.tab.${id}`)}
            </Tab>
          ))}
        </TabList>
        {firstRun && !sales ? (
          <MessageBar intent="info" layout="multiline" className="cartera-bar">
            <MessageBarBody>
              <MessageBarTitle>{tr('pane.firstRun.title')}</MessageBarTitle>
              {tr('pane.firstRun.body')}
            </MessageBarBody>
            {onLoadSample ? (
              <MessageBarActions>
                <Button onClick={() => void loadSample()} disabled={busy}>
                  {tr('pane.firstRun.sample')}
                </Button>
              </MessageBarActions>
            ) : null}
          </MessageBar>
        ) : null}
        {error ? (
          <MessageBar intent="error" layout="multiline" className="cartera-bar">
            <MessageBarBody>
              <MessageBarTitle>{tr('pane.error.title')}</MessageBarTitle>
              {error}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" aria-label={tr('pane.dismiss')} onClick={() => setError(null)}>
                  ×
                </Button>
              }
            />
          </MessageBar>
        ) : null}
        {notice && tab !== 'campaign' ? noticeBar : null}
        <div role="tabpanel" aria-labelledby={`cartera-tab-${tab}`} className="cartera-panel">
          {body}
          {notice && tab === 'campaign' ? noticeBar : null}
        </div>
      </main>
    </FluentProvider>
  );
}
