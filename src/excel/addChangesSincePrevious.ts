// "The next run also shows what changed since the previous run" (SPEC §11, issue #18): the run
// history's last snapshot before this run's as-of date, compared client by client with this run, as
// a section of the Cambios sheet. No history, or no Cambios sheet in the outputs: the report as it is.
import type { PortfolioAnalysis } from '../engine/classify';
import { changesSincePrevious } from '../engine/changes';
import { isoDate } from '../engine/dates';
import { withChangesSincePrevious } from '../report/changesSheet';
import type { ReportOptions } from '../report/reportContext';
import type { Report } from '../report/types';
import { readLastSnapshot } from './runHistory';
import type { ExcelRun } from './types';

export async function addChangesSincePrevious(
  run: ExcelRun,
  report: Report,
  analysis: PortfolioAnalysis,
  options: ReportOptions,
): Promise<Report> {
  if (!report.sheets.some((s) => s.key === 'changes')) return report;
  // a history that cannot be read is no reason to fail the run
  const previous = await readLastSnapshot(run, isoDate(analysis.asOf)).catch(() => null);
  if (!previous) return report;
  const since = changesSincePrevious(
    {
      ids: analysis.ids,
      abc: analysis.abc.classCode,
      status: analysis.lifecycle.status,
      revenueCents: analysis.facts.revenue12,
    },
    { asOf: previous.asOf, ids: previous.ids, abc: previous.snapshot.abc, status: previous.snapshot.status },
  );
  return withChangesSincePrevious(report, analysis, since, options);
}
