// The pane's state and every change to it, as a pure function (TaskpaneApp dispatches; the async work —
// the controller's calls — stays in the component and its hooks). Each action names what happened, so
// the rules that tie fields together live here: a new source or mapping makes the quality check stale,
// choosing a source ends the first-run hint, a finished run shows the results tab.
import type { SegmentDefinition } from '../engine/segments';
import type { QualityReport } from '../engine/types';
import { parseVisitPolicy, type VisitPolicy } from '../engine/visits';
import type { TableInfo } from '../excel/listTables';
import type { Progress } from '../excel/types';
import type { campaignFields } from './campaignFields';
import type { LastRun, RunOutcome, SalesSource } from './controller';
import type { ChosenRange } from './DataStep';
import { defaultPaneOptions, type PaneOptions } from './paneOptions';
import type { Notice, SourceState } from './paneState';
import type { resultsModel } from './resultsModel';
import { NO_PROGRESS, stageProgress, type StageProgress } from './stageProgress';

export type PaneTab = 'data' | 'columns' | 'options' | 'run' | 'results' | 'visits' | 'client' | 'campaign';

/** What the results, client card and segment tabs show of a run. */
export interface ResultViews {
  model: ReturnType<typeof resultsModel>;
  idIndex: Map<string, number>;
  fields: ReturnType<typeof campaignFields>;
}

export interface PaneState {
  tab: PaneTab;
  tables: TableInfo[];
  /** a range, or a file (issue #20) */
  sales: SourceState<string, SalesSource> | null;
  clients: SourceState<string> | null;
  visits: ChosenRange | null;
  /** the quality check of the current sources and mappings (null: not run, or stale) */
  quality: QualityReport | null;
  checking: boolean;
  options: PaneOptions;
  visitPolicy: VisitPolicy;
  /** a source is being opened, a list written, the sample loaded */
  busy: boolean;
  running: boolean;
  progress: StageProgress;
  /** data rows read so far in this run (a file's count grows as it is read), null before any */
  rowsRead: number | null;
  runNotice: Notice;
  /** the segment builder's notices */
  notice: Notice;
  error: string | null;
  outcome: RunOutcome | null;
  views: ResultViews | null;
  segments: SegmentDefinition[];
  /** no settings and no starting ranges: the first-run hint */
  firstRun: boolean;
  /** what the last run read (issue #18: rows since then, headers changed); null before the first run */
  lastRun: LastRun | null;
  /** a source's headers changed since the last run: the mapping is asked for before a run */
  confirmColumns: boolean;
}

type Which = 'sales' | 'clients' | 'visits';

export type PaneAction =
  | { type: 'tab'; tab: PaneTab }
  | { type: 'tables'; tables: TableInfo[] }
  | { type: 'firstRun' }
  /** stored settings read on start */
  | { type: 'settingsLoaded'; options: PaneOptions; segments: SegmentDefinition[]; visitPolicy: VisitPolicy }
  /** a remembered (or starting) range opened on start */
  | { type: 'restored'; which: 'sales' | 'clients'; value: SourceState<string> }
  | { type: 'restored'; which: 'visits'; value: ChosenRange }
  /** the user chose a range (null: "no client list" / "no visits log") */
  | { type: 'chosen'; which: 'sales'; value: SourceState<string, SalesSource> | null }
  | { type: 'chosen'; which: 'clients'; value: SourceState<string> | null }
  | { type: 'chosen'; which: 'visits'; value: ChosenRange | null }
  | { type: 'mapping'; which: 'sales' | 'clients'; mapping: Partial<Record<string, number>> }
  | { type: 'options'; options: PaneOptions }
  | { type: 'visitPolicy'; visitPolicy: VisitPolicy }
  | { type: 'busy'; busy: boolean }
  | { type: 'checkStarted' }
  | { type: 'checked'; quality?: QualityReport }
  | { type: 'error'; error: string | null }
  | { type: 'notice'; notice: Notice }
  | { type: 'runStarted' }
  | { type: 'progress'; progress: Progress }
  | { type: 'runFinished'; outcome: RunOutcome; views: ResultViews; notice: Notice }
  | { type: 'runCancelled'; notice: Notice }
  | { type: 'runFailed'; error: string }
  | { type: 'runEnded' }
  | { type: 'segments'; segments: SegmentDefinition[] }
  | { type: 'sampleLoaded' }
  | { type: 'lastRun'; lastRun: LastRun | null }
  /** a source's headers changed (true), or the Columns step was seen (false) */
  | { type: 'confirmColumns'; value: boolean }
  /** the user's edit of a source sheet, reopened */
  | {
      type: 'sourceInfo';
      which: 'sales';
      source: SourceState<string>['source'];
      info: SourceState<string>['info'];
    }
  | { type: 'outputsRemoved'; notice: Notice };

