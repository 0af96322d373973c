// What the pane remembers per workbook (`Cartera.pane` in the workbook's settings; no client data):
// the sources, mappings, options, outputs and saved segments. The pane reads and writes it; the
// ribbon's "analyse again" (src/commands) runs it.
import type { AnalysisOptions } from '../engine/classify';
import type { ClientMapping, SalesMapping } from '../engine/types';
import type { VisitPolicy } from '../engine/visits';
import type { Outputs } from '../report/selectOutputs';
import type { RangeSource } from './types';

export const PANE_SETTINGS = 'Cartera.pane';

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
