// The sales stay where they were cleaned. A session cleans the blocks as they are read; finishing it
// keeps the cleaned SalesData here and gives the caller a handle: an id and the small facts the page
// needs (the clients, the quality report, counts and dates). The analysis and the client card's
// history then work on the kept sales, so the rows never travel back and forth (the pane's worker
// holds one of these; runAnalysis makes one on its own thread when it is given no engine).
import type { AnalysisOptions } from './classify';
import { createSalesReader, type SalesReader, type SalesReaderOptions, type SalesReadResult } from './clean';
import { analyse, type FullAnalysis, type PipelineInput, type PipelineRequest } from './pipeline';
import { transferables } from './transferables';
import type { Cell, ClientsData, QualityReport, SalesData, SalesMapping, SourceRef } from './types';
import { clientHistory, type ClientHistory } from './visits/clientHistory';

/** What the page gets of kept sales: everything but the per-row arrays. */
export interface SalesHandle {
  id: number;
  /** sales lines kept (rows used by cleaning) */
  rows: number;
  /** earliest and latest sale day (Excel serials); NaN when there is no line */
  firstDay: number;
  lastDay: number;
  /** the list's clients first, then the ids seen only in the sales (per client, small) */
  clients: ClientsData;
  quality: QualityReport;
}

export interface SalesEngine {
  /** a new cleaning session (its id) */
  startSales(mapping: SalesMapping, source: SourceRef, options: SalesReaderOptions): number;
  addSales(session: number, rows: Cell[][]): void;
  /** settles the session's sales and keeps them: the handle (the session id is the handle's id) */
  finishSales(session: number): SalesHandle;
  /** keeps sales cleaned by other means (a file parsed where this engine runs) */
  keepSales(read: SalesReadResult): SalesHandle;
  /** forgets a session or kept sales (a quality check done, a cancelled or failed run) */
  dropSales(id: number): void;
  /**
   * the whole pipeline on kept sales; they become the ones the client card's history reads (the
   * previous analysis's sales are dropped)
   */
  analyse(handle: number, request: PipelineRequest, options: Partial<AnalysisOptions>): FullAnalysis;
  /** one client's months, invoices and products from the last analysis's sales; null before one */
  clientHistory(client: number): ClientHistory | null;
  /** the buffers of everything kept: never to be transferred away (they would be emptied here) */
  keptBuffers(): Set<ArrayBuffer>;
}

/** `analysis`: the whole pipeline by default; `classificationOnly` for the classification alone. */
export function createSalesEngine(
  analysis: (input: PipelineInput, options: Partial<AnalysisOptions>) => FullAnalysis = analyse,
): SalesEngine {
  const readers = new Map<number, SalesReader>();
  const kept = new Map<number, SalesReadResult>();
  let ids = 0;
  let analysed: { id: number; sales: SalesData; asOf: number } | null = null;

  const readerOf = (session: number): SalesReader => {
    const reader = readers.get(session);
    if (!reader) throw new Error(`no sales session ${session}`);
    return reader;
  };
  const keep = (id: number, read: SalesReadResult): SalesHandle => {
    kept.set(id, read);
    const { sales, clients, quality } = read;
    let firstDay = Infinity;
    let lastDay = -Infinity;
    for (let i = 0; i < sales.length; i++) {
      const d = sales.day[i];
      if (d < firstDay) firstDay = d;
      if (d > lastDay) lastDay = d;
    }
    return {
      id,
      rows: sales.length,
      firstDay: sales.length ? firstDay : NaN,
      lastDay: sales.length ? lastDay : NaN,
      clients,
      quality,
    };
  };
  const drop = (id: number) => {
    readers.delete(id);
    kept.delete(id);
    if (analysed?.id === id) analysed = null;
  };

  return {
    startSales(mapping, source, options) {
      const reader = createSalesReader(mapping, source, options);
      readers.set(++ids, reader);
      return ids;
    },
    addSales(session, rows) {
      readerOf(session).add(rows);
    },
    finishSales(session) {
      try {
        return keep(session, readerOf(session).finish());
      } finally {
        readers.delete(session);
      }
    },
    keepSales: (read) => keep(++ids, read),
    dropSales: drop,
    analyse(handle, request, options) {
      const read = kept.get(handle);
      if (!read) throw new Error(`no sales kept as ${handle}`);
      const result = analysis({ ...request, ...read }, options);
      if (analysed && analysed.id !== handle) drop(analysed.id);
      analysed = { id: handle, sales: read.sales, asOf: result.asOf };
      return result;
    },
    clientHistory: (client) => (analysed ? clientHistory(analysed.sales, client, analysed.asOf) : null),
    keptBuffers() {
      const out = new Set<ArrayBuffer>();
      for (const read of kept.values()) transferables(read, out);
      return out;
    },
  };
}
