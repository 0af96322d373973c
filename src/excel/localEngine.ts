// The analysis engine on this thread (runAnalysis's default; the CLI and tests): the sales are kept
// by a createSalesEngine here, as the pane's worker keeps them there.
import type { AnalysisOptions } from '../engine/classify';
import type { SalesReadResult } from '../engine/clean';
import { createSalesEngine, type SalesHandle } from '../engine/createSalesEngine';
import type { FullAnalysis, PipelineInput } from '../engine/pipeline';
import type { ClientHistory } from '../engine/visits/clientHistory';
import type { AnalysisEngine } from './runAnalysis';

export interface LocalEngine extends AnalysisEngine {
  /** one client's history from the last analysis's sales; null before one */
  clientHistory(client: number): ClientHistory | null;
  /** keeps sales cleaned by other means (a file read on this thread): their handle */
  keepSales(read: SalesReadResult): SalesHandle;
}

/** `analysis`: the whole pipeline by default (as the pane's worker); runAnalysis's default passes `classificationOnly`. */
export function localEngine(analysis?: (input: PipelineInput, options: Partial<AnalysisOptions>) => FullAnalysis): LocalEngine {
  const engine = createSalesEngine(analysis);
  return {
    ingest(mapping, source, options) {
      const session = engine.startSales(mapping, source, options);
      return {
        add: (rows) => engine.addSales(session, rows),
        finish: () => engine.finishSales(session),
        abandon: () => engine.dropSales(session),
      };
    },
    analyse: (handle, request, options) => engine.analyse(handle.id, request, options),
    release: (handle) => engine.dropSales(handle.id),
    clientHistory: (client) => engine.clientHistory(client),
    keepSales: (read) => engine.keepSales(read),
  };
}
