// Starts the engine worker and exposes its analysis as the `Analyse` step of runAnalysis. Only the
// sales buffers are transferred (the main thread keeps the client list, which the writer needs).
import * as Comlink from 'comlink';
import type { AnalysisOptions, PortfolioInput } from '../engine/classify';
import { analyse as analyseHere, type FullAnalysis } from '../engine/pipeline';
import { transferables } from '../engine/transferables';
import type { EngineWorkerApi } from './engine.worker';

export interface EngineClient {
  analyse(input: PortfolioInput, options: Partial<AnalysisOptions>, signal?: AbortSignal): Promise<FullAnalysis>;
  dispose(): void;
}

export function createEngineClient(): EngineClient {
  if (typeof Worker === 'undefined') {
    return { analyse: async (input, options) => analyseHere(input, options), dispose: () => {} };
  }
  let worker: Worker | null = null;
  let remote: Comlink.Remote<EngineWorkerApi> | null = null;
  const start = () => {
    worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'cartera-engine' });
    remote = Comlink.wrap<EngineWorkerApi>(worker);
    return remote;
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
    remote = null;
  };
  return {
    async analyse(input, options, signal) {
      const api = remote ?? start();
      const job = api.analyse(Comlink.transfer(input, transferables(input.sales)), options) as Promise<FullAnalysis>;
      if (!signal) return job;
      return new Promise<FullAnalysis>((resolve, reject) => {
        const onAbort = () => {
          // A cancelled analysis is stopped outright; the next run starts a fresh worker.
          stop();
          reject(new DOMException('cancelled', 'AbortError'));
        };
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        job.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
    dispose: stop,
  };
}