export function initialPaneState(): PaneState {
  return {
    tab: 'data',
    tables: [],
    sales: null,
    clients: null,
    visits: null,
    quality: null,
    checking: false,
    options: defaultPaneOptions,
    visitPolicy: parseVisitPolicy(),
    busy: false,
    running: false,
    progress: NO_PROGRESS,
    rowsRead: null,
    runNotice: null,
    notice: null,
    error: null,
    outcome: null,
    views: null,
    segments: [],
    firstRun: false,
    lastRun: null,
    confirmColumns: false,
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'tab':
      // seeing the Columns step is confirming the mapping of sources whose headers changed
      return {
        ...state,
        tab: action.tab,
        confirmColumns: action.tab === 'columns' ? false : state.confirmColumns,
      };
    case 'tables':
      return { ...state, tables: action.tables };
    case 'firstRun':
      return { ...state, firstRun: true };
    case 'settingsLoaded':
      return {
        ...state,
        options: action.options,
        segments: action.segments,
        visitPolicy: action.visitPolicy,
      };
    case 'restored':
      return { ...state, [action.which]: action.value };
    case 'chosen': {
      const which: Which = action.which;
      if (action.value === null) {
        // removing the client list makes the check stale; removing the visits log does not touch it
        return which === 'clients' ? { ...state, clients: null, quality: null } : { ...state, [which]: null };
      }
      return { ...state, [which]: action.value, quality: null, firstRun: false };
    }
    case 'mapping': {
      const source = state[action.which];
      return source
        ? { ...state, [action.which]: { ...source, mapping: action.mapping }, quality: null }
        : { ...state, quality: null };
    }
    case 'options':
      return { ...state, options: action.options };
    case 'visitPolicy':
      return { ...state, visitPolicy: action.visitPolicy };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'checkStarted':
      return { ...state, checking: true, error: null };
    case 'checked':
      return { ...state, checking: false, quality: action.quality ?? state.quality };
    case 'error':
      return { ...state, error: action.error };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'runStarted':
      return { ...state, running: true, progress: NO_PROGRESS, rowsRead: null, runNotice: null, error: null };
    case 'progress': {
      const { stage, rows } = action.progress;
      const rowsRead =
        stage === 'read' && rows !== undefined ? Math.max(rows, state.rowsRead ?? 0) : state.rowsRead;
      return { ...state, progress: stageProgress(state.progress, action.progress), rowsRead };
    }
    case 'runFinished':
      return {
        ...state,
        outcome: action.outcome,
        views: action.views,
        runNotice: action.notice,
        tab: 'results',
      };
    case 'runCancelled':
      return { ...state, progress: NO_PROGRESS, rowsRead: null, runNotice: action.notice };
    case 'runFailed':
      return { ...state, runNotice: null, error: action.error };
    case 'runEnded':
      return { ...state, running: false };
    case 'segments':
      return { ...state, segments: action.segments };
    case 'sampleLoaded':
      return { ...state, firstRun: false };
    case 'lastRun':
      return { ...state, lastRun: action.lastRun };
    case 'confirmColumns':
      return { ...state, confirmColumns: action.value };
    case 'sourceInfo': {
      const source = state[action.which];
      return source && source.source === action.source
        ? { ...state, [action.which]: { ...source, info: action.info } }
        : state;
    }
    case 'outputsRemoved':
      return { ...state, lastRun: null, outcome: null, views: null, notice: action.notice };
  }
}
