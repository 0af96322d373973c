// The pane's state transitions (src/taskpane/paneReducer.ts): pure, so each rule that ties fields
// together is checked without rendering.
import type { QualityReport } from '../../src/engine/types';
import type { RunOutcome } from '../../src/taskpane/controller';
import type { ChosenRange } from '../../src/taskpane/DataStep';
import { defaultPaneOptions } from '../../src/taskpane/paneOptions';
import {
  initialPaneState,
  paneReducer,
  type PaneAction,
  type PaneState,
  type ResultViews,
} from '../../src/taskpane/paneReducer';
import type { SourceState } from '../../src/taskpane/paneState';
import { NO_PROGRESS } from '../../src/taskpane/stageProgress';

const source = (
  address: string,
  mapping: Partial<Record<string, number>> = { client: 0 },
): SourceState<string> =>
  ({
    source: { kind: 'address', address },
    info: { address },
    suggestion: { mapping },
    mapping,
  }) as unknown as SourceState<string>;
const range = (address: string): ChosenRange =>
  ({ source: { kind: 'address', address }, info: { address } }) as unknown as ChosenRange;
const quality = { rows: 10 } as unknown as QualityReport;

const run = (state: PaneState, ...actions: PaneAction[]) => actions.reduce(paneReducer, state);

