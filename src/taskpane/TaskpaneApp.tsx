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
import { parseSegmentDefinition, type SegmentDefinition } from '../engine/segments';
import { segmentMatches } from '../engine/segments';
import { CarteraError, type QualityReport, type SalesMapping } from '../engine/types';
import type { ListWriteMode } from '../excel/writeListSheet';
import { formatNumber, t, type Locale } from '../i18n';
import { ClientCard } from './ClientCard';
import { ColumnsStep } from './ColumnsStep';
import { campaignFields } from './campaignFields';
import type { PaneController, PaneSettings, Progress, RangeSource, RunOutcome, RunRequest, SelectedRow } from './controller';
import { DataStep, type ChosenRange, type SourceChoice } from './DataStep';
import { OptionsStep } from './OptionsStep';
import { parseVisitPolicy, type VisitPolicy } from '../engine/visits';
import { analysisOptionsOf, defaultPaneOptions, optionProblems, paneOptionsOf, type PaneOptions } from './paneOptions';
import type { Notice, SourceState } from './paneState';
import { missingClientRoles, missingSalesRoles, mappingFits } from './requiredRoles';
import { ResultsView } from './ResultsView';
import { VisitsView } from './VisitsView';
import { visitsModel } from './visitsModel';
import type { ClientHistory } from '../engine/visits/clientHistory';
import { clientCardModel, clientIndexOfRow, resultsModel } from './resultsModel';
import { RunStep } from './RunStep';
import { SegmentBuilder } from './SegmentBuilder';
import { segmentListSheet } from './segmentListSheet';
import { NO_PROGRESS, stageProgress, type StageProgress } from './stageProgress';
import { PANE_CSS } from './paneStyles';
import { scrollToTop } from './scrollToTop';
import './messages';

export type PaneTab = 'data' | 'columns' | 'options' | 'run' | 'results' | 'visits' | 'client' | 'campaign';
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

/** The ranges a pane starts with (the sample's sales, client list and visits log). */
export interface InitialSources {
  sales: RangeSource;
  clients?: RangeSource | null;
  visits?: RangeSource | null;
}

/** A user-facing message for any failure (CarteraError messages already are). */
export function errorMessage(locale: Locale, error: unknown): string {
  if (error instanceof CarteraError) return error.message;
  const e = error as { code?: string; message?: string } | null;
  return t(locale, 'pane.error.unexpected', { detail: e?.message ?? e?.code ?? String(error) });
}

function currencyOf(outcome: RunOutcome): string | undefined {
  const column = outcome.result.salesMapping.currency;
  if (column === undefined) return undefined;
  for (const row of outcome.result.sales.preview) {
    const v = row[column];
    if (typeof v === 'string' && /^[A-Za-z]{3}$/.test(v.trim())) return v.trim().toUpperCase();
  }
  return undefined;
}

function storedSegments(list: unknown[] | undefined): SegmentDefinition[] {
  const out: SegmentDefinition[] = [];
  for (const item of list ?? []) {
    try {
      out.push(parseSegmentDefinition(item));
    } catch {
      // a damaged stored segment is skipped, the others stay usable
    }
  }
  return out;
}

/** What the results, client card and segment tabs show of a run. */
interface ResultViews {
  model: ReturnType<typeof resultsModel>;
  idIndex: Map<string, number>;
  fields: ReturnType<typeof campaignFields>;
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
  const tr = React.useCallback((key: string, params?: Record<string, string | number>) => t(locale, key, params), [locale]);
  const [tab, setTab] = React.useState<PaneTab>('data');
  const [tables, setTables] = React.useState<Awaited<ReturnType<PaneController['listTables']>>>([]);
  const [sales, setSales] = React.useState<SourceState<string> | null>(null);
  const [clients, setClients] = React.useState<SourceState<string> | null>(null);
  const [visits, setVisits] = React.useState<ChosenRange | null>(null);
  const [quality, setQuality] = React.useState<QualityReport | null>(null);
  const [checking, setChecking] = React.useState(false);
  const [options, setOptions] = React.useState<PaneOptions>(defaultPaneOptions);
  const [visitPolicy, setVisitPolicy] = React.useState<VisitPolicy>(() => parseVisitPolicy());
  const [busy, setBusy] = React.useState(false);
  const [running, setRunning] = React.useState(false);
  const [progress, setProgress] = React.useState<StageProgress>(NO_PROGRESS);
  const [runNotice, setRunNotice] = React.useState<Notice>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [outcome, setOutcome] = React.useState<RunOutcome | null>(null);
  const [views, setViews] = React.useState<ResultViews | null>(null);
  const [segments, setSegments] = React.useState<SegmentDefinition[]>([]);
  const [selectedRow, setSelectedRow] = React.useState<SelectedRow | null>(null);
  const [firstRun, setFirstRun] = React.useState(false);
  const abortRef = React.useRef<AbortController | null>(null);
  const mainRef = React.useRef<HTMLElement>(null);
  const shownTab = React.useRef<PaneTab>(tab);
  const startSources = React.useRef(initialSources);

