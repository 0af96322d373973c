// The "outputs to write" option applied to a report: the Clients and Data quality sheets are always
// written (the per-client results and the place the quality summary points to); the other sheets,
// the charts and the columns beside the client list only when chosen.
import type { Report } from '../report/types';
import type { Outputs } from './paneOptions';

export const ALWAYS_WRITTEN = new Set(['clients', 'quality']);

export function selectOutputs(report: Report, outputs: Outputs): Report {
  const sheets = report.sheets
    .filter((s) => outputs.sheets || ALWAYS_WRITTEN.has(s.key))
    .map((s) => (outputs.charts ? s : { ...s, charts: [] }));
  return { sheets, clientColumns: outputs.columns ? report.clientColumns : undefined };
}
