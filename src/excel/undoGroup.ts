// The write of a run as one undo step (issue #18): `Excel.run({ mergeUndoGroup: true }, batch)` merges
// the changes of one batch into a single undo group — RunOptions.mergeUndoGroup, ExcelApi 1.20. The
// write (temporary sheets, client columns, swap) is one batch; reads, the rollback and the run-history
// settings are others and are not in the group. An API the group cannot undo makes Excel refuse with
// `UndoNotSupported`: the caller then writes again without the group (see runAnalysis).
import type { ApiSupport } from './apiSupport';
import type { ExcelRun } from './types';

type GroupedRun = <T>(
  options: { mergeUndoGroup: boolean },
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** A `run` whose batches are one undo step each, or null where Excel cannot (before 1.20, outside Office). */
export function undoGroupRun(support: ApiSupport): ExcelRun | null {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  if (typeof excel?.run !== 'function' || !support('1.20')) return null;
  const run = excel.run as GroupedRun;
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    run.call(excel, { mergeUndoGroup: true }, batch) as Promise<T>;
}
