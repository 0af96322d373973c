// The "outputs to write" option applied to a report: the Clients and Data quality sheets are always
// written (the per-client results and the place the quality summary points to); the other sheets,
// the charts and the columns beside the client list only when chosen. Shared by the pane and the
// ribbon's "analyse again" command (src/commands), which both write what the stored settings say.
import type { Report } from './types';

/** What a run writes besides the Clients and Data quality sheets (always written). */
export interface Outputs {
  /** classification columns beside the client list */
  columns: boolean;
  /** summary, ABC and RFM sheets */
  sheets: boolean;
  charts: boolean;
}

export const DEFAULT_OUTPUTS: Outputs = { columns: true, sheets: true, charts: true };

export const ALWAYS_WRITTEN = new Set(['clients', 'quality']);

export function selectOutputs(report: Report, outputs: Outputs): Report {
  const sheets = report.sheets
    .filter((s) => outputs.sheets || ALWAYS_WRITTEN.has(s.key))
    .map((s) => (outputs.charts ? s : { ...s, charts: [] }));
  return { sheets, clientColumns: outputs.columns ? report.clientColumns : undefined };
}
