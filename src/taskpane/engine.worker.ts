// The engine's Web Worker: the sales are cleaned, kept and analysed here so the pane never freezes.
// The cleaned sales never leave: finishing a session gives the page a handle (an id and the small
// per-client facts); the analysis works on the handle and only its result (per-client typed arrays,
// transferred) goes back. A CarteraError crosses as { error } (Comlink would keep only its message).
import * as Comlink from 'comlink';
import type { AnalysisOptions } from '../engine/classify';
import type { SalesReaderOptions } from '../engine/clean';
import { createSalesEngine, type SalesHandle } from '../engine/createSalesEngine';
import type { FullAnalysis, PipelineRequest } from '../engine/pipeline';
import { transferables } from '../engine/transferables';
import { CarteraError, type Cell, type SalesMapping, type SourceRef } from '../engine/types';
import type { Locale } from '../i18n';
import { openSalesFile } from './openSalesFile';
import { readSalesFile, type FileProgress } from './readSalesFile';

export type Guarded<T> = { value: T } | { error: { code: string; message: string; where?: CarteraError['where'] } };

function guard<T>(work: () => T): Guarded<T> {
  try {
    return { value: work() };
  } catch (e) {
    if (e instanceof CarteraError) return { error: { code: e.code, message: e.message, where: e.where } };
    throw e;
  }
}

async function guardAsync<T>(work: () => Promise<T>): Promise<Guarded<T>> {
  try {
    return { value: await work() };
  } catch (e) {
    if (e instanceof CarteraError) return { error: { code: e.code, message: e.message, where: e.where } };
    throw e;
  }
}

/**
 * The sales being read and the sales kept, by id (a quality check and a run may overlap). A worker
 * method that cleans sales by other means (a file parsed here) keeps them with `engine.keepSales`.
 */
const engine = createSalesEngine();

/** The buffers of `value` that may leave: never those of the kept sales (they would be emptied here). */
function leaving(value: unknown): ArrayBuffer[] {
  const kept = engine.keptBuffers();
  return transferables(value).filter((b) => !kept.has(b));
}

const api = {
  /** The analysis of kept sales, or its CarteraError (a far as-of date, a bad option) as { error }. */
  analyse(handle: number, request: PipelineRequest, options: Partial<AnalysisOptions>): Guarded<FullAnalysis> {
    const r = guard(() => engine.analyse(handle, request, options));
    return 'value' in r ? Comlink.transfer(r, leaving(r.value)) : r;
  },
  /** One client's months, invoices and products from the last analysis's sales; null before one. */
  clientHistory(client: number) {
    return engine.clientHistory(client);
  },
  /** A new sales session (its id), or the mapping's error. */
  startSales(mapping: SalesMapping, source: SourceRef, options: SalesReaderOptions): Guarded<number> {
    return guard(() => engine.startSales(mapping, source, options));
  },
  addSales(session: number, rows: Cell[][]): Guarded<true> {
    return guard(() => {
      engine.addSales(session, rows);
      return true as const;
    });
  },
  /** The session's sales, kept here: their handle (no per-row array crosses). */
  finishSales(session: number): Guarded<SalesHandle> {
    return guard(() => engine.finishSales(session));
  },
  /** A file the user picked (issue #20): its header and first rows, as a source. */
  openSalesFile(file: Blob, name: string, locale: Locale) {
    return guardAsync(() => openSalesFile(file, name, locale));
  },
  /** The whole file, read here into the sales reader and kept (progress: bytes read); a cancel terminates the worker. */
  async readSalesFile(
    file: Blob,
    mapping: SalesMapping,
    source: SourceRef,
    options: SalesReaderOptions,
    locale: Locale,
    onProgress?: FileProgress,
  ): Promise<Guarded<SalesHandle>> {
    return guardAsync(async () => engine.keepSales(await readSalesFile(file, mapping, source, options, { locale, onProgress })));
  },
  /** Forgets a session that will not finish, or kept sales no longer needed. */
  dropSales(id: number): void {
    engine.dropSales(id);
  },
};

export type EngineWorkerApi = typeof api;

Comlink.expose(api);