  // A new step starts at its top, not where the previous one was scrolled to.
  React.useEffect(() => {
    if (shownTab.current === tab) return;
    shownTab.current = tab;
    const main = mainRef.current;
    if (main) scrollToTop(main, main.ownerDocument.scrollingElement ?? main.ownerDocument.documentElement);
  }, [tab]);

  const fail = React.useCallback((e: unknown) => setError(errorMessage(locale, e)), [locale]);

  const openSales = React.useCallback(
    async (source: RangeSource, mapping?: SalesMapping): Promise<SourceState<string>> => {
      const info = await controller.open(source);
      const stable: RangeSource = source.kind === 'selection' ? { kind: 'address', address: info.address } : source;
      const suggestion = controller.suggestSales(info);
      const chosen = mapping && mappingFits(mapping, info.columns) ? mapping : suggestion.mapping;
      return { source: stable, info, suggestion, mapping: { ...chosen } };
    },
    [controller],
  );
  const openClients = React.useCallback(
    async (source: RangeSource, mapping?: Partial<Record<string, number>>): Promise<SourceState<string>> => {
      const info = await controller.open(source);
      const stable: RangeSource = source.kind === 'selection' ? { kind: 'address', address: info.address } : source;
      const suggestion = controller.suggestClients(info);
      const chosen = mapping && mappingFits(mapping, info.columns) ? mapping : suggestion.mapping;
      return { source: stable, info, suggestion, mapping: { ...chosen } };
    },
    [controller],
  );

  const openRange = React.useCallback(
    async (source: RangeSource): Promise<ChosenRange> => {
      const info = await controller.open(source);
      return { source: source.kind === 'selection' ? { kind: 'address', address: info.address } : source, info };
    },
    [controller],
  );

  // Start: the workbook's tables and what the pane remembers for this workbook.
  React.useEffect(() => {
    let live = true;
    void (async () => {
      const [list, settings] = await Promise.all([
        controller.listTables().catch(() => []),
        controller.loadSettings().catch(() => null),
      ]);
      if (!live) return;
      setTables(list);
      const initial = startSources.current;
      if (!settings && !initial) {
        setFirstRun(true);
        return;
      }
      const start: PaneSettings = settings ?? { ...initial };
      if (settings) {
        setOptions(paneOptionsOf(settings.options, settings.outputs));
        setSegments(storedSegments(settings.segments));
        setVisitPolicy(storedPolicy(settings.visitPolicy));
      }
      // A remembered range that is gone (sheet deleted, table renamed) is simply not pre-filled.
      if (start.sales) {
        const s = await openSales(start.sales, start.salesMapping).catch(() => null);
        if (live && s) setSales(s);
      }
      if (start.clients) {
        const c = await openClients(start.clients, start.clientMapping).catch(() => null);
        if (live && c) setClients(c);
      }
      if (start.visits) {
        const v = await openRange(start.visits).catch(() => null);
        if (live && v) setVisits(v);
      }
    })();
    return () => {
      live = false;
    };
  }, [controller, openSales, openClients, openRange]);

  // The client card follows the selection.
  React.useEffect(() => {
    let live = true;
    let off: (() => void) | null = null;
    controller
      .watchSelection((row) => {
        if (live) setSelectedRow(row);
      })
      .then((unsubscribe) => {
        if (live) off = unsubscribe;
        else unsubscribe();
      })
      .catch(() => undefined);
    return () => {
      live = false;
      off?.();
    };
  }, [controller]);

  const refreshTables = () => {
    controller.listTables().then(setTables, fail);
  };

