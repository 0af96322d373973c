import { CarteraError } from '../engine/types';
import { t, type Locale } from '../i18n';

// Shared types of the Excel I/O layer. Everything here takes the `run` function as a parameter
// (Excel.run in Office, SimWorkbook.run in tests/CLI/playground), never the global.

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Where the user's data is: the current selection, a named Excel table, or an address ("Ventas!A1:H900"). */
export type RangeSource =
  | { kind: 'selection' }
  | { kind: 'table'; name: string }
  | { kind: 'address'; address: string };

/** Limits the reader and writer stay under (Excel on the web: 5 MB per request/response, 5,000,000 cells per read). */
export interface IoLimits {
  /** target bytes of one read response or one write request (kept below the 5 MB hard cap) */
  payloadBytes: number;
  /** cells per read */
  readCells: number;
  /** rows of the largest range accepted as input (the grid has 1,048,576) */
  maxRows: number;
}

export const DEFAULT_LIMITS: IoLimits = {
  payloadBytes: 4_000_000,
  readCells: 5_000_000,
  maxRows: 1_048_576,
};

export type Stage = 'read' | 'clean' | 'analyse' | 'write';

/** Progress of a long operation: `fraction` 0–1 of the whole run, `stageFraction` 0–1 of the stage. */
export interface Progress {
  stage: Stage;
  fraction: number;
  stageFraction: number;
  /** rows read or written so far in this stage, when meaningful */
  rows?: number;
}

export type ProgressListener = (progress: Progress) => void;

/** Yields to the event loop (lets the pane repaint and the user press Cancel). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Throws a CarteraError('cancelled') when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined, locale: Locale = 'en'): void {
  if (signal?.aborted) throw new CarteraError('cancelled', t(locale, 'error.cancelled'));
}
