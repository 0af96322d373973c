// The analysis engine on this thread (runAnalysis's default; the CLI and tests): the sales are kept
// by a createSalesEngine here, as the pane's worker keeps them there.
import { createSalesEngine } from '../engine/createSalesEngine';
import type { ClientHistory } from '../engine/visits/clientHistory';
import type { AnalysisEngine } from './runAnalysis';

export interface LocalEngine extends AnalysisEngine {
  /** one client's history from the last analysis's sales; null before one */
  clientHistory(client: number): ClientHistory | null;
}

export function localEngine(): LocalEngine {
  const engine = createSalesEngine();
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
  };
}
