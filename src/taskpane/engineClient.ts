// Starts the engine worker and exposes its analysis as the `Analyse` step of runAnalysis and its
// sales cleaning as the `ingest` step. Only the sales buffers are transferred (the main thread keeps
// the client list, which the writer needs).
import * as Comlink from 'comlink';
import type { AnalysisOptions, PortfolioInput } from '../engine/classify';
import { analyse as analyseHere, type FullAnalysis } from '../engine/pipeline';
import { transferables } from '../engine/transferables';
import { CarteraError, type SalesData } from '../engine/types';
import { clientHistory as historyHere, type ClientHistory } from '../engine/visits/clientHistory';
import type { SalesReaderOptions, SalesReadResult } from '../engine/clean';
import type { SalesMapping, SourceRef } from '../engine/types';
import type { SourceInfo } from '../excel/openSource';
import type { SalesIngestFactory } from '../excel/runAnalysis';
import type { Locale } from '../i18n';
import type { EngineWorkerApi, Guarded } from './engine.worker';
import type { FileProgress } from './readSalesFile';

export interface EngineClient {
  analyse(input: PortfolioInput, options: Partial<AnalysisOptions>, signal?: AbortSignal): Promise<FullAnalysis>;
  /** cleans the sales off the main thread (absent: runAnalysis cleans them on this thread) */
  ingest?: SalesIngestFactory;
  /** one client's history from the last analysis's sales (kept where the analysis ran); null before one */
  clientHistory?(client: number): Promise<ClientHistory | null>;
  /** a file the user picked (issue #20): its header and first rows as a source (read off the main thread) */
  openSalesFile?(file: Blob, name: string, locale: Locale): Promise<SourceInfo>;
  /** the whole file cleaned off the main thread; the rows never reach the page */
  readSalesFile?(file: Blob, mapping: SalesMapping, source: SourceRef, options: SalesReaderOptions, locale: Locale, onProgress: FileProgress, signal?: AbortSignal): Promise<SalesReadResult>;
  dispose(): void;
}

function unwrap<T>(r: Guarded<T>): T {
  if ('error' in r) throw new CarteraError(r.error.code, r.error.message, r.error.where);
  return r.value;
}

export function createEngineClient(): EngineClient {
  if (typeof Worker === 'undefined') {
    let last: { sales: SalesData; asOf: number } | null = null;
    return {
      analyse: async (input, options) => {
        const analysis = analyseHere(input, options);
        last = { sales: input.sales, asOf: analysis.asOf };
        return analysis;
      },
      clientHistory: async (client) => (last ? historyHere(last.sales, client, last.asOf) : null),
      // loaded only where there is no Worker (tests): the add-in's page never ships the file readers
      openSalesFile: async (file, name, locale) => (await import('./openSalesFile')).openSalesFile(file, name, locale),
      readSalesFile: async (file, mapping, source, options, locale, onProgress, signal) =>
        (await import('./readSalesFile')).readSalesFile(file, mapping, source, options, { locale, onProgress, signal }),
      dispose: () => {},
    };
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
  /** The job, or an AbortError when `signal` fires first: a cancelled job is stopped outright (the next one starts a fresh worker). */
  const stoppable = <T>(job: Promise<T>, signal?: AbortSignal): Promise<T> => {
    if (!signal) return job;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        stop();
        reject(new DOMException('cancelled', 'AbortError'));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      job.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
  return {
    async analyse(input, options, signal) {
      const api = remote ?? start();
      const job = api
        .analyse(Comlink.transfer(input, transferables(input.sales)), options)
        .then((r) => unwrap(r as Guarded<FullAnalysis>));
      return stoppable(job, signal);
    },
    async openSalesFile(file, name, locale) {
      const api = remote ?? start();
      return unwrap(await api.openSalesFile(file, name, locale));
    },
    async readSalesFile(file, mapping, source, options, locale, onProgress, signal) {
      const api = remote ?? start();
      const job = api
        .readSalesFile(file, mapping, source, options, locale, Comlink.proxy(onProgress))
        .then((r) => unwrap(r as Guarded<SalesReadResult>));
      return stoppable(job, signal);
    },
    async ingest(mapping, source, options) {
      const api = remote ?? start();
      const session = unwrap(await api.startSales(mapping, source, options));
      // Blocks are posted without waiting for each (the worker takes them in order while the next
      // one is read); the first failure is thrown by finish.
      const adds: Promise<unknown>[] = [];
      return {
        add(rows) {
          const added = api.addSales(session, rows).then(unwrap);
          added.catch(() => undefined); // reported by finish
          adds.push(added);
        },
        async finish() {
          try {
            await Promise.all(adds);
          } catch (error) {
            void api.dropSales(session).catch(() => undefined);
            throw error;
          }
          return unwrap(await api.finishSales(session));
        },
        abandon() {
          void api.dropSales(session).catch(() => undefined);
        },
      };
    },
    async clientHistory(client) {
      // A fresh worker (after a cancel) has no sales: null, as before any run.
      return remote ? remote.clientHistory(client) : null;
    },
    dispose: stop,
  };
}