  const choose = async (which: 'sales' | 'clients' | 'visits', choice: SourceChoice | null) => {
    setError(null);
    if (which === 'clients' && choice === null) {
      setClients(null);
      setQuality(null);
      return;
    }
    if (which === 'visits' && choice === null) {
      setVisits(null);
      return;
    }
    if (!choice) return;
    setBusy(true);
    try {
      if (which === 'visits') setVisits(await openRange(choice));
      else if (which === 'sales') setSales(await openSales(choice));
      else setClients(await openClients(choice));
      setQuality(null);
      setFirstRun(false);
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
    sales: sales?.source,
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
    : missing.length
      ? tr('pane.run.needColumns')
      : Object.keys(problems).length
        ? tr('pane.run.needOptions')
        : null;

  const checkQuality = async () => {
    const req = request();
    if (!req) return;
    setChecking(true);
    setError(null);
    try {
      setQuality(await controller.checkQuality(req));
    } catch (e) {
      fail(e);
    } finally {
      setChecking(false);
    }
  };

  const run = async () => {
    const req = request();
    if (!req || blocked) return;
    const abort = new AbortController();
    abortRef.current = abort;
    setRunning(true);
    setProgress(NO_PROGRESS);
    setRunNotice(null);
    setError(null);
    await controller.saveSettings(settingsNow()).catch(() => undefined);
    try {
      const result = await controller.run(
        req,
        (p) => {
          onProgress?.(p);
          setProgress((prev) => stageProgress(prev, p));
        },
        abort.signal,
      );
      // The views of a large portfolio, one per task, before the render that shows them.
      const nextViews = await resultViews(result);
      // A transition: React renders the results in slices between which the page answers.
      React.startTransition(() => {
        setOutcome(result);
        setViews(nextViews);
        setRunNotice({ intent: 'success', text: tr('pane.run.done', { seconds: formatNumber(locale, result.seconds, 1) }) });
        setTab('results');
      });
      onOutcome?.(result);
      // The outputs are not offered as sources, but a run may have changed the workbook's tables.
      controller.listTables().then(setTables, () => undefined);
    } catch (e) {
      if (abort.signal.aborted || (e instanceof CarteraError && e.code === 'cancelled')) {
        setProgress(NO_PROGRESS);
        setRunNotice({ intent: 'warning', text: tr('pane.run.cancelled') });
      } else {
        setRunNotice(null);
        fail(e);
      }
    } finally {
      abortRef.current = null;
      setRunning(false);
    }
  };

  const cancel = () => abortRef.current?.abort();
  React.useEffect(() => () => abortRef.current?.abort(), []);

  const model = views?.model ?? null;
  const currency = outcome ? currencyOf(outcome) : undefined;
  const idIndex = views?.idIndex ?? null;
  const card = React.useMemo(() => {
    if (!outcome || !idIndex || !selectedRow) return null;
    const i = clientIndexOfRow(selectedRow.cells, idIndex);
    return i < 0 ? null : clientCardModel(outcome.analysis, outcome.result.clients, i);
  }, [outcome, idIndex, selectedRow]);
  const fields = views?.fields ?? null;
  // The card's history comes from the engine (the sales stay in the worker): one call per client shown.
  const [history, setHistory] = React.useState<{ run: RunOutcome; index: number; value: ClientHistory | null } | null>(null);
  const cardIndex = card?.index ?? -1;
  React.useEffect(() => {
    if (cardIndex < 0 || !controller.clientHistory || !outcome) return;
    let live = true;
    controller.clientHistory(cardIndex).then(
      (value) => live && setHistory({ run: outcome, index: cardIndex, value }),
      () => live && setHistory({ run: outcome, index: cardIndex, value: null }),
    );
    return () => {
      live = false;
    };
  }, [controller, outcome, cardIndex]);
  const cardHistory = !controller.clientHistory ? null : history && history.run === outcome && history.index === cardIndex ? history.value : undefined;
  const visitsView = React.useMemo(
    () => (tab === 'visits' && outcome ? visitsModel(outcome.analysis, outcome.result.clients) : null),
    [tab, outcome],
  );

  const saveSegment = async (definition: SegmentDefinition) => {
    const next = [...segments.filter((s) => s.name !== definition.name), definition];
    setSegments(next);
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
      setFirstRun(false);
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
        <DataStep
          locale={locale}
          tables={tables}
          sales={sales}
          clients={clients}
          visits={visits}
          busy={busy}
          onSales={(c) => void choose('sales', c)}
          onClients={(c) => void choose('clients', c)}
          onVisits={(c) => void choose('visits', c)}
          onRefreshTables={refreshTables}
          onNext={() => setTab('columns')}
        />
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
          onSalesMapping={(mapping) => {
            setSales((s) => (s ? { ...s, mapping } : s));
            setQuality(null);
          }}
          onClientMapping={(mapping) => {
            setClients((c) => (c ? { ...c, mapping } : c));
            setQuality(null);
          }}
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
          onChange={setOptions}
          visitPolicy={visitPolicy}
          onPolicyChange={setVisitPolicy}
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

/** The stored policy, or the default when there is none or it cannot be read. */
function storedPolicy(stored: unknown): VisitPolicy {
  try {
    return parseVisitPolicy(stored ?? undefined);
  } catch {
    return parseVisitPolicy();
  }
}