describe('paneReducer', () => {
  test('starts on the data step, nothing chosen, default options, no progress', () => {
    const s = initialPaneState();
    expect([s.tab, s.sales, s.clients, s.visits, s.quality, s.outcome, s.firstRun, s.running]).toEqual([
      'data',
      null,
      null,
      null,
      null,
      null,
      false,
      false,
    ]);
    expect(s.options).toBe(defaultPaneOptions);
    expect(s.progress).toEqual(NO_PROGRESS);
  });

  test('choosing any range makes the quality check stale and ends the first-run hint', () => {
    const checked = run(initialPaneState(), { type: 'firstRun' }, { type: 'checked', quality });
    expect([checked.firstRun, checked.quality]).toEqual([true, quality]);
    for (const action of [
      { type: 'chosen', which: 'sales', value: source('Ventas!A1:C4') },
      { type: 'chosen', which: 'clients', value: source('Clientes!A1:B3') },
      { type: 'chosen', which: 'visits', value: range('Visitas!A1:C9') },
    ] as PaneAction[]) {
      const next = paneReducer(checked, action);
      expect([next.quality, next.firstRun]).toEqual([null, false]);
    }
  });

  test('removing the client list clears the check; removing the visits log does not; restoring touches neither', () => {
    const s = run(
      initialPaneState(),
      { type: 'firstRun' },
      { type: 'restored', which: 'clients', value: source('Clientes!A1:B3') },
      { type: 'restored', which: 'visits', value: range('Visitas!A1:C9') },
      { type: 'checked', quality },
    );
    expect([s.firstRun, s.quality, s.clients?.source]).toEqual([
      true,
      quality,
      { kind: 'address', address: 'Clientes!A1:B3' },
    ]);
    const noVisits = paneReducer(s, { type: 'chosen', which: 'visits', value: null });
    expect([noVisits.visits, noVisits.quality]).toEqual([null, quality]);
    const noClients = paneReducer(s, { type: 'chosen', which: 'clients', value: null });
    expect([noClients.clients, noClients.quality, noClients.visits]).toEqual([null, null, s.visits]);
  });

  test('a new mapping replaces the source’s mapping and makes the check stale', () => {
    const s = run(
      initialPaneState(),
      { type: 'chosen', which: 'sales', value: source('Ventas!A1:C4') },
      { type: 'checked', quality },
    );
    const next = paneReducer(s, { type: 'mapping', which: 'sales', mapping: { client: 1, date: 0 } });
    expect(next.sales?.mapping).toEqual({ client: 1, date: 0 });
    expect(next.sales?.source).toEqual(s.sales?.source);
    expect(next.quality).toBeNull();
    // no source: only the check is dropped
    expect(paneReducer(s, { type: 'mapping', which: 'clients', mapping: {} }).clients).toBeNull();
  });

  test('a failed check keeps the previous result and ends checking', () => {
    const s = run(
      initialPaneState(),
      { type: 'checked', quality },
      { type: 'error', error: 'x' },
      { type: 'checkStarted' },
    );
    expect([s.checking, s.error]).toEqual([true, null]);
    const failed = run(s, { type: 'error', error: 'boom' }, { type: 'checked' });
    expect([failed.checking, failed.quality, failed.error]).toEqual([false, quality, 'boom']);
  });

  test('a run: started resets bars and messages, progress fills stages, finished shows the results tab', () => {
    const before = run(
      initialPaneState(),
      { type: 'error', error: 'old' },
      { type: 'runCancelled', notice: { intent: 'warning', text: 'c' } },
    );
    const started = paneReducer(before, { type: 'runStarted' });
    expect([started.running, started.error, started.runNotice, started.progress]).toEqual([
      true,
      null,
      null,
      NO_PROGRESS,
    ]);
    const moving = paneReducer(started, {
      type: 'progress',
      progress: { stage: 'analyse', fraction: 0.6, stageFraction: 0.5 },
    });
    expect(moving.progress).toEqual({ read: 1, clean: 1, analyse: 0.5, write: 0 });
    const outcome = { seconds: 1 } as unknown as RunOutcome;
    const views = { idIndex: new Map() } as unknown as ResultViews;
    const done = run(
      moving,
      { type: 'runFinished', outcome, views, notice: { intent: 'success', text: 'ok' } },
      { type: 'runEnded' },
    );
    expect([done.tab, done.outcome, done.views, done.runNotice?.intent, done.running]).toEqual([
      'results',
      outcome,
      views,
      'success',
      false,
    ]);
  });

  test('rows read: counted from the reading stage, kept through the later stages, reset by a new run', () => {
    const read = (rows: number, stageFraction: number) =>
      ({
        type: 'progress',
        progress: { stage: 'read', fraction: stageFraction / 4, stageFraction, rows },
      }) as const;
    const s = run(initialPaneState(), { type: 'runStarted' }, read(100_000, 0.1), read(2_500_000, 0.9));
    expect(s.rowsRead).toBe(2_500_000);
    const later = run(s, {
      type: 'progress',
      progress: { stage: 'write', fraction: 0.9, stageFraction: 0.5, rows: 40 },
    });
    expect(later.rowsRead).toBe(2_500_000);
    expect(run(later, { type: 'runEnded' }, { type: 'runStarted' }).rowsRead).toBeNull();
    expect(run(s, { type: 'runCancelled', notice: { intent: 'warning', text: 'x' } }).rowsRead).toBeNull();
  });

  test('a cancelled run resets the bars with a warning; a failed one shows the error, no run notice', () => {
    const moving = run(
      initialPaneState(),
      { type: 'runStarted' },
      { type: 'progress', progress: { stage: 'read', fraction: 0.2, stageFraction: 0.4 } },
    );
    const cancelled = paneReducer(moving, {
      type: 'runCancelled',
      notice: { intent: 'warning', text: 'cancelled' },
    });
    expect([cancelled.progress, cancelled.runNotice?.intent]).toEqual([NO_PROGRESS, 'warning']);
    const failed = paneReducer(cancelled, { type: 'runFailed', error: 'Unexpected' });
    expect([failed.runNotice, failed.error, failed.progress]).toEqual([null, 'Unexpected', NO_PROGRESS]);
  });

  test('stored settings fill options, segments and the visit policy; the sample ends the first-run hint', () => {
    const options = { ...defaultPaneOptions, lostDays: 200 };
    const s = run(
      initialPaneState(),
      { type: 'firstRun' },
      {
        type: 'settingsLoaded',
        options,
        segments: [{ name: 'A', groups: [] } as never],
        visitPolicy: initialPaneState().visitPolicy,
      },
      { type: 'sampleLoaded' },
    );
    expect([s.options.lostDays, s.segments.length, s.firstRun]).toEqual([200, 1, false]);
  });
});
