// Reads a source's data rows in blocks sized to stay under the host's payload and cell limits.
import type { Cell } from '../engine/types';
import type { Locale } from '../i18n';
import type { SourceInfo } from './openSource';
import { utf8Length } from './syncBatcher';
import { DEFAULT_LIMITS, throwIfAborted, type ExcelRun, type IoLimits, yieldToEventLoop } from './types';

export { throwIfAborted };

/** Bytes a cell's value takes in a JSON response, at least (a date serial with decimals, a short text). */
export const MIN_BYTES_PER_CELL = 24;
/** Safety factor over the longest preview row: later rows may hold longer texts. */
export const BYTES_SAFETY = 2;

export interface ReadBlocksOptions {
  signal?: AbortSignal;
  /** rows read so far and the total */
  onProgress?: (rowsRead: number, totalRows: number) => void;
  limits?: Partial<IoLimits>;
  locale?: Locale;
}

export type BlockHandler = (rows: Cell[][], firstDataRow: number) => void | Promise<void>;

/** Conservative bytes per cell of a range, estimated from sample rows (JSON size of the longest row). */
export function estimateBytesPerCell(sample: Cell[][], columns: number): number {
  let longest = 0;
  for (const row of sample) longest = Math.max(longest, utf8Length(JSON.stringify(row)));
  return Math.max(MIN_BYTES_PER_CELL, Math.ceil((BYTES_SAFETY * longest) / Math.max(1, columns)));
}

/** Rows per block: under the payload target and the per-read cell limit. */
export function blockRowCount(columns: number, bytesPerCell: number, limits: IoLimits = DEFAULT_LIMITS): number {
  const byBytes = Math.floor(limits.payloadBytes / (bytesPerCell * columns));
  const byCells = Math.floor(limits.readCells / columns);
  return Math.max(1, Math.min(byBytes, byCells));
}

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}


/**
 * Hands the source's data rows (below the header) to `onBlock` in order, one sync per block, loading
 * only `values`; yields to the event loop between blocks and stops with CarteraError('cancelled')
 * when the signal fires. A block the host still finds too large is halved and retried.
 */
export async function readBlocks(
  run: ExcelRun,
  info: SourceInfo,
  onBlock: BlockHandler,
  options: ReadBlocksOptions = {},
): Promise<{ blocks: number; rows: number }> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const locale = options.locale ?? 'en';
  const total = info.dataRows;
  let size = blockRowCount(info.columns, estimateBytesPerCell(info.preview, info.columns), limits);
  let done = 0;
  let blocks = 0;
  throwIfAborted(options.signal, locale);
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(info.sheet);
    while (done < total) {
      throwIfAborted(options.signal, locale);
      const n = Math.min(size, total - done);
      const range = sheet.getRangeByIndexes(info.headerRowIndex + 1 + done, info.columnIndex, n, info.columns);
      range.load('values');
      try {
        await context.sync();
      } catch (error) {
        if (isPayloadError(error) && n > 1) {
          size = Math.max(1, Math.floor(n / 2));
          continue;
        }
        throw error;
      }
      const values = range.values as Cell[][];
      await onBlock(values, done);
      done += n;
      blocks++;
      options.onProgress?.(done, total);
      if (done < total) await yieldToEventLoop();
    }
  });
  return { blocks, rows: done };
}
