// Starts the engine worker and exposes it as runAnalysis's `engine`: the sales are cleaned and kept
// in the worker (finish gives a handle), the analysis runs there on the handle and only its result
// comes back (transferred). The main thread keeps the client list, which the writer needs.
import * as Comlink from 'comlink';
import type { SalesReaderOptions } from '../engine/clean';
import type { SalesHandle } from '../engine/createSalesEngine';
import type { FullAnalysis } from '../engine/pipeline';
import type { ClientHistory } from '../engine/visits/clientHistory';
import { CarteraError, type SalesMapping, type SourceRef } from '../engine/types';
import type { SourceInfo } from '../excel/openSource';
import type { AnalysisEngine } from '../excel/runAnalysis';
import { localEngine } from '../excel/localEngine';
import type { Locale } from '../i18n';
import type { EngineWorkerApi, Guarded } from './engine.worker';
import type { FileProgress } from './readSalesFile';

export interface EngineClient extends AnalysisEngine {
  /** one client's history from the last analysis's sales (kept where the analysis ran); null before one */
  clientHistory?(client: number): ClientHistory | null | Promise<ClientHistory | null>;
  /** a file the user picked (issue #20): its header and first rows as a source (read off the main thread) */
  openSalesFile?(file: Blob, name: string, locale: Locale): Promise<SourceInfo>;
  /** the whole file cleaned off the main thread; the rows never reach the page */
  readSalesFile?(file: Blob, mapping: SalesMapping, source: SourceRef, options: SalesReaderOptions, locale: Locale, onProgress: FileProgress, signal?: AbortSignal): Promise<SalesHandle>;
  dispose(): void;
}

function unwrap<T>(r: Guarded<T>): T {
  if ('error' in r) throw new CarteraError(r.error.code, r.error.message, r.error.where);
  return r.value;
}

export function createEngineClient(): EngineClient {
  if (typeof Worker === 'undefined') {
    const local = localEngine();
    return {
      ...local,
      // loaded only where there is no Worker (tests): the add-in's page never ships the file readers
      openSalesFile: async (file, name, locale) => (await import('./openSalesFile')).openSalesFile(file, name, locale),
      readSalesFile: async (file, mapping, source, options, locale, onProgress, signal) =>
        local.keepSales(
          await (await import('./readSalesFile')).readSalesFile(file, mapping, source, options, { locale, onProgress, signal }),
        ),
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
  // ids are the worker's: after a cancel (a fresh worker) the old ones name nothing
  const drop = (id: number) => void remote?.dropSales(id).catch(() => undefined);
  return {
    async analyse(handle, request, options, signal) {
      const api = remote ?? start();
      // Comlink's Remote type does not carry FullAnalysis through (its mapped types give unknown)
      const job = api.analyse(handle.id, request, options).then((r) => unwrap(r as Guarded<FullAnalysis>));
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
        .then((r) => unwrap(r as Guarded<SalesHandle>));
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
            drop(session);
            throw error;
          }
          return unwrap(await api.finishSales(session));
        },
        abandon: () => drop(session),
      };
    },
    release: (handle) => drop(handle.id),
    async clientHistory(client) {
      // A fresh worker (after a cancel) has no sales: null, as before any run.
      return remote ? remote.clientHistory(client) : null;
    },
    dispose: stop,
  };
}
