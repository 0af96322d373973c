// The engine's Web Worker: the sales are cleaned and the analysis runs here so the pane never freezes.
// Typed arrays come in and go out as transferred buffers (structured cloning a million rows would
// cost ~1 s). A CarteraError crosses as { error } (Comlink would keep only its message).
import * as Comlink from 'comlink';
import { createSalesReader, type SalesReader, type SalesReaderOptions } from '../engine/clean';
import { analyse } from '../engine/pipeline';
import { transferables } from '../engine/transferables';
import type { PortfolioInput } from '../engine/classify';
import type { AnalysisOptions } from '../engine/classify';
import { CarteraError, type Cell, type SalesData, type SalesMapping, type SourceRef } from '../engine/types';
import { clientHistory } from '../engine/visits/clientHistory';
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

/** The sales being read, by session (a quality check and a run may overlap). */
const readers = new Map<number, SalesReader>();
let sessions = 0;

function readerOf(session: number): SalesReader {
  const reader = readers.get(session);
  if (!reader) throw new Error(`no sales session ${session}`);
  return reader;
}

/** The sales of the last analysis stay here (never copied back to the page) for the client card. */
let analysed: { sales: SalesData; asOf: number } | null = null;

const api = {
  /** The analysis, or its CarteraError (a far as-of date, a bad option) as { error }. */
  analyse(input: PortfolioInput, options: Partial<AnalysisOptions>) {
    analysed = null;
    const r = guard(() => analyse(input, options));
    if ('value' in r) analysed = { sales: input.sales, asOf: r.value.asOf };
    return 'value' in r ? Comlink.transfer(r, transferables(r.value)) : r;
  },
  /** One client's months, invoices and products from the last analysis's sales; null before one. */
  clientHistory(client: number) {
    return analysed ? clientHistory(analysed.sales, client, analysed.asOf) : null;
  },
  /** A new sales session (its id), or the mapping's error. */
  startSales(mapping: SalesMapping, source: SourceRef, options: SalesReaderOptions): Guarded<number> {
    return guard(() => {
      const reader = createSalesReader(mapping, source, options);
      readers.set(++sessions, reader);
      return sessions;
    });
  },
  addSales(session: number, rows: Cell[][]): Guarded<true> {
    return guard(() => {
      readerOf(session).add(rows);
      return true as const;
    });
  },
  finishSales(session: number) {
    const r = guard(() => readerOf(session).finish());
    readers.delete(session);
    return 'value' in r ? Comlink.transfer(r, transferables(r.value.sales)) : r;
  },
  /** A file the user picked (issue #20): its header and first rows, as a source. */
  openSalesFile(file: Blob, name: string, locale: Locale) {
    return guardAsync(() => openSalesFile(file, name, locale));
  },
  /** The whole file, read here into the sales reader (progress: bytes read); a cancel terminates the worker. */
  async readSalesFile(
    file: Blob,
    mapping: SalesMapping,
    source: SourceRef,
    options: SalesReaderOptions,
    locale: Locale,
    onProgress?: FileProgress,
  ) {
    const r = await guardAsync(() => readSalesFile(file, mapping, source, options, { locale, onProgress }));
    return 'value' in r ? Comlink.transfer(r, transferables(r.value.sales)) : r;
  },
  /** Forgets a session that will not finish (cancelled or failed read). */
  dropSales(session: number): void {
    readers.delete(session);
  },
};

export type EngineWorkerApi = typeof api;

Comlink.expose(api);
